import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { causalShift, documentRotation, permutationOrder, rotate, sentencePermutation, visibleTo } from '../../../src/core/cards/objectives/orderings';
import { seeded } from '../../../src/core/cards/random';

describe('orderings', () => {
  test('causal LM pairs each token with the one after it', () => {
    const { inputs, targets } = causalShift(['a', 'b', 'c', 'd']);
    assert.deepEqual(inputs, ['a', 'b', 'c']);
    assert.deepEqual(targets, ['b', 'c', 'd']);
  });

  test('permutation LM: a permutation of the positions, the last round(n/6) predicted, each from its predecessors in the order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.integer(), (n, seed) => {
        const { order, targets } = permutationOrder(n, seeded(seed));
        assert.deepEqual(
          [...order].sort((a, b) => a - b),
          Array.from({ length: n }, (_, i) => i),
        );
        assert.equal(targets.length, Math.max(1, Math.floor(n / 6 + 0.5)));
        assert.deepEqual(targets, order.slice(n - targets.length));
        for (const t of targets) {
          const seen = visibleTo(order, t);
          assert.ok(!seen.includes(t));
          assert.deepEqual(seen, order.filter((_, i) => i < order.indexOf(t)).sort((a, b) => a - b));
        }
      }),
    );
  });

  test('sentence permutation is a permutation other than the identity', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 12 }), fc.integer(), (n, seed) => {
        const order = sentencePermutation(n, seeded(seed));
        assert.deepEqual(
          [...order].sort((a, b) => a - b),
          Array.from({ length: n }, (_, i) => i),
        );
        assert.ok(order.some((s, i) => s !== i));
      }),
    );
  });

  test('document rotation starts at a token other than the first and keeps every token', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 200 }), fc.integer(), (n, seed) => {
        const start = documentRotation(n, seeded(seed));
        assert.ok(start >= 1 && start < n);
        const items = Array.from({ length: n }, (_, i) => i);
        const rotated = rotate(items, start);
        assert.equal(rotated[0], start);
        assert.deepEqual(rotate(rotated, n - start), items);
      }),
    );
  });
});
