import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ggmlTensorBytes, ggmlTypeById, ggmlTypeByName } from '../../../src/core/weights/ggmlTypes';

describe('GGML tensor types', () => {
  test('k-quants cost more bits than their name: Q4_K is 4.5, Q6_K 6.5625, Q8_0 8.5', () => {
    assert.equal(ggmlTypeByName('Q4_K')?.bitsPerWeight, (8 * 144) / 256);
    assert.equal(ggmlTypeByName('q6_k')?.bitsPerWeight, 6.5625);
    assert.equal(ggmlTypeById(8)?.bitsPerWeight, 8.5);
    assert.equal(ggmlTypeByName('bf16')?.bitsPerWeight, 16);
  });

  test('a tensor of whole blocks has an exact size; a partial block has none', () => {
    const q4k = ggmlTypeByName('Q4_K')!;
    assert.equal(ggmlTensorBytes(q4k, 4096 * 4096), (4096 * 4096 * 144) / 256);
    assert.equal(ggmlTensorBytes(q4k, 100), undefined);
  });

  test('removed ids are unknown', () => {
    for (const id of [4, 5, 31, 32, 33, 36, 37, 38]) assert.equal(ggmlTypeById(id), undefined);
  });
});
