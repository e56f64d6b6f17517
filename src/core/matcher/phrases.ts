import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import { MAX_SPAN, NO_ALSO, RANK, type Candidate } from './candidate';
import { HANGUL, LATIN, NOT_WORD, foldHash, foldHashOf, isDigit, isGap, isIdentChar, organisationFollows, wordClass } from './chars';
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

/** foldHashOf's answer for a word that needs full Unicode case folding. */
const NOT_ASCII = -1;

const edgeKey = (token: Pick<Token, 'gapBefore'>, text: string, first: boolean): string =>
  (first || !token.gapBefore ? '' : ' ') + text.toLowerCase();

/** One alias as the trie stores it: its edge keys, its entry, and how it must be written if one-word. */
export interface PhraseAlias {
  keys: string[];
  entryId: string;
  exact?: string;
  /** A spelling variant ("GPT3" for "GPT-3"): never overrides an alias at the same node. */
  variant?: true;
}

/** Whether an alias is an ASCII first word by itself, and the foldHashes of the words that may follow it. */
export type Gate = [hash: number, alone: boolean, nonAsciiNext: boolean, next: number[]];

/** The phrase recogniser's share of the matcher index (matcherIndex.ts): plain data, built at build time. */
export interface PhraseIndex {
  /** The aliases by first edge key, in the order they are added to the trie. */
  groups: [firstKey: string, aliases: PhraseAlias[]][];
  gates: Gate[];
  latinStarts: number[];
  hangulStarts: number[];
  models: string[];
}

/** Tokenises every usable alias once, with its spelling variants: the costly part, done at build time. */
export function buildPhraseIndex(kb: KnowledgeBase): PhraseIndex {
  const latin = new Set<number>();
  const hangul = new Set<number>();
  const groups = new Map<string, PhraseAlias[]>();
  const gates = new Map<number, Gate>();
  const aliases = kb.entries.flatMap((entry) =>
    entry.aliases.map((alias) => ({ entryId: entry.id, tokens: tokenise(alias) })).filter((a) => isUsable(a.tokens)),
  );
  const add = (tokens: Token[], entryId: string, variant: boolean) => {
    const [first] = tokens;
    const words = tokens.filter((t) => t.cls !== NOT_WORD);
    const oneWord = words.length === 1 && !tokens.some((t) => t.gapBefore);
    const exact = oneWord && words[0].cls === LATIN && /[A-Z]/.test(words[0].text) ? tokens.map((t) => t.text).join('') : undefined;
    const alias: PhraseAlias = { keys: tokens.map((token, k) => edgeKey(token, token.text, k === 0)), entryId };
    if (exact) alias.exact = exact;
    if (variant) alias.variant = true;
    const [firstKey, secondKey] = alias.keys;
    let group = groups.get(firstKey);
    if (!group) groups.set(firstKey, (group = []));
    group.push(alias);
    const hash = foldHashOf(firstKey); // the key is the first word lower-cased: the hash is the word's
    if (first.cls === HANGUL) hangul.add(first.text.charCodeAt(0));
    else latin.add(hash);
    if (hash === NOT_ASCII) return;
    let gate = gates.get(hash);
    if (!gate) gates.set(hash, (gate = [hash, false, false, []]));
    const second = secondKey?.trimStart();
    if (second === undefined) gate[1] = true;
    else {
      const next = foldHashOf(second);
      if (next === NOT_ASCII) gate[2] = true;
      else if (!gate[3].includes(next)) gate[3].push(next);
    }
  };
  for (const { entryId, tokens } of aliases) add(tokens, entryId, false);
  // Spelling variants never override an alias: "GPT3" for "GPT-3", "지식증류" for "지식 증류".
  for (const { entryId, tokens } of aliases) {
    const variant = joinVariant(tokens);
    if (variant) add(variant, entryId, true);
  }
  return { groups: [...groups], gates: [...gates.values()], latinStarts: [...latin], hangulStarts: [...hangul], models: kb.ofKind('model').map((e) => e.id) };
}

/**
 * Aliases in prose — comments, docstrings, Markdown — in English and Korean: case-insensitive,
 * whole words, any run of spaces or hyphens between words, Korean particles after a Korean alias.
 */
export class PhraseRecogniser {
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
  private readonly gates = new Map<number, Gate>();
  /**
   * Aliases not yet in the trie, by first key: each first word's branch is built when a text first
   * holds that word, so the first hover builds a few branches, not all of them.
   */
  private readonly pending: Map<string, PhraseAlias[]>;
  /** ASCII punctuation whose one-character token starts an alias ("[" of "[CLS]"). */
  private readonly punctuationStarts = new Uint8Array(128);

  constructor(index: PhraseIndex) {
    this.models = new Set(index.models);
    this.latinStarts = new HashFilter(index.latinStarts);
    this.hangulStarts = new Set(index.hangulStarts);
    this.pending = new Map(index.groups);
    for (const gate of index.gates) this.gates.set(gate[0], gate);
    for (let c = 0; c < 128; c++) if (!isIdentChar(c) && !isGap(c) && this.latinStarts.has(foldHash(0, c))) this.punctuationStarts[c] = 1;
  }

  /** Can an alias start with the ASCII word [start, end) whose hash is `hash`, given the word after it? */
  private mayContinue(text: string, end: number, hash: number): boolean {
    const gate = this.gates.get(hash);
    if (!gate) return true; // not an ASCII-keyed start: let the trie decide
    const [, alone, nonAsciiNext, next] = gate;
    if (alone) return true;
    let p = end;
    const limit = Math.min(text.length, end + MAX_SPAN);
    while (p < limit && isGap(text.charCodeAt(p))) p++;
    if (p >= limit) return false;
    const c = text.charCodeAt(p);
    if (c >= 128) return nonAsciiNext || next.length > 0;
    if (!isIdentChar(c)) return next.includes(foldHash(0, c)); // punctuation is a one-character token
    let following = 0;
    for (; p < limit; p++) {
      const d = text.charCodeAt(p);
      if (d >= 128) return true; // runs on into non-ASCII letters: let the trie decide
      if (!isIdentChar(d)) break;
      following = foldHash(following, d);
    }
    return next.includes(following);
  }

  /** The child of `at` along `key`; a first key's branch is built on first use. */
  private child(at: Node, key: string): Node | undefined {
    const found = at.next.get(key);
    if (found || at !== this.root) return found;
    const aliases = this.pending.get(key);
    if (!aliases) return undefined;
    this.pending.delete(key);
    for (const alias of aliases) this.add(alias);
    return at.next.get(key);
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

  /**
   * Where a scan that starts at `at` may read its first word: past the word in progress there, which
   * began before the scan.
   */
  resume(text: string, at: number, to: number): number {
    if (at === 0) return 0;
    const cls = wordClass(text.charCodeAt(at - 1));
    if (cls === NOT_WORD) return at;
    while (at < to && wordClass(text.charCodeAt(at)) === cls) at++;
    return at;
  }

  /** Whether the code unit `c`, which is no identifier character, may start a word the trie reads. */
  startsAt(c: number): boolean {
    return c >= 128 ? !isGap(c) : this.punctuationStarts[c] === 1;
  }

  /**
   * The ASCII identifier text[start, end) that words.ts read, with its foldHash: matches aliases that
   * start with it and returns where the next word may start.
   */
  word(text: string, start: number, end: number, hash: number, to: number, emit: (candidate: Candidate) => void): number {
    const next = text.charCodeAt(end);
    // A word that runs on into non-ASCII letters ("naïve"; "BERT의" is fine: Hangul is its own class) or
    // to the span's limit takes the general path.
    if (end >= text.length || end - start >= MAX_SPAN || (next >= 128 && wordClass(next) === LATIN)) return this.token(text, start, to, emit);
    if (this.latinStarts.has(hash) && this.mayContinue(text, end, hash)) this.matchFrom(text, start, end, LATIN, emit);
    return end;
  }

  /** The general path: the token of any class at `start` (Hangul, punctuation, non-ASCII letters). */
  token(text: string, start: number, to: number, emit: (candidate: Candidate) => void): number {
    const cls = wordClass(text.charCodeAt(start));
    const end = wordEnd(text, start, Math.min(text.length, start + MAX_SPAN), cls);
    if (end < 0) {
      let i = start;
      while (i < to && wordClass(text.charCodeAt(i)) === cls) i++;
      return i;
    }
    if (this.mayStartAlias(text, start, end, cls)) this.matchFrom(text, start, end, cls, emit);
    return end;
  }

  private mayStartAlias(text: string, start: number, end: number, cls: number): boolean {
    if (cls === HANGUL) return this.hangulStarts.has(text.charCodeAt(start));
    const hash = foldHashOf(text, start, end);
    if (hash === NOT_ASCII) return true;
    // Punctuation: "(" and "[" are everywhere in code, but few words follow them in an alias ("[CLS]").
    return this.latinStarts.has(hash) && (cls !== NOT_WORD || this.mayContinue(text, end, hash));
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
      const child = this.child(at, edgeKey(token, raw, first));
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
      emit({ entryId: best.entryId, start, end: best.end, via: 'phrase', also: NO_ALSO, rank: RANK.phrase });
    }
  }

  /** "증류를" = alias word "증류" + particle "를": the match ends before the particle. */
  private beforeParticle(at: Node, token: { start: number; gapBefore: boolean }, raw: string, first: boolean, text: string, start: number) {
    for (let k = 1; k <= Math.min(MAX_PARTICLE_LENGTH, raw.length - 1); k++) {
      if (!PARTICLES.has(raw.slice(-k))) continue;
      const stem = raw.slice(0, -k);
      const child = this.child(at, edgeKey(token, stem, first));
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
