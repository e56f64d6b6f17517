import type { ContextualSpelling } from '../knowledge/schema';
import { NO_ALSO, RANK, type Candidate } from './candidate';
import { foldHash, foldHashOf, isIdentChar } from './chars';
import { HashFilter } from './hashFilter';
import { CONTEXT_SPAN, identifierEndingAt, type Scope, type ScopeTracker } from './scopes';

/** One place a spelling names an entry in. */
export interface ContextRule {
  entryId: string;
  /** Callee (argument), parent object (key) or enclosing object/call (value) names; none = anywhere. */
  within?: string[];
  /** For values: the argument or key the string is assigned to. */
  of?: string;
}

/** The contextual spellings of the atlas by form, as the matcher index stores them. */
export interface ContextualIndex {
  argument: Record<string, ContextRule[]>;
  key: Record<string, ContextRule[]>;
  value: Record<string, ContextRule[]>;
  /** Identifier spellings that make a plain word's place credible: `do_sample` beside `"temperature":`. */
  evidence: string[];
}

const PLAIN_WORD = /^[A-Za-z]+$/;
/**
 * An argument or key without `within` (`"top_k":`, `temperature=` in any call), or a plain-word value
 * of a plain-word key (`{"type": "linear"}`), is ordinary in most code: it counts only beside a
 * distinctive atlas code spelling among the members of the same call, object or YAML block
 * (`{"do_sample": true, "top_k": 50}`, not `{"method": "GET", "top_k": 10}` in a search API).
 */
export const isWeakPlace = (spelling: string, rule: Pick<ContextualSpelling, 'within' | 'of' | 'as'>): boolean =>
  !rule.within?.length && (rule.as !== 'value' || (PLAIN_WORD.test(spelling) && PLAIN_WORD.test(rule.of ?? '')));

const VALUE_CHAR = new Uint8Array(128);
for (let c = 0; c < 128; c++) VALUE_CHAR[c] = /[A-Za-z0-9_.+-]/.test(String.fromCharCode(c)) ? 1 : 0;
const isValueChar = (c: number): boolean => c < 128 && VALUE_CHAR[c] === 1;
const isQuote = (c: number): boolean => c === 34 || c === 39; // " '
const isBlank = (c: number): boolean => c === 32 || c === 9;
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13;
const OPERATOR_BEFORE_EQUALS = new Set([...'=!<>+-*/%&|^:'].map((ch) => ch.charCodeAt(0)));
/** Longest string literal read as a value: values are short names (`paged_adamw_8bit`). */
const MAX_VALUE = 64;

const startKey = (first: number, length: number): number => first * 256 + Math.min(length, 255);

interface Place {
  as: 'argument' | 'key' | 'value';
  within?: ReadonlySet<string>;
  of?: string;
  weak: boolean;
  entryId: string;
}

/**
 * Spellings that name an entry only in their place (schema.ts, `ContextualSpelling`): keyword
 * arguments inside a call (`r=` in `LoraConfig(...)`), mapping keys in JSON, YAML and Python dicts
 * (`"rope_theta":`, `top_k:`), and string values of a named argument or key
 * (`attn_implementation="sdpa"`, `optim: paged_adamw_8bit`, `--lr_scheduler_type cosine`).
 *
 * The enclosing call or object comes from a forward pass that keeps a stack of open brackets and of
 * YAML indentation blocks (scopes.ts), so each candidate costs O(1) beyond its own token: linear in
 * the text, also on 1 MB single-line files. Context is read at most CONTEXT_SPAN back.
 */
export class ContextualRecogniser {
  private readonly places = { argument: new Map<string, Place[]>(), key: new Map<string, Place[]>(), value: new Map<string, Place[]>() };
  /** Hashes of every contextual spelling: most tokens are ruled out by one lookup, without slicing. */
  private readonly hashes: HashFilter;
  private readonly evidence: ReadonlySet<string>;
  private readonly evidenceStarts = new Set<number>();

  constructor(index: ContextualIndex) {
    const hashes: number[] = [];
    for (const as of ['argument', 'key', 'value'] as const) {
      for (const [spelling, rules] of Object.entries(index[as])) {
        this.places[as].set(
          spelling,
          rules.map((rule) => ({
            as,
            entryId: rule.entryId,
            of: rule.of,
            within: rule.within?.length ? new Set(rule.within) : undefined,
            weak: isWeakPlace(spelling, { as, within: rule.within, of: rule.of }),
          })),
        );
        hashes.push(foldHashOf(spelling));
      }
    }
    this.hashes = new HashFilter(hashes);
    this.evidence = new Set(index.evidence);
    for (const spelling of this.evidence) this.evidenceStarts.add(startKey(spelling.charCodeAt(0), spelling.length));
  }

  get isEmpty(): boolean {
    return this.hashes.size === 0;
  }

  /**
   * The identifier text[start, end), read by words.ts with its foldHash, inside the calls and blocks
   * `scopes` has followed up to it.
   */
  word(text: string, start: number, end: number, hash: number, scopes: ScopeTracker, emit: (candidate: Candidate) => void): void {
    // A value may run on over `-`, `.`, `+` (`adamw_torch-fused`, `gpt-4o`), up to its closing quote or a blank.
    let valueEnd = end;
    let valueHash = hash;
    for (; valueEnd < text.length && valueEnd - start <= MAX_VALUE; valueEnd++) {
      const c = text.charCodeAt(valueEnd);
      if (!isValueChar(c)) break;
      valueHash = foldHash(valueHash, c);
    }
    const identifierMay = this.hashes.has(hash);
    const valueMay = valueEnd !== end && this.hashes.has(valueHash);
    if (!identifierMay && !valueMay) return;

    const quote = isQuote(text.charCodeAt(start - 1)) ? text.charCodeAt(start - 1) : 0;
    const found: Place[] = [];
    let spanEnd = end;
    if (identifierMay) {
      const word = text.slice(start, end);
      const closed = quote === 0 || text.charCodeAt(end) === quote;
      if (closed) this.collect(this.places.value.get(word), text, start, end, quote, scopes, found);
      if (quote === 0) this.collect(this.places.argument.get(word), text, start, end, quote, scopes, found);
      if (closed) this.collect(this.places.key.get(word), text, start, end, quote, scopes, found);
    }
    if (found.length === 0 && valueMay && (quote === 0 || text.charCodeAt(valueEnd) === quote)) {
      this.collect(this.places.value.get(text.slice(start, valueEnd)), text, start, valueEnd, quote, scopes, found);
      spanEnd = valueEnd;
    }
    // The same spelling in the same place for two entries is ambiguous: better silent than wrong.
    if (found.length === 0 || found.some((p) => p.entryId !== found[0].entryId)) return;
    emit({ entryId: found[0].entryId, start, end: spanEnd, via: 'contextual', also: NO_ALSO, rank: RANK.contextual });
  }

  /** The places of one form that the spelling at [start, end) stands in. */
  private collect(places: Place[] | undefined, text: string, start: number, end: number, quote: number, scopes: ScopeTracker, into: Place[]): void {
    if (!places) return;
    for (const place of places) {
      const fits =
        place.as === 'value'
          ? this.valueFits(text, start, end, quote, place, scopes)
          : place.as === 'argument'
            ? this.argumentFits(text, start, end, place, scopes)
            : this.keyFits(text, start, end, quote, place, scopes);
      if (fits) into.push(place);
    }
  }

  /** `name=` right after `(` or `,`, inside a call to one of `within`. */
  private argumentFits(text: string, start: number, end: number, place: Place, scopes: ScopeTracker): boolean {
    const eq = blanksForward(text, end);
    if (text.charCodeAt(eq) !== 61 || text.charCodeAt(eq + 1) === 61) return false; // = but not ==
    const before = skipSpacesBack(text, start - 1);
    const c = text.charCodeAt(before);
    if (c !== 40 && c !== 44) return false; // ( or ,
    const scope = scopes.bracketAt(start);
    return scope?.open === 40 && this.placeFits(place, scope, text);
  }

  /** `"name":` in JSON or a Python dict, or `name:` opening a YAML line. */
  private keyFits(text: string, start: number, end: number, quote: number, place: Place, scopes: ScopeTracker): boolean {
    const colon = blanksForward(text, quote ? end + 1 : end);
    if (text.charCodeAt(colon) !== 58 || text.charCodeAt(colon + 1) === 58) return false; // : but not ::
    if (quote) {
      const scope = scopes.bracketAt(start);
      return (scope === undefined || scope.open === 123) && this.placeFits(place, scope, text);
    }
    const after = text.charCodeAt(colon + 1);
    if (!(colon + 1 >= text.length || isSpace(after) || after === 35)) return false; // `key:value` is not YAML
    if (!startsLine(text, start)) return false;
    return this.placeFits(place, scopes.blockAt(start), text);
  }

  /** A literal assigned to `of`: `of="v"`, `"of": "v"`, `of: v` (YAML), `--of v` or `--of=v` (command lines). */
  private valueFits(text: string, start: number, end: number, quote: number, place: Place, scopes: ScopeTracker): boolean {
    if (!place.of) return false;
    if (!quote && !endsValue(text, end)) return false;
    const before = quote ? start - 2 : start - 1;
    let p = blanksBack(text, before);
    const sign = text.charCodeAt(p);
    let mustBeFlag = false;
    if (sign === 61 || sign === 58) {
      if (sign === 61 && OPERATOR_BEFORE_EQUALS.has(text.charCodeAt(p - 1))) return false; // ==, !=, <=, +=…
      p = blanksBack(text, p - 1);
    } else if (p < before && isIdentChar(sign)) {
      mustBeFlag = true; // `--of value`
    } else {
      return false;
    }
    const name = identifierEndingAt(text, p);
    if (name !== place.of) return false;
    const nameQuoted = isQuote(text.charCodeAt(p));
    const nameStart = p - name.length + (nameQuoted ? 0 : 1);
    if (mustBeFlag && (nameQuoted || !text.startsWith('--', nameStart - 2))) return false;
    const scope = sign === 58 && !nameQuoted ? scopes.blockAt(nameStart) : scopes.bracketAt(nameStart);
    return this.placeFits(place, scope, text);
  }

  /** The enclosing call, object or block is one of `within`; a weak place also needs evidence in it. */
  private placeFits(place: Place, scope: Scope | undefined, text: string): boolean {
    if (place.within) return scope?.name !== undefined && place.within.has(scope.name);
    if (!place.weak) return true;
    if (!scope) return false;
    scope.evidence ??= this.hasEvidence(text, scope);
    return scope.evidence;
  }

  /**
   * A distinctive atlas code spelling among the scope's own members (not inside nested brackets or
   * deeper YAML blocks) in its first CONTEXT_SPAN characters, or as the scope's own name.
   */
  private hasEvidence(text: string, scope: Scope): boolean {
    if (scope.name && this.evidence.has(scope.name)) return true;
    const limit = Math.min(text.length, scope.start + CONTEXT_SPAN);
    const bracketed = scope.open !== undefined;
    let depth = 0;
    let deeperLine = false;
    for (let i = bracketed ? scope.start + 1 : scope.start; i < limit; ) {
      const c = text.charCodeAt(i);
      if (!isIdentChar(c)) {
        if (bracketed) {
          if (c === 40 || c === 91 || c === 123) depth++;
          else if ((c === 41 || c === 93 || c === 125) && --depth < 0) return false;
        } else if (c === 10) {
          const indent = indentOf(text, i + 1);
          if (indent !== undefined && indent < (scope.indent ?? 0)) return false;
          if (indent !== undefined) deeperLine = indent > (scope.indent ?? 0);
        }
        i++;
        continue;
      }
      const start = i;
      while (i < limit && isIdentChar(text.charCodeAt(i))) i++;
      if (depth > 0 || deeperLine) continue;
      if (this.evidenceStarts.has(startKey(text.charCodeAt(start), i - start)) && this.evidence.has(text.slice(start, i))) return true;
    }
    return false;
  }
}

/** The first non-blank position at or after `i`, bounded. */
function blanksForward(text: string, i: number): number {
  const stop = Math.min(text.length, i + 64);
  while (i < stop && isBlank(text.charCodeAt(i))) i++;
  return i;
}

/** The last non-blank position at or before `i`, bounded. */
function blanksBack(text: string, i: number): number {
  const stop = Math.max(0, i - 64);
  while (i > stop && isBlank(text.charCodeAt(i))) i--;
  return i;
}

/** An unquoted value ends at a blank, a line end, a comma, a comment or a closing bracket. */
function endsValue(text: string, end: number): boolean {
  if (end >= text.length) return true;
  const c = text.charCodeAt(end);
  return isSpace(c) || c === 44 || c === 35 || c === 41 || c === 93 || c === 125;
}

/** Back over spaces and line breaks (arguments are often one per line), bounded. */
function skipSpacesBack(text: string, i: number): number {
  const stop = Math.max(0, i - 256);
  while (i > stop && isSpace(text.charCodeAt(i))) i--;
  return i;
}

/** The indentation of the line at `start` (past a list dash), or undefined for a blank or comment line. */
function indentOf(text: string, start: number): number | undefined {
  let p = start;
  while (p < text.length && isBlank(text.charCodeAt(p))) p++;
  if (text.charCodeAt(p) === 45 && isBlank(text.charCodeAt(p + 1))) for (p++; p < text.length && isBlank(text.charCodeAt(p)); p++);
  const c = text.charCodeAt(p);
  return p >= text.length || c === 10 || c === 13 || c === 35 ? undefined : p - start;
}

/** Only indentation, or a YAML list dash, between the line's start and `start`. */
function startsLine(text: string, start: number): boolean {
  let p = start - 1;
  while (p >= 0 && isBlank(text.charCodeAt(p))) p--;
  if (p >= 0 && text.charCodeAt(p) === 45 && (p === 0 || isSpace(text.charCodeAt(p - 1)))) {
    p--;
    while (p >= 0 && isBlank(text.charCodeAt(p))) p--;
  }
  return p < 0 || text.charCodeAt(p) === 10 || text.charCodeAt(p) === 13;
}
