import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import { claim, NO_ALSO, RANK, type Candidate } from './candidate';
import { camelParts, domainFollows, isDigit, isIdentChar, isUpper } from './chars';
import { AUTO_PREFIX, FRAMEWORK_PREFIXES, STANDALONE_TAILS, readEnding, standaloneEnding } from './classSuffixes';
import { isEverydayWord } from './everydayWords';
import { PartTrie } from './partTrie';
import { TokenCache } from './tokenCache';

/** Tokenizer algorithms a `…Tokenizer` class can imply, read from its model's `related` list. */
const TOKENIZER_ALGORITHMS = new Set(['wordpiece', 'bpe', 'byte-level-bpe', 'sentencepiece', 'unigram-tokenizer']);

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
const CAMEL = /^[A-Z][A-Za-z0-9]*$/;
const SNAKE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;
/**
 * "Bert", "Falcon", "Albert", "OPT", "CTRL": also a name, an English word or a constant (`OPT`, curses'
 * `CTRL`), so only ever a stem with an ending, never an identifier on its own.
 */
const PLAIN_WORD = /^(?:[A-Z][a-z]+|[A-Z]+)$/;
/** Shaped like no word: a digit, or capitals inside lower case ("T5", "GPT2", "DistilBert", "MBart"). */
const isShaped = (s: string): boolean => /\d/.test(s) || (/[A-Z].*[A-Z]/.test(s) && /[a-z]/.test(s));

const twoLetters = (s: string): number => s.charCodeAt(0) * 128 + s.charCodeAt(1);
const startKey = (firstCode: number, length: number): number => firstCode * 256 + Math.min(length, 255);

export const isIdentifierSpelling = (code: string): boolean => IDENTIFIER.test(code);

/** "llama-farm", "bert-style": a word joined to another by a hyphen is prose, or an id for HfIdRecogniser. */
function inHyphenatedWord(text: string, start: number, end: number): boolean {
  return (
    (text.charCodeAt(start - 1) === 45 && isIdentChar(text.charCodeAt(start - 2))) ||
    (text.charCodeAt(end) === 45 && isIdentChar(text.charCodeAt(end + 1)))
  );
}

type Reading = Pick<Candidate, 'entryId' | 'also'>;

/**
 * `TFT5ForConditionalGeneration`, `TFGPT2LMHeadModel`: camelParts keeps "TFT5" and "TFGPT2" whole (capitals
 * then digits); a framework prefix glued to a capitalised stem is two words.
 */
function frameworkSplit(parts: string[]): string[] {
  const [first] = parts;
  if (first === undefined || first.length <= 2 || !first.startsWith('TF') || !isUpper(first.charCodeAt(2))) return parts;
  return ['TF', first.slice(2), ...parts.slice(1)];
}

/** The identifier recogniser's share of the matcher index: spellings and stems, ambiguous ones as null. */
export interface IdentifierIndex {
  exact: [spelling: string, entryId: string | null][];
  stems: [stem: string, entryId: string | null][];
  maxStemParts: number;
  /** Part sequences found inside longer identifiers, in the order they were added. */
  snake: [parts: string[], entryId: string][];
  camel: [parts: string[], entryId: string][];
  exactStarts: number[];
  classStarts: number[];
}

export function buildIdentifierIndex(kb: KnowledgeBase): IdentifierIndex {
  const same = (a: string, b: string) => a === b;
  const exact = new Map<string, string | null>();
  const stems = new Map<string, string | null>();
  const index: IdentifierIndex = { exact: [], stems: [], maxStemParts: 0, snake: [], camel: [], exactStarts: [], classStarts: [] };
  const exactStarts = new Set<number>();
  const classStarts = new Set([AUTO_PREFIX, ...FRAMEWORK_PREFIXES].map(twoLetters));
  for (const entry of kb.entries) {
    for (const code of entry.code) {
      if (!IDENTIFIER.test(code) || isEverydayWord(code)) continue;
      if (!PLAIN_WORD.test(code)) {
        claim(exact, code, entry.id, same);
        exactStarts.add(startKey(code.charCodeAt(0), code.length));
      }
      // Inside longer identifiers only spellings of two words or with a digit: `default_mlm_probability`,
      // `gpt2_tokenizer`, but not `llama_index` (a plain word is part of too many names).
      if (SNAKE.test(code) && /[_\d]/.test(code)) index.snake.push([code.split('_'), entry.id]);
      if (CAMEL.test(code)) {
        const parts = camelParts(code);
        claim(stems, code, entry.id, same);
        classStarts.add(twoLetters(code));
        index.maxStemParts = Math.max(index.maxStemParts, parts.length);
        // Inside longer names only when every word has two letters or more: "RMSNorm", not "MBart".
        if (parts.length > 1 && parts.every((p) => p.length > 1)) index.camel.push([parts, entry.id]);
      }
    }
  }
  index.exact = [...exact];
  index.stems = [...stems];
  index.exactStarts = [...exactStarts];
  index.classStarts = [...classStarts];
  return index;
}

/**
 * Identifiers in code: exact code spellings from the atlas (`mlm_probability`,
 * `DataCollatorForLanguageModeling`), class names read as stem + ending (`BertForMaskedLM`,
 * `TFDistilBertModel`, `AutoModelForCausalLM`), and code spellings inside longer identifiers
 * (`default_mlm_probability`).
 */
export class IdentifierRecogniser {
  private readonly exact: Map<string, string | null>;
  private readonly stems: Map<string, string | null>;
  private readonly maxStemParts: number;
  private readonly snake = new PartTrie();
  private readonly camel = new PartTrie();
  /** (first code unit, length) of the exact spellings, and the first two letters of stems and prefixes:
   * cheap tests that rule most identifiers out before they are sliced and looked up. */
  private readonly exactStarts = new Uint8Array(128 * 256);
  private readonly classStarts = new Uint8Array(128 * 128);
  private readonly cache = new TokenCache();

  constructor(
    private readonly kb: KnowledgeBase,
    index: IdentifierIndex,
  ) {
    this.exact = new Map(index.exact);
    this.stems = new Map(index.stems);
    this.maxStemParts = index.maxStemParts;
    for (const [parts, entryId] of index.snake) this.snake.add(parts, entryId);
    for (const [parts, entryId] of index.camel) this.camel.add(parts, entryId);
    for (const key of index.exactStarts) this.exactStarts[key] = 1;
    for (const key of index.classStarts) this.classStarts[key] = 1;
  }

  /**
   * The identifier text[start, end), read by words.ts, with its foldHash and how many capitals and
   * underscores it holds.
   */
  word(text: string, start: number, end: number, hash: number, capitals: number, underscores: number, emit: (candidate: Candidate) => void): void {
    // Cheap tests on code units first: most identifiers can be neither a spelling nor a class name.
    const first = text.charCodeAt(start);
    const second = text.charCodeAt(start + 1);
    const mayBeExact = this.exactStarts[startKey(first, end - start)] === 1;
    const mayBeClass = isUpper(first) && second < 128 && this.classStarts[first * 128 + second] === 1;
    if (!mayBeExact && !mayBeClass && capitals < 2 && underscores === 0) return;
    if (isDigit(first) || inHyphenatedWord(text, start, end) || domainFollows(text, end)) return;
    if (!this.cache.replay(hash, text, start, end, emit)) {
      this.cache.read(hash, text, start, end, emit, (found) => this.identifier(text, start, end, capitals, mayBeExact, mayBeClass, underscores, found));
    }
  }

  private identifier(text: string, start: number, end: number, capitals: number, mayBeExact: boolean, mayBeClass: boolean, underscores: number, emit: (candidate: Candidate) => void): void {
    const first = text.charCodeAt(start);
    const mayEndClass = capitals >= 2 && isUpper(first);
    const id = text.slice(start, end);
    const className = mayBeClass || (mayEndClass && STANDALONE_TAILS.some((tail) => id.endsWith(tail))) ? this.readClassName(id) : undefined;
    const exact = mayBeExact ? this.exact.get(id) : undefined;
    if (exact) {
      const also = className ? [className.entryId, ...className.also].filter((x) => x !== exact) : NO_ALSO;
      emit({ entryId: exact, also, start, end, via: 'code-key', rank: RANK.codeKey });
    } else if (className) {
      emit({ entryId: className.entryId, also: className.also, start, end, via: 'identifier', rank: RANK.identifier });
    } else {
      // Spellings inside have two CamelCase words or a snake_case part.
      if (capitals >= 2) this.readCamelParts(id, start, emit);
      if (underscores > 0) this.readSequence(id.split('_'), this.snake, start, '_', emit);
    }
  }

  /** `[TF|Flax] Stem Ending`, `Auto Ending`, or any name closing with a distinctive ending. */
  private readClassName(id: string): Reading | undefined {
    const parts = frameworkSplit(camelParts(id));
    const at = parts.length > 1 && FRAMEWORK_PREFIXES.includes(parts[0]) ? 1 : 0;
    // The longest stem wins: DistilBert over Bert is automatic (stems start the name), XLMRoberta over XLM here.
    for (let k = Math.min(this.maxStemParts, parts.length - at); k >= 1; k--) {
      const stem = parts.slice(at, at + k).join('');
      const entryId = this.stems.get(stem);
      if (!entryId) continue;
      if (at + k === parts.length && !isShaped(stem)) continue;
      const ending = readEnding(parts, at + k);
      if (ending) return { entryId, also: this.existing([...ending.implies, ...(ending.tokenizer ? this.tokenizerOf(entryId) : [])], entryId) };
    }
    const implied =
      parts[at] === AUTO_PREFIX ? readEnding(parts, at + 1)?.implies : standaloneEnding(parts)?.implies;
    const [entryId, ...also] = this.existing(implied ?? [], '');
    return entryId ? { entryId, also } : undefined;
  }

  /** CamelCase code spellings inside a longer identifier: `MyRMSNormLayer`, `patchedMultiheadAttention`. */
  private readCamelParts(id: string, start: number, emit: (candidate: Candidate) => void): void {
    let offset = start;
    for (const segment of id.split('_')) {
      if (/[A-Z]/.test(segment)) this.readSequence(camelParts(segment), this.camel, offset, '', emit);
      offset += segment.length + 1;
    }
  }

  private readSequence(parts: string[], trie: PartTrie, start: number, separator: string, emit: (candidate: Candidate) => void): void {
    const offsets: number[] = [];
    let offset = start;
    for (const part of parts) {
      offsets.push(offset);
      offset += part.length + separator.length;
    }
    for (let i = 0; i < parts.length; ) {
      const found = trie.longestAt(parts, i);
      if (!found) {
        i++;
        continue;
      }
      const last = i + found.length - 1;
      emit({ entryId: found.entryId, also: NO_ALSO, start: offsets[i], end: offsets[last] + parts[last].length, via: 'code-key', rank: RANK.codeKey });
      i += found.length;
    }
  }

  private tokenizerOf(entryId: string): string[] {
    return (this.kb.get(entryId)?.related ?? []).filter((id) => TOKENIZER_ALGORITHMS.has(id));
  }

  /** Ids that exist in the atlas, once each, without `except`. */
  private existing(ids: readonly string[], except: string): string[] {
    return [...new Set(ids)].filter((id) => id !== except && this.kb.get(id) !== undefined);
  }
}
