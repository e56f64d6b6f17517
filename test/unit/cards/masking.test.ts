import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { bertMasking, MASK, replacedTokenDetection, tokenDeletion, tokenMasking } from '../../../src/core/cards/objectives/masking';
import { seeded } from '../../../src/core/cards/random';

const VOCAB = ['river', 'key', 'garden', 'boat'];
const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`);
/** BERT's count, written out: 15% of n rounded half up, at least one. */
const bertCount = (n: number) => Math.max(1, Math.floor(n * 0.15 + 0.5));

describe('BERT masking (80/10/10)', () => {
  test('selects exactly round(15% × n) distinct positions and changes nothing else', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.integer(), (n, seed) => {
        const tokens = words(n);
        const { input, selected, outcomes } = bertMasking(tokens, seeded(seed), { vocabulary: VOCAB });
        assert.equal(selected.length, bertCount(n));
        assert.equal(new Set(selected).size, selected.length);
        assert.deepEqual(selected, [...selected].sort((a, b) => a - b));
        const chosen = new Set(selected);
        tokens.forEach((token, i) => {
          if (!chosen.has(i)) assert.equal(input[i], token);
        });
        selected.forEach((position, k) => {
          if (outcomes[k] === 'mask') assert.equal(input[position], MASK);
          if (outcomes[k] === 'kept') assert.equal(input[position], tokens[position]);
          if (outcomes[k] === 'random') assert.ok(VOCAB.includes(input[position]));
        });
      }),
    );
  });

  test('over many sequences the outcomes approach 80% [MASK], 10% random, 10% unchanged', () => {
    const counts = { mask: 0, random: 0, kept: 0 };
    for (let seed = 0; seed < 3000; seed++) for (const o of bertMasking(words(100), seeded(seed), { vocabulary: VOCAB }).outcomes) counts[o]++;
    const total = counts.mask + counts.random + counts.kept;
    assert.equal(total, 3000 * 15);
    assert.ok(Math.abs(counts.mask / total - 0.8) < 0.01, `mask share ${counts.mask / total}`);
    assert.ok(Math.abs(counts.random / total - 0.1) < 0.01, `random share ${counts.random / total}`);
    assert.ok(Math.abs(counts.kept / total - 0.1) < 0.01, `kept share ${counts.kept / total}`);
  });

  test('never selects an ineligible position (the translation pair’s separator)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 60 }), fc.integer(), (n, seed) => {
        const separator = Math.floor(n / 2);
        const { selected, input } = bertMasking(words(n), seeded(seed), { vocabulary: VOCAB, eligible: (i) => i !== separator });
        assert.ok(!selected.includes(separator));
        assert.equal(input[separator], `w${separator}`);
        assert.equal(selected.length, bertCount(n - 1));
      }),
    );
  });
});

describe("BART's token masking and deletion", () => {
  test('token masking replaces exactly the chosen positions by [MASK]', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.integer(), (n, seed) => {
        const tokens = words(n);
        const { input, masked } = tokenMasking(tokens, seeded(seed));
        assert.equal(masked.length, bertCount(n));
        assert.deepEqual(
          input.map((t, i) => (t === MASK ? i : -1)).filter((i) => i >= 0),
          masked,
        );
      }),
    );
  });

  test('token deletion leaves the original minus the deleted positions, in order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.integer(), (n, seed) => {
        const tokens = words(n);
        const { input, deleted } = tokenDeletion(tokens, seeded(seed));
        assert.equal(input.length, n - bertCount(n));
        const gone = new Set(deleted);
        assert.deepEqual(
          input,
          tokens.filter((_, i) => !gone.has(i)),
        );
      }),
    );
  });
});

describe("ELECTRA's replaced token detection", () => {
  test('labels a position replaced exactly when the token differs, and only masked positions change', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.integer(), (n, seed) => {
        const tokens = words(n);
        const { masked, generatorInput, corrupted, replaced } = replacedTokenDetection(tokens, seeded(seed), { vocabulary: [...VOCAB, 'w0'] });
        const set = new Set(masked);
        tokens.forEach((token, i) => {
          assert.equal(generatorInput[i], set.has(i) ? MASK : token);
          if (!set.has(i)) assert.equal(corrupted[i], token);
          assert.equal(replaced[i], corrupted[i] !== token);
        });
      }),
    );
  });
});
