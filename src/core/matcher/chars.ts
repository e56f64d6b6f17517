/**
 * Character classes for scanning. The matcher reads whole documents one UTF-16 code unit at a
 * time, so these are table lookups rather than regular expressions.
 */

/** Bits of CHAR_CLASS. */
export const IDENT = 1; // [A-Za-z0-9_]
const HF = 2; // characters of a Hugging Face id or path: [A-Za-z0-9._/-]
export const UPPER = 4; // [A-Z]
export const UNDERSCORE = 8;
// One entry per UTF-16 code unit: a lookup with no range test is what keeps the per-character loops fast.
// Reading past the end gives NaN, which indexes to undefined and so tests false.
export const CHAR_CLASS = new Uint8Array(0x10000);
/** ASCII code units lower-cased, for the case-insensitive hash. */
const FOLDED = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z0-9_]/.test(ch)) CHAR_CLASS[c] |= IDENT | HF;
  if (ch === '.' || ch === '/' || ch === '-') CHAR_CLASS[c] |= HF;
  if (/[A-Z]/.test(ch)) CHAR_CLASS[c] |= UPPER;
  if (ch === '_') CHAR_CLASS[c] |= UNDERSCORE;
  FOLDED[c] = /[A-Z]/.test(ch) ? c + 32 : c;
}

export const isIdentChar = (c: number): boolean => (CHAR_CLASS[c] & IDENT) !== 0;
export const isHfChar = (c: number): boolean => (CHAR_CLASS[c] & HF) !== 0;

/**
 * The one hash every recogniser computes while it reads a word: h = h * 31 + the lower-cased ASCII
 * code unit, kept to 30 bits so that it stays a small integer. Case-insensitive, so a single pass
 * serves the phrases (matched in any case) and the code spellings (checked exactly after the hash).
 */
export const foldHash = (hash: number, c: number): number => (Math.imul(hash, 31) + FOLDED[c]) & 0x3fffffff;

/** foldHash over s[start, end), or -1 if it holds a code unit outside ASCII. */
export function foldHashOf(s: string, start = 0, end = s.length): number {
  let hash = 0;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) return -1;
    hash = foldHash(hash, c);
  }
  return hash;
}

export const isUpper = (c: number): boolean => c >= 65 && c <= 90;
export const isLower = (c: number): boolean => c >= 97 && c <= 122;
export const isDigit = (c: number): boolean => c >= 48 && c <= 57;
export const isLetter = (c: number): boolean => isUpper(c) || isLower(c);

/** Word classes for prose: tokens are maximal runs of one class, so "BERT의" is "BERT" + "의". */
export const NOT_WORD = 0;
export const LATIN = 1; // every letter, digit or mark that is not Hangul, plus "_"
export const HANGUL = 2;

const isHangul = (c: number): boolean =>
  (c >= 0xac00 && c <= 0xd7a3) ||
  (c >= 0x1100 && c <= 0x11ff) ||
  (c >= 0x3130 && c <= 0x318f) ||
  (c >= 0xa960 && c <= 0xa97f) ||
  (c >= 0xd7b0 && c <= 0xd7ff);

const LETTER_OR_NUMBER = /^[\p{L}\p{N}\p{M}]$/u;
/** Lazily filled class of each non-ASCII code unit; 255 = not computed yet. */
const nonAscii = new Uint8Array(0x10000).fill(255);

export function wordClass(c: number): number {
  if (c < 128) return (CHAR_CLASS[c] & IDENT) !== 0 ? LATIN : NOT_WORD;
  if (!(c <= 0xffff)) return NOT_WORD; // NaN: reading before the start or past the end of the text
  let cls = nonAscii[c];
  if (cls === 255) {
    // Lone surrogates fail the test, so astral characters count as separators.
    cls = isHangul(c) ? HANGUL : LETTER_OR_NUMBER.test(String.fromCharCode(c)) ? LATIN : NOT_WORD;
    nonAscii[c] = cls;
  }
  return cls;
}

/** Whitespace and hyphens: the gaps allowed between the words of a phrase. */
export function isGap(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 45 || // -
    c === 0xa0 ||
    c === 0x2010 ||
    c === 0x2011 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000
  );
}

/**
 * Splits a CamelCase identifier into its words. Digits stay with the word before them, so
 * "GPT2LMHeadModel" is GPT2 | LM | Head | Model and "XLMRobertaModel" is XLM | Roberta | Model.
 */
export function camelParts(s: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 1; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!isUpper(c)) continue;
    const prev = s.charCodeAt(i - 1);
    const acronymEnd = isUpper(prev) && i + 1 < s.length && isLower(s.charCodeAt(i + 1));
    if (isLower(prev) || isDigit(prev) || acronymEnd) {
      parts.push(s.slice(start, i));
      start = i;
    }
  }
  if (s.length > 0) parts.push(s.slice(start));
  return parts;
}

const TOP_LEVEL_DOMAINS = new Set(['ai', 'com', 'io', 'org', 'net', 'dev', 'co', 'app', 'cn']);
/** Words that turn a model's name into its maker's: "Mistral AI", "Stability AI", "The Mistral Team". */
const ORGANISATION_WORDS = new Set(['AI', 'Inc', 'Labs', 'Ltd', 'Corp', 'GmbH', 'Team']);

/** `mistral.ai`, `mistral.ai/news`: the name is part of a domain. */
export function domainFollows(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 46) return false;
  let p = end + 1;
  while (p < text.length && p - end <= 4 && isLetter(text.charCodeAt(p))) p++;
  return !isIdentChar(text.charCodeAt(p)) && TOP_LEVEL_DOMAINS.has(text.slice(end + 1, p).toLowerCase());
}

/** "Mistral AI", `mistral.ai`: what follows makes the name a company's, not its model's. */
export function organisationFollows(text: string, end: number): boolean {
  if (domainFollows(text, end)) return true;
  if (text.charCodeAt(end) !== 32) return false;
  let p = end + 1;
  while (p < text.length && p - end <= 5 && isLetter(text.charCodeAt(p))) p++;
  return wordClass(text.charCodeAt(p)) !== LATIN && ORGANISATION_WORDS.has(text.slice(end + 1, p)); // "AI가": a particle may follow
}
