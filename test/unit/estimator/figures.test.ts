/** Derived figures, checked against values worked out by hand for real models. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { deriveFigures } from '../../../src/core/estimator';
import { estimateOf, sampleEstimate } from './helpers';

const N_LLAMA = 6_738_415_616;
const close = (actual: number, expected: number, relative = 1e-12) =>
  assert.ok(Math.abs(actual - expected) <= relative * Math.abs(expected), `${actual} ≉ ${expected}`);

/** Chinchilla's fitted loss, written out (Hoffmann et al. 2022, eq. 2 with the Approach 3 fit). */
const loss = (n: number, d: number) => 1.69 + 406.4 / n ** 0.34 + 410.7 / d ** 0.28;

describe('Llama-2-7b', () => {
  const estimate = sampleEstimate('Llama-2-7b-hf');

  test('defaults: the Chinchilla budget of 20 tokens per parameter and the config context of 4096', () => {
    const figures = deriveFigures(estimate);
    assert.equal(figures.tokens, 20 * N_LLAMA);
    assert.equal(figures.tokensAreDefault, true);
    assert.equal(figures.context, 4096);
    assert.equal(figures.chinchilla.tokensRuleOfThumb, 134_768_312_320);
  });

  test('forward FLOPs per token: 2·N + 2·n_layer·n_ctx·d_attn (Kaplan et al. Table 1)', () => {
    const figures = deriveFigures(estimate, { context: 4096 });
    const attention = 2 * 32 * 4096 * 4096; // d_attn = 32 heads × 128
    assert.equal(figures.flops.attentionPerToken, 1_073_741_824);
    assert.equal(figures.flops.forwardPerToken, 2 * N_LLAMA + attention);
    assert.equal(figures.flops.forwardPerToken, 14_550_573_056);
    // Kaplan's own N leaves out the token table and the untied output head (2 × 32000 × 4096).
    assert.equal(figures.nonEmbeddingActiveParameters, N_LLAMA - 2 * 32000 * 4096);
    assert.equal(figures.flops.forwardPerTokenNonEmbedding, 2 * 6_476_271_616 + attention);
  });

  test('training compute 6·N·D for a 2T-token budget', () => {
    const figures = deriveFigures(estimate, { tokens: 2e12 });
    assert.equal(figures.tokensAreDefault, false);
    close(figures.flops.training, 8.0860987392e22);
  });

  test('Chinchilla loss at the given budget', () => {
    const figures = deriveFigures(estimate, { tokens: 2e12 });
    close(figures.chinchilla.predictedLoss, loss(N_LLAMA, 2e12));
    assert.ok(figures.chinchilla.predictedLoss > 1.69 && figures.chinchilla.predictedLoss < 2.2);
  });

  test('the parametric-fit optimum is where N minimises the loss for the compute it implies', () => {
    const { tokensParametricFit } = deriveFigures(estimate).chinchilla;
    const compute = 6 * N_LLAMA * tokensParametricFit;
    const lossAt = (n: number) => loss(n, compute / (6 * n));
    assert.ok(lossAt(N_LLAMA) < lossAt(N_LLAMA * 0.98));
    assert.ok(lossAt(N_LLAMA) < lossAt(N_LLAMA * 1.02));
    // This fit prefers more data than the 20-tokens rule: about 70 tokens per parameter at 7B.
    const perParameter = tokensParametricFit / N_LLAMA;
    assert.ok(perParameter > 60 && perParameter < 80, `${perParameter}`);
  });

  test('weight memory: 4, 2, 1 and ½ bytes per parameter; Adam mixed precision 16 bytes per parameter', () => {
    const figures = deriveFigures(estimate);
    assert.deepEqual(figures.weightBytes, {
      fp32: 26_953_662_464,
      bf16: 13_476_831_232,
      int8: 6_738_415_616,
      int4: 3_369_207_808,
    });
    assert.equal(figures.trainingBytesAdamMixedPrecision, 107_814_649_856);
  });

  test('KV cache: 2 × 32 layers × 32 heads × 128 × 2 bytes = 512 KiB per token, 2 GiB at 4096 tokens', () => {
    const kv = deriveFigures(estimate).kvCache;
    assert.equal(kv?.bytesPerToken, 512 * 1024);
    assert.equal(kv?.bytesAtContext, 2 * 1024 ** 3);
    assert.equal(kv?.bytesAtContextWithWindow, undefined);
  });
});

test('Mistral-7B: GQA shrinks the cache 4×; the 4096-token window caps it at 512 MiB', () => {
  const kv = deriveFigures(sampleEstimate('Mistral-7B-v0.1')).kvCache;
  assert.equal(kv?.bytesPerToken, 2 * 32 * 8 * 128 * 2);
  assert.equal(kv?.bytesAtContext, 131_072 * 32_768);
  assert.equal(kv?.bytesAtContextWithWindow, 512 * 1024 ** 2);
});

test('Mixtral: FLOPs and training compute use the active parameters; memory uses all of them', () => {
  const estimate = sampleEstimate('Mixtral-8x7B-v0.1');
  const figures = deriveFigures(estimate, { tokens: 1e12, context: 4096 });
  assert.equal(figures.flops.forwardPerToken, 2 * 12_879_925_248 + 2 * 32 * 4096 * 4096);
  close(figures.flops.training, 6 * 12_879_925_248 * 1e12);
  assert.equal(figures.weightBytes.bf16, 2 * 46_702_792_704);
  assert.ok(figures.notes.some((note) => /Mixture of experts/.test(note.en)));
});

test('encoder-only models have no KV cache; encoder-decoders cache the decoder layers', () => {
  assert.equal(deriveFigures(sampleEstimate('bert-base-uncased')).kvCache, undefined);
  const t5 = deriveFigures(sampleEstimate('t5-small'));
  assert.equal(t5.kvCache?.bytesPerToken, 2 * 6 * 8 * 64 * 2);
  // Attention FLOPs count the 6 encoder and 6 decoder layers at one context length.
  assert.equal(t5.flops.attentionPerToken, 2 * 12 * 512 * 512);
});

test('invalid budgets and contexts fall back to the defaults', () => {
  const estimate = estimateOf({ model_type: 'gpt2' });
  for (const tokens of [Number.NaN, -5, 0, Number.POSITIVE_INFINITY]) {
    const figures = deriveFigures(estimate, { tokens, context: -1 });
    assert.equal(figures.tokens, 20 * 124_439_808);
    assert.equal(figures.context, 1024);
  }
  assert.equal(deriveFigures(estimate, { context: 10.5 }).context, 1024);
});

test('every note is in both languages and every figure is finite', () => {
  const figures = deriveFigures(sampleEstimate('t5-small'));
  for (const note of figures.notes) assert.ok(note.en.length > 0 && note.ko.length > 0);
  const numbers = [
    ...Object.values(figures.flops),
    ...Object.values(figures.chinchilla),
    ...Object.values(figures.weightBytes),
    figures.trainingBytesAdamMixedPrecision,
  ];
  assert.ok(numbers.every((value) => Number.isFinite(value) && value > 0));
});
