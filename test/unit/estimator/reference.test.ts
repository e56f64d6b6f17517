/**
 * The generic fallback names the fields it did not use, and any estimate can be checked against a known
 * total: one the caller passes (the weights next to the config) or one the config states.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { estimateFromConfig } from '../../../src/core/estimator';
import { ok } from './helpers';
import { truthFixture } from './truthFixtures';

const WEIGHTS = { en: 'in the safetensors weights', ko: 'safetensors 가중치에 담긴' };

describe('fields the generic estimate ignores', () => {
  // RWKV is a real Transformers type the estimator does not count; these are its config's keys.
  const rwkv = {
    model_type: 'rwkv',
    architectures: ['RwkvForCausalLM'],
    attention_hidden_size: 768,
    bos_token_id: 0,
    context_length: 1024,
    hidden_size: 768,
    intermediate_size: null,
    layer_norm_epsilon: 1e-5,
    num_hidden_layers: 12,
    rescale_every: 6,
    vocab_size: 50277,
  };

  test('every key present and not null that the formula did not read, in file order', () => {
    const estimate = ok(estimateFromConfig(rwkv));
    assert.equal(estimate.supported, false);
    // Read: model_type, hidden_size, num_hidden_layers, vocab_size (and the sizes it looked for but found null).
    assert.deepEqual(estimate.ignoredFields, ['architectures', 'attention_hidden_size', 'bos_token_id', 'context_length', 'layer_norm_epsilon', 'rescale_every']);
    const warning = estimate.warnings.at(-1)!;
    assert.match(warning.en, /did not use these 6 fields of the config: "architectures", "attention_hidden_size", "bos_token_id", "context_length", "layer_norm_epsilon", "rescale_every"\./);
    assert.match(warning.ko, /다음 항목 6개를 쓰지 않았습니다: "architectures", /);
  });

  test('a long list is shortened in the warning but complete in the field', () => {
    const config: Record<string, unknown> = { model_type: 'rwkv', num_hidden_layers: 2, hidden_size: 64 };
    for (let i = 0; i < 20; i++) config[`extra_${i}`] = i;
    const estimate = ok(estimateFromConfig(config));
    assert.equal(estimate.ignoredFields?.length, 20);
    assert.match(estimate.warnings.at(-1)!.en, /these 20 fields of the config: .*"extra_11" and 8 more\.$/);
    assert.match(estimate.warnings.at(-1)!.ko, /외 8개\.$/);
  });

  test('supported types report no ignored fields', () => {
    assert.equal(ok(estimateFromConfig(truthFixture('meta-llama/Llama-3.1-8B').config)).ignoredFields, undefined);
  });
});

describe('checking the count against a known total', () => {
  test('a total from the weights that matches exactly', () => {
    const fixture = truthFixture('openai-community/gpt2');
    const estimate = ok(estimateFromConfig(fixture.config, { reference: { parameters: fixture.truth.counts.GPT2LMHeadModel, source: WEIGHTS } }));
    assert.deepEqual(estimate.reference, {
      parameters: 124_439_808,
      source: WEIGHTS,
      origin: 'option',
      difference: 0,
      relativeDifference: 0,
      matches: true,
      message: {
        en: 'Matches the 124,439,808 parameters in the safetensors weights exactly.',
        ko: 'safetensors 가중치에 담긴 파라미터 수(124,439,808개)와 정확히 일치합니다.',
      },
    });
  });

  test('T5 v1.1: the weights hold the separate lm_head that Transformers 5.18 ties, and the gap says so', () => {
    const fixture = truthFixture('google/flan-t5-small');
    const built = fixture.truth.counts.T5ForConditionalGeneration;
    const onDisk = built + 32128 * 512;
    const estimate = ok(estimateFromConfig(fixture.config, { reference: { parameters: onDisk, source: WEIGHTS } }));
    assert.equal(estimate.reference?.difference, -16_449_536);
    assert.equal(estimate.reference?.relativeDifference, -16_449_536 / onDisk);
    assert.equal(estimate.reference?.message.en, '16,449,536 fewer parameters than the 76,961,152 in the safetensors weights (−21.4%).');
    assert.equal(estimate.reference?.message.ko, 'safetensors 가중치에 담긴 파라미터 수(76,961,152개)보다 16,449,536개 적습니다(−21.4%).');
  });

  test('a total the config states, for an unsupported type: the generic estimate and how far off it is', () => {
    const config = { model_type: 'rwkv', num_hidden_layers: 24, hidden_size: 1024, vocab_size: 50277, num_parameters: 430_000_000 };
    const estimate = ok(estimateFromConfig(config));
    const expectedTotal = 24 * 12 * 1024 * 1024 + 50277 * 1024;
    assert.equal(estimate.totalParameters, expectedTotal);
    const difference = expectedTotal - 430_000_000;
    assert.equal(estimate.reference?.origin, 'config');
    assert.equal(estimate.reference?.key, 'num_parameters');
    assert.equal(estimate.reference?.difference, difference);
    assert.equal(estimate.reference?.message.en, `${(-difference).toLocaleString('en-US')} fewer parameters than the 430,000,000 the config states in "num_parameters" (−17.8%).`);
    assert.match(estimate.reference!.message.ko, /^설정의 "num_parameters"에 적힌 파라미터 수\(430,000,000개\)보다 [\d,]+개 적습니다\(−17\.8%\)\.$/);
    assert.equal(estimate.ignoredFields?.includes('num_parameters'), false, 'the reference key was used');
  });

  test('more parameters than the reference, with a small relative gap', () => {
    const fixture = truthFixture('meta-llama/Llama-3.1-8B');
    const estimate = ok(estimateFromConfig(fixture.config, { reference: { parameters: 8_030_000_000, source: WEIGHTS } }));
    assert.equal(estimate.reference?.difference, 261_248);
    assert.equal(estimate.reference?.message.en, '261,248 more parameters than the 8,030,000,000 in the safetensors weights (+0.0033%).');
    assert.match(estimate.reference!.message.ko, /261,248개 많습니다\(\+0\.0033%\)\.$/);
  });

  test('the caller\'s total wins over one the config states; a total that is not a positive whole number is ignored', () => {
    const config = { model_type: 'gpt2', num_parameters: 1 };
    assert.equal(ok(estimateFromConfig(config, { reference: { parameters: 124_439_808, source: WEIGHTS } })).reference?.origin, 'option');
    assert.equal(ok(estimateFromConfig(config, { reference: { parameters: -5, source: WEIGHTS } })).reference?.origin, 'config');
    assert.equal(ok(estimateFromConfig({ model_type: 'gpt2', num_parameters: '124M' })).reference, undefined);
    assert.equal(ok(estimateFromConfig({ model_type: 'gpt2' })).reference, undefined);
  });
});
