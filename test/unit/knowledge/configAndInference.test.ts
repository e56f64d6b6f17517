/**
 * The config-key, attention-kernel, serving and generation entries: the base still validates, their
 * numbers agree with what Hugging Face transformers computes (test/fixtures/configAndInference, written
 * by generate_facts.py from transformers' own shapes, RoPE code and defaults), and the matcher finds
 * their spellings in real-looking code and prose.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { atlas } from '../../../src/core/knowledge';
import { ENTRIES } from '../../../src/core/knowledge/entries/configAndInference';
import { SOURCES } from '../../../src/core/knowledge/sources/configAndInference';
import type { Entry } from '../../../src/core/knowledge/schema';
import { validateKnowledgeBase } from '../../../src/core/knowledge/validate';
import { TermMatcher } from '../../../src/core/matcher';

interface Facts {
  llama31_8b: Record<string, number>;
  deepseek_v3: Record<string, number | boolean>;
  gemma3_text_default: { sliding_layers: number; full_layers: number };
  phi2: { head_dim: number; inv_freq_length: number };
  yarn: { attention_factor_for_factor_40: number };
  activations: Record<string, number>;
  dtypes: Record<'float16' | 'bfloat16' | 'float32', { bits: number; max: number; eps: number }>;
  code_helpers: { repeat_kv_source_heads_8_to_32: number[]; rotate_half_of_1_2_3_4: number[] };
  generation_defaults: Record<string, number | boolean | string | null>;
}

const facts = JSON.parse(readFileSync(join(__dirname, '../../fixtures/configAndInference/transformers-facts.json'), 'utf8')) as Facts;
const phi2Config = JSON.parse(readFileSync(join(__dirname, '../../../samples/models/phi-2/config.json'), 'utf8')) as Record<string, number>;
const pythiaConfig = JSON.parse(readFileSync(join(__dirname, '../../../samples/models/pythia-160m/config.json'), 'utf8')) as Record<string, number>;

function entry(id: string): Entry {
  const found = atlas.get(id);
  assert.ok(found, `the atlas has no entry "${id}"`);
  return found;
}

/** The value of the key number of `id` whose English label is, or else contains, `label` (exactly one must). */
function keyNumber(id: string, label: string): number {
  const numbers = entry(id).keyNumbers;
  const exact = numbers.filter((k) => k.label.en === label);
  const matching = exact.length > 0 ? exact : numbers.filter((k) => k.label.en.includes(label));
  assert.equal(matching.length, 1, `${id}: ${matching.length} key numbers labelled "${label}"`);
  return matching[0].value;
}

const matcher = new TermMatcher(atlas);

/** What the cursor in the middle of `word` gets, `word` taken as a whole identifier where it is one. */
function hoverOn(line: string, word: string) {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const whole = new RegExp(`(?<![A-Za-z0-9_])${escaped}(?![A-Za-z0-9_])`).exec(line);
  const at = whole ? whole.index : line.indexOf(word);
  assert.ok(at >= 0, `${word} is not in ${line}`);
  return matcher.matchAt(line, at + Math.floor(word.length / 2));
}

/** Every match in `text` as "text→entry". */
const found = (text: string) => matcher.findAll(text).map((m) => `${m.text}→${m.entryId}`);

describe('configAndInference entries', () => {
  test('the whole atlas still validates with them', () => {
    const problems = validateKnowledgeBase(atlas);
    assert.deepEqual(problems, [], problems.join('\n'));
  });

  test('all of them are in the shipped atlas, cite only registered sources and are written in both languages', () => {
    assert.ok(ENTRIES.length >= 80, `${ENTRIES.length} entries`);
    for (const e of ENTRIES) {
      assert.equal(atlas.get(e.id), e, e.id);
      for (const key of [...e.sources, ...e.keyNumbers.map((k) => k.source)]) assert.ok(atlas.source(key), `${e.id}: ${key}`);
      assert.match(e.explanation.ko, /[\uAC00-\uD7AF]/, e.id);
      assert.notEqual(e.explanation.en, e.explanation.ko, e.id);
    }
  });

  test('every source this group registers is cited by at least one entry', () => {
    const cited = new Set(atlas.entries.flatMap((e) => [...e.sources, ...e.keyNumbers.map((k) => k.source)]));
    assert.deepEqual(Object.keys(SOURCES).filter((key) => !cited.has(key)), []);
  });

  test('no paper or page is registered under two source keys anywhere in the atlas', () => {
    const owner = new Map<string, string>();
    const twice: string[] = [];
    for (const [key, source] of Object.entries(atlas.sources)) {
      const url = source.url.replace(/\/$/, '').toLowerCase();
      const first = owner.get(url);
      if (first) twice.push(`${first} and ${key}: ${source.url}`);
      else owner.set(url, key);
    }
    assert.deepEqual(twice, []);
  });

  test('inference entries use the inference kind, and generation lives there', () => {
    for (const id of ['attn-implementation', 'pytorch-sdpa', 'paged-attention', 'speculative-decoding', 'beam-search', 'nucleus-sampling', 'chat-template']) {
      assert.equal(entry(id).kind, 'inference', id);
    }
    assert.equal(entry('bfloat16').kind, 'training');
    assert.equal(entry('multi-head-latent-attention').kind, 'architecture');
  });
});

describe('numbers that transformers computes the same way', () => {
  test('Llama 3.1 8B: attention projections and LM head have the sizes the entries state', () => {
    const llama = facts.llama31_8b;
    assert.equal(keyNumber('qkv-projections', 'Attention projection weights per layer'), llama.attention_weights_per_layer);
    assert.equal(keyNumber('lm-head', 'lm_head parameters'), llama.lm_head_parameters);
    // GQA: the key projection is num_key_value_heads × head_dim wide.
    const kvHeads = keyNumber('repeat-kv', 'Key/value heads');
    const headDim = 4096 / keyNumber('repeat-kv', 'Query heads');
    assert.equal(kvHeads * headDim, llama.k_proj_out_features);
  });

  test("the llama3 rule, applied with the entry's numbers, keeps, divides and blends the same frequencies as transformers", () => {
    const factor = keyNumber('llama3-rope-scaling', 'factor (Llama 3.1)');
    const low = keyNumber('llama3-rope-scaling', 'low_freq_factor');
    const high = keyNumber('llama3-rope-scaling', 'high_freq_factor');
    const original = keyNumber('llama3-rope-scaling', 'original_max_position_embeddings');
    const theta = keyNumber('llama3-rope-scaling', 'rope_theta');
    const headDim = 128;
    const counts = { kept: 0, divided: 0, blended: 0 };
    for (let i = 0; i < headDim; i += 2) {
      const wavelength = (2 * Math.PI) / theta ** (-i / headDim);
      if (wavelength < original / high) counts.kept++;
      else if (wavelength > original / low) counts.divided++;
      else counts.blended++;
    }
    assert.deepEqual(counts, {
      kept: facts.llama31_8b.llama3_frequencies_kept,
      divided: facts.llama31_8b.llama3_frequencies_divided_by_factor,
      blended: facts.llama31_8b.llama3_frequencies_blended,
    });
    assert.equal(factor, 8);
    assert.match(entry('llama3-rope-scaling').explanation.en, /8,192 \/ 4 = 2,048 tokens/);
    assert.equal(original / high, 2048);
    // The same rope block is what rope-scaling quotes for Llama 3.1.
    assert.equal(keyNumber('rope-scaling', 'factor in Llama 3.1 8B'), factor);
    assert.equal(keyNumber('rope-scaling', 'original_max_position_embeddings'), original);
  });

  test("YaRN's attention temperature is 0.1·ln(s) + 1, as transformers computes it", () => {
    assert.match(entry('yarn').explanation.en, /0\.1·ln\(s\) \+ 1/);
    const s = keyNumber('yarn', 'DeepSeek-V3');
    assert.ok(Math.abs(0.1 * Math.log(s) + 1 - facts.yarn.attention_factor_for_factor_40) < 1e-12);
  });

  test('DeepSeek-V3: MoE, MLA and MTP keys match the released configuration', () => {
    const v3 = facts.deepseek_v3;
    assert.equal(keyNumber('shared-experts', 'DeepSeek-V3'), v3.n_shared_experts);
    assert.equal(keyNumber('fine-grained-experts', 'Routed experts per layer in DeepSeek-V3'), v3.n_routed_experts);
    assert.equal(keyNumber('fine-grained-experts', 'active per token'), v3.num_experts_per_tok);
    assert.equal(keyNumber('fine-grained-experts', 'routed_scaling_factor'), v3.routed_scaling_factor);
    assert.equal(keyNumber('dense-first-layers', 'DeepSeek-V3'), v3.first_k_dense_replace);
    assert.equal(keyNumber('group-limited-routing', 'n_group'), v3.n_group);
    assert.equal(keyNumber('group-limited-routing', 'topk_group'), v3.topk_group);
    assert.equal(keyNumber('multi-head-latent-attention', 'kv_lora_rank'), v3.kv_lora_rank);
    assert.equal(keyNumber('multi-head-latent-attention', 'q_lora_rank'), v3.q_lora_rank);
    assert.equal(keyNumber('decoupled-rope', 'qk_rope_head_dim'), v3.qk_rope_head_dim);
    assert.equal(keyNumber('decoupled-rope', 'qk_nope_head_dim'), v3.qk_nope_head_dim);
    assert.equal(keyNumber('decoupled-rope', 'v_head_dim'), v3.v_head_dim);
    assert.equal(keyNumber('multi-token-prediction', 'MTP modules'), v3.num_nextn_predict_layers);
    assert.equal(v3.norm_topk_prob, true, 'norm-topk-prob says DeepSeek-V3 sets true');
    // What MLA caches per token and layer is what its down-projection writes: latent plus RoPE key.
    assert.equal(keyNumber('multi-head-latent-attention', 'Cached values per token'), v3.kv_a_proj_with_mqa_out_features);
    // Scores are scaled by 1/√(nope + rope) = 1/√192, as decoupled-rope says.
    assert.equal(v3.qk_head_dim, 192);
    assert.match(entry('decoupled-rope').explanation.en, /1\/√192/);
    const fullKv = (v3.num_attention_heads as number) * ((v3.qk_head_dim as number) + (v3.v_head_dim as number));
    assert.match(entry('multi-head-latent-attention').explanation.en, /128 heads × \(192 \+ 128\)/);
    assert.ok(fullKv / (v3.kv_a_proj_with_mqa_out_features as number) > 70, 'MLA caches over 70× less than full K and V in V3\'s shape');
  });

  test('Gemma 3: every sixth layer is global, five local layers per global one', () => {
    const local = keyNumber('interleaved-local-global-attention', 'Local layers per global layer in Gemma 3');
    const { sliding_layers: sliding, full_layers: full } = facts.gemma3_text_default;
    assert.equal(full, Math.floor((sliding + full) / (local + 1)));
    assert.match(entry('interleaved-local-global-attention').explanation.en, /6 means every sixth layer is global/);
  });

  test('partial rotary: Phi-2 rotates 0.4 of its 80-dimensional heads, GPT-NeoX a quarter', () => {
    const share = keyNumber('partial-rotary-embedding', 'Phi-2');
    assert.equal(share, phi2Config.partial_rotary_factor);
    assert.equal(facts.phi2.head_dim, 80);
    // transformers builds one frequency per rotated pair: 0.4 × 80 / 2.
    assert.equal(facts.phi2.inv_freq_length, (share * facts.phi2.head_dim) / 2);
    assert.match(entry('partial-rotary-embedding').explanation.en, /32 of its 80 head dimensions/);
    assert.equal(keyNumber('partial-rotary-embedding', 'GPT-NeoX-20B') / 100, pythiaConfig.rotary_pct);
    // One inv_freq value per pair of dimensions, as rope-inverse-frequencies counts for head_dim 128.
    assert.equal(keyNumber('rope-inverse-frequencies', 'head dimension 128'), facts.llama31_8b.rotary_frequencies);
  });

  test('activation curves: the minima and the tanh-approximation gap the explanations quote', () => {
    const a = facts.activations;
    assert.match(entry('silu').explanation.en, /minimum of about −0\.28 at x ≈ −1\.28/);
    assert.equal(a.silu_minimum.toFixed(2), '-0.28');
    assert.equal(a.silu_minimum_at.toFixed(2), '-1.28');
    assert.match(entry('gelu').explanation.en, /minimum of about −0\.17 near x ≈ −0\.75/);
    assert.equal(a.gelu_minimum.toFixed(2), '-0.17');
    assert.equal(a.gelu_minimum_at.toFixed(2), '-0.75');
    assert.match(entry('gelu-tanh-approximation').explanation.en, /within about 5·10⁻⁴ of exact GELU, largest near \|x\| ≈ 2\.7/);
    assert.ok(a.gelu_tanh_max_abs_gap < 5e-4 && a.gelu_tanh_max_abs_gap > 4e-4, String(a.gelu_tanh_max_abs_gap));
    assert.equal(a.gelu_tanh_gap_at.toFixed(1), '2.7');
    assert.equal(keyNumber('gelu-tanh-approximation', 'Cubic coefficient'), 0.044715);
  });

  test('half-precision formats: bit layout, largest value and epsilon', () => {
    const bits = (id: string) => 1 + keyNumber(id, 'Exponent bits') + keyNumber(id, 'Mantissa bits');
    assert.equal(bits('bfloat16'), facts.dtypes.bfloat16.bits);
    assert.equal(bits('float16'), facts.dtypes.float16.bits);
    // Largest finite float16: (2 − 2^−10) · 2^15, computed from the bit layout.
    const mantissa = keyNumber('float16', 'Mantissa bits');
    const exponentBias = 2 ** (keyNumber('float16', 'Exponent bits') - 1) - 1;
    const largest = (2 - 2 ** -mantissa) * 2 ** exponentBias;
    assert.equal(largest, facts.dtypes.float16.max);
    assert.equal(keyNumber('float16', 'Largest finite value'), largest);
    assert.equal(2 ** -keyNumber('bfloat16', 'Mantissa bits'), facts.dtypes.bfloat16.eps);
    assert.equal(2 ** -mantissa, facts.dtypes.float16.eps);
    assert.match(entry('bfloat16').explanation.en, /2⁻⁷ ≈ 0\.008/);
    assert.match(entry('float16').explanation.en, /2⁻¹⁰ ≈ 0\.001/);
    // bfloat16 keeps float32's range: its largest value is within 1% of float32's.
    assert.ok(facts.dtypes.bfloat16.max / facts.dtypes.float32.max > 0.99);
    assert.equal(keyNumber('torch-dtype', 'float32'), facts.dtypes.float32.bits / 8);
    assert.equal(keyNumber('bfloat16', 'Bytes per value'), facts.dtypes.bfloat16.bits / 8);
  });

  test('repeat_kv and rotate_half behave as their entries describe', () => {
    // "expanded head j reads KV head j // n_rep", with n_rep = 32 / 8.
    const nRep = keyNumber('repeat-kv', 'Query heads') / keyNumber('repeat-kv', 'Key/value heads');
    assert.match(entry('repeat-kv').explanation.en, /expanded head j reads KV head j \/\/ n_rep/);
    assert.deepEqual(Array.from({ length: 32 }, (_, j) => Math.floor(j / nRep)), facts.code_helpers.repeat_kv_source_heads_8_to_32);
    // "for x split into x₁ and x₂, rotate_half returns [−x₂, x₁]".
    assert.match(entry('rotate-half').explanation.en, /returns \[−x₂, x₁\]/);
    const x = [1, 2, 3, 4];
    const [x1, x2] = [x.slice(0, 2), x.slice(2)];
    assert.deepEqual([...x2.map((v) => -v), ...x1], facts.code_helpers.rotate_half_of_1_2_3_4);
  });

  test("generation defaults quoted by the entries are transformers' defaults", () => {
    const d = facts.generation_defaults;
    assert.equal(keyNumber('generate-method', 'Default max_length'), d.max_length);
    assert.equal(keyNumber('max-new-tokens', 'Default max_length'), d.max_length);
    assert.equal(keyNumber('generation-config', 'Library default top_k'), d.top_k);
    assert.equal(keyNumber('top-k-sampling', 'Default top_k in transformers'), d.top_k);
    assert.equal(keyNumber('temperature-sampling', 'Default temperature in transformers'), d.temperature);
    assert.equal(keyNumber('nucleus-sampling', 'Default top_p in transformers'), d.top_p);
    assert.equal(keyNumber('repetition-penalty', 'Default repetition_penalty'), d.repetition_penalty);
    assert.equal(keyNumber('beam-search', 'Default length_penalty'), d.length_penalty);
    assert.equal(keyNumber('speculative-decoding', 'Default num_assistant_tokens'), d.num_assistant_tokens);
    // Greedy is the default mode: no sampling, one beam.
    assert.equal(d.do_sample, false);
    assert.equal(d.num_beams, 1);
  });

  test('derived sizes are the products their notes state', () => {
    assert.equal(keyNumber('attention-weights', 'All attention maps'), 32 * 2 ** 30, '32 GiB');
    assert.equal(keyNumber('logits', 'float32 logits'), 8 * 4096 * 128256 * 4);
    assert.match(entry('logits').explanation.en, /about 16\.8 GB/);
    assert.equal(Math.round(keyNumber('logits', 'float32 logits') / 1e8) / 10, 16.8);
    assert.equal(keyNumber('sentinel-tokens', 'T5 tokenizer size'), 32000 + keyNumber('sentinel-tokens', 'Sentinel tokens in the T5 tokenizer'));
    assert.equal(keyNumber('multi-head-latent-attention', 'Cached values per token'), keyNumber('multi-head-latent-attention', 'kv_lora_rank') + keyNumber('decoupled-rope', 'qk_rope_head_dim'));
  });

  test('the NF4-style spot checks of this area: facts stated in words', () => {
    assert.match(entry('pytorch-sdpa').explanation.en, /"sdpa" is not FlashAttention/);
    assert.match(entry('attn-implementation').explanation.en, /"sdpa" is not a synonym for FlashAttention/);
    assert.match(entry('flash-attention-2').summary.en, /attn_implementation="flash_attention_2"/);
    assert.match(entry('dynamic-ntk-scaling').explanation.en, /b′ = b·s\^\(d\/\(d−2\)\)/);
    assert.match(entry('position-interpolation').summary.en, /dividing every position index by a factor s/);
    assert.match(entry('multi-head-latent-attention').summary.en, /93\.3% smaller KV cache/);
    assert.match(entry('greedy-decoding').aliases.join('|'), /그리디 디코딩/);
    assert.match(entry('beam-search').aliases.join('|'), /빔 서치/);
    assert.ok(entry('transformer-architecture').aliases.includes('트랜스포머'));
  });
});

describe('the matcher finds these entries in code and prose (code spellings and aliases)', () => {
  const cases: [line: string, word: string, entryId: string][] = [
    ['        query_states = self.q_proj(hidden_states).view(hidden_shape).transpose(1, 2)', 'q_proj', 'qkv-projections'],
    ['        query_states = self.q_proj(hidden_states).view(hidden_shape).transpose(1, 2)', 'query_states', 'qkv-projections'],
    ['        query_states = self.q_proj(hidden_states).view(hidden_shape).transpose(1, 2)', 'hidden_states', 'hidden-states'],
    ['    key_states = repeat_kv(key_states, self.num_key_value_groups)', 'repeat_kv', 'repeat-kv'],
    ['    return torch.cat((-x2, x1), dim=-1)  # rotate_half', 'rotate_half', 'rotate-half'],
    ['        inv_freq = 1.0 / (base ** (torch.arange(0, dim, 2).float() / dim))', 'inv_freq', 'rope-inverse-frequencies'],
    ['        logits = self.lm_head(hidden_states[:, slice_indices, :])', 'lm_head', 'lm-head'],
    ['        logits = self.lm_head(hidden_states[:, slice_indices, :])', 'logits', 'logits'],
    ['    outputs = model(input_ids=None, inputs_embeds=embeds, position_ids=position_ids)', 'inputs_embeds', 'inputs-embeds'],
    ['    outputs = model(input_ids=None, inputs_embeds=embeds, position_ids=position_ids)', 'position_ids', 'position-ids'],
    ['  "rope_scaling": {', 'rope_scaling', 'rope-scaling'],
    ['    "low_freq_factor": 1.0,', 'low_freq_factor', 'llama3-rope-scaling'],
    ['    "beta_fast": 32,', 'beta_fast', 'yarn'],
    ['  "partial_rotary_factor": 0.4,', 'partial_rotary_factor', 'partial-rotary-embedding'],
    ['  "hidden_act": "gelu_pytorch_tanh",', 'gelu_pytorch_tanh', 'gelu-tanh-approximation'],
    ['  "hidden_act": "silu",', 'silu', 'silu'],
    ['  "hidden_act": "relu2",', 'relu2', 'squared-relu'],
    ['  "initializer_range": 0.02,', 'initializer_range', 'initializer-range'],
    ['  "attn_logit_softcapping": 50.0,', 'attn_logit_softcapping', 'logit-soft-capping'],
    ['  "query_pre_attn_scalar": 144,', 'query_pre_attn_scalar', 'attention-scale'],
    ['        self.q_norm = Qwen3RMSNorm(self.head_dim, eps=config.rms_norm_eps)', 'q_norm', 'qk-norm'],
    ['  "attention_bias": false,', 'attention_bias', 'linear-bias'],
    ['  "pretraining_tp": 1,', 'pretraining_tp', 'pretraining-tp'],
    ['  "n_shared_experts": 1,', 'n_shared_experts', 'shared-experts'],
    ['  "n_routed_experts": 256,', 'n_routed_experts', 'fine-grained-experts'],
    ['  "norm_topk_prob": true,', 'norm_topk_prob', 'norm-topk-prob'],
    ['  "first_k_dense_replace": 3,', 'first_k_dense_replace', 'dense-first-layers'],
    ['        scores_for_choice = scores + self.e_score_correction_bias', 'e_score_correction_bias', 'aux-loss-free-load-balancing'],
    ['  "topk_group": 4,', 'topk_group', 'group-limited-routing'],
    ['  "kv_lora_rank": 512,', 'kv_lora_rank', 'multi-head-latent-attention'],
    ['  "qk_rope_head_dim": 64,', 'qk_rope_head_dim', 'decoupled-rope'],
    ['  "num_nextn_predict_layers": 1,', 'num_nextn_predict_layers', 'multi-token-prediction'],
    ['  "torch_dtype": "bfloat16",', 'torch_dtype', 'torch-dtype'],
    ['  "torch_dtype": "bfloat16",', 'bfloat16', 'bfloat16'],
    ['model = AutoModelForCausalLM.from_pretrained(path, dtype=torch.float16)', 'float16', 'float16'],
    ['model = AutoModelForCausalLM.from_pretrained(path, trust_remote_code=True)', 'trust_remote_code', 'trust-remote-code'],
    ['model = AutoModelForCausalLM.from_pretrained(path, attn_implementation="flash_attention_2")', 'attn_implementation', 'attn-implementation'],
    ['model = AutoModelForCausalLM.from_pretrained(path, attn_implementation="flash_attention_2")', 'flash_attention_2', 'flash-attention-2'],
    ['model = AutoModelForCausalLM.from_pretrained(path, attn_implementation="sdpa")', 'sdpa', 'pytorch-sdpa'],
    ['model = AutoModelForCausalLM.from_pretrained(path, attn_implementation="flash_attention_3")', 'flash_attention_3', 'flash-attention-3'],
    ['    attn_output, attn_weights = eager_attention_forward(self, q, k, v, mask)', 'eager_attention_forward', 'eager-attention'],
    ['    attn_output, attn_weights = eager_attention_forward(self, q, k, v, mask)', 'attn_weights', 'attention-weights'],
    ['llm = LLM(model=path, gpu_memory_utilization=0.9, enable_prefix_caching=True)', 'gpu_memory_utilization', 'paged-attention'],
    ['llm = LLM(model=path, gpu_memory_utilization=0.9, enable_prefix_caching=True)', 'enable_prefix_caching', 'prefix-caching'],
    ['from vllm import LLM, SamplingParams', 'vllm', 'vllm'],
    ['from vllm import LLM, SamplingParams', 'SamplingParams', 'vllm'],
    ['llm = LLM(model=path, enable_chunked_prefill=True, max_num_seqs=256)', 'enable_chunked_prefill', 'prefill-decode'],
    ['llm = LLM(model=path, enable_chunked_prefill=True, max_num_seqs=256)', 'max_num_seqs', 'continuous-batching'],
    ['out = model.generate(**inputs, assistant_model=draft, max_new_tokens=128)', 'assistant_model', 'speculative-decoding'],
    ['out = model.generate(**inputs, assistant_model=draft, max_new_tokens=128)', 'max_new_tokens', 'max-new-tokens'],
    ['out = model.generate(**inputs, assistant_model=draft, max_new_tokens=128)', 'model.generate', 'generate-method'],
    ['out = model.generate(**inputs, prompt_lookup_num_tokens=10)', 'prompt_lookup_num_tokens', 'prompt-lookup-decoding'],
    ['past_key_values = StaticCache(config=model.config, max_cache_len=4096)', 'StaticCache', 'static-kv-cache'],
    ['cache = QuantizedCache(backend="quanto", nbits=4)', 'QuantizedCache', 'kv-cache-quantization'],
    ['generation_config = GenerationConfig.from_pretrained(path)', 'GenerationConfig', 'generation-config'],
    ['out = model.generate(**inputs, do_sample=True, num_beams=1)', 'do_sample', 'do-sample'],
    ['out = model.generate(**inputs, num_beams=4, length_penalty=0.6)', 'num_beams', 'beam-search'],
    ['out = model.generate(**inputs, num_beams=6, num_beam_groups=3, diversity_penalty=1.0)', 'num_beam_groups', 'diverse-beam-search'],
    ['out = model.generate(**inputs, penalty_alpha=0.6, top_k=4)', 'penalty_alpha', 'contrastive-search'],
    ['out = model.generate(**inputs, num_return_sequences=4, do_sample=True)', 'num_return_sequences', 'num-return-sequences'],
    ['out = model.generate(**inputs, do_sample=True, typical_p=0.95)', 'typical_p', 'typical-sampling'],
    ['out = model.generate(**inputs, repetition_penalty=1.2)', 'repetition_penalty', 'repetition-penalty'],
    ['resp = client.chat.completions.create(model=m, messages=msgs, frequency_penalty=0.5)', 'frequency_penalty', 'frequency-presence-penalty'],
    ['out = model.generate(**inputs, no_repeat_ngram_size=3)', 'no_repeat_ngram_size', 'no-repeat-ngram-size'],
    ['ids = tokenizer.apply_chat_template(messages, add_generation_prompt=True, return_tensors="pt")', 'apply_chat_template', 'chat-template'],
    ['ids = tokenizer.apply_chat_template(messages, add_generation_prompt=True, return_tensors="pt")', 'add_generation_prompt', 'generation-prompt'],
    ['prompt = "<|im_start|>user\\nHi<|im_end|>\\n<|im_start|>assistant\\n"', 'im_start', 'chatml'],
    ['prompt = f"<fim_prefix>{before}<fim_suffix>{after}<fim_middle>"', 'fim_prefix', 'fill-in-the-middle'],
    ['input_text = "The <extra_id_0> walks in <extra_id_1> park"', 'extra_id', 'sentinel-tokens'],
    ['streamer = TextIteratorStreamer(tokenizer, skip_prompt=True)', 'TextIteratorStreamer', 'text-streamer'],
    ['processors = LogitsProcessorList([MinLengthLogitsProcessor(10, eos_token_id=eos)])', 'LogitsProcessorList', 'logits-processor'],
    ['out = model.generate(**inputs, stop_strings=["###"], tokenizer=tokenizer)', 'stop_strings', 'stopping-criteria'],
    ['out = model.generate(**inputs, prefix_allowed_tokens_fn=allowed)', 'prefix_allowed_tokens_fn', 'constrained-decoding'],
    ['scores = model.compute_transition_scores(out.sequences, out.scores, normalize_logits=True)', 'compute_transition_scores', 'token-logprobs'],
    ['out = model.generate(**inputs, return_dict_in_generate=True, output_scores=True)', 'output_scores', 'token-logprobs'],
    ['class MyModel(PreTrainedModel):', 'PreTrainedModel', 'pretrained-model'],
    ['    return CausalLMOutputWithPast(loss=loss, logits=logits, past_key_values=cache)', 'CausalLMOutputWithPast', 'model-outputs'],
    ['        self.down_proj = nn.Linear(self.intermediate_size, self.hidden_size, bias=False)', 'down_proj', 'gated-mlp'],
    ['cache = SinkCache(window_length=1024, num_sink_tokens=4)', 'SinkCache', 'attention-sinks'],
    ['  "max_window_layers": 28,', 'max_window_layers', 'interleaved-local-global-attention'],
  ];
  for (const [line, word, entryId] of cases) {
    test(`${word} in ${JSON.stringify(line.trim().slice(0, 60))} → ${entryId}`, () => {
      const match = hoverOn(line, word);
      assert.deepEqual([match?.text, match?.entryId], [word, entryId]);
    });
  }

  const prose: [text: string, phrase: string, entryId: string][] = [
    ['We serve the model with PagedAttention and continuous batching.', 'PagedAttention', 'paged-attention'],
    ['We serve the model with PagedAttention and continuous batching.', 'continuous batching', 'continuous-batching'],
    ['Speculative decoding with a draft model halves latency.', 'Speculative decoding', 'speculative-decoding'],
    ['Nucleus sampling keeps the smallest set of tokens.', 'Nucleus sampling', 'nucleus-sampling'],
    ['Use min-p sampling at high temperature.', 'min-p sampling', 'min-p-sampling'],
    ['FlashAttention-2 needs an Ampere GPU; FlashAttention-3 needs Hopper.', 'FlashAttention-2', 'flash-attention-2'],
    ['FlashAttention-2 needs an Ampere GPU; FlashAttention-3 needs Hopper.', 'FlashAttention-3', 'flash-attention-3'],
    ['DeepSeek-V2 introduced multi-head latent attention (MLA).', 'multi-head latent attention', 'multi-head-latent-attention'],
    ['Gemma 3 replaced soft-capping with QK-norm.', 'QK-norm', 'qk-norm'],
    ['YaRN extends RoPE to 128K tokens.', 'YaRN', 'yarn'],
    ['The chat template is applied before tokenization.', 'chat template', 'chat-template'],
    ['Time to first token (TTFT) is dominated by prefill.', 'Time to first token', 'inference-latency-metrics'],
    ['Time to first token (TTFT) is dominated by prefill.', 'prefill', 'prefill-decode'],
    ['# 그리디 디코딩은 반복이 많고, 빔 서치는 번역에 쓴다.', '그리디 디코딩', 'greedy-decoding'],
    ['# 그리디 디코딩은 반복이 많고, 빔 서치는 번역에 쓴다.', '빔 서치', 'beam-search'],
    ['트랜스포머는 셀프 어텐션을 쌓은 구조다.', '트랜스포머', 'transformer-architecture'],
    ['추측 디코딩으로 생성 속도를 높였다.', '추측 디코딩', 'speculative-decoding'],
    ['KV 캐시 양자화로 메모리를 줄인다.', 'KV 캐시 양자화', 'kv-cache-quantization'],
    ['Fill-in-the-middle (FIM) lets code models complete a gap.', 'Fill-in-the-middle', 'fill-in-the-middle'],
    ['T5 uses sentinel tokens for span corruption.', 'sentinel tokens', 'sentinel-tokens'],
  ];
  for (const [text, phrase, entryId] of prose) {
    test(`"${phrase}" → ${entryId}`, () => {
      const match = hoverOn(text, phrase);
      assert.deepEqual([match?.text.toLowerCase(), match?.entryId], [phrase.toLowerCase(), entryId]);
    });
  }

  test('attn_implementation="sdpa" explains SDPA and the argument, never FlashAttention', () => {
    const ids = matcher.findAll('model = AutoModelForCausalLM.from_pretrained(path, attn_implementation="sdpa")').map((m) => m.entryId);
    assert.ok(ids.includes('pytorch-sdpa') && ids.includes('attn-implementation'), ids.join());
    assert.ok(!ids.includes('flash-attention') && !ids.includes('flash-attention-2'), ids.join());
  });

  test('ordinary words of generation code stay silent on their own', () => {
    assert.deepEqual(found('temperature = read_sensor()\nstop = False\nn = len(items)\nstatic = "/var/www"\neager = True'), []);
  });
});

// These need the matcher branch's contextual spellings (ContextualSpelling in schema.ts): they fail on
// this branch alone and pass once it is merged.
describe('contextual spellings (need the matcher branch)', () => {
  const cases: [line: string, word: string, entryId: string][] = [
    ['out = model.generate(**inputs, do_sample=True, temperature=0.7, top_k=50, top_p=0.95, min_p=0.05)', 'temperature', 'temperature-sampling'],
    ['out = model.generate(**inputs, do_sample=True, temperature=0.7, top_k=50, top_p=0.95, min_p=0.05)', 'top_k', 'top-k-sampling'],
    ['out = model.generate(**inputs, do_sample=True, temperature=0.7, top_k=50, top_p=0.95, min_p=0.05)', 'top_p', 'nucleus-sampling'],
    ['out = model.generate(**inputs, do_sample=True, temperature=0.7, top_k=50, top_p=0.95, min_p=0.05)', 'min_p', 'min-p-sampling'],
    ['params = SamplingParams(temperature=0.8, top_p=0.95, max_tokens=256, n=4, stop=["\\n\\n"])', 'max_tokens', 'max-new-tokens'],
    ['params = SamplingParams(temperature=0.8, top_p=0.95, max_tokens=256, n=4, stop=["\\n\\n"])', 'n', 'num-return-sequences'],
    ['params = SamplingParams(temperature=0.8, top_p=0.95, max_tokens=256, n=4, stop=["\\n\\n"])', 'stop', 'stopping-criteria'],
    ['{"do_sample": true, "temperature": 0.6, "top_p": 0.9}', 'temperature', 'temperature-sampling'],
    ['out = model.generate(**inputs, max_length=50, num_beams=4, early_stopping=True)', 'max_length', 'max-new-tokens'],
    ['out = model.generate(**inputs, max_length=50, num_beams=4, early_stopping=True)', 'early_stopping', 'beam-search'],
    ['out = model.generate(**inputs, streamer=streamer)', 'streamer', 'text-streamer'],
    ['  "rope_scaling": {"rope_type": "yarn", "factor": 4.0, "original_max_position_embeddings": 32768}', 'yarn', 'yarn'],
    ['  "rope_scaling": {"rope_type": "yarn", "factor": 4.0, "original_max_position_embeddings": 32768}', 'factor', 'rope-scaling'],
    ['  "rope_scaling": {"type": "linear", "factor": 2.0}', 'linear', 'position-interpolation'],
    ['  "rope_scaling": {"type": "dynamic", "factor": 2.0}', 'dynamic', 'dynamic-ntk-scaling'],
    ['  "rope_scaling": {"rope_type": "llama3", "factor": 8.0}', 'llama3', 'llama3-rope-scaling'],
    ['model = AutoModelForCausalLM.from_pretrained(path, attn_implementation="eager")', 'eager', 'eager-attention'],
    ['out = model.generate(**inputs, cache_implementation="static")', 'static', 'static-kv-cache'],
    ['out = model.generate(**inputs, cache_implementation="quantized")', 'quantized', 'kv-cache-quantization'],
    ['        hidden_states = decoder_layer(hidden_states, position_embeddings=position_embeddings)', 'position_embeddings', 'rope-inverse-frequencies'],
    ['  "hidden_act": "swish",', 'swish', 'silu'],
    ['  "topk_method": "noaux_tc",', 'noaux_tc', 'aux-loss-free-load-balancing'],
    ['llm = LLM(model=path, block_size=16)', 'block_size', 'paged-attention'],
    ['model = AutoModelForCausalLM.from_pretrained(path, dtype="auto")', 'dtype', 'torch-dtype'],
    ['resp = client.chat.completions.create(model=m, messages=msgs, stream=True)', 'stream', 'text-streamer'],
  ];
  for (const [line, word, entryId] of cases) {
    test(`${word} in ${JSON.stringify(line.trim().slice(0, 60))} → ${entryId}`, () => {
      const match = hoverOn(line, word);
      assert.deepEqual([match?.text, match?.entryId], [word, entryId]);
    });
  }
});
