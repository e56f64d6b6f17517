/** What the recognisers report, and the contract they share. */

export type Via = 'hf-id' | 'contextual' | 'identifier' | 'code-key' | 'phrase';

export interface Candidate {
  entryId: string;
  variantId?: string;
  start: number;
  end: number;
  via: Via;
  also: readonly string[];
  /** Breaks ties between candidates of equal length: lower wins. */
  rank: number;
}

/** `also` for the candidates that imply nothing more: one shared, frozen array rather than one each. */
export const NO_ALSO: readonly string[] = Object.freeze([]);

/** Tie-break order for candidates covering the same text: the most specific reading first. */
export const RANK = {
  exactHfId: 0, // names an exact released size
  contextual: 1, // a spelling in the place that gives it its meaning (`attn_implementation="flash_attention_2"`)
  codeKey: 2, // a spelling the atlas lists verbatim
  identifier: 3, // derived from a class name's stem and suffix
  phrase: 4,
  hfFamily: 5, // an unknown id that only shares a family prefix
} as const;

/** Longest spelling any recogniser reads; longer tokens (hashes, base64, minified code) never match. */
export const MAX_SPAN = 256;

/**
 * A recogniser reports every candidate whose first token starts in [from, to). Tokens already in
 * progress at `from` are skipped, and it never reads further than MAX_SPAN past `to`, so the cost
 * of a scan is bounded by the window, not by the length of the line.
 */
export interface Recogniser {
  scan(text: string, from: number, to: number, emit: (candidate: Candidate) => void): void;
}

/**
 * Adds `key → value` unless another value already claims the key; a key claimed by two different
 * entries is ambiguous and is kept as `null`, so that it matches nothing rather than the wrong one.
 */
export function claim<V>(index: Map<string, V | null>, key: string, value: V, same: (a: V, b: V) => boolean): void {
  const existing = index.get(key);
  if (existing === undefined) index.set(key, value);
  else if (existing !== null && !same(existing, value)) index.set(key, null);
}
