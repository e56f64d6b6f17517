/**
 * Exact parameter counts of real Hub configs (samples/models/<name>/config.json). Each expected value is
 * written out from the architecture with the config's own numbers, then checked against the count
 * published for that checkpoint (Transformers' num_parameters() of the class named in each test).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SAMPLE_NAMES, assertBreakdownConsistent, sampleEstimate } from './helpers';

/** nn.Linear(i, o) with or without bias. */
const linear = (i: number, o: number, bias = true) => i * o + (bias ? o : 0);
const layerNorm = (d: number) => 2 * d;

describe('reference counts required by the issue', () => {
  test('gpt2: 124,439,808 (GPT2LMHeadModel, head tied to wte)', () => {
    const [V, P, d, L] = [50257, 1024, 768, 12];
    const layer = layerNorm(d) + linear(d, 3 * d) + linear(d, d) + layerNorm(d) + linear(d, 4 * d) + linear(4 * d, d);
    const expected = V * d + P * d + L * layer + layerNorm(d);
    assert.equal(expected, 124_439_808);
    const estimate = sampleEstimate('gpt2');
    assert.equal(estimate.totalParameters, expected);
    assert.equal(estimate.activeParameters, expected);
  });

  test('bert-base-uncased: 109,482,240 (BertModel with pooler)', () => {
    const [V, P, T, d, I, L] = [30522, 512, 2, 768, 3072, 12];
    const embeddings = V * d + P * d + T * d + layerNorm(d);
    const layer = 4 * linear(d, d) + layerNorm(d) + linear(d, I) + linear(I, d) + layerNorm(d);
    const expected = embeddings + L * layer + linear(d, d);
    assert.equal(expected, 109_482_240);
    assert.equal(sampleEstimate('bert-base-uncased').totalParameters, expected);
  });

  test('t5-small: 60,506,624 (T5ForConditionalGeneration, head tied to the shared table)', () => {
    const [V, d, inner, ff, L, H, buckets] = [32128, 512, 8 * 64, 2048, 6, 8, 32];
    const attention = 4 * d * inner; // q, k, v, o without biases
    const encoderLayer = attention + d + (d * ff + ff * d) + d; // two scale-only norms
    const decoderLayer = encoderLayer + attention + d; // cross-attention and its norm
    const encoder = L * encoderLayer + H * buckets + d; // relative bias once, final norm
    const decoder = L * decoderLayer + H * buckets + d;
    const expected = V * d + encoder + decoder;
    assert.equal(expected, 60_506_624);
    assert.equal(sampleEstimate('t5-small').totalParameters, expected);
  });

  test('Llama-2-7b: 6,738,415,616 (LlamaForCausalLM, untied head)', () => {
    const [V, d, I, L] = [32000, 4096, 11008, 32];
    const layer = 4 * d * d + 3 * d * I + 2 * d;
    const expected = V * d + L * layer + d + V * d;
    assert.equal(expected, 6_738_415_616);
    assert.equal(sampleEstimate('Llama-2-7b-hf').totalParameters, expected);
  });

  test('Mistral-7B-v0.1: 7,241,732,096 (8 K/V heads of 128)', () => {
    const [V, d, I, L, kvWidth] = [32000, 4096, 14336, 32, 8 * 128];
    const layer = 2 * d * d + 2 * d * kvWidth + 3 * d * I + 2 * d;
    const expected = V * d + L * layer + d + V * d;
    assert.equal(expected, 7_241_732_096);
    assert.equal(sampleEstimate('Mistral-7B-v0.1').totalParameters, expected);
  });

  test('Mixtral-8x7B: 46,702,792,704 in total, ≈12.9B active (2 of 8 experts)', () => {
    const [V, d, I, L, kvWidth, E, k] = [32000, 4096, 14336, 32, 8 * 128, 8, 2];
    const attention = 2 * d * d + 2 * d * kvWidth;
    const expert = 3 * d * I;
    const router = d * E;
    const outside = V * d + d + V * d;
    const total = L * (attention + E * expert + router + 2 * d) + outside;
    const active = L * (attention + k * expert + router + 2 * d) + outside;
    assert.equal(total, 46_702_792_704);
    assert.equal(active, 12_879_925_248);
    const estimate = sampleEstimate('Mixtral-8x7B-v0.1');
    assert.equal(estimate.totalParameters, total);
    assert.equal(estimate.activeParameters, active);
    assert.equal(Math.round(estimate.activeParameters / 1e8) / 10, 12.9);
    assert.equal(estimate.shape.experts, 8);
    assert.equal(estimate.shape.expertsPerToken, 2);
  });
});

describe('reference counts of the other supported types', () => {
  test('distilbert-base-uncased: 66,362,880 (no token types, no pooler)', () => {
    const [V, P, d, I, L] = [30522, 512, 768, 3072, 6];
    const layer = 4 * linear(d, d) + layerNorm(d) + linear(d, I) + linear(I, d) + layerNorm(d);
    const expected = V * d + P * d + layerNorm(d) + L * layer;
    assert.equal(expected, 66_362_880);
    assert.equal(sampleEstimate('distilbert-base-uncased').totalParameters, expected);
  });

  test('roberta-base: 124,645,632 (514 positions, one token type, pooler)', () => {
    const [V, P, T, d, I, L] = [50265, 514, 1, 768, 3072, 12];
    const layer = 4 * linear(d, d) + layerNorm(d) + linear(d, I) + linear(I, d) + layerNorm(d);
    const expected = V * d + P * d + T * d + layerNorm(d) + L * layer + linear(d, d);
    assert.equal(expected, 124_645_632);
    assert.equal(sampleEstimate('roberta-base').totalParameters, expected);
  });

  test('albert-base-v2: 11,683,584 (128-wide tables, one shared layer)', () => {
    const [V, P, T, E, d, I] = [30000, 512, 2, 128, 768, 3072];
    const sharedLayer = 4 * linear(d, d) + layerNorm(d) + linear(d, I) + linear(I, d) + layerNorm(d);
    const expected = V * E + P * E + T * E + layerNorm(E) + linear(E, d) + sharedLayer + linear(d, d);
    assert.equal(expected, 11_683_584);
    assert.equal(sampleEstimate('albert-base-v2').totalParameters, expected);
  });

  test('electra-small-discriminator: 13,483,008 (ElectraModel); the 13,548,800 often quoted adds a pooler', () => {
    const [V, P, T, E, d, I, L] = [30522, 512, 2, 128, 256, 1024, 12];
    const layer = 4 * linear(d, d) + layerNorm(d) + linear(d, I) + linear(I, d) + layerNorm(d);
    const expected = V * E + P * E + T * E + layerNorm(E) + linear(E, d) + L * layer;
    assert.equal(expected, 13_483_008);
    // KerasHub's ElectraBackbone preset lists 13,548,800: the same encoder plus a d×d pooler that
    // Transformers' ElectraModel does not have.
    assert.equal(expected + linear(d, d), 13_548_800);
    assert.equal(sampleEstimate('electra-small-discriminator').totalParameters, expected);
  });

  test('bart-base: 139,420,416 (BartModel; 1024 + 2 position rows per stack)', () => {
    const [V, P, d, ff, L] = [50265, 1024 + 2, 768, 3072, 6];
    const attention = 4 * linear(d, d);
    const encoderLayer = attention + layerNorm(d) + linear(d, ff) + linear(ff, d) + layerNorm(d);
    const decoderLayer = encoderLayer + attention + layerNorm(d);
    const stackEmbeddings = P * d + layerNorm(d);
    const expected = V * d + stackEmbeddings + L * encoderLayer + stackEmbeddings + L * decoderLayer;
    assert.equal(expected, 139_420_416);
    assert.equal(sampleEstimate('bart-base').totalParameters, expected);
  });

  test('Qwen2-0.5B: 494,032,768 (Q/K/V biases, 2 K/V heads, tied head)', () => {
    const [V, d, I, L, headDim, kvHeads] = [151936, 896, 4864, 24, 64, 2];
    const kvWidth = kvHeads * headDim;
    const attention = linear(d, d) + 2 * linear(d, kvWidth) + linear(d, d, false);
    const layer = attention + 3 * d * I + 2 * d;
    const expected = V * d + L * layer + d;
    assert.equal(expected, 494_032_768);
    assert.equal(sampleEstimate('Qwen2-0.5B').totalParameters, expected);
  });

  test('gemma-2b: 2,506,172,416 (head_dim 256, one K/V head, tied head)', () => {
    const [V, d, I, L, H, headDim] = [256000, 2048, 16384, 18, 8, 256];
    const attention = d * H * headDim + 2 * d * headDim + H * headDim * d;
    const layer = attention + 3 * d * I + 2 * d;
    const expected = V * d + L * layer + d;
    assert.equal(expected, 2_506_172_416);
    assert.equal(sampleEstimate('gemma-2b').totalParameters, expected);
  });

  test('phi-2: 2,779,683,840 (biases everywhere, one LayerNorm per layer, biased LM head)', () => {
    const [V, d, I, L] = [51200, 2560, 10240, 32];
    const layer = layerNorm(d) + 4 * linear(d, d) + linear(d, I) + linear(I, d);
    const expected = V * d + L * layer + layerNorm(d) + linear(d, V);
    assert.equal(expected, 2_779_683_840);
    assert.equal(sampleEstimate('phi-2').totalParameters, expected);
  });

  test('pythia-160m: 162,322,944 (GPTNeoXForCausalLM, untied embed_out)', () => {
    const [V, d, I, L] = [50304, 768, 3072, 12];
    const layer = 2 * layerNorm(d) + linear(d, 3 * d) + linear(d, d) + linear(d, I) + linear(I, d);
    const expected = V * d + L * layer + layerNorm(d) + V * d;
    assert.equal(expected, 162_322_944);
    assert.equal(sampleEstimate('pythia-160m').totalParameters, expected);
  });
});

describe('breakdowns of the samples', () => {
  for (const name of SAMPLE_NAMES) {
    test(`${name}: every node is count × its children and the parts sum to the total`, () => {
      const estimate = sampleEstimate(name);
      assert.equal(estimate.supported, true);
      assert.deepEqual(estimate.warnings, []);
      assertBreakdownConsistent(estimate);
    });
  }
});
