/**
 * Objectives that reorder rather than hide: causal LM's left-to-right order, XLNet's sampled
 * factorisation order, BART's sentence permutation and document rotation.
 */
import { integerBelow, shuffled, type Random } from '../random';

/** Causal LM: position i reads tokens 0…i and predicts token i + 1. */
export function causalShift(tokens: readonly string[]): { inputs: string[]; targets: string[] } {
  return { inputs: tokens.slice(0, -1), targets: tokens.slice(1) };
}

export interface PermutationOrder {
  /** Token positions in the sampled factorisation order. */
  order: number[];
  /** Positions predicted: the last 1/K of the order (XLNet's partial prediction). */
  targets: number[];
}

/**
 * XLNet's permutation LM: sample an order of the positions; a token is predicted from the tokens
 * before it in that order, whatever their place in the sentence. Only the last ≈ n/K tokens of the
 * order are predicted (K = 6 in XLNet), since early ones have too little context to learn from.
 */
export function permutationOrder(tokenCount: number, random: Random, k = 6): PermutationOrder {
  const order = shuffled(
    Array.from({ length: tokenCount }, (_, i) => i),
    random,
  );
  const predicted = Math.max(1, Math.round(tokenCount / k));
  return { order, targets: order.slice(tokenCount - predicted) };
}

/** The positions a target may attend to: those earlier in the factorisation order. */
export function visibleTo(order: readonly number[], target: number): number[] {
  return order.slice(0, order.indexOf(target)).sort((a, b) => a - b);
}

/** BART's sentence permutation: a shuffled sentence order, never the original one when it can differ. */
export function sentencePermutation(sentenceCount: number, random: Random): number[] {
  const identity = Array.from({ length: sentenceCount }, (_, i) => i);
  if (sentenceCount < 2) return identity;
  for (;;) {
    const order = shuffled(identity, random);
    if (order.some((s, i) => s !== i)) return order;
  }
}

/** BART's document rotation: a token drawn uniformly (not the first) becomes the document's start. */
export function documentRotation(tokenCount: number, random: Random): number {
  return 1 + integerBelow(tokenCount - 1, random);
}

export function rotate<T>(items: readonly T[], start: number): T[] {
  return [...items.slice(start), ...items.slice(0, start)];
}
