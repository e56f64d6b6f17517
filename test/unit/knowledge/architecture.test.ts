import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ENTRIES } from '../../../src/core/knowledge/entries/architecture';
import type { Entry, EntryKind } from '../../../src/core/knowledge/schema';

// The architecture and tokenization entries on their own: coverage of the ids the brief asks for, the
// config keys the hover must recognise, and numbers that must agree with each other and with the
// formulas the explanations state.

const byId = new Map(ENTRIES.map((e) => [e.id, e]));

function entry(id: string): Entry {
  const found = byId.get(id);
  assert.ok(found, `missing entry ${id}`);
  return found;
}

/** The value of the key number whose English label contains `label`. */
function keyNumber(id: string, label: string): number {
  const fact = entry(id).keyNumbers.find((k) => k.label.en.includes(label));
  assert.ok(fact, `${id} has no key number labelled "${label}"`);
  return fact.value;
}

describe('architecture and tokenization entries', () => {
  test('cover every id the brief assigns to this area, with the right kind', () => {
    const expected: Record<string, EntryKind> = {};
    for (const id of [
      'transformer-architecture', 'self-attention', 'scaled-dot-product-attention', 'multi-head-attention',
      'cross-attention', 'causal-mask', 'absolute-position-embedding', 'relative-position-embedding',
      'rotary-position-embedding', 'segment-embedding', 'encoder-only', 'decoder-only', 'encoder-decoder',
      'mixture-of-experts', 'moe-expert', 'moe-router', 'top-k-routing', 'load-balancing-loss', 'capacity-factor',
      'layer-norm', 'rms-norm', 'feed-forward-network', 'gated-mlp', 'tied-embeddings', 'kv-cache',
      'grouped-query-attention', 'multi-query-attention', 'sliding-window-attention', 'residual-connection',
      'attention-head', 'hidden-size', 'context-window', 'vocabulary-size',
    ]) expected[id] = 'architecture';
    for (const id of [
      'tokenization', 'wordpiece', 'bpe', 'byte-level-bpe', 'sentencepiece', 'unigram-tokenizer', 'cls-token',
      'sep-token', 'mask-token', 'pad-token', 'subword-tokenization',
    ]) expected[id] = 'tokenization';
    for (const [id, kind] of Object.entries(expected)) assert.equal(entry(id).kind, kind, id);
  });

  test('config keys and classes from Hugging Face code resolve to the concept they configure', () => {
    const owners: Record<string, string> = {
      num_attention_heads: 'multi-head-attention',
      n_head: 'multi-head-attention',
      num_key_value_heads: 'grouped-query-attention',
      num_local_experts: 'mixture-of-experts',
      SparseMoeBlock: 'mixture-of-experts',
      num_experts_per_tok: 'top-k-routing',
      router_aux_loss_coef: 'load-balancing-loss',
      output_router_logits: 'load-balancing-loss',
      capacity_factor: 'capacity-factor',
      type_vocab_size: 'segment-embedding',
      token_type_ids: 'segment-embedding',
      tie_word_embeddings: 'tied-embeddings',
      rope_theta: 'rotary-position-embedding',
      rotary_dim: 'rotary-position-embedding',
      max_position_embeddings: 'context-window',
      n_positions: 'context-window',
      hidden_size: 'hidden-size',
      n_embd: 'hidden-size',
      d_model: 'hidden-size',
      layer_norm_eps: 'layer-norm',
      LayerNorm: 'layer-norm',
      rms_norm_eps: 'rms-norm',
      RMSNorm: 'rms-norm',
      use_cache: 'kv-cache',
      past_key_values: 'kv-cache',
      sliding_window: 'sliding-window-attention',
      vocab_size: 'vocabulary-size',
      intermediate_size: 'feed-forward-network',
      n_inner: 'feed-forward-network',
      d_ff: 'feed-forward-network',
      head_dim: 'attention-head',
      PreTrainedTokenizerFast: 'tokenization',
      attention_mask: 'attention-mask',
    };
    for (const [spelling, id] of Object.entries(owners)) {
      const holders = ENTRIES.filter((e) => e.code.includes(spelling)).map((e) => e.id);
      assert.deepEqual(holders, [id], `${spelling} should belong to ${id} only`);
    }
  });

  test('prose names from the brief, in English and Korean, are aliases', () => {
    const phrases: Record<string, string> = {
      'self-attention': 'self-attention',
      '셀프 어텐션': 'self-attention',
      '자기 주의': 'self-attention',
      'multi-head attention': 'multi-head-attention',
      MHA: 'multi-head-attention',
      'KV cache': 'kv-cache',
      '전문가 혼합': 'mixture-of-experts',
      'mixture of experts': 'mixture-of-experts',
      MoE: 'mixture-of-experts',
      RoPE: 'rotary-position-embedding',
      'rotary position embedding': 'rotary-position-embedding',
      '[CLS]': 'cls-token',
      '[SEP]': 'sep-token',
      '[MASK]': 'mask-token',
      WordPiece: 'wordpiece',
      워드피스: 'wordpiece',
      'byte pair encoding': 'bpe',
      BPE: 'bpe',
    };
    for (const [phrase, id] of Object.entries(phrases)) assert.ok(entry(id).aliases.includes(phrase), `${id} should list "${phrase}"`);
  });
});

describe('numbers that must agree with each other', () => {
  test('Transformer base: d_model / heads is the head size, and the attention scale is its square root', () => {
    const dModel = keyNumber('transformer-architecture', 'd_model (base)');
    const heads = keyNumber('transformer-architecture', 'Attention heads (base)');
    assert.equal(dModel / heads, keyNumber('attention-head', 'Transformer base'));
    assert.equal(keyNumber('scaled-dot-product-attention', '√d_k'), Math.sqrt(dModel / heads));
    assert.equal(keyNumber('transformer-architecture', 'd_ff (base)') / dModel, keyNumber('feed-forward-network', 'd_ff / d_model'));
  });

  test('KV cache per token is 2 (K, V) × layers × heads × head size × 2 bytes, i.e. 0.5 MiB for LLaMA-7B', () => {
    const headDim = keyNumber('attention-head', 'LLaMA-7B');
    const layers = 32;
    const kvHeads = 4096 / headDim; // LLaMA-7B: width 4,096 split into heads of headDim
    assert.equal(keyNumber('kv-cache', 'per token'), 2 * layers * kvHeads * headDim * 2);
    assert.equal(keyNumber('kv-cache', 'per token'), 0.5 * 1024 * 1024);
  });

  test('tying GPT-2 small saves vocabulary × width parameters', () => {
    assert.equal(keyNumber('tied-embeddings', 'GPT-2 small'), keyNumber('vocabulary-size', 'GPT-2') * 768);
  });

  test("GPT-2's vocabulary is its 256 bytes plus 50,000 merges plus one end-of-text token", () => {
    const merges = keyNumber('byte-level-bpe', 'GPT-2 vocabulary') - keyNumber('byte-level-bpe', 'Base vocabulary') - 1;
    assert.equal(merges, 50000);
  });

  test("Mistral's theoretical reach is layers × window", () => {
    assert.equal(keyNumber('sliding-window-attention', 'Theoretical'), 32 * keyNumber('sliding-window-attention', 'Window size in Mistral'));
  });

  test('Mixtral routes to 2 of its 8 experts and uses a fraction of its parameters per token', () => {
    const experts = keyNumber('mixture-of-experts', 'Experts per layer');
    assert.equal(experts, keyNumber('moe-expert', 'Experts per layer'));
    assert.ok(keyNumber('top-k-routing', 'Mixtral') < experts);
    assert.ok(keyNumber('mixture-of-experts', 'active') < keyNumber('mixture-of-experts', 'total parameters'));
    assert.equal(keyNumber('top-k-routing', 'Switch'), 1);
  });

  test('the Switch load-balancing loss is smallest, exactly α, when routing is uniform', () => {
    const alpha = keyNumber('load-balancing-loss', 'α');
    // With dispatch fractions equal to router probabilities p, the loss is α·N·Σ p_i².
    const loss = (p: number[]) => alpha * p.length * p.reduce((sum, x) => sum + x * x, 0);
    for (const n of [2, 8, 64]) assert.ok(Math.abs(loss(Array(n).fill(1 / n)) - alpha) < 1e-15);
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0.001, max: 1, noNaN: true }), { minLength: 2, maxLength: 64 }), (weights) => {
        const total = weights.reduce((a, b) => a + b, 0);
        return loss(weights.map((w) => w / total)) >= alpha - 1e-12;
      }),
    );
  });

  test('gated MLPs keep parameters equal by shrinking d_ff to two thirds', () => {
    const dModel = 768; // T5-base, the baseline of the GLU experiments
    const dense = 2 * dModel * keyNumber('gated-mlp', 'dense baseline');
    const gated = 3 * dModel * keyNumber('gated-mlp', 'gated variants');
    assert.equal(gated, dense);
    assert.ok(Math.abs(keyNumber('gated-mlp', 'LLaMA') - (2 / 3) * 4) < 1e-12);
  });

  test('BERT masking proportions add up', () => {
    const sum = ['replaced by [MASK]', 'random token', 'left unchanged'].reduce((s, l) => s + keyNumber('mask-token', l), 0);
    assert.equal(sum, 100);
    assert.equal(keyNumber('mask-token', 'selected for prediction'), 15);
  });
});
