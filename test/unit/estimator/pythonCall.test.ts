/** Config-class calls in Python source: finding them, reading their literal keywords, estimating them. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  MAX_CALL_TEXT_LENGTH,
  estimateFromPythonCall,
  findConfigCallAt,
  parseConfigCall,
  type EstimateResult,
} from '../../../src/core/estimator';

function estimated(callText: string) {
  const result = estimateFromPythonCall(callText);
  assert.ok(result, `no estimate for ${callText}`);
  if (!result.ok) assert.fail(result.error.message.en);
  return result.estimate;
}

function refused(callText: string): EstimateResult & { ok: false } {
  const result = estimateFromPythonCall(callText);
  assert.ok(result && !result.ok, `expected an error for ${callText}`);
  return result;
}

describe('estimating calls', () => {
  test('GPT2Config(n_layer=24, n_embd=1024, n_head=16) is GPT-2 medium: 354,823,168', () => {
    const [V, P, d, L] = [50257, 1024, 1024, 24];
    const layer = 12 * d * d + 13 * d; // c_attn, c_proj, c_fc, c_proj with biases, two LayerNorms
    const expected = V * d + P * d + L * layer + 2 * d;
    assert.equal(expected, 354_823_168);
    const estimate = estimated('GPT2Config(n_layer=24, n_embd=1024, n_head=16)');
    assert.equal(estimate.modelType, 'gpt2');
    assert.equal(estimate.totalParameters, expected);
    assert.deepEqual(estimate.warnings, []);
  });

  test('GPT2Config(n_layer=24, n_embd=1024) keeps 12 heads, which Transformers rejects: the error says why', () => {
    const { error } = refused('GPT2Config(n_layer=24, n_embd=1024)');
    assert.equal(error.code, 'out-of-range');
    assert.equal(error.field, 'n_head');
  });

  test('LlamaConfig(hidden_size=4096, num_key_value_heads=8) uses LlamaConfig defaults for the rest', () => {
    const [V, d, I, L, kvWidth] = [32000, 4096, 11008, 32, 8 * 128];
    const expected = 2 * V * d + L * (2 * d * d + 2 * d * kvWidth + 3 * d * I + 2 * d) + d;
    const estimate = estimated('LlamaConfig(hidden_size=4096, num_key_value_heads=8)');
    assert.equal(estimate.totalParameters, expected);
    assert.equal(estimate.shape.kvHeads, 8);
  });

  test('module prefixes, multi-line calls, comments, trailing commas, floats, booleans, strings and None', () => {
    const estimate = estimated(`transformers.MixtralConfig(
      num_hidden_layers=2,        # a small test model
      hidden_size=64, intermediate_size=128,
      num_attention_heads=4, num_key_value_heads=None,
      rms_norm_eps=1e-5,
      tie_word_embeddings=True,
      hidden_act="silu",
      vocab_size=1_000,
    )`);
    const [V, d, I, L, E] = [1000, 64, 128, 2, 8];
    assert.equal(estimate.shape.kvHeads, 4); // None ⇒ as many as the query heads
    assert.equal(estimate.totalParameters, V * d + L * (4 * d * d + E * 3 * d * I + d * E + 2 * d) + d);
  });

  test('non-literal values keep the default, with a warning naming the argument', () => {
    const estimate = estimated('BertConfig(hidden_size=width, num_hidden_layers=12, intermediate_size=4 * 768)');
    assert.equal(estimate.totalParameters, 109_482_240);
    assert.equal(estimate.warnings.length, 2);
    assert.match(estimate.warnings[0].en, /^hidden_size=width is not a literal/);
    assert.match(estimate.warnings[1].ko, /intermediate_size/);
  });

  test('positional and unpacked arguments are ignored with a warning', () => {
    const estimate = estimated('BertConfig(30522, *sizes, **overrides, hidden_size=768)');
    assert.equal(estimate.totalParameters, 109_482_240);
    assert.equal(estimate.warnings.length, 3);
  });

  test('literal values are still validated', () => {
    assert.equal(refused('BertConfig(hidden_size=-768)').error.field, 'hidden_size');
    assert.equal(refused('BertConfig(hidden_size="768")').error.code, 'wrong-type');
    assert.equal(refused('LlamaConfig(hidden_size=1e999)').error.code, 'out-of-range');
  });

  test('unknown classes, non-calls and unclosed calls give no estimate', () => {
    assert.equal(estimateFromPythonCall('RwkvConfig(hidden_size=768)'), undefined);
    assert.equal(estimateFromPythonCall('model = build(hidden_size=768)'), undefined);
    assert.equal(estimateFromPythonCall('LlamaConfig(hidden_size=4096'), undefined);
  });

  test('an oversized call is refused as too large', () => {
    const { error } = refused(`GPT2Config(n_layer=1${' '.repeat(MAX_CALL_TEXT_LENGTH)})`);
    assert.equal(error.code, 'too-large');
  });
});

describe('parsing literals', () => {
  const value = (literal: string) => parseConfigCall(`X(v=${literal})`)?.keywords.get('v');

  test('numbers', () => {
    assert.equal(value('4096'), 4096);
    assert.equal(value('-3'), -3);
    assert.equal(value('32_000'), 32000);
    assert.equal(value('0x100'), 256);
    assert.equal(value('0b101'), 5);
    assert.equal(value('1e-5'), 1e-5);
    assert.equal(value('.5'), 0.5);
    assert.equal(value('4096.'), 4096);
  });

  test('strings, booleans and None', () => {
    assert.equal(value('"gated-gelu"'), 'gated-gelu');
    assert.equal(value("'relu'"), 'relu');
    assert.equal(value('r"a\\nb"'), 'a\\nb');
    assert.equal(value('"a\\tb"'), 'a\tb');
    assert.equal(value('"""silu"""'), 'silu');
    assert.equal(value('True'), true);
    assert.equal(value('False'), false);
    assert.equal(value('None'), null);
  });

  test('anything else is not a literal', () => {
    for (const text of ['width', '4 * 768', 'f"{x}"', 'b"x"', '[1, 2]', '{"a": 1}', '0xZZ', '007', '"a" "b"', 'true', '1j']) {
      assert.equal(value(text), undefined, text);
    }
  });

  test('commas and parentheses inside strings or brackets do not split arguments', () => {
    const call = parseConfigCall('X(a="x, y)", b=(1, 2), c=3)');
    assert.equal(call?.keywords.get('a'), 'x, y)');
    assert.equal(call?.keywords.get('c'), 3);
    assert.equal(call?.keywords.has('b'), false);
  });

  test('a keyword named __proto__ is an ordinary (ignored) field', () => {
    assert.equal(estimated('BertConfig(__proto__=1)').totalParameters, 109_482_240);
  });
});

describe('finding the call under the cursor', () => {
  const line = 'config = LlamaConfig(hidden_size=4096, num_key_value_heads=8)  # GQA';
  const start = line.indexOf('LlamaConfig');
  const end = line.indexOf(')') + 1;

  test('anywhere on the class name or inside the parentheses', () => {
    for (const offset of [start, start + 5, line.indexOf('(') + 1, line.indexOf('4096'), end - 1, end]) {
      assert.deepEqual(findConfigCallAt(line, offset), { start, end, className: 'LlamaConfig' }, `offset ${offset}`);
    }
    assert.equal(estimated(line.slice(start, end)).shape.kvHeads, 8);
  });

  test('not before the call, not in the comment after it', () => {
    assert.equal(findConfigCallAt(line, 2), undefined);
    assert.equal(findConfigCallAt(line, line.indexOf('GQA')), undefined);
  });

  test('the innermost call when calls are nested', () => {
    const text = 'EncoderDecoderConfig.from_encoder_decoder_configs(BertConfig(hidden_size=256), GPT2Config(n_embd=256))';
    const inner = findConfigCallAt(text, text.indexOf('n_embd'));
    assert.equal(inner?.className, 'GPT2Config');
    assert.equal(text.slice(inner?.start, inner?.end), 'GPT2Config(n_embd=256)');
  });

  test('across lines of a document, skipping strings and comments that look like calls', () => {
    const text = [
      'label = "BertConfig(hidden_size=1)"  # T5Config(',
      'cfg = T5Config(',
      '    d_model=768,  # base ) size',
      '    num_layers=12,',
      ')',
    ].join('\n');
    const call = findConfigCallAt(text, text.indexOf('num_layers'));
    assert.equal(call?.className, 'T5Config');
    assert.equal(call && text.slice(call.start, call.end).split('\n').length, 4);
    assert.equal(findConfigCallAt(text, text.indexOf('hidden_size')), undefined);
  });

  test('class definitions, unknown-looking names and bad offsets are not calls', () => {
    assert.equal(findConfigCallAt('class MyConfig(PretrainedConfig):', 8), undefined);
    assert.equal(findConfigCallAt('def make_config(x): pass', 6), undefined);
    assert.equal(findConfigCallAt('LlamaConfig(', 3), undefined);
    assert.equal(findConfigCallAt(line, -1), undefined);
    assert.equal(findConfigCallAt(line, line.length + 1), undefined);
    assert.equal(findConfigCallAt(line, Number.NaN), undefined);
  });

  // How fast it is, is measured by the bench (npm run bench), never asserted here.
  test('a call at the end of a long document full of brackets, strings and comments is found', () => {
    const document = `${'x = f(a, [1, 2], "s(")  # (\n'.repeat(40_000)}c = BertConfig(hidden_size=8)\n`;
    const call = findConfigCallAt(document, document.indexOf('hidden_size'));
    assert.equal(call?.className, 'BertConfig');
  });
});
