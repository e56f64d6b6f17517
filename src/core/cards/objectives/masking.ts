/**
 * Token-level corruptions: BERT's masking, BART's token masking and deletion, ELECTRA's replaced
 * tokens. Each takes tokens and a seeded generator and returns what the model sees and what it must
 * recover, so the cards can show inputs next to targets.
 */
import { integerBelow, shuffled, type Random } from '../random';

export const MASK = '[MASK]';

/**
 * How many positions a rate selects: BERT's `max(1, round(n · rate))` (create_pretraining_data.py),
 * never all of them.
 */
export function selectionCount(tokenCount: number, rate: number): number {
  return Math.min(tokenCount, Math.max(1, Math.round(tokenCount * rate)));
}

/** `count` distinct positions among those `eligible`, in ascending order. */
function choosePositions(tokenCount: number, count: number, random: Random, eligible: (i: number) => boolean = () => true): number[] {
  const candidates = Array.from({ length: tokenCount }, (_, i) => i).filter(eligible);
  return shuffled(candidates, random)
    .slice(0, count)
    .sort((a, b) => a - b);
}

/** What happened to a position BERT selected: 80% [MASK], 10% a random token, 10% left as it was. */
export type MaskOutcome = 'mask' | 'random' | 'kept';

export interface BertMasking {
  /** The corrupted sequence the encoder reads. */
  input: string[];
  /** Selected positions, ascending; the loss is computed at these only. */
  selected: number[];
  /** Outcome of each selected position, parallel to `selected`. */
  outcomes: MaskOutcome[];
}

export interface BertMaskingOptions {
  rate?: number;
  /** Where random replacements come from. */
  vocabulary: readonly string[];
  /** Positions that may be selected (e.g. not a separator). */
  eligible?: (i: number) => boolean;
}

/** BERT's masked-LM corruption: select round(15%) of the positions, then 80/10/10 per position. */
export function bertMasking(tokens: readonly string[], random: Random, options: BertMaskingOptions): BertMasking {
  const eligibleCount = tokens.filter((_, i) => options.eligible?.(i) ?? true).length;
  const selected = choosePositions(tokens.length, selectionCount(eligibleCount, options.rate ?? 0.15), random, options.eligible);
  const input = [...tokens];
  const outcomes = selected.map((position): MaskOutcome => {
    if (random() < 0.8) {
      input[position] = MASK;
      return 'mask';
    }
    if (random() < 0.5) return 'kept';
    input[position] = options.vocabulary[integerBelow(options.vocabulary.length, random)];
    return 'random';
  });
  return { input, selected, outcomes };
}

/** BART's token masking: like BERT's selection, every selected token becomes [MASK]. */
export function tokenMasking(tokens: readonly string[], random: Random, rate = 0.15): { input: string[]; masked: number[] } {
  const masked = choosePositions(tokens.length, selectionCount(tokens.length, rate), random);
  return { input: tokens.map((token, i) => (masked.includes(i) ? MASK : token)), masked };
}

/** BART's token deletion: selected tokens vanish, so the model must also find where they were. */
export function tokenDeletion(tokens: readonly string[], random: Random, rate = 0.15): { input: string[]; deleted: number[] } {
  const deleted = choosePositions(tokens.length, selectionCount(tokens.length, rate), random);
  return { input: tokens.filter((_, i) => !deleted.includes(i)), deleted };
}

export interface ReplacedTokens {
  /** Positions the generator had to fill. */
  masked: number[];
  /** The generator's input. */
  generatorInput: string[];
  /** The generator's samples put back into the sentence: the discriminator's input. */
  corrupted: string[];
  /** The discriminator's label per position: true where the token differs from the original. */
  replaced: boolean[];
}

/**
 * ELECTRA's replaced-token detection. A small generator fills the masked positions with samples;
 * when a sample happens to equal the original token, that position counts as original, not replaced.
 * `generatorHit` is the chance the stand-in generator reproduces the original.
 */
export function replacedTokenDetection(
  tokens: readonly string[],
  random: Random,
  options: { rate?: number; vocabulary: readonly string[]; generatorHit?: number },
): ReplacedTokens {
  const masked = choosePositions(tokens.length, selectionCount(tokens.length, options.rate ?? 0.15), random);
  const generatorInput = tokens.map((token, i) => (masked.includes(i) ? MASK : token));
  const corrupted = [...tokens];
  for (const position of masked) {
    if (random() >= (options.generatorHit ?? 0.25)) corrupted[position] = options.vocabulary[integerBelow(options.vocabulary.length, random)];
  }
  return { masked, generatorInput, corrupted, replaced: corrupted.map((token, i) => token !== tokens[i]) };
}
