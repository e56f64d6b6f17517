import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { MASK } from '../../../src/core/cards/objectives/masking';
import { sentinel, spanBertLength, spanCorruption, spanMasking, textInfilling, type Span } from '../../../src/core/cards/objectives/spans';
import { geometric, poisson, randomSegmentation, seeded } from '../../../src/core/cards/random';

const words = (n: number) => Array.from({ length: n }, (_, i) => `w${i}`);
const roundHalfUp = (x: number) => Math.floor(x + 0.5);

/** Spans must not overlap or touch: at least one untouched token between two spans. */
function assertSeparated(spans: readonly Span[], n: number): void {
  for (const s of spans) assert.ok(s.start >= 0 && s.start + s.length <= n, `span ${JSON.stringify(s)} inside 0..${n}`);
  for (let i = 1; i < spans.length; i++) assert.ok(spans[i].start > spans[i - 1].start + spans[i - 1].length, `spans ${i - 1} and ${i} touch`);
}

describe("T5's span corruption", () => {
  test('drops round(15%) tokens in round(noise / 3) sentinel-marked spans, and the target restores them', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 500 }), fc.integer(), (n, seed) => {
        const tokens = words(n);
        const { spans, input, target } = spanCorruption(tokens, seeded(seed));
        const noise = Math.min(Math.max(roundHalfUp(n * 0.15), 1), n - 1);
        const spanCount = Math.max(1, roundHalfUp(noise / 3));
        assert.equal(spans.length, spanCount);
        assert.equal(
          spans.reduce((t, s) => t + s.length, 0),
          noise,
        );
        assert.ok(spans.every((s) => s.length >= 1));
        assertSeparated(spans, n);
        // Sentinels: <extra_id_0> … <extra_id_{k-1}> in the input, one more closing the target.
        const inputSentinels = input.filter((t) => t.startsWith('<extra_id_'));
        assert.deepEqual(
          inputSentinels,
          Array.from({ length: spanCount }, (_, i) => `<extra_id_${i}>`),
        );
        assert.equal(target[0], '<extra_id_0>');
        assert.equal(target[target.length - 1], `<extra_id_${spanCount}>`);
        assert.equal(input.length, n - noise + spanCount);
        assert.equal(target.length, noise + spanCount + 1);
        // Rebuild the text: each input sentinel expands to what follows it in the target.
        const fill = new Map<string, string[]>();
        let open = '';
        for (const t of target) {
          if (t.startsWith('<extra_id_')) {
            open = t;
            fill.set(t, []);
          } else fill.get(open)!.push(t);
        }
        assert.deepEqual(
          input.flatMap((t) => fill.get(t) ?? [t]),
          tokens,
        );
      }),
    );
  });

  test('the shipped sentinel spelling is the Hugging Face one', () => {
    assert.equal(sentinel(0), '<extra_id_0>');
    assert.equal(sentinel(12), '<extra_id_12>');
  });
});

describe("SpanBERT's span masking", () => {
  test('masks round(15%) of the tokens in separated spans of at most 10', () => {
    fc.assert(
      fc.property(fc.integer({ min: 8, max: 400 }), fc.integer(), (n, seed) => {
        const { spans, input } = spanMasking(words(n), seeded(seed));
        assert.equal(
          spans.reduce((t, s) => t + s.length, 0),
          Math.max(1, roundHalfUp(n * 0.15)),
        );
        assert.ok(spans.every((s) => s.length >= 1 && s.length <= 10));
        assertSeparated(spans, n);
        const masked = new Set(spans.flatMap((s) => Array.from({ length: s.length }, (_, i) => s.start + i)));
        input.forEach((t, i) => assert.equal(t, masked.has(i) ? MASK : `w${i}`));
      }),
    );
  });

  test('span lengths follow Geometric(0.2) restricted to 1…10: mean ≈ 3.8 as in the paper', () => {
    // E[L | L ≤ 10] for L ~ Geometric(0.2), summed term by term.
    let mass = 0;
    let weighted = 0;
    for (let k = 1; k <= 10; k++) {
      const pk = 0.2 * 0.8 ** (k - 1);
      mass += pk;
      weighted += k * pk;
    }
    const expected = weighted / mass;
    assert.ok(Math.abs(expected - 3.8) < 0.01, `analytic mean ${expected}`);
    const random = seeded(42);
    let sum = 0;
    const draws = 50_000;
    for (let i = 0; i < draws; i++) sum += spanBertLength(0.2, 10, random);
    assert.ok(Math.abs(sum / draws - expected) < 0.05, `sample mean ${sum / draws}`);
  });
});

describe("BART's text infilling", () => {
  test('covers round(30%) of the tokens, one [MASK] per span, and the spans rebuild the text', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10, max: 300 }), fc.integer(), (n, seed) => {
        const tokens = words(n);
        const { spans, input } = textInfilling(tokens, seeded(seed));
        assert.equal(
          spans.reduce((t, s) => t + s.length, 0),
          roundHalfUp(n * 0.3),
        );
        assertSeparated(spans.filter((s) => s.length > 0), n);
        assert.ok(spans.filter((s) => s.length === 0).length <= 1);
        assert.equal(input.filter((t) => t === MASK).length, spans.length);
        // Replace the i-th [MASK] by span i's tokens.
        let next = 0;
        const rebuilt = input.flatMap((t) => {
          if (t !== MASK) return [t];
          const span = spans[next++];
          return tokens.slice(span.start, span.start + span.length);
        });
        assert.deepEqual(rebuilt, tokens);
      }),
    );
  });
});

describe('seeded draws', () => {
  test('Poisson(3) and Geometric(0.2) have their textbook means', () => {
    const random = seeded(7);
    let p = 0;
    let g = 0;
    const draws = 50_000;
    for (let i = 0; i < draws; i++) {
      p += poisson(3, random);
      g += geometric(0.2, random);
    }
    assert.ok(Math.abs(p / draws - 3) < 0.05, `Poisson mean ${p / draws}`);
    assert.ok(Math.abs(g / draws - 5) < 0.1, `geometric mean ${g / draws}`);
  });

  test('random segmentation splits n items into k non-empty runs', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), fc.integer(), fc.integer({ min: 1, max: 300 }), (n, seed, k0) => {
        const k = 1 + (k0 % n);
        const runs = randomSegmentation(n, k, seeded(seed));
        assert.equal(runs.length, k);
        assert.ok(runs.every((r) => r >= 1));
        assert.equal(
          runs.reduce((a, b) => a + b, 0),
          n,
        );
      }),
    );
  });

  test('the same seed gives the same draws', () => {
    const a = seeded(123);
    const b = seeded(123);
    for (let i = 0; i < 100; i++) assert.equal(a(), b());
  });
});
