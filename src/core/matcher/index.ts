import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Candidate, Recogniser, Via } from './candidate';
import { MAX_SPAN } from './candidate';
import { CodeLiteralRecogniser } from './codeLiterals';
import { ContextualRecogniser } from './contextual';
import { MATCHER_INDEX_VERSION, buildMatcherIndex, type MatcherIndex } from './matcherIndex';

export { CONTEXT_SPAN } from './scopes';
export { buildMatcherIndex, type MatcherIndex } from './matcherIndex';
import { HfIdRecogniser } from './hfIds';
import { IdentifierRecogniser } from './identifiers';
import { PhraseRecogniser } from './phrases';
import { scanWords, type WordReaders } from './words';

export interface TermMatch {
  /** The entry to explain. */
  entryId: string;
  /** The exact released size, for Hugging Face ids ("google-t5/t5-small" → "t5-small"). */
  variantId?: string;
  /** Offsets into the text passed in. */
  start: number;
  end: number;
  text: string;
  via: Via;
  /** Entries the spelling also implies: BertForMaskedLM → ['masked-language-modeling']. */
  also: readonly string[];
}

/** How far before the cursor `matchAt` looks: as far as any term is long, so the answer is the same
 * as reading the whole line, at a bounded cost on 1 MB single-line files. */
const WINDOW = MAX_SPAN;

/**
 * Finds which atlas entries a text refers to. Five recognisers read the text (three of them share one
 * pass over its words, words.ts), and where their candidates overlap the longest wins (equal spans:
 * exact id, code spelling, class name, phrase, id family):
 *
 * - Hugging Face ids (hfIds.ts): exact ids, case-insensitive, with or without the organisation, give
 *   the variant; an unknown id gives the family when it starts with a family name and goes on like an
 *   id ("bert-base-multilingual-cased"). Only id-shaped text: a hyphen, a digit or an organisation.
 * - Identifiers (identifiers.ts): the atlas's code spellings, case-sensitive, as whole identifiers;
 *   class names as `[TF|Flax] Stem Ending` where every word of the ending is known (`BertForMaskedLM`,
 *   not `BloomFilter`), the longest stem winning; a stem that is a plain word ("Bert", "Falcon", "OPT")
 *   never stands alone. Multi-word spellings also match inside longer identifiers.
 * - Code literals (codeLiterals.ts): non-identifier spellings such as "[MASK]" or "nn.MultiheadAttention".
 * - Phrases (phrases.ts): aliases on word boundaries, case-insensitive, any spaces or hyphens between
 *   words, Korean particles after a Korean alias; a one-word alias with capitals matches only as
 *   written ("ALBERT", not the name "Albert"; "[CLS]", not `[cls]`).
 *
 * - Contextual spellings (contextual.ts): words that name an entry only in their place — a keyword
 *   argument in a named call (`r=` in `LoraConfig(...)`), a key in JSON/YAML/a dict (`"top_k":`), a
 *   string value of a named argument or key (`attn_implementation="sdpa"`).
 *
 * Everyday words never match on their own (everydayWords.ts), whatever the data says.
 */
export class TermMatcher {
  private recognisers: { hfIds: Recogniser; literals: Recogniser; words: WordReaders } | undefined;
  private readonly index: MatcherIndex;

  /** `index` is the one built with the atlas (dist/); without it (or of another version) it is built here. */
  constructor(
    private readonly kb: KnowledgeBase,
    index?: MatcherIndex,
  ) {
    this.index = index?.version === MATCHER_INDEX_VERSION ? index : buildMatcherIndex(kb);
  }

  /**
   * The match covering `offset` (or ending at it, for a cursor just after a word). `line` may be a
   * window of the document around the cursor: contextual spellings read up to CONTEXT_SPAN before it
   * for the call or object they stand in (`r=` on its own line inside `LoraConfig(`).
   */
  matchAt(line: string, offset: number): TermMatch | undefined {
    if (!(offset >= 0 && offset <= line.length)) return undefined;
    const from = Math.max(0, offset - WINDOW);
    const to = Math.min(line.length, offset + 1);
    let inside: Candidate | undefined;
    let touching: Candidate | undefined;
    this.scan(line, from, to, (c) => {
      if (c.start <= offset && offset < c.end) inside = better(inside, c);
      else if (c.end === offset) touching = better(touching, c);
    });
    const best = inside ?? touching;
    return best && toMatch(line, best);
  }

  /** All non-overlapping matches in a document, in order. Linear in the length of the text. */
  findAll(text: string): TermMatch[] {
    const candidates: Candidate[] = [];
    this.scan(text, 0, text.length, (c) => candidates.push(c));
    candidates.sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
    const kept: Candidate[] = [];
    for (const c of candidates) {
      const last = kept[kept.length - 1];
      if (!last || c.start >= last.end) kept.push(c);
      // A longer candidate starting inside the last one replaces it: the longest match wins.
      else if (c.end - c.start > last.end - last.start) kept[kept.length - 1] = c;
    }
    return kept.map((c) => toMatch(text, c));
  }

  private scan(text: string, from: number, to: number, emit: (c: Candidate) => void): void {
    this.recognisers ??= {
      hfIds: new HfIdRecogniser(this.index.hfIds),
      literals: new CodeLiteralRecogniser(this.index.literals),
      words: {
        identifiers: new IdentifierRecogniser(this.kb, this.index.identifiers),
        phrases: new PhraseRecogniser(this.index.phrases),
        contextual: new ContextualRecogniser(this.index.contextual),
      },
    };
    const { hfIds, literals, words } = this.recognisers;
    hfIds.scan(text, from, to, emit);
    literals.scan(text, from, to, emit);
    scanWords(text, from, to, words, emit);
  }
}

function better(a: Candidate | undefined, b: Candidate): Candidate {
  if (!a) return b;
  const byLength = b.end - b.start - (a.end - a.start);
  return byLength > 0 || (byLength === 0 && b.rank < a.rank) ? b : a;
}

function toMatch(text: string, c: Candidate): TermMatch {
  const match: TermMatch = { entryId: c.entryId, start: c.start, end: c.end, text: text.slice(c.start, c.end), via: c.via, also: c.also };
  if (c.variantId) match.variantId = c.variantId;
  return match;
}
