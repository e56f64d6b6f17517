/**
 * Span corruptions: SpanBERT's span masking, BART's text infilling and T5's span corruption. They
 * differ in how span lengths are drawn and in what replaces a span (one [MASK] per token, one [MASK]
 * per span, one sentinel per span with the spans moved to the target).
 */
import { geometric, integerBelow, poisson, randomSegmentation, type Random } from '../random';
import { MASK, selectionCount } from './masking';

/** `length` tokens from `start`; a zero-length span is an insertion point before `start`. */
export interface Span {
  start: number;
  length: number;
}

/** Spans kept apart by at least one untouched token, so each span has its own boundary tokens. */
function fits(spans: readonly Span[], candidate: Span, tokenCount: number): boolean {
  if (candidate.start < 0 || candidate.start + candidate.length > tokenCount) return false;
  return spans.every((s) => candidate.start > s.start + s.length || candidate.start + candidate.length < s.start);
}

/** Places a span of `length` at a uniformly drawn free start, or returns undefined if none is free. */
function placeSpan(spans: readonly Span[], length: number, tokenCount: number, random: Random): Span | undefined {
  const free: Span[] = [];
  for (let start = 0; start + length <= tokenCount; start++) {
    if (fits(spans, { start, length }, tokenCount)) free.push({ start, length });
  }
  return free.length > 0 ? free[integerBelow(free.length, random)] : undefined;
}

/**
 * Draws span lengths with `drawLength` and places them until `budget` tokens are covered. A length
 * that fits nowhere is shortened; lengths are capped by what is left of the budget.
 */
function coverWithSpans(tokenCount: number, budget: number, random: Random, drawLength: () => number, allowEmpty: boolean): Span[] {
  const spans: Span[] = [];
  let covered = 0;
  let emptyPlaced = false;
  while (covered < budget) {
    let length = Math.min(drawLength(), budget - covered);
    if (length === 0) {
      // BART: a zero-length span inserts a [MASK]; one is enough to show the case.
      if (!allowEmpty || emptyPlaced) continue;
      const span = placeSpan(spans, 0, tokenCount, random);
      if (span) spans.push(span);
      emptyPlaced = true;
      continue;
    }
    let span = placeSpan(spans, length, tokenCount, random);
    while (!span && length > 1) span = placeSpan(spans, --length, tokenCount, random);
    if (!span) break;
    spans.push(span);
    covered += span.length;
  }
  return spans.sort((a, b) => a.start - b.start || a.length - b.length);
}

export function spanPositions(spans: readonly Span[]): number[] {
  return spans.flatMap((s) => Array.from({ length: s.length }, (_, i) => s.start + i));
}

/**
 * SpanBERT's span length: Geometric(p) restricted to 1…max and renormalised (its `len_distrib`),
 * which gives the paper's mean of ≈ 3.8 for p = 0.2, max = 10. Drawing until the length fits is the
 * same distribution.
 */
export function spanBertLength(p: number, max: number, random: Random): number {
  for (;;) {
    const length = geometric(p, random);
    if (length <= max) return length;
  }
}

/**
 * SpanBERT's span masking: span lengths from `spanBertLength`, until round(15%) of the tokens are
 * masked. Every token of a span becomes [MASK]; the span boundary objective predicts each
 * of them from the two tokens just outside the span and its position in it.
 */
export function spanMasking(
  tokens: readonly string[],
  random: Random,
  options: { rate?: number; p?: number; maxLength?: number } = {},
): { spans: Span[]; input: string[] } {
  const draw = () => spanBertLength(options.p ?? 0.2, options.maxLength ?? 10, random);
  const spans = coverWithSpans(tokens.length, selectionCount(tokens.length, options.rate ?? 0.15), random, draw, false);
  const masked = new Set(spanPositions(spans));
  return { spans, input: tokens.map((token, i) => (masked.has(i) ? MASK : token)) };
}

/**
 * BART's text infilling: span lengths ~ Poisson(λ = 3) until 30% of the tokens are covered; each span,
 * however long, becomes a single [MASK], so the model must also work out how many tokens are missing.
 */
export function textInfilling(tokens: readonly string[], random: Random, options: { rate?: number; lambda?: number } = {}): { spans: Span[]; input: string[] } {
  const spans = coverWithSpans(tokens.length, Math.round(tokens.length * (options.rate ?? 0.3)), random, () => poisson(options.lambda ?? 3, random), true);
  return { spans, input: replaceSpans(tokens, spans, () => MASK) };
}

/** Replaces each span (and each insertion point) by one token. */
function replaceSpans(tokens: readonly string[], spans: readonly Span[], replacement: (spanIndex: number) => string): string[] {
  const out: string[] = [];
  let next = 0;
  spans.forEach((span, index) => {
    out.push(...tokens.slice(next, span.start), replacement(index));
    next = span.start + span.length;
  });
  out.push(...tokens.slice(next));
  return out;
}

/** T5's sentinel tokens, as the Hugging Face tokenizer spells them. */
export function sentinel(index: number): string {
  return `<extra_id_${index}>`;
}

/**
 * T5's span corruption (`random_spans_noise_mask`): round(15%) noise tokens in round(noise / 3) spans
 * (mean length 3). Noise and kept tokens are each split into that many non-empty runs at random and
 * interleaved, kept run first. Each noise span becomes one sentinel in the input; the target lists
 * the sentinels with the tokens they hide, closed by one more sentinel.
 */
export function spanCorruption(
  tokens: readonly string[],
  random: Random,
  options: { density?: number; meanSpanLength?: number } = {},
): { spans: Span[]; input: string[]; target: string[] } {
  const n = tokens.length;
  const noise = Math.min(Math.max(Math.round(n * (options.density ?? 0.15)), 1), n - 1);
  const spanCount = Math.max(1, Math.round(noise / (options.meanSpanLength ?? 3)));
  const noiseLengths = randomSegmentation(noise, spanCount, random);
  const keptLengths = randomSegmentation(n - noise, spanCount, random);
  const spans: Span[] = [];
  let position = 0;
  for (let i = 0; i < spanCount; i++) {
    position += keptLengths[i];
    spans.push({ start: position, length: noiseLengths[i] });
    position += noiseLengths[i];
  }
  const target = spans.flatMap((span, i) => [sentinel(i), ...tokens.slice(span.start, span.start + span.length)]);
  target.push(sentinel(spanCount));
  return { spans, input: replaceSpans(tokens, spans, sentinel), target };
}
