import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import { MAX_SPAN, RANK, type Candidate, type Recogniser } from './candidate';
import { HANGUL, LATIN, NOT_WORD, isDigit, isGap, isUpper, organisationFollows, wordClass } from './chars';
import { isEverydayWord } from './everydayWords';
import { HashFilter } from './hashFilter';
import { MAX_PARTICLE_LENGTH, PARTICLES } from './koreanParticles';

interface Token {
  text: string;
  cls: number;
  /** Whitespace or a hyphen before it: "mixture of experts" and "mixture-of-experts" read alike. */
  gapBefore: boolean;
}

interface Term {
  entryId: string;
  /**
   * An alias of one word with capitals ("ALBERT", "RoBERTa", "[CLS]") matches only as written: not the
   * name "Albert", not `[cls]` in Python, not "LAMDA" in "GREEK CAPITAL LETTER LAMDA".
   */
  exact?: string;
}

interface Node {
  next: Map<string, Node>;
  terms: Term[];
}

const node = (): Node => ({ next: new Map(), terms: [] });

/** End of the word of class `cls` at `start`, or -1 if it runs into `limit` while the text goes on. */
function wordEnd(text: string, start: number, limit: number, cls: number): number {
  if (cls === NOT_WORD) return start + 1; // punctuation is one token per character: "[", "CLS", "]"
  let i = start + 1;
  while (i < limit && wordClass(text.charCodeAt(i)) === cls) i++;
  return i === limit && limit < text.length && wordClass(text.charCodeAt(limit)) === cls ? -1 : i;
}

function tokenise(phrase: string): Token[] {
  const tokens: Token[] = [];
  let gap = false;
  for (let i = 0; i < phrase.length; ) {
    const c = phrase.charCodeAt(i);
    if (isGap(c)) {
      gap = tokens.length > 0;
      i++;
      continue;
    }
    const cls = wordClass(c);
    const end = wordEnd(phrase, i, phrase.length, cls);
    tokens.push({ text: phrase.slice(i, end), cls, gapBefore: gap });
    gap = false;
    i = end;
  }
  return tokens;
}

/** ASCII code units by how the fast path treats them; OTHER (punctuation, `-`) takes the general path. */
const OTHER = 0;
const SPACE = 1;
const WORD = 2;
const ASCII_KIND = new Uint8Array(128);
const FOLDED = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_KIND[c] = wordClass(c) === LATIN ? WORD : isGap(c) && c !== 45 ? SPACE : OTHER;
  FOLDED[c] = isUpper(c) ? c + 32 : c;
}

const NOT_ASCII = -1;
/** A hash of the lower-cased word, or NOT_ASCII for words that need full Unicode case folding. */
function foldedHash(text: string, start: number, end: number): number {
  let hash = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return NOT_ASCII;
    hash = (Math.imul(hash, 31) + (isUpper(c) ? c + 32 : c)) | 0;
  }
  return hash >>> 0; // non-negative, so never NOT_ASCII
}

const edgeKey = (token: Pick<Token, 'gapBefore'>, text: string, first: boolean): string =>
  (first || !token.gapBefore ? '' : ' ') + text.toLowerCase();

/**
 * Aliases in prose — comments, docstrings, Markdown — in English and Korean: case-insensitive,
 * whole words, any run of spaces or hyphens between words, Korean particles after a Korean alias.
 */
/** One alias as the trie stores it: its edge keys, its entry, and how it must be written if one-word. */
export interface PhraseAlias {
  keys: string[];
  entryId: string;
  exact?: string;
  /** A spelling variant ("GPT3" for "GPT-3"): never overrides an alias at the same node. */
  variant?: true;
}

/** The phrase recogniser's share of the matcher index (matcherIndex.ts): plain data, built at build time. */
export interface PhraseIndex {
  aliases: PhraseAlias[];
  latinStarts: number[];
  hangulStarts: number[];
  models: string[];
}

/** Tokenises every usable alias once, with its spelling variants: the costly part, done at build time. */
export function buildPhraseIndex(kb: KnowledgeBase): PhraseIndex {
  const index: PhraseIndex = { aliases: [], latinStarts: [], hangulStarts: [], models: kb.ofKind('model').map((e) => e.id) };
  const latin = new Set<number>();
  const hangul = new Set<number>();
  const aliases = kb.entries.flatMap((entry) =>
    entry.aliases.map((alias) => ({ entryId: entry.id, tokens: tokenise(alias) })).filter((a) => isUsable(a.tokens)),
  );
  const add = (tokens: Token[], entryId: string, variant: boolean) => {
    const [first] = tokens;
    if (first.cls === HANGUL) hangul.add(first.text.charCodeAt(0));
    else latin.add(foldedHash(first.text, 0, first.text.length));
    const words = tokens.filter((t) => t.cls !== NOT_WORD);
    const oneWord = words.length === 1 && !tokens.some((t) => t.gapBefore);
    const exact = oneWord && words[0].cls === LATIN && /[A-Z]/.test(words[0].text) ? tokens.map((t) => t.text).join('') : undefined;
    const alias: PhraseAlias = { keys: tokens.map((token, k) => edgeKey(token, token.text, k === 0)), entryId };
    if (exact) alias.exact = exact;
    if (variant) alias.variant = true;
    index.aliases.push(alias);
  };
  for (const { entryId, tokens } of aliases) add(tokens, entryId, false);
  // Spelling variants never override an alias: "GPT3" for "GPT-3", "지식증류" for "지식 증류".
  for (const { entryId, tokens } of aliases) {
    const variant = joinVariant(tokens);
    if (variant) add(variant, entryId, true);
  }
  index.latinStarts = [...latin];
  index.hangulStarts = [...hangul];
  return index;
}

/**
 * Aliases in prose — comments, docstrings, Markdown — in English and Korean: case-insensitive,
 * whole words, any run of spaces or hyphens between words, Korean particles after a Korean alias.
 */
export class PhraseRecogniser implements Recogniser {
  private readonly root = node();
  /**
   * How aliases start, so that most words are ruled out without slicing or lower-casing them: a hash
   * of each Latin or punctuation first word, and the first syllable of Hangul ones (a particle may
   * lengthen those).
   */
  private readonly latinStarts: HashFilter;
  private readonly hangulStarts: ReadonlySet<number>;
  /** Model entries: their names also name their makers ("Mistral AI"). */
  private readonly models: ReadonlySet<string>;

  /**
   * For each ASCII first word: whether it is an alias by itself, and the hashes of the words that may
   * follow it. `self` starts "self-attention" but is mostly `self.config`: the word after rules it out
   * without walking the trie.
   */
  private readonly followers = new Map<number, { alone: boolean; next: Set<number>; nonAsciiNext: boolean }>();

  constructor(index: PhraseIndex) {
    this.models = new Set(index.models);
    this.latinStarts = new HashFilter(index.latinStarts);
    this.hangulStarts = new Set(index.hangulStarts);
    for (const alias of index.aliases) {
      this.add(alias);
      const first = foldedHash(alias.keys[0], 0, alias.keys[0].length);
      if (first === NOT_ASCII) continue;
      let gate = this.followers.get(first);
      if (!gate) this.followers.set(first, (gate = { alone: false, next: new Set(), nonAsciiNext: false }));
      const second = alias.keys[1]?.trimStart();
      if (second === undefined) gate.alone = true;
      else {
        const hash = foldedHash(second, 0, second.length);
        if (hash === NOT_ASCII) gate.nonAsciiNext = true;
        else gate.next.add(hash);
      }
    }
  }

  /** Can an alias start with the ASCII word [start, end) whose hash is `hash`, given the word after it? */
  private mayContinue(text: string, end: number, hash: number): boolean {
    const gate = this.followers.get(hash);
    if (!gate) return true; // not an ASCII-keyed start: let the trie decide
    if (gate.alone) return true;
    let p = end;
    const limit = Math.min(text.length, end + MAX_SPAN);
    while (p < limit && isGap(text.charCodeAt(p))) p++;
    if (p >= limit) return false;
    const c = text.charCodeAt(p);
    if (c >= 128) return gate.nonAsciiNext || gate.next.size > 0;
    if (ASCII_KIND[c] !== WORD) return gate.next.has(FOLDED[c]); // punctuation is a one-character token
    let next = 0;
    for (; p < limit; p++) {
      const d = text.charCodeAt(p);
      if (d >= 128) return true; // runs on into non-ASCII letters: let the trie decide
      if (ASCII_KIND[d] !== WORD) break;
      next = (Math.imul(next, 31) + FOLDED[d]) | 0;
    }
    return gate.next.has(next >>> 0);
  }

  private add({ keys, entryId, exact, variant }: PhraseAlias): void {
    let at = this.root;
    for (const key of keys) {
      let child = at.next.get(key);
      if (!child) at.next.set(key, (child = node()));
      at = child;
    }
    if (variant && at.terms.length > 0) return;
    at.terms.push(exact ? { entryId, exact } : { entryId });
  }

  scan(text: string, from: number, to: number, emit: (candidate: Candidate) => void): void {
    let i = from;
    if (i > 0) {
      const cls = wordClass(text.charCodeAt(i - 1));
      if (cls !== NOT_WORD) while (i < to && wordClass(text.charCodeAt(i)) === cls) i++;
    }
    while (i < to) {
      const c = text.charCodeAt(i);
      if (c < 128 && ASCII_KIND[c] !== OTHER) {
        // ASCII fast path: most of any source file. One pass reads the word and hashes it.
        if (ASCII_KIND[c] === SPACE) {
          i++;
          continue;
        }
        const limit = Math.min(text.length, i + MAX_SPAN);
        let hash = 0;
        let j = i;
        for (; j < limit; j++) {
          const d = text.charCodeAt(j);
          if (d >= 128 || ASCII_KIND[d] !== WORD) break;
          hash = (Math.imul(hash, 31) + FOLDED[d]) | 0;
        }
        // A word that runs on into non-ASCII letters ("naïve", "BERT의" is fine: Hangul is its own class)
        // or past the span takes the general path below.
        const next = text.charCodeAt(j);
        if (j < limit && !(next >= 128 && wordClass(next) === LATIN)) {
          if (this.latinStarts.has(hash >>> 0) && this.mayContinue(text, j, hash >>> 0)) this.matchFrom(text, i, j, LATIN, emit);
          i = j;
          continue;
        }
      }
      if (isGap(c)) {
        i++;
        continue;
      }
      const cls = wordClass(c);
      const end = wordEnd(text, i, Math.min(text.length, i + MAX_SPAN), cls);
      if (end < 0) {
        while (i < to && wordClass(text.charCodeAt(i)) === cls) i++;
        continue;
      }
      if (this.mayStartAlias(text, i, end, cls)) this.matchFrom(text, i, end, cls, emit);
      i = end;
    }
  }

  private mayStartAlias(text: string, start: number, end: number, cls: number): boolean {
    if (cls === HANGUL) return this.hangulStarts.has(text.charCodeAt(start));
    const hash = foldedHash(text, start, end);
    return hash === NOT_ASCII || this.latinStarts.has(hash);
  }

  /** Walks the alias trie from the token at [start, end) and reports the longest alias found. */
  private matchFrom(text: string, start: number, end: number, cls: number, emit: (candidate: Candidate) => void): void {
    const limit = Math.min(text.length, start + MAX_SPAN);
    let at = this.root;
    let best: { end: number; entryId: string } | undefined;
    let token = { start, end, cls, gapBefore: false };
    for (;;) {
      const raw = text.slice(token.start, token.end);
      const first = at === this.root;
      if (token.cls === HANGUL) {
        const withParticle = this.beforeParticle(at, token, raw, first, text, start);
        if (withParticle) best = withParticle;
      }
      const child = at.next.get(edgeKey(token, raw, first));
      if (!child) break;
      at = child;
      const entryId = versionFollows(text, token.end) ? undefined : soleEntry(at.terms, text, start, token.end);
      if (entryId && !(this.models.has(entryId) && organisationFollows(text, token.end))) best = { end: token.end, entryId };
      if (at.next.size === 0) break;
      let p = token.end;
      while (p < limit && isGap(text.charCodeAt(p))) p++;
      if (p >= limit) break;
      const nextCls = wordClass(text.charCodeAt(p));
      const nextEnd = wordEnd(text, p, limit, nextCls);
      if (nextEnd < 0) break;
      token = { start: p, end: nextEnd, cls: nextCls, gapBefore: p > token.end };
    }
    if (best && !(best.end > end && inCompound(text, start))) {
      emit({ entryId: best.entryId, start, end: best.end, via: 'phrase', also: [], rank: RANK.phrase });
    }
  }

  /** "증류를" = alias word "증류" + particle "를": the match ends before the particle. */
  private beforeParticle(at: Node, token: { start: number; gapBefore: boolean }, raw: string, first: boolean, text: string, start: number) {
    for (let k = 1; k <= Math.min(MAX_PARTICLE_LENGTH, raw.length - 1); k++) {
      if (!PARTICLES.has(raw.slice(-k))) continue;
      const stem = raw.slice(0, -k);
      const child = at.next.get(edgeKey(token, stem, first));
      const end = token.start + stem.length;
      const entryId = child && soleEntry(child.terms, text, start, end);
      if (entryId) return { end, entryId };
    }
    return undefined;
  }
}

/** Single words must be specific: not everyday words, and three letters or more unless they hold a digit. */
function isUsable(tokens: Token[]): boolean {
  if (!tokens.some((t) => t.cls !== NOT_WORD)) return false;
  if (tokens.length > 1) return true;
  const word = tokens[0].text;
  return !isEverydayWord(word) && (tokens[0].cls === HANGUL || word.length >= 3 || /\d/.test(word));
}

/** The alias written without its inner gaps where writers often drop them, if that differs. */
function joinVariant(tokens: Token[]): Token[] | undefined {
  const joined: Token[] = [];
  for (const token of tokens) {
    const prev = joined[joined.length - 1];
    const letterThenNumber = prev?.cls === LATIN && /[A-Za-z]$/.test(prev.text) && /^\d/.test(token.text);
    const hangulPair = prev?.cls === HANGUL && token.cls === HANGUL;
    if (prev && token.gapBefore && (letterThenNumber || hangulPair)) {
      joined[joined.length - 1] = { ...prev, text: prev.text + token.text };
    } else {
      joined.push(token);
    }
  }
  return joined.length < tokens.length ? joined : undefined;
}

/**
 * "error-print-context-length": a phrase of several words that continues a hyphenated compound is part
 * of a longer name (Lisp, CSS, CLI flags), not prose. One word may still follow a prefix: "non-BERT".
 */
function inCompound(text: string, start: number): boolean {
  return text.charCodeAt(start - 1) === 45 && wordClass(text.charCodeAt(start - 2)) !== NOT_WORD;
}

/**
 * "GPT-3.5" is not GPT-3, and "OpenAI GPT-2" is not "OpenAI GPT" (GPT-1): a version number may not go
 * on after the match, neither `.5` after a number nor `-2` after a name.
 */
function versionFollows(text: string, end: number): boolean {
  const next = text.charCodeAt(end);
  if (!isDigit(text.charCodeAt(end + 1))) return false;
  return next === 46 || (next === 45 && !isDigit(text.charCodeAt(end - 1)));
}

/** The one entry the terms at a node name for the text [start, end); none if two entries claim it. */
function soleEntry(terms: readonly Term[], text: string, start: number, end: number): string | undefined {
  let found: string | undefined;
  for (const term of terms) {
    if (term.exact && (end - start !== term.exact.length || !text.startsWith(term.exact, start))) continue;
    if (found && found !== term.entryId) return undefined;
    found = term.entryId;
  }
  return found;
}
