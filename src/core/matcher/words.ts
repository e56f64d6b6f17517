import { MAX_SPAN, type Candidate } from './candidate';
import { CHAR_CLASS, IDENT, UNDERSCORE, UPPER, foldHash, isIdentChar } from './chars';
import type { ContextualRecogniser } from './contextual';
import type { IdentifierRecogniser } from './identifiers';
import type { PhraseRecogniser } from './phrases';
import { CONTEXT_SPAN, ScopeTracker, isScopeChar } from './scopes';

/** Branch-free counting: the class bit shifted down to 1. */
const UPPER_SHIFT = Math.log2(UPPER);
const UNDERSCORE_SHIFT = Math.log2(UNDERSCORE);

/** The recognisers that read a text's words: each gets every identifier from the one pass below. */
export interface WordReaders {
  identifiers: IdentifierRecogniser;
  phrases: PhraseRecogniser;
  contextual: ContextualRecogniser;
}

/**
 * One pass over the text for the three recognisers that read its words. Most of a source file is
 * ASCII identifiers; reading and hashing each once, rather than once per recogniser, is what the
 * matcher's throughput rests on. Identifiers and contextual spellings read the identifier runs;
 * phrases read them too, plus Hangul, other non-ASCII words and punctuation; contextual spellings
 * also follow every bracket and line break.
 *
 * As for every recogniser (candidate.ts), candidates are those whose first token starts in [from, to).
 * The brackets and line breaks up to CONTEXT_SPAN earlier are followed too, to know the calls and
 * blocks open at `from`.
 */
export function scanWords(text: string, from: number, to: number, readers: WordReaders, emit: (candidate: Candidate) => void): void {
  const { identifiers, phrases, contextual } = readers;
  const scopes = contextual.isEmpty ? undefined : new ScopeTracker(text, Math.max(0, from - CONTEXT_SPAN));
  // Before `from`, only the brackets and line breaks matter: a hover reads 4 KB of them, not its words.
  if (scopes) for (let p = scopes.position; p < from; p++) if (isScopeChar(text.charCodeAt(p))) scopes.advance(p);
  let i = from;
  /** The phrases have read the text up to here: words that start before it are inside one of theirs. */
  let phrasesAt = phrases.resume(text, i, to);
  if (i > 0 && isIdentChar(text.charCodeAt(i - 1))) while (i < to && isIdentChar(text.charCodeAt(i))) i++;
  while (i < to) {
    const c = text.charCodeAt(i);
    if (!isIdentChar(c)) {
      if (isScopeChar(c)) scopes?.advance(i);
      if (i >= phrasesAt && phrases.startsAt(c)) phrasesAt = phrases.token(text, i, to, emit);
      i++;
      continue;
    }
    const start = i;
    const limit = Math.min(text.length, start + MAX_SPAN);
    let hash = 0;
    let capitals = 0;
    let underscores = 0;
    for (; i < limit; i++) {
      const d = text.charCodeAt(i);
      const kind = CHAR_CLASS[d];
      if ((kind & IDENT) === 0) break;
      hash = foldHash(hash, d);
      capitals += (kind & UPPER) >> UPPER_SHIFT;
      underscores += (kind & UNDERSCORE) >> UNDERSCORE_SHIFT;
    }
    if (i === limit && limit < text.length && isIdentChar(text.charCodeAt(limit))) {
      // Longer than any spelling (hashes, base64, minified code): no recogniser reads it.
      if (start >= phrasesAt) phrasesAt = phrases.token(text, start, to, emit);
      while (i < to && isIdentChar(text.charCodeAt(i))) i++;
      continue;
    }
    identifiers.word(text, start, i, hash, capitals, underscores, emit);
    if (scopes) contextual.word(text, start, i, hash, scopes, emit);
    if (start >= phrasesAt) phrasesAt = phrases.word(text, start, i, hash, to, emit);
  }
}
