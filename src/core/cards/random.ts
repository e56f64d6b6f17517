/**
 * Seeded randomness for the worked examples: the cards must show the same corruption every time
 * (and the tests must see what the user sees), so every draw comes from a fixed-seed generator.
 */

/** A uniform generator on [0, 1). */
export type Random = () => number;

/** mulberry32: a small, fast 32-bit generator; plenty for shuffling a sentence. */
export function seeded(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** An integer in [0, n). */
export function integerBelow(n: number, random: Random): number {
  return Math.floor(random() * n);
}

/** A Fisher–Yates shuffle into a new array. */
export function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = integerBelow(i + 1, random);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Trials up to and including the first success, success probability `p` (support 1, 2, …). */
export function geometric(p: number, random: Random): number {
  return Math.floor(Math.log(1 - random()) / Math.log(1 - p)) + 1;
}

/** Knuth's method; fine for the small means used here (λ = 3). */
export function poisson(lambda: number, random: Random): number {
  const limit = Math.exp(-lambda);
  let k = 0;
  let product = random();
  while (product > limit) {
    k++;
    product *= random();
  }
  return k;
}

/**
 * Splits `total` items into `parts` runs of at least one item each, uniformly over all such splits
 * (T5's `_random_segmentation`): choose `parts − 1` distinct cut points among the `total − 1` gaps.
 */
export function randomSegmentation(total: number, parts: number, random: Random): number[] {
  if (parts < 1 || parts > total) throw new RangeError(`cannot split ${total} items into ${parts} non-empty runs`);
  const gaps = Array.from({ length: total - 1 }, (_, i) => i + 1);
  const cuts = shuffled(gaps, random)
    .slice(0, parts - 1)
    .sort((a, b) => a - b);
  const bounds = [0, ...cuts, total];
  return bounds.slice(1).map((end, i) => end - bounds[i]);
}
