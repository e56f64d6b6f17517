/** Locating the hovered member of a config, and the fields an estimate reads. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { analyseConfigText, estimateRecordingFields, topLevelMemberAt } from '../../../src/adapters/estimator/configFields';
import { sampleConfig, sampleText } from '../estimator/helpers';

/** Offset of `needle` in `text` plus `delta`. */
const at = (text: string, needle: string, delta = 1) => {
  const index = text.indexOf(needle);
  assert.ok(index >= 0, needle);
  return index + delta;
};

describe('topLevelMemberAt', () => {
  const text = sampleText('gpt2');

  test('on a key and on its value', () => {
    const onKey = topLevelMemberAt(text, at(text, '"n_embd"'));
    assert.equal(onKey?.key, 'n_embd');
    assert.equal(text.slice(onKey!.keyStart, onKey!.keyEnd), '"n_embd"');
    assert.equal(text.slice(onKey!.valueStart, onKey!.valueEnd), '768');
    assert.equal(topLevelMemberAt(text, at(text, '768', 1))?.key, 'n_embd');
  });

  test('a multi-line array value belongs to its key', () => {
    const member = topLevelMemberAt(text, at(text, 'GPT2LMHeadModel', 3));
    assert.equal(member?.key, 'architectures');
    assert.equal(JSON.parse(text.slice(member!.valueStart, member!.valueEnd))[0], 'GPT2LMHeadModel');
  });

  test('nested keys are not top-level members: the enclosing member is returned', () => {
    assert.equal(topLevelMemberAt(text, at(text, '"max_length"'))?.key, 'task_specific_params');
  });

  test('whitespace between members is nothing', () => {
    const offset = text.indexOf('"n_embd"') - 1;
    assert.equal(topLevelMemberAt(text, offset), undefined);
  });

  test('strings with quotes, braces and commas, and comments, do not confuse it', () => {
    const tricky = '{\n  // a comment with "quotes", {braces}\n  "name": "a \\"b\\", {c}",\n  /* block, } */ "n_layer": 4\n}';
    assert.equal(topLevelMemberAt(tricky, at(tricky, '"n_layer"'))?.key, 'n_layer');
    assert.equal(topLevelMemberAt(tricky, at(tricky, '{c}'))?.key, 'name');
    assert.equal(topLevelMemberAt(tricky, at(tricky, 'comment')), undefined);
  });

  test('invalid JSON still gives the member under the cursor', () => {
    const broken = '{"model_type": "gpt2",, "n_embd": 768 "n_head": }';
    assert.equal(topLevelMemberAt(broken, at(broken, '"model_type"'))?.key, 'model_type');
    assert.equal(topLevelMemberAt(broken, at(broken, '"n_embd"'))?.key, 'n_embd');
    assert.equal(topLevelMemberAt('', 0), undefined);
    assert.equal(topLevelMemberAt('{"unterminated', 3), undefined);
  });
});

describe('estimateRecordingFields', () => {
  test('GPT-2 reads its shape fields and model_type, not dropout or token ids', () => {
    const { result, fieldsRead } = estimateRecordingFields(sampleConfig('gpt2'));
    assert.equal(result.ok && result.estimate.totalParameters, 124_439_808);
    // GPT2Config's shape: vocabulary, positions, width, depth, heads (n_inner and tying are absent here).
    assert.deepEqual([...fieldsRead].sort(), ['model_type', 'n_embd', 'n_head', 'n_layer', 'n_positions', 'vocab_size']);
  });

  test('Mixtral reads its expert fields', () => {
    const { fieldsRead } = estimateRecordingFields(sampleConfig('Mixtral-8x7B-v0.1'));
    for (const key of ['num_local_experts', 'num_experts_per_tok', 'num_key_value_heads', 'hidden_size', 'intermediate_size']) {
      assert.ok(fieldsRead.has(key), key);
    }
    assert.ok(!fieldsRead.has('rope_theta'));
  });

  test('a refusal records the fields read up to the one at fault', () => {
    const { result, fieldsRead } = estimateRecordingFields({ model_type: 'gpt2', n_embd: 'wide' });
    assert.equal(result.ok, false);
    assert.ok(fieldsRead.has('n_embd'));
  });
});

describe('analyseConfigText: which JSON is a model config', () => {
  test('a Hub config is one, under any file name', () => {
    const analysis = analyseConfigText(sampleText('Llama-2-7b-hf'), false);
    assert.equal(analysis.isModelConfig, true);
    assert.equal(analysis.result.ok && analysis.result.estimate.totalParameters, 6_738_415_616);
    assert.equal(analysis.invalidJson, false);
  });

  test('a byte-order mark is accepted', () => {
    assert.equal(analyseConfigText(`\ufeff${sampleText('gpt2')}`, true).result.ok, true);
  });

  test('a config.json without model_type counts only if the generic estimate works', () => {
    const sized = JSON.stringify({ num_hidden_layers: 2, hidden_size: 64, vocab_size: 100 });
    assert.equal(analyseConfigText(sized, true).isModelConfig, true);
    assert.equal(analyseConfigText(sized, false).isModelConfig, false);
    const app = JSON.stringify({ port: 8080, debug: true });
    assert.equal(analyseConfigText(app, true).isModelConfig, false);
  });

  test('a wrong field in a model config is a model config with an error naming the field', () => {
    const analysis = analyseConfigText('{"model_type": "bert", "num_hidden_layers": 0}', false);
    assert.equal(analysis.isModelConfig, true);
    assert.equal(!analysis.result.ok && analysis.result.error.field, 'num_hidden_layers');
  });

  test('broken JSON counts only when it names a model_type, whatever the file name', () => {
    const broken = analyseConfigText('{"model_type": "gpt2",, }', false);
    assert.equal(broken.isModelConfig, true);
    assert.equal(broken.invalidJson, true);
    assert.equal(!broken.result.ok && broken.result.error.code, 'invalid-json');
    assert.equal(analyseConfigText('{ // a tool config with comments\n "port": 1 }', true).isModelConfig, false);
  });

  test('JSON that is not an object is never a model config, but explains itself on request', () => {
    const list = analyseConfigText('[1, 2, 3]', true);
    assert.equal(list.isModelConfig, false);
    assert.equal(!list.result.ok && list.result.error.code, 'not-object');
  });
});
