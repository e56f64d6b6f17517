/**
 * Reads a Python file the way the planner needs it: every call with its arguments (literals, lists, dicts,
 * names and nested calls; anything else kept as source text), and every simple `name = value` statement, so
 * that a name can be followed to the literal or call it was given. Nothing is evaluated. Work is linear in
 * the number of tokens: brackets are matched once, each call is parsed once (nested calls are shared), and
 * nesting deeper than MAX_DEPTH is kept as text instead of recursing.
 */
import { matchBrackets, tokenize, type Token } from './tokens';
import type { PyArgument, PyBinding, PyCall, PyValue } from './values';

const MAX_DEPTH = 64;
const MAX_NAME_CHAIN = 32;
/** Names followed through at most this many assignments (`a = b`, `b = "x"`). */
const MAX_HOPS = 8;

export type UnreadReason = 'not-literal' | 'unassigned' | 'reassigned' | 'too-deep';

export type Resolution =
  | { ok: true; value: PyValue; /** Names followed to reach the value, outermost first. */ via: string[] }
  | { ok: false; reason: UnreadReason; /** The source text at fault (an expression or a name). */ text: string; start: number };

export interface PythonModule {
  readonly text: string;
  /** Every call, in the order their names start. */
  readonly calls: readonly PyCall[];
  /** Bindings by name; more than one means the name is rebound and cannot be followed. */
  readonly bindings: ReadonlyMap<string, readonly PyBinding[]>;
  /** 0-based line of an offset. */
  lineOf(offset: number): number;
  /** Follows a name through simple assignments in this file; literals, structures and calls resolve to themselves. */
  resolve(value: PyValue): Resolution;
  /** The source text of a value, on one line, shortened to `max` characters. */
  snippet(value: { start: number; end: number }, max?: number): string;
}

const CLOSE_FOR: Record<string, string> = { '(': ')', '[': ']', '{': '}' };

class Parser {
  readonly tokens: Token[];
  private readonly match: Int32Array;
  private readonly memo = new Map<number, PyCall>();

  constructor(readonly text: string) {
    this.tokens = tokenize(text);
    this.match = matchBrackets(this.tokens);
  }

  private isOp(index: number, op: string): boolean {
    const token = this.tokens[index];
    return token !== undefined && token.kind === 'op' && token.text === op;
  }

  private isName(index: number, name?: string): boolean {
    const token = this.tokens[index];
    return token !== undefined && token.kind === 'name' && (name === undefined || token.text === name);
  }

  /** Index just past the closing bracket of the opener at `index`. */
  private after(index: number): number {
    return this.match[index] + 1;
  }

  /** End of the dotted name starting at `index` (index of its last part), or -1. */
  private chainEnd(index: number): number {
    if (!this.isName(index)) return -1;
    let end = index;
    for (let parts = 1; parts < MAX_NAME_CHAIN && this.isOp(end + 1, '.') && this.isName(end + 2); parts++) end += 2;
    return end;
  }

  /** Skips to the first token at this level that is a boundary (or a closer, or the end). */
  private skipTo(index: number, boundaries: ReadonlySet<string>): number {
    let i = index;
    while (i < this.tokens.length) {
      const token = this.tokens[i];
      if (token.kind === 'newline') return i; // newlines exist only outside brackets: a statement ends
      if (token.kind === 'op') {
        if (boundaries.has(token.text!) || ')]}'.includes(token.text!)) return i;
        if ('([{'.includes(token.text!)) {
          i = this.after(i);
          continue;
        }
      }
      i++;
    }
    return i;
  }

  private spanText(start: number, end: number): string {
    return this.text.slice(start, end);
  }

  private unread(from: number, to: number): PyValue {
    const start = this.tokens[from]?.start ?? this.text.length;
    const end = to > from ? this.tokens[to - 1].end : start;
    return { kind: 'unread', start, end, text: this.spanText(start, end) };
  }

  /** An expression from `index` up to a boundary: a value when it is one primary, else its text. */
  expression(index: number, boundaries: ReadonlySet<string>, depth: number): { value: PyValue; next: number } {
    const primary = this.primary(index, boundaries, depth);
    const token = this.tokens[primary.next];
    const atBoundary =
      token === undefined || token.kind === 'newline' || (token.kind === 'op' && (boundaries.has(token.text!) || ')]}'.includes(token.text!)));
    if (primary.value !== undefined && atBoundary) return { value: primary.value, next: primary.next };
    const end = this.skipTo(primary.next, boundaries);
    return { value: this.unread(index, end), next: end };
  }

  private primary(index: number, boundaries: ReadonlySet<string>, depth: number): { value?: PyValue; next: number } {
    const token = this.tokens[index];
    if (token === undefined || token.kind === 'newline') return { next: index };
    if (depth > MAX_DEPTH) return { next: this.skipTo(index, boundaries) };
    if (token.kind === 'number') {
      return token.value === undefined ? { next: index + 1 } : { value: { kind: 'literal', value: token.value as number, start: token.start, end: token.end }, next: index + 1 };
    }
    if ((this.isOp(index, '-') || this.isOp(index, '+')) && this.tokens[index + 1]?.kind === 'number') {
      const number = this.tokens[index + 1];
      if (number.value === undefined) return { next: index + 2 };
      const value = this.isOp(index, '-') ? -(number.value as number) : (number.value as number);
      return { value: { kind: 'literal', value, start: token.start, end: number.end }, next: index + 2 };
    }
    if (token.kind === 'string') return this.strings(index);
    if (token.kind === 'name') {
      if (token.text === 'True' || token.text === 'False') return { value: { kind: 'literal', value: token.text === 'True', start: token.start, end: token.end }, next: index + 1 };
      if (token.text === 'None') return { value: { kind: 'literal', value: null, start: token.start, end: token.end }, next: index + 1 };
      const end = this.chainEnd(index);
      const name = this.chainText(index, end);
      if (this.isOp(end + 1, '(')) {
        const call = this.call(index, depth);
        return { value: { kind: 'call', call, start: call.start, end: call.end }, next: this.after(end + 1) };
      }
      return { value: { kind: 'name', name, start: token.start, end: this.tokens[end].end }, next: end + 1 };
    }
    if (this.isOp(index, '[') || this.isOp(index, '(')) return this.sequence(index, depth);
    if (this.isOp(index, '{')) return this.dict(index, depth);
    return { next: index };
  }

  /** Adjacent string literals concatenate ("a" "b"); an f-string, bytes or a broken literal make it unreadable. */
  private strings(index: number): { value?: PyValue; next: number } {
    let i = index;
    let value = '';
    let readable = true;
    while (this.tokens[i]?.kind === 'string') {
      const token = this.tokens[i];
      if (typeof token.value !== 'string' || token.broken) readable = false;
      else value += token.value;
      i++;
    }
    const start = this.tokens[index].start;
    const end = this.tokens[i - 1].end;
    return readable ? { value: { kind: 'literal', value, start, end }, next: i } : { next: i };
  }

  private sequence(index: number, depth: number): { value?: PyValue; next: number } {
    const close = this.match[index];
    const closer = CLOSE_FOR[this.tokens[index].text!];
    const items: PyValue[] = [];
    let i = index + 1;
    let commas = 0;
    while (i < close) {
      const item = this.expression(i, COMMA, depth + 1);
      items.push(item.value);
      i = item.next;
      if (this.isOp(i, ',')) {
        commas++;
        i++;
      } else {
        break;
      }
    }
    const next = close + 1;
    if (i !== close || !this.isOp(close, closer)) return { next };
    const start = this.tokens[index].start;
    const end = this.tokens[close].end;
    // A comprehension or a generator reads as one unread item; keep it unread as a whole.
    if (items.some((item) => item.kind === 'unread' && /\bfor\b/.test(item.text))) return { next };
    // "(x)" is x itself; "(x,)" and "[x]" are sequences.
    if (this.tokens[index].text === '(' && items.length === 1 && commas === 0) return { value: { ...items[0] }, next };
    return { value: { kind: 'list', items, start, end }, next };
  }

  private dict(index: number, depth: number): { value?: PyValue; next: number } {
    const close = this.match[index];
    const entries: Array<{ key: string; value: PyValue }> = [];
    let i = index + 1;
    while (i < close) {
      const key = this.expression(i, COLON_OR_COMMA, depth + 1);
      if (!this.isOp(key.next, ':')) return { next: close + 1 }; // a set, or "**other" unpacking
      const value = this.expression(key.next + 1, COMMA, depth + 1);
      if (key.value.kind === 'literal' && typeof key.value.value === 'string') entries.push({ key: key.value.value, value: value.value });
      else return { next: close + 1 };
      i = value.next;
      if (this.isOp(i, ',')) i++;
      else break;
    }
    if (i !== close || !this.isOp(close, '}')) return { next: close + 1 };
    return { value: { kind: 'dict', entries, start: this.tokens[index].start, end: this.tokens[close].end }, next: close + 1 };
  }

  private chainText(start: number, end: number): string {
    let name = '';
    for (let i = start; i <= end; i += 2) name += (i > start ? '.' : '') + this.tokens[i].text;
    return name;
  }

  /** The call whose dotted name starts at token `index` (memoized: nested calls are parsed once). */
  call(index: number, depth: number): PyCall {
    const cached = this.memo.get(index);
    if (cached) return cached;
    const end = this.chainEnd(index);
    const open = end + 1;
    const close = this.match[open];
    const args: PyArgument[] = [];
    let i = open + 1;
    while (i < close) {
      if (this.isOp(i, '*') || this.isOp(i, '**')) {
        const keyword = this.tokens[i].text!;
        const to = this.skipTo(i + 1, COMMA);
        args.push({ keyword, value: this.unread(i + 1, to) });
        i = to;
      } else if (this.isName(i) && this.isOp(i + 1, '=')) {
        const value = this.expression(i + 2, COMMA, depth + 1);
        args.push({ keyword: this.tokens[i].text!, value: value.value });
        i = value.next;
      } else {
        const value = this.expression(i, COMMA, depth + 1);
        args.push({ value: value.value });
        i = value.next;
      }
      if (this.isOp(i, ',')) i++;
      else break;
    }
    const call: PyCall = { name: this.chainText(index, end), args, start: this.tokens[index].start, end: this.tokens[close]?.end ?? this.text.length };
    this.memo.set(index, call);
    return call;
  }

  /** Every call in the text: a dotted name followed by "(", not a `def`/`class` header. */
  allCalls(): PyCall[] {
    const calls: PyCall[] = [];
    for (let i = 0; i < this.tokens.length; i++) {
      if (!this.isName(i) || this.isOp(i - 1, '.') || this.isName(i - 1, 'def') || this.isName(i - 1, 'class')) continue;
      const end = this.chainEnd(i);
      if (this.isOp(end + 1, '(')) calls.push(this.call(i, 0));
    }
    return calls;
  }

  /** `name = value`, `name: T = value` and `a = b = value` at the start of a statement; other rebinding forms unread. */
  bindings(): Map<string, PyBinding[]> {
    const bindings = new Map<string, PyBinding[]>();
    const add = (name: string, value: PyValue, start: number) => {
      const list = bindings.get(name) ?? [];
      list.push({ name, value, start });
      bindings.set(name, list);
    };
    for (let i = 0; i < this.tokens.length; i++) {
      const statementStart = i === 0 || this.tokens[i - 1].kind === 'newline';
      const token = this.tokens[i];
      if (token.kind === 'name' && (token.text === 'for' || token.text === 'as' || token.text === 'global' || token.text === 'nonlocal')) {
        // Loop variables, `with … as x`, `except … as x`: the name is rebound to something unknown.
        for (let j = i + 1; (this.isName(j) && !this.isName(j, 'in')) || this.isOp(j, ','); j++) {
          if (this.isName(j)) add(this.tokens[j].text!, this.unread(j, j + 1), token.start);
        }
      }
      if (this.isName(i) && this.tokens[i + 1]?.kind === 'op' && /^(?:[-+*/%&|^@]|\*\*|\/\/|<<|>>|:)=$/.test(this.tokens[i + 1].text!)) {
        add(token.text!, this.unread(i, i + 1), token.start); // x += 1, walrus
      }
      if (!statementStart || !this.isName(i)) continue;
      const targets: string[] = [token.text!];
      let j = i + 1;
      if (this.isOp(j, ':')) j = this.skipTo(j + 1, EQUALS); // annotation
      if (!this.isOp(j, '=')) continue;
      let from = j + 1;
      let value = this.expression(from, EQUALS, 0);
      // a = b = value: every target gets the last expression.
      while (this.isOp(value.next, '=') && value.value.kind === 'name' && !value.value.name.includes('.')) {
        targets.push(this.tokens[from].text!);
        from = value.next + 1;
        value = this.expression(from, EQUALS, 0);
      }
      for (const target of targets) add(target, value.value, token.start);
      i = Math.max(i, value.next - 1);
    }
    return bindings;
  }
}

const COMMA: ReadonlySet<string> = new Set([',']);
const COLON_OR_COMMA: ReadonlySet<string> = new Set([':', ',']);
const EQUALS: ReadonlySet<string> = new Set(['=', '\n']);

export function readPythonModule(text: string): PythonModule {
  const source = typeof text === 'string' ? text : '';
  const parser = new Parser(source);
  const calls = parser.allCalls();
  const bindings = parser.bindings();
  const lineStarts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) lineStarts.push(i + 1);

  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };

  const resolve = (value: PyValue): Resolution => {
    const via: string[] = [];
    let current = value;
    for (let hop = 0; ; hop++) {
      if (current.kind === 'unread') return { ok: false, reason: 'not-literal', text: current.text, start: current.start };
      if (current.kind !== 'name' || current.name.includes('.')) return { ok: true, value: current, via };
      if (hop >= MAX_HOPS) return { ok: false, reason: 'too-deep', text: current.name, start: current.start };
      const bound = bindings.get(current.name);
      if (bound === undefined) return { ok: false, reason: 'unassigned', text: current.name, start: current.start };
      if (bound.length > 1) return { ok: false, reason: 'reassigned', text: current.name, start: current.start };
      via.push(current.name);
      current = bound[0].value;
    }
  };

  const snippet = (value: { start: number; end: number }, max = 60): string => {
    const raw = source.slice(value.start, value.end).replace(/\s+/g, ' ').trim();
    return raw.length > max ? `${raw.slice(0, max - 1)}…` : raw;
  };

  return { text: source, calls, bindings, lineOf, resolve, snippet };
}
