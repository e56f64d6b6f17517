/**
 * Every supported model type: the configuration class defaults (a config holding only `model_type`, which
 * Transformers fills in the same way) and the options that change the count. Expected values are written
 * out from the architecture; where the defaults describe a published checkpoint, its count is asserted too.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SUPPORTED_MODEL_TYPES } from '../../../src/core/estimator';
import { SAMPLE_NAMES, assertBreakdownConsistent, estimateOf, find, sampleConfig, sampleEstimate } from './helpers';

const linear = (i: number, o: number, bias = true) => i * o + (bias ? o : 0);
const layerNorm = (d: number) => 2 * d;
const total = (config: Record<string, unknown>) => estimateOf(config).totalParameters;

test('the first fifteen types each have a sample config, and every sample is of a supported type', () => {
  const first = ['gpt2', 'bert', 'roberta', 'distilbert', 'albert', 'electra', 't5', 'bart', 'llama', 'mistral'];
  first.push('mixtral', 'qwen2', 'gemma', 'phi', 'gpt_neox');
  const sampled = new Set(SAMPLE_NAMES.map((name) => sampleConfig(name).model_type as string));
  for (const type of first) assert.ok(sampled.has(type), type);
  for (const type of sampled) assert.ok(SUPPORTED_MODEL_TYPES.includes(type), type);
});

describe('class defaults', () => {
  test('gpt2 defaults are GPT-2 small', () => {
    assert.equal(total({ model_type: 'gpt2' }), sampleEstimate('gpt2').totalParameters);
  });

  test('bert defaults are bert-base-uncased', () => {
    assert.equal(total({ model_type: 'bert' }), 109_482_240);
  });

  test('roberta defaults: BERT-base shape with a 50265-token vocabulary, 512 positions, 2 token types', () => {
    const [V, P, T, d, I, L] = [50265, 512, 2, 768, 3072, 12];
    const layer = 4 * linear(d, d) + layerNorm(d) + linear(d, I) + linear(I, d) + layerNorm(d);
    assert.equal(total({ model_type: 'roberta' }), V * d + P * d + T * d + layerNorm(d) + L * layer + linear(d, d));
  });

  test('distilbert defaults are distilbert-base-uncased', () => {
    assert.equal(total({ model_type: 'distilbert' }), 66_362_880);
  });

  test('albert defaults are the xxlarge shape: 222,595,584', () => {
    const [V, P, T, E, d, I] = [30000, 512, 2, 128, 4096, 16384];
    const layer = 4 * linear(d, d) + layerNorm(d) + linear(d, I) + linear(I, d) + layerNorm(d);
    const expected = V * E + P * E + T * E + layerNorm(E) + linear(E, d) + layer + linear(d, d);
    assert.equal(expected, 222_595_584);
    assert.equal(total({ model_type: 'albert' }), expected);
  });

  test('electra defaults are the small discriminator', () => {
    assert.equal(total({ model_type: 'electra' }), 13_483_008);
  });

  test('t5 defaults are t5-small', () => {
    assert.equal(total({ model_type: 't5' }), 60_506_624);
  });

  test('bart defaults are bart-large: 406,291,456', () => {
    const [V, P, d, ff, L] = [50265, 1026, 1024, 4096, 12];
    const encoderLayer = 4 * linear(d, d) + layerNorm(d) + linear(d, ff) + linear(ff, d) + layerNorm(d);
    const decoderLayer = encoderLayer + 4 * linear(d, d) + layerNorm(d);
    const expected = V * d + 2 * (P * d + layerNorm(d)) + L * encoderLayer + L * decoderLayer;
    assert.equal(expected, 406_291_456);
    assert.equal(total({ model_type: 'bart' }), expected);
  });

  test('llama, mistral and mixtral defaults are Llama-2-7b, Mistral-7B and Mixtral-8x7B', () => {
    assert.equal(total({ model_type: 'llama' }), 6_738_415_616);
    assert.equal(total({ model_type: 'mistral' }), 7_241_732_096);
    assert.equal(total({ model_type: 'mixtral' }), 46_702_792_704);
  });

  test('qwen2 defaults: 32 layers of 4096 with 32 K/V heads, Q/K/V biases, untied head', () => {
    const [V, d, I, L] = [151936, 4096, 22016, 32];
    const layer = 3 * linear(d, d) + linear(d, d, false) + 3 * d * I + 2 * d;
    assert.equal(total({ model_type: 'qwen2' }), V * d + L * layer + d + V * d);
  });

  test('gemma defaults are gemma-7b: 8,537,680,896 (head_dim 256 although 3072 / 16 = 192)', () => {
    const [V, d, I, L, H, headDim] = [256000, 3072, 24576, 28, 16, 256];
    const layer = 4 * d * H * headDim + 3 * d * I + 2 * d;
    const expected = V * d + L * layer + d;
    assert.equal(expected, 8_537_680_896);
    assert.equal(total({ model_type: 'gemma' }), expected);
  });

  test('phi defaults are the phi-1 / phi-1.5 shape: 1,418,270,720', () => {
    const [V, d, I, L] = [51200, 2048, 8192, 24];
    const layer = layerNorm(d) + 4 * linear(d, d) + linear(d, I) + linear(I, d);
    const expected = V * d + L * layer + layerNorm(d) + linear(d, V);
    assert.equal(expected, 1_418_270_720);
    assert.equal(total({ model_type: 'phi' }), expected);
  });

  test('gpt_neox defaults are GPT-NeoX-20B: 20,554,567,680', () => {
    const [V, d, I, L] = [50432, 6144, 24576, 44];
    const layer = 2 * layerNorm(d) + linear(d, 3 * d) + linear(d, d) + linear(d, I) + linear(I, d);
    const expected = 2 * V * d + L * layer + layerNorm(d);
    assert.equal(expected, 20_554_567_680);
    assert.equal(total({ model_type: 'gpt_neox' }), expected);
  });

  test('every default estimate has a consistent breakdown', () => {
    for (const modelType of SUPPORTED_MODEL_TYPES) assertBreakdownConsistent(estimateOf({ model_type: modelType }));
  });
});

describe('options that change the count', () => {
  test('GPT-2: an untied head adds V·d; n_inner sets the MLP width; hidden_size is an alias of n_embd', () => {
    const base = total({ model_type: 'gpt2' });
    assert.equal(total({ model_type: 'gpt2', tie_word_embeddings: false }), base + 50257 * 768);
    assert.equal(total({ model_type: 'gpt2', n_inner: 1000 }), base - 12 * (2 * 768 * 3072 + 3072 - (2 * 768 * 1000 + 1000)));
    assert.equal(total({ model_type: 'gpt2', hidden_size: 768 }), base);
  });

  test('T5 v1.1 / FLAN-T5: gated-gelu; Transformers 5.18 ties the head the checkpoint stores (flan-t5-small: 60,511,616 built, 76,961,152 on disk)', () => {
    const config = { model_type: 't5', d_ff: 1024, num_layers: 8, num_heads: 6, feed_forward_proj: 'gated-gelu', tie_word_embeddings: false };
    const [V, d, inner, ff, L, H] = [32128, 512, 6 * 64, 1024, 8, 6];
    const attention = 4 * d * inner;
    const encoderLayer = attention + 3 * d * ff + 2 * d;
    const decoderLayer = encoderLayer + attention + d;
    const built = V * d + (L * encoderLayer + H * 32 + d) + (L * decoderLayer + H * 32 + d);
    // flan-t5-small's checkpoint holds a separate lm_head: its 76,961,152 is the built model plus V·d.
    assert.equal(built + V * d, 76_961_152);
    const estimate = estimateOf(config);
    assert.equal(estimate.totalParameters, built);
    assert.equal(find(estimate, 'encoder', 'relativeBias').parameters, 6 * 32);
    assert.equal(find(estimate, 'head').parameters, 0);
    assert.match(estimate.warnings.map((w) => w.en).join(' '), /stores its own lm_head \(16,449,536 parameters on disk\)/);
    assert.match(estimate.warnings.map((w) => w.ko).join(' '), /lm_head\(파라미터 16,449,536개\)/);
  });

  test('T5: num_decoder_layers sets the decoder depth independently', () => {
    const estimate = estimateOf({ model_type: 't5', num_decoder_layers: 2 });
    assert.equal(find(estimate, 'decoder', 'layers').count, 2);
    assert.equal(find(estimate, 'encoder', 'layers').count, 6);
    assert.equal(estimate.shape.decoderLayers, 2);
  });

  // Totals from Transformers 5.18 (T5EncoderModel etc. built on the meta device from these configs).
  test('T5, mT5, umT5: architectures naming the …EncoderModel count the shared table, the encoder and its norm only', () => {
    const flanT5Small = { model_type: 't5', d_ff: 1024, num_layers: 8, num_heads: 6, feed_forward_proj: 'gated-gelu', tie_word_embeddings: false };
    const cases = [
      { config: { ...flanT5Small, architectures: ['T5EncoderModel'] }, expected: 35_332_800, countedAs: 'T5EncoderModel' },
      { config: { model_type: 'mt5', tie_word_embeddings: false, architectures: ['MT5EncoderModel'] }, expected: 146_940_608, countedAs: 'MT5EncoderModel' },
      { config: { model_type: 'umt5', architectures: ['UMT5EncoderModel'] }, expected: 146_941_952, countedAs: 'UMT5EncoderModel' },
    ];
    for (const { config, expected, countedAs } of cases) {
      const estimate = estimateOf(config);
      assert.equal(estimate.totalParameters, expected, countedAs);
      assert.equal(estimate.countedAs.split(' ')[0], countedAs);
      assert.equal(estimate.architecture, 'encoder-only');
      assert.deepEqual(estimate.breakdown.map((node) => node.key), ['embeddings', 'encoder']);
      assert.equal(estimate.shape.decoderLayers, undefined);
      assert.equal(estimate.shape.kvCache, undefined, 'an encoder keeps no KV cache');
      assert.doesNotMatch(estimate.warnings.map((w) => w.en).join(' '), /lm_head/, 'no head, so no tied-head warning');
      // The encoder's own Linear modules, once per layer: q, k, v, o, wi_0, wi_1, wo.
      assert.deepEqual(
        estimate.shape.linearModules?.map((module) => `${module.name} ${module.inputs}→${module.outputs} ×${module.count}`),
        ['q 512→384 ×8', 'k 512→384 ×8', 'v 512→384 ×8', 'o 384→512 ×8', 'wi_0 512→1024 ×8', 'wi_1 512→1024 ×8', 'wo 1024→512 ×8'],
      );
    }
    // Another class in the list (a ForConditionalGeneration checkpoint) keeps the whole model.
    assert.equal(estimateOf({ ...flanT5Small, architectures: ['T5ForConditionalGeneration'] }).totalParameters, total(flanT5Small));
  });

  test('Llama 3 8B (GQA, 128256 tokens): 8,030,261,248', () => {
    const config = { model_type: 'llama', vocab_size: 128256, intermediate_size: 14336, num_key_value_heads: 8 };
    const [V, d, I, L, kvWidth] = [128256, 4096, 14336, 32, 8 * 128];
    const expected = 2 * V * d + L * (2 * d * d + 2 * d * kvWidth + 3 * d * I + 2 * d) + d;
    assert.equal(expected, 8_030_261_248);
    assert.equal(total(config), expected);
  });

  test('Llama: attention_bias adds Q/K/V/O biases, mlp_bias adds gate/up/down biases, tying removes the head', () => {
    const base = total({ model_type: 'llama' });
    const [d, I, L] = [4096, 11008, 32];
    assert.equal(total({ model_type: 'llama', attention_bias: true }), base + L * 4 * d);
    assert.equal(total({ model_type: 'llama', mlp_bias: true }), base + L * (2 * I + d));
    assert.equal(total({ model_type: 'llama', tie_word_embeddings: true }), base - 32000 * d);
  });

  test('Llama: an explicit head_dim is used as is (no divisibility needed)', () => {
    const config = { model_type: 'llama', hidden_size: 1000, num_attention_heads: 3, head_dim: 100, num_hidden_layers: 1 };
    const attention = 1000 * 300 * 2 + 1000 * 300 * 2; // q and o: 3 heads × 100; k and v likewise
    assert.equal(find(estimateOf(config), 'layers', 'attention').parameters, attention);
  });

  test('Qwen2: num_key_value_heads defaults to 32, and None means "as many as the query heads"', () => {
    const absent = estimateOf({ model_type: 'qwen2', num_attention_heads: 64 });
    assert.equal(absent.shape.kvHeads, 32);
    assert.deepEqual(absent.warnings, []);
    assert.equal(estimateOf({ model_type: 'qwen2', num_attention_heads: 64, num_key_value_heads: null }).shape.kvHeads, 64);
    const uneven = estimateOf({ model_type: 'qwen2', hidden_size: 896, num_attention_heads: 14 });
    assert.match(uneven.warnings[0].en, /not a multiple/);
  });

  test('sliding windows: Mistral 4096 by default, off when null; Mixtral none; Qwen2 only with use_sliding_window', () => {
    assert.equal(estimateOf({ model_type: 'mistral' }).shape.slidingWindow, 4096);
    assert.equal(estimateOf({ model_type: 'mistral', sliding_window: null }).shape.slidingWindow, undefined);
    assert.equal(estimateOf({ model_type: 'mixtral' }).shape.slidingWindow, undefined);
    assert.equal(sampleEstimate('Qwen2-0.5B').shape.slidingWindow, undefined);
    assert.equal(estimateOf({ model_type: 'qwen2', use_sliding_window: true }).shape.slidingWindow, 4096);
  });

  test('Mixtral: the alias num_experts and top-k change total and active counts', () => {
    const [d, I, L] = [4096, 14336, 32];
    const estimate = estimateOf({ model_type: 'mixtral', num_experts: 4, num_experts_per_tok: 1 });
    const base = estimateOf({ model_type: 'mixtral' });
    assert.equal(estimate.totalParameters, base.totalParameters - L * (4 * 3 * d * I + 4 * d));
    assert.equal(estimate.activeParameters, base.activeParameters - L * (3 * d * I + 4 * d));
    assert.equal(find(estimate, 'layers', 'experts').count, 4);
  });

  test('Phi: qk_layernorm adds two LayerNorm(head_dim) per layer; a tied head keeps its bias', () => {
    const base = total({ model_type: 'phi' });
    assert.equal(total({ model_type: 'phi', qk_layernorm: true }), base + 24 * 2 * layerNorm(64));
    assert.equal(total({ model_type: 'phi', tie_word_embeddings: true }), base - 51200 * 2048);
    assert.equal(find(estimateOf({ model_type: 'phi', tie_word_embeddings: true }), 'head').parameters, 51200);
  });

  test('GPT-NeoX: attention_bias false drops the QKV and dense biases; tying drops embed_out', () => {
    const pythia = sampleConfig('pythia-160m');
    const base = total(pythia);
    assert.equal(total({ ...pythia, attention_bias: false }), base - 12 * (3 * 768 + 768));
    assert.equal(total({ ...pythia, tie_word_embeddings: true }), base - 50304 * 768);
  });

  test('ALBERT: groups and inner layers multiply the shared weights, not the depth', () => {
    const base = sampleConfig('albert-base-v2');
    const d = 768;
    const layer = 4 * linear(d, d) + layerNorm(d) + linear(d, 3072) + linear(3072, d) + layerNorm(d);
    assert.equal(total({ ...base, num_hidden_layers: 24 }), 11_683_584);
    assert.equal(total({ ...base, num_hidden_groups: 2, inner_group_num: 2 }), 11_683_584 + 3 * layer);
  });

  test('ELECTRA: no projection when embedding_size equals hidden_size', () => {
    const estimate = estimateOf({ model_type: 'electra', embedding_size: 256 });
    assert.equal(estimate.breakdown.some((node) => node.key === 'embeddingProjection'), false);
    const rows = 30522 + 512 + 2; // token, position and token-type tables
    const smallTables = rows * 128 + layerNorm(128) + linear(128, 256);
    assert.equal(estimate.totalParameters, 13_483_008 - smallTables + rows * 256 + layerNorm(256));
  });

  test('BART: an untied head adds V·d', () => {
    assert.equal(total({ ...sampleConfig('bart-base'), tie_word_embeddings: false }), 139_420_416 + 50265 * 768);
  });

  test('counted once: tied heads appear as a zero-parameter node', () => {
    for (const name of ['gpt2', 'Qwen2-0.5B', 'gemma-2b', 't5-small', 'bart-base'] as const) {
      assert.equal(find(sampleEstimate(name), 'head').parameters, 0, name);
    }
  });

  test('warnings: relative position embeddings and sinusoidal DistilBERT positions are flagged', () => {
    assert.match(estimateOf({ model_type: 'bert', position_embedding_type: 'relative_key' }).warnings[0].en, /not included/);
    const sinusoidal = estimateOf({ model_type: 'distilbert', sinusoidal_pos_embds: true });
    assert.equal(sinusoidal.totalParameters, 66_362_880);
    assert.equal(sinusoidal.warnings.length, 1);
  });
});

describe('unknown model types', () => {
  test('a generic 12·L·d²-style estimate, labelled as such', () => {
    const estimate = estimateOf({ model_type: 'rwkv', num_hidden_layers: 2, hidden_size: 64, vocab_size: 100 });
    assert.equal(estimate.supported, false);
    assert.equal(estimate.totalParameters, 2 * 12 * 64 * 64 + 100 * 64);
    assert.match(estimate.displayName, /generic estimate/);
    assert.match(estimate.warnings[0].en, /generic estimate/);
    assert.match(estimate.warnings[0].ko, /일반 근사식/);
    assertBreakdownConsistent(estimate);
  });

  test('generic estimate: d_ff, an untied head and other spellings of the sizes are honoured', () => {
    const estimate = estimateOf({ n_layer: 3, d_model: 32, ffn_dim: 100, vocab_size: 10, tie_word_embeddings: false });
    assert.equal(estimate.modelType, '');
    assert.equal(estimate.totalParameters, 3 * (4 * 32 * 32 + 2 * 32 * 100) + 2 * 10 * 32);
    assert.match(estimate.warnings[0].en, /no model_type/);
  });
});
