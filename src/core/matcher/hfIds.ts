import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import { claim, MAX_SPAN, NO_ALSO, RANK, type Candidate, type Recogniser } from './candidate';
import { camelParts, isDigit, isHfChar, isLetter } from './chars';

export interface Hit {
  entryId: string;
  variantId: string;
  /** A name without a hyphen ("gpt2") matches only as the Hub spells it: "GPT2" is the family's name. */
  spelling?: string;
}

export interface FamilyKey {
  entryId: string;
  /** Has a hyphen or a digit ("llama-2", "t5"), so it may stand alone or take any continuation. */
  distinct: boolean;
}

interface Node {
  next: Map<number, Node>;
  key?: FamilyKey | null;
}

const SEPARATOR = /[-_.]/;
const HYPHEN = 45;
const isSeparatorCode = (c: number): boolean => c === HYPHEN || c === 95 || c === 46; // - _ .
const PLAIN_NAME = /^[A-Za-z0-9][A-Za-z0-9 ._-]*$/;
const CAMEL_STEM = /^[A-Z][A-Za-z0-9]*$/;
/** A name that cannot be an ordinary word: a digit or a hyphen, three characters or more. */
const isDistinctName = (name: string): boolean => name.length >= 3 && /[\d-]/.test(name);

const VARIANT_WORDS = new Set(
  ('base large small tiny mini medium xl xxl xlarge xxlarge huge giant cased uncased multilingual ' +
    'chat instruct it hf discriminator generator alpha distilled').split(' '),
);
/** What follows a family name in a model id: a size ("7b", "8x7b", "560m"), a version or a size word. */
function isVariantWord(word: string): boolean {
  const w = word.toLowerCase();
  return /^\d+(?:\.\d+)?[kmbt]$/.test(w) || /^\d+x\d+(?:\.\d+)?[kmbt]$/.test(w) || /^v\d+(?:\.\d+)*$/.test(w) || VARIANT_WORDS.has(w);
}

/** Lower case, with `_` and `.` read as `-`: how family keys and ids are compared. */
function normalisedCode(c: number): number {
  if (c === 95 || c === 46) return HYPHEN;
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/** The Hub-id recogniser's share of the matcher index: exact ids and family keys, ambiguous ones as null. */
export interface HfIdIndex {
  ids: [id: string, hit: Hit | null][];
  families: [key: string, family: FamilyKey | null][];
}

export function buildHfIdIndex(kb: KnowledgeBase): HfIdIndex {
  const ids = new Map<string, Hit | null>();
  const sameHit = (a: Hit, b: Hit) => a.variantId === b.variantId;
  const keys = new Map<string, FamilyKey | null>();
  const addKey = (key: string, entryId: string) => {
    if (key.length >= 2) claim(keys, key, { entryId, distinct: /[-\d]/.test(key) }, (a, b) => a.entryId === b.entryId);
  };
  for (const entry of kb.ofKind('model')) {
    for (const variant of entry.model?.variants ?? []) {
      for (const hfId of variant.hfIds) {
        const id = hfId.toLowerCase();
        const name = id.slice(id.indexOf('/') + 1);
        const hit = { entryId: entry.id, variantId: variant.id };
        const bareName = hfId.slice(hfId.indexOf('/') + 1);
        if (isDistinctName(name)) claim(ids, name, name.includes('-') ? hit : { ...hit, spelling: bareName }, sameHit);
        if (name !== id) claim(ids, id, hit, sameHit);
      }
    }
    for (const spelling of [entry.id, entry.name, ...entry.aliases]) {
      if (!PLAIN_NAME.test(spelling)) continue;
      const key = spelling.toLowerCase().replace(/[ ._-]+/g, '-');
      addKey(key, entry.id);
      addKey(key.replace(/-/g, ''), entry.id);
    }
    for (const stem of entry.code.filter((c) => CAMEL_STEM.test(c))) {
      addKey(stem.toLowerCase(), entry.id);
      addKey(camelParts(stem).join('-').toLowerCase(), entry.id);
    }
  }
  return { ids: [...ids], families: [...keys] };
}

/**
 * Hugging Face model ids in strings, paths and prose. Exact ids (with or without the organisation,
 * case-insensitive) give the variant; an unknown id that starts with a known family name and goes on
 * like a model id ("bert-base-multilingual-cased", "meta-llama/Llama-2-13b-chat-hf") gives the family.
 */
export class HfIdRecogniser implements Recogniser {
  /** "google-t5/t5-small" and, when distinctive enough to stand alone, "t5-small". */
  private readonly ids: Map<string, Hit | null>;
  private readonly families: Node = { next: new Map() };

  constructor(index: HfIdIndex) {
    this.ids = new Map(index.ids);
    for (const [key, value] of index.families) this.insert(key, value);
  }

  private insert(key: string, value: FamilyKey | null): void {
    let at = this.families;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let child = at.next.get(c);
      if (!child) at.next.set(c, (child = { next: new Map() }));
      at = child;
    }
    at.key = value;
  }

  scan(text: string, from: number, to: number, emit: (candidate: Candidate) => void): void {
    let i = from;
    if (i > 0 && isHfChar(text.charCodeAt(i - 1))) while (i < to && isHfChar(text.charCodeAt(i))) i++;
    // Only runs with a hyphen, a slash or a digit can be ids, and most runs in code have none: the
    // regular-expression engine finds the next such character natively; its run is read from its start.
    const shapedChar = /[-/0-9]/g;
    while (i < to) {
      shapedChar.lastIndex = i;
      const hit = shapedChar.exec(text);
      if (!hit) return;
      let start = hit.index;
      while (start > i && isHfChar(text.charCodeAt(start - 1))) start--;
      if (start >= to) return;
      const limit = Math.min(text.length, start + MAX_SPAN);
      i = Math.min(hit.index + 1, limit);
      while (i < limit && isHfChar(text.charCodeAt(i))) i++;
      if (i === limit && limit < text.length && isHfChar(text.charCodeAt(limit))) {
        while (i < to && isHfChar(text.charCodeAt(i))) i++; // longer than any id
        continue;
      }
      this.readRun(text, start, i, emit);
    }
  }

  /** A run like `google-t5/t5-small` or `./models/bert-base-uncased/config.json`: try each "/" segment. */
  private readRun(text: string, start: number, end: number, emit: (candidate: Candidate) => void): void {
    const segments = splitSegments(text, start, end);
    for (let k = 0; k < segments.length; k++) {
      const segment = segments[k];
      if (!/[A-Za-z]/.test(segment.text)) continue;
      const next = segments[k + 1];
      const withOrg = next?.text ? this.ids.get(`${segment.text}/${next.text}`.toLowerCase()) : undefined;
      if (withOrg) {
        emit({ entryId: withOrg.entryId, variantId: withOrg.variantId, start: segment.start, end: next.end, via: 'hf-id', also: NO_ALSO, rank: RANK.exactHfId });
        k++;
        continue;
      }
      const exact = this.ids.get(segment.text.toLowerCase());
      if (exact && (!exact.spelling || exact.spelling === segment.text)) {
        emit({ entryId: exact.entryId, variantId: exact.variantId, start: segment.start, end: segment.end, via: 'hf-id', also: NO_ALSO, rank: RANK.exactHfId });
        continue;
      }
      const org = k > 0 && segments[k - 1].text ? segments[k - 1].text : undefined;
      const entryId = this.family(segment.text, org);
      if (entryId) {
        // "org/name" as a whole when the run is just that; a segment of a longer path otherwise.
        const from = org && segments.length === 2 ? segments[0].start : segment.start;
        emit({ entryId, start: from, end: segment.end, via: 'hf-id', also: NO_ALSO, rank: RANK.hfFamily });
      }
    }
  }

  /** The family an unknown id belongs to. Only id-shaped names: a hyphen, or an organisation. */
  private family(name: string, org: string | undefined): string | undefined {
    if (!org && !name.includes('-')) return undefined;
    const found = this.longestFamily(name);
    if (found || !org) return found;
    // "meta-llama/Meta-Llama-3-70B": the name repeats the organisation's first word.
    const orgWord = org.split(SEPARATOR)[0].toLowerCase();
    const nameWord = name.split(SEPARATOR)[0];
    return nameWord.toLowerCase() === orgWord && name.length > nameWord.length + 1
      ? this.longestFamily(name.slice(nameWord.length + 1))
      : undefined;
  }

  private longestFamily(name: string): string | undefined {
    let at: Node | undefined = this.families;
    let best: string | undefined;
    for (let i = 0; i < name.length; i++) {
      at = at.next.get(normalisedCode(name.charCodeAt(i)));
      if (!at) break;
      if (at.key && accepts(name, i + 1, at.key)) best = at.key.entryId;
    }
    return best;
  }
}

/** Does a family key that ends at `after` fit the name: on a word boundary, followed like a model id? */
function accepts(name: string, after: number, key: FamilyKey): boolean {
  if (after === name.length) return key.distinct && after >= 3;
  const prev = name.charCodeAt(after - 1);
  const next = name.charCodeAt(after);
  const boundary = isSeparatorCode(next) || (isDigit(prev) !== isDigit(next) && isLetter(prev) !== isLetter(next));
  // "gpt-3.5-turbo" is not GPT-3: a version number may not go on after a key that ends in one.
  const versionGoesOn = isDigit(prev) && name[after] === '.' && isDigit(name.charCodeAt(after + 1));
  if (!boundary || versionGoesOn) return false;
  if (key.distinct) return true;
  const rest = name.slice(after).replace(/^[-_.]+/, '');
  return isVariantWord(rest.split(/[-_]/)[0]);
}

/** The "/"-separated parts of a run, without the punctuation a sentence may put around them. */
function splitSegments(text: string, start: number, end: number): { text: string; start: number; end: number }[] {
  const segments: { text: string; start: number; end: number }[] = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i < end && text.charCodeAt(i) !== 47) continue;
    let a = from;
    let b = i;
    while (a < b && isSeparatorCode(text.charCodeAt(a))) a++;
    while (b > a && isSeparatorCode(text.charCodeAt(b - 1))) b--;
    segments.push({ text: text.slice(a, b), start: a, end: b });
    from = i + 1;
  }
  return segments;
}
