/**
 * Property tests: thousands of malformed configs, texts and Python calls. Whatever comes in, no exception
 * escapes, and each result is either an estimate made of finite positive numbers or a clear error that
 * names its field.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import {
  SUPPORTED_MODEL_TYPES,
  deriveFigures,
  estimateFromConfig,
  estimateFromConfigText,
  estimateFromPythonCall,
  findConfigCallAt,
  type EstimateResult,
} from '../../../src/core/estimator';
import { assertBreakdownConsistent } from './helpers';

const FIELD_CODES = new Set(['missing-field', 'wrong-type', 'out-of-range']);
const WHOLE_CODES = new Set(['invalid-json', 'not-object', 'too-large']);

/** Every key some counter reads, so that random configs actually reach the counting code. */
const KEYS = [
  'vocab_size', 'n_positions', 'max_position_embeddings', 'n_embd', 'hidden_size', 'n_layer', 'num_hidden_layers',
  'n_head', 'num_attention_heads', 'n_inner', 'tie_word_embeddings', 'intermediate_size', 'type_vocab_size',
  'embedding_size', 'position_embedding_type', 'dim', 'n_layers', 'n_heads', 'hidden_dim', 'sinusoidal_pos_embds',
  'num_hidden_groups', 'inner_group_num', 'd_model', 'd_kv', 'd_ff', 'num_layers', 'num_decoder_layers', 'num_heads',
  'relative_attention_num_buckets', 'feed_forward_proj', 'encoder_layers', 'encoder_ffn_dim',
  'encoder_attention_heads', 'decoder_layers', 'decoder_ffn_dim', 'decoder_attention_heads', 'num_key_value_heads',
  'head_dim', 'attention_bias', 'mlp_bias', 'sliding_window', 'use_sliding_window', 'num_local_experts',
  'num_experts', 'num_experts_per_tok', 'qk_layernorm', 'is_encoder_decoder', 'ffn_dim', 'n_ctx',
  // The families added for today's architectures.
  'n_routed_experts', 'n_shared_experts', 'kv_lora_rank', 'q_lora_rank', 'qk_rope_head_dim', 'qk_nope_head_dim',
  'v_head_dim', 'first_k_dense_replace', 'moe_layer_freq', 'moe_intermediate_size', 'shared_expert_intermediate_size',
  'layer_types', 'sliding_window_pattern', 'max_window_layers', 'mlp_only_layers', 'decoder_sparse_step', 'text_config',
  'vision_config', 'attention_types', 'window_size', 'state_size', 'expand', 'conv_kernel', 'n_groups',
  'time_step_rank', 'new_decoder_architecture', 'multi_query', 'num_kv_heads', 'parallel_attn', 'num_ln_in_parallel_attn',
  'word_embed_proj_dim', 'do_layer_norm_before', 'enable_bias', 'pos_att_type', 'relative_attention', 'position_buckets',
  'num_mel_bins', 'attn_config', 'expansion_ratio', 'use_qk_norm', 'use_qkv_bias', 'use_parallel_residual', 'use_bias',
  'experts_per_token', 'n_embed', 'qkv_bias', 'lm_head_bias', 'embedding_size', 'conv_kernel_size', 'num_local_experts',
];

/** Values of every kind, weighted towards small plausible sizes so that many configs are valid. */
const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.integer({ min: 1, max: 64 }).map((n) => n * 8), weight: 8 },
  { arbitrary: fc.integer({ min: -1_000_000, max: 10_000_000 }), weight: 2 },
  { arbitrary: fc.constantFrom(0, -1, 1e12, 2 ** 53, 1e300, Number.MAX_VALUE, 0.5, 768.0001), weight: 1 },
  { arbitrary: fc.double(), weight: 1 },
  { arbitrary: fc.constantFrom('relu', 'gated-gelu', 'gated-', 'absolute', 'relative_key', 'NaN', 'Infinity', '768'), weight: 1 },
  { arbitrary: fc.string({ maxLength: 30 }), weight: 1 },
  { arbitrary: fc.boolean(), weight: 2 },
  { arbitrary: fc.constant(null), weight: 1 },
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 1 },
);

const modelType = fc.oneof(
  { arbitrary: fc.constantFrom(...SUPPORTED_MODEL_TYPES), weight: 6 },
  { arbitrary: fc.constantFrom('rwkv', 'jamba', '', '__proto__', 'constructor', 'GPT2'), weight: 1 },
  { arbitrary: fc.anything(), weight: 1 },
);

const config = fc
  .tuple(fc.option(modelType, { nil: undefined }), fc.dictionary(fc.constantFrom(...KEYS), anyValue, { maxKeys: 12 }))
  .map(([type, fields]) => (type === undefined ? fields : { ...fields, model_type: type }));

function assertWellFormed(result: EstimateResult): void {
  if (result.ok) {
    const { estimate } = result;
    assert.ok(Number.isSafeInteger(estimate.totalParameters) && estimate.totalParameters > 0);
    assert.ok(Number.isSafeInteger(estimate.activeParameters) && estimate.activeParameters > 0);
    assert.ok(estimate.activeParameters <= estimate.totalParameters);
    const { kvCache, linearModules, ...sizes } = estimate.shape;
    for (const value of Object.values(sizes)) assert.ok(Number.isSafeInteger(value) && value >= 0);
    for (const group of kvCache ?? []) assert.ok(Number.isSafeInteger(group.layers * group.valuesPerToken) && group.layers > 0);
    for (const module of linearModules ?? []) assert.ok(Number.isSafeInteger(module.count * module.inputs * module.outputs) && module.count > 0);
    assertBreakdownConsistent(estimate);
    assertFiniteNumbers(deriveFigures(estimate));
    return;
  }
  const { error } = result;
  assert.ok(error.message.en.length > 0 && error.message.en.length < 400, error.message.en);
  assert.ok(error.message.ko.length > 0 && error.message.ko.length < 400, error.message.ko);
  if (FIELD_CODES.has(error.code) && error.field !== undefined) {
    assert.ok(error.message.en.includes(error.field) && error.message.ko.includes(error.field));
  } else {
    // Only whole-input refusals may lack a field; anything else would be an unexpected internal failure.
    assert.ok(WHOLE_CODES.has(error.code), `${error.code} without a field: ${error.message.en}`);
  }
}

function assertFiniteNumbers(value: unknown): void {
  if (typeof value === 'number') assert.ok(Number.isFinite(value) && value >= 0, String(value));
  else if (value !== null && typeof value === 'object') Object.values(value).forEach(assertFiniteNumbers);
}

describe('fuzzing the estimator', () => {
  test('random JSON values as configs', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => assertWellFormed(estimateFromConfig(value))), { numRuns: 2000 });
  });

  test('configs with the real field names and values of every type', () => {
    let estimates = 0;
    fc.assert(
      fc.property(config, (candidate) => {
        const result = estimateFromConfig(candidate);
        if (result.ok) estimates++;
        assertWellFormed(result);
      }),
      { numRuns: 5000 },
    );
    // The generator is meant to reach the counting code, not only the refusals.
    assert.ok(estimates > 500, `only ${estimates} estimates`);
  });

  test('the same configs serialised to text, and random texts', () => {
    fc.assert(fc.property(config, (candidate) => assertWellFormed(estimateFromConfigText(JSON.stringify(candidate)))), {
      numRuns: 1000,
    });
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => assertWellFormed(estimateFromConfigText(text))), {
      numRuns: 1000,
    });
    fc.assert(
      fc.property(fc.json(), fc.nat(), fc.string({ maxLength: 3 }), (json, cut, insert) => {
        const at = cut % (json.length + 1);
        assertWellFormed(estimateFromConfigText(json.slice(0, at) + insert + json.slice(at)));
      }),
      { numRuns: 1000 },
    );
  });

  test('deeply nested values and huge strings in any field', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KEYS, 'model_type'), fc.integer({ min: 1, max: 5000 }), fc.boolean(), (key, depth, asList) => {
        let value: unknown = 1;
        for (let i = 0; i < depth; i++) value = asList ? [value] : { v: value };
        assertWellFormed(estimateFromConfig({ model_type: 'llama', [key]: value }));
      }),
      { numRuns: 300 },
    );
    const huge = 'z'.repeat(2_000_000);
    for (const key of [...KEYS, 'model_type']) assertWellFormed(estimateFromConfig({ model_type: 'gpt2', [key]: huge }));
    assertWellFormed(estimateFromConfig({ model_type: huge, num_hidden_layers: 1, hidden_size: 8 }));
  });

  test('Python calls built from real class names with random arguments, and random source text', () => {
    const pythonValue = fc.oneof(
      fc.integer({ min: -10, max: 100_000 }).map(String),
      fc.constantFrom('True', 'False', 'None', '1e999', '0x10', '1_024', '"gated-gelu"', "'x'", 'width', '4 * 8', '[1]', '"unterminated'),
      fc.string({ maxLength: 12 }),
    );
    const call = fc
      .tuple(
        fc.constantFrom('GPT2Config', 'BertConfig', 'T5Config', 'LlamaConfig', 'MixtralConfig', 'PhiConfig', 'FooConfig'),
        fc.array(fc.tuple(fc.constantFrom(...KEYS), pythonValue), { maxLength: 8 }),
        fc.constantFrom(')', ',)', '', ')) # done'),
      )
      .map(([name, args, close]) => `${name}(${args.map(([key, value]) => `${key}=${value}`).join(', ')}${close}`);
    fc.assert(
      fc.property(call, (text) => {
        const result = estimateFromPythonCall(text);
        if (result !== undefined) assertWellFormed(result);
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.nat(), (text, offset) => {
        const result = estimateFromPythonCall(text);
        if (result !== undefined) assertWellFormed(result);
        const found = findConfigCallAt(text, offset % (text.length + 1));
        if (found !== undefined) assert.ok(found.start >= 0 && found.start < found.end && found.end <= text.length);
      }),
      { numRuns: 2000 },
    );
  });
});
