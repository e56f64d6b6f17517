/** Bad input gets a clear, bilingual refusal that names the field; nothing throws; big texts are cheap. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  estimateFromConfig,
  estimateFromConfigText,
  type EstimateError,
  type EstimateErrorCode,
  type EstimateResult,
} from '../../../src/core/estimator';
import { estimateOf, sampleText } from './helpers';

function errorOf(result: EstimateResult): EstimateError {
  if (result.ok) assert.fail(`expected an error, got ${result.estimate.totalParameters} parameters`);
  assert.ok(result.error.message.en.length > 0 && result.error.message.ko.length > 0);
  return result.error;
}

/** A refusal with this code that names `field` in both languages. */
function assertFieldError(result: EstimateResult, code: EstimateErrorCode, field: string): EstimateError {
  const error = errorOf(result);
  assert.equal(error.code, code, error.message.en);
  assert.equal(error.field, field);
  assert.ok(error.message.en.includes(field), error.message.en);
  assert.ok(error.message.ko.includes(field), error.message.ko);
  return error;
}

const gpt2 = (fields: Record<string, unknown>) => estimateFromConfig({ model_type: 'gpt2', ...fields });

describe('text that is not a JSON object', () => {
  test('invalid JSON is located by line and column', () => {
    const trailingComma = errorOf(estimateFromConfigText('{"model_type": "gpt2",}'));
    assert.equal(trailingComma.code, 'invalid-json');
    assert.equal(trailingComma.field, undefined);
    assert.match(trailingComma.message.en, /line 1, column 23/);
    assert.match(trailingComma.message.ko, /1행 23열/);
    const missingComma = errorOf(estimateFromConfigText('{\n  "n_layer": 12\n  "n_embd": 768\n}'));
    assert.match(missingComma.message.en, /line 3, column 3/);
  });

  test('empty or truncated text is invalid JSON', () => {
    assert.equal(errorOf(estimateFromConfigText('')).code, 'invalid-json');
    assert.equal(errorOf(estimateFromConfigText('{"model_type": "gp')).code, 'invalid-json');
  });

  test('JSON that is not an object is refused', () => {
    for (const text of ['[]', '42', 'null', '"gpt2"', 'true', '[{"model_type": "gpt2"}]']) {
      assert.equal(errorOf(estimateFromConfigText(text)).code, 'not-object', text);
    }
    assert.equal(errorOf(estimateFromConfig(undefined)).code, 'not-object');
  });

  test('a byte-order mark is accepted', () => {
    assert.equal(estimateFromConfigText(`\ufeff${sampleText('gpt2')}`).ok, true);
  });
});

describe('size limits', () => {
  test('a 50 MB text is refused before parsing', () => {
    // Not valid JSON past its first bytes: had it been parsed, the answer would be invalid-json.
    const huge = `{"model_type": "gpt2", "padding": "${'x'.repeat(50 * 1024 * 1024)}`;
    const error = errorOf(estimateFromConfigText(huge));
    assert.equal(error.code, 'too-large');
    assert.match(error.message.en, /50\.0 MB/);
    assert.match(error.message.en, /5\.0 MB/);
  });

  test('the limit can be lowered', () => {
    assert.equal(errorOf(estimateFromConfigText(sampleText('gpt2'), { maxTextLength: 100 })).code, 'too-large');
  });

  test('deep nesting within the limit is parsed and then refused, not crashed on', () => {
    const depth = 500_000;
    const nested = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    assert.equal(errorOf(estimateFromConfigText(nested)).code, 'not-object');
    assertFieldError(estimateFromConfigText(`{"model_type": "gpt2", "n_embd": ${nested}}`), 'wrong-type', 'n_embd');
  });
});

describe('fields of the wrong type', () => {
  test('numbers written as text, booleans, lists and objects', () => {
    assertFieldError(gpt2({ n_embd: '768' }), 'wrong-type', 'n_embd');
    assertFieldError(gpt2({ n_layer: true }), 'wrong-type', 'n_layer');
    assertFieldError(gpt2({ n_head: [12] }), 'wrong-type', 'n_head');
    assertFieldError(gpt2({ vocab_size: { size: 1 } }), 'wrong-type', 'vocab_size');
  });

  test('"NaN" and "Infinity" as text, and fractions', () => {
    assertFieldError(gpt2({ n_embd: 'NaN' }), 'wrong-type', 'n_embd');
    assertFieldError(estimateFromConfig({ model_type: 'llama', hidden_size: 'Infinity' }), 'wrong-type', 'hidden_size');
    assertFieldError(gpt2({ n_embd: 768.5 }), 'wrong-type', 'n_embd');
  });

  test('booleans and text fields are checked too', () => {
    assertFieldError(gpt2({ tie_word_embeddings: 'false' }), 'wrong-type', 'tie_word_embeddings');
    assertFieldError(estimateFromConfig({ model_type: 't5', feed_forward_proj: 3 }), 'wrong-type', 'feed_forward_proj');
    assertFieldError(estimateFromConfig({ model_type: 42 }), 'wrong-type', 'model_type');
  });

  test('a huge text value is not repeated in the message', () => {
    const error = assertFieldError(gpt2({ n_embd: 'x'.repeat(1_000_000) }), 'wrong-type', 'n_embd');
    assert.ok(error.message.en.length < 200 && error.message.ko.length < 200);
  });
});

describe('values out of range', () => {
  test('negative and zero sizes', () => {
    assertFieldError(gpt2({ n_embd: -768 }), 'out-of-range', 'n_embd');
    assertFieldError(gpt2({ n_layer: 0 }), 'out-of-range', 'n_layer');
    assertFieldError(estimateFromConfig({ model_type: 'bert', vocab_size: 0 }), 'out-of-range', 'vocab_size');
  });

  test('infinite numbers from huge exponents', () => {
    const error = assertFieldError(estimateFromConfigText('{"model_type": "llama", "hidden_size": 1e999}'), 'out-of-range', 'hidden_size');
    assert.match(error.message.en, /not a finite number/);
  });

  test('absurd sizes such as a hidden size of 1e12', () => {
    const error = assertFieldError(estimateFromConfig({ model_type: 'llama', hidden_size: 1e12 }), 'out-of-range', 'hidden_size');
    assert.match(error.message.en, /far beyond any real model/);
  });

  test('sizes each within range whose product cannot be counted exactly blame the largest field', () => {
    const config = { model_type: 'mixtral', num_hidden_layers: 10_000, hidden_size: 1_048_576, intermediate_size: 1_000_000 };
    const error = assertFieldError(estimateFromConfig({ ...config, num_local_experts: 65_536 }), 'out-of-range', 'hidden_size');
    assert.match(error.message.en, /9×10¹⁵/);
  });

  test('structural impossibilities: uneven heads, top-k above the expert count, a malformed feed_forward_proj', () => {
    assertFieldError(gpt2({ n_embd: 1000 }), 'out-of-range', 'n_head');
    assertFieldError(estimateFromConfig({ model_type: 'mixtral', num_experts_per_tok: 9 }), 'out-of-range', 'num_experts_per_tok');
    assertFieldError(estimateFromConfig({ model_type: 't5', feed_forward_proj: 'gated-gelu-x' }), 'out-of-range', 'feed_forward_proj');
    assertFieldError(estimateFromConfig({ model_type: 't5', feed_forward_proj: 'fast-relu' }), 'out-of-range', 'feed_forward_proj');
  });
});

describe('missing fields and unknown types', () => {
  test('a generic estimate needs at least the depth and the width', () => {
    assertFieldError(estimateFromConfig({}), 'missing-field', 'num_hidden_layers');
    assertFieldError(estimateFromConfig({ model_type: 'rwkv', num_hidden_layers: 12 }), 'missing-field', 'hidden_size');
  });

  test('supported types fill missing fields with their defaults instead', () => {
    assert.equal(estimateOf({ model_type: 'bert' }).totalParameters, 109_482_240);
  });

  test('prototype names are just unknown model types', () => {
    for (const modelType of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const estimate = estimateOf({ model_type: modelType, num_hidden_layers: 1, hidden_size: 8 });
      assert.equal(estimate.supported, false);
    }
    const viaText = estimateFromConfigText('{"__proto__": {"model_type": "gpt2"}, "num_hidden_layers": 1, "hidden_size": 8}');
    assert.equal(viaText.ok && viaText.estimate.supported, false);
  });

  test('an object whose fields throw when read is reported, not thrown', () => {
    const hostile = Object.defineProperty({}, 'model_type', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    assert.equal(errorOf(estimateFromConfig(hostile)).code, 'wrong-type');
  });
});
