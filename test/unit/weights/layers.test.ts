import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { layerOf, layerRollups } from '../../../src/core/weights/layers';

describe('layer roll-ups', () => {
  test('the block of a tensor, in Hugging Face and llama.cpp names', () => {
    assert.deepEqual(layerOf('model.layers.17.self_attn.q_proj.weight'), { container: 'model.layers', index: 17 });
    assert.deepEqual(layerOf('blk.17.attn_q.weight'), { container: 'blk', index: 17 });
    assert.deepEqual(layerOf('transformer.h.3.attn.c_attn.weight'), { container: 'transformer.h', index: 3 });
    assert.deepEqual(layerOf('encoder.block.5.layer.0.SelfAttention.q.weight'), { container: 'encoder.block', index: 5 });
    assert.deepEqual(layerOf('model.vision_tower.vision_model.encoder.layers.2.mlp.fc1.weight'), { container: 'model.vision_tower.vision_model.encoder.layers', index: 2 });
    assert.equal(layerOf('model.embed_tokens.weight'), undefined);
    assert.equal(layerOf('model.layers.weight'), undefined);
  });

  test('roll-ups per container and per block, with gaps visible', () => {
    const t = (name: string, parameters: number) => ({ name, parameters, bytes: 2 * parameters });
    const rollups = layerRollups([t('model.layers.0.a', 10), t('model.layers.0.b', 5), t('model.layers.2.a', 10), t('blk.0.x', 1), t('lm_head.weight', 100)]);
    assert.deepEqual(rollups.map((r) => [r.container, r.blocks, r.span, r.tensors, r.parameters, r.bytes]), [
      ['model.layers', 2, 3, 3, 25, 50],
      ['blk', 1, 1, 1, 1, 2],
    ]);
    assert.deepEqual(rollups[0].perBlock.map((b) => [b.index, b.parameters]), [[0, 15], [2, 10]]);
  });
});
