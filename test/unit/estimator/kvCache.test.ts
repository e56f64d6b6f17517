/**
 * How each family lays out its KV cache: which layers keep K and V in full, which keep a window, which keep
 * a compressed latent (MLA) and which keep only a fixed state (SSMs). Expected values are worked out
 * here from the published configs and the library's rules.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { deriveFigures, estimateFromConfig, kvCacheGroups, type KvCacheGroup } from '../../../src/core/estimator';
import { ok } from './helpers';
import { truthFixture } from './truthFixtures';

function groupsOf(config: Record<string, unknown>): KvCacheGroup[] | undefined {
  return kvCacheGroups(ok(estimateFromConfig(config)));
}

function published(hubId: string): Record<string, unknown> {
  return truthFixture(hubId).config;
}

describe('sliding and global layers', () => {
  test('Gemma 2 2B: even layers slide over 4096 tokens, odd layers attend globally (13 + 13)', () => {
    const values = 2 * 4 * 256;
    assert.deepEqual(groupsOf(published('google/gemma-2-2b-it')), [
      { layers: 13, kind: 'sliding', valuesPerToken: values, window: 4096 },
      { layers: 13, kind: 'full', valuesPerToken: values },
    ]);
  });

  test('Gemma 3 1B: five sliding layers (512 tokens) for every global one; 26 layers → 22 + 4', () => {
    const config = published('google/gemma-3-1b-it');
    assert.equal(config.sliding_window_pattern, 6);
    const values = 2 * 1 * 256;
    assert.deepEqual(groupsOf(config), [
      { layers: 22, kind: 'sliding', valuesPerToken: values, window: 512 },
      { layers: 4, kind: 'full', valuesPerToken: values },
    ]);
    // At 32k tokens only the 4 global layers keep everything; the 22 sliding ones keep 512 positions.
    const kv = deriveFigures(ok(estimateFromConfig(config)), { context: 32768 }).kvCache!;
    assert.equal(kv.bytesPerToken, 26 * values * 2);
    assert.equal(kv.bytesAtContext, 26 * values * 2 * 32768);
    assert.equal(kv.bytesAtContextWithWindow, 4 * values * 2 * 32768 + 22 * values * 2 * 512);
  });

  test('layer_types saved by Transformers 5 wins over the pattern', () => {
    const layerTypes = Array.from({ length: 26 }, (_, i) => (i < 20 ? 'sliding_attention' : 'full_attention'));
    const groups = groupsOf({ ...published('google/gemma-3-1b-it'), layer_types: layerTypes });
    assert.deepEqual(groups?.map((g) => [g.kind, g.layers]), [['sliding', 20], ['full', 6]]);
  });

  test('Qwen2.5-7B: no window unless use_sliding_window; with it, layers from max_window_layers on slide', () => {
    const config = published('Qwen/Qwen2.5-7B');
    const values = 2 * 4 * 128;
    assert.deepEqual(groupsOf(config), [{ layers: 28, kind: 'full', valuesPerToken: values }]);
    // The same config with the window switched on (as the Qwen2 card describes for long inputs).
    assert.deepEqual(groupsOf({ ...config, use_sliding_window: true, max_window_layers: 21 }), [
      { layers: 21, kind: 'full', valuesPerToken: values },
      { layers: 7, kind: 'sliding', valuesPerToken: values, window: 131072 },
    ]);
  });

  test('Mistral 7B v0.1 slides on every layer; v0.3 (sliding_window: null) on none', () => {
    const values = 2 * 8 * 128;
    assert.deepEqual(groupsOf(published('mistralai/Mistral-7B-v0.1')), [{ layers: 32, kind: 'sliding', valuesPerToken: values, window: 4096 }]);
    assert.deepEqual(groupsOf(published('mistralai/Mistral-7B-Instruct-v0.3')), [{ layers: 32, kind: 'full', valuesPerToken: values }]);
  });

  test('gpt-oss-20b: 12 layers with a 128-token window, 12 global; 8 K/V heads of 64', () => {
    assert.deepEqual(groupsOf(published('openai/gpt-oss-20b')), [
      { layers: 12, kind: 'sliding', valuesPerToken: 2 * 8 * 64, window: 128 },
      { layers: 12, kind: 'full', valuesPerToken: 2 * 8 * 64 },
    ]);
  });

  test('GPT-Neo 125M: global and local (256-token) layers alternate', () => {
    assert.deepEqual(groupsOf(published('EleutherAI/gpt-neo-125m')), [
      { layers: 6, kind: 'full', valuesPerToken: 2 * 768 },
      { layers: 6, kind: 'sliding', valuesPerToken: 2 * 768, window: 256 },
    ]);
  });
});

describe('latent, state and encoder caches', () => {
  test('DeepSeek-V3: 61 MLA layers caching 512 + 64 values per token, 32 times less than 128 heads of K and V', () => {
    const estimate = ok(estimateFromConfig(published('deepseek-ai/DeepSeek-V3')));
    assert.deepEqual(kvCacheGroups(estimate), [{ layers: 61, kind: 'latent', valuesPerToken: 576 }]);
    const fullHeads = 2 * 128 * (128 + 64);
    assert.ok(fullHeads / 576 > 85);
    const kv = deriveFigures(estimate, { context: 4096 }).kvCache!;
    assert.equal(kv.bytesPerToken, 61 * 576 * 2);
    assert.ok(deriveFigures(estimate).notes.some((note) => /latent/.test(note.en) && /잠재/.test(note.ko)));
  });

  test('Mamba: no KV cache, a fixed conv + SSM state per layer', () => {
    // Library defaults: hidden 768, expand 2, conv kernel 4, state 16, 32 layers.
    const inner = 2 * 768;
    const groups = groupsOf({ model_type: 'mamba' });
    assert.deepEqual(groups, [{ layers: 32, kind: 'none', valuesPerToken: 0, stateValues: inner * 4 + inner * 16 }]);
    const kv = deriveFigures(ok(estimateFromConfig({ model_type: 'mamba' })), { context: 100_000 }).kvCache!;
    assert.equal(kv.bytesPerToken, 0);
    assert.equal(kv.bytesAtContext, 0);
    assert.equal(kv.stateBytes, 32 * (inner * 4 + inner * 16) * 2);
  });

  test('Mamba-2: the conv runs over inner + 2·groups·state channels; the state is heads × head_dim × state', () => {
    const conv = 8192 + 2 * 8 * 128;
    assert.deepEqual(groupsOf({ model_type: 'mamba2' }), [{ layers: 64, kind: 'none', valuesPerToken: 0, stateValues: conv * 4 + 128 * 64 * 128 }]);
  });

  test('encoder-only models cache nothing; encoder-decoders describe the decoder self-attention', () => {
    assert.equal(groupsOf(published('google-bert/bert-base-uncased')), undefined);
    assert.deepEqual(groupsOf(published('openai/whisper-small')), [{ layers: 12, kind: 'full', valuesPerToken: 2 * 768 }]);
    assert.deepEqual(groupsOf(published('google/flan-t5-small')), [{ layers: 8, kind: 'full', valuesPerToken: 2 * 6 * 64 }]);
  });

  test('the generic fallback still gets the classic layout derived from its shape', () => {
    assert.deepEqual(groupsOf({ model_type: 'rwkv', num_hidden_layers: 4, hidden_size: 64, num_attention_heads: 4 }), [
      { layers: 4, kind: 'full', valuesPerToken: 2 * 64 },
    ]);
  });
});
