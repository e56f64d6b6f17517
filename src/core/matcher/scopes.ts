import { isIdentChar } from './chars';

/** How far back a contextual spelling's call, object or block may open: calls and config objects are short. */
export const CONTEXT_SPAN = 4096;

/** A call, object or YAML block that encloses a position. */
export interface Scope {
  /** Where it opens: the bracket, or the block's first line. */
  readonly start: number;
  /** The callee (`LoraConfig(`, `model.generate(` → `generate`), the key an object is assigned to
   * (`"rope_scaling": {`, `quantization_config={`), or a YAML block's parent key. */
  readonly name: string | undefined;
  /** The opening bracket's code unit; absent for YAML blocks. */
  readonly open?: number;
  /** A YAML block's indentation: its lines are indented at least this much. */
  readonly indent?: number;
  /** Whether an atlas spelling stands in it; computed on first need. */
  evidence?: boolean;
}

/**
 * A scope whose name is read from the text only when a candidate asks: almost no bracket or line ever
 * is asked about, and reading every name cost more than the scan.
 */
abstract class NamedOnDemand implements Scope {
  evidence?: boolean;
  private read: string | undefined | null = null; // null: not read yet

  constructor(
    protected readonly text: string,
    readonly start: number,
  ) {}

  get name(): string | undefined {
    if (this.read === null) this.read = this.readName();
    return this.read;
  }

  protected abstract readName(): string | undefined;
}

class Bracket extends NamedOnDemand {
  constructor(
    text: string,
    start: number,
    readonly open: number,
  ) {
    super(text, start);
  }

  protected readName(): string | undefined {
    return nameBefore(this.text, this.start, this.open);
  }
}

class Block extends NamedOnDemand {
  constructor(
    text: string,
    start: number,
    readonly indent: number,
    /** Where the parent's last line starts: its key, if it has one, names this block. */
    private readonly parentLine: number,
    /** Where the last line at this indentation starts: the parent of a deeper block that follows. */
    public lastLine: number,
  ) {
    super(text, start);
  }

  protected readName(): string | undefined {
    return this.parentLine < 0 ? undefined : keyAt(this.text, this.parentLine);
  }
}

const MAX_DEPTH = 256;
const SCOPE_CHARS = new Uint8Array(0x10000); // every code unit: no range test in the scan's loop
for (const c of '()[]{}\n') SCOPE_CHARS[c.charCodeAt(0)] = 1;
/** Brackets and line breaks: the only code units `advance` acts on. */
export const isScopeChar = (c: number): boolean => SCOPE_CHARS[c] === 1;
const isBlank = (c: number): boolean => c === 32 || c === 9;

/**
 * Follows a text forward and knows, at each position, the innermost open bracket and YAML indentation
 * block. Brackets inside strings are not told apart (a heuristic, bounded by CONTEXT_SPAN); the work
 * is O(1) per character, so the whole pass stays linear.
 */
export class ScopeTracker {
  private readonly brackets: Bracket[] = [];
  private readonly blocks: Block[] = [];
  private lineStarts = false;

  constructor(
    private readonly text: string,
    readonly position: number,
  ) {
    // A block is only known from the start of a line; a scan starting mid-line knows none until the next.
    if (position === 0) this.line(0);
  }

  /** Reads the bracket or line break at `i`; called for each of them in increasing order. */
  advance(i: number): void {
    const c = this.text.charCodeAt(i);
    if (c === 40 || c === 91 || c === 123) {
      // Thousands of unclosed brackets: forget the oldest half (amortised O(1)); only recent ones can count.
      if (this.brackets.length >= MAX_DEPTH) this.brackets.splice(0, MAX_DEPTH / 2);
      this.brackets.push(new Bracket(this.text, i, c));
    } else if (c === 41 || c === 93 || c === 125) {
      this.brackets.pop();
    } else if (c === 10) {
      this.line(i + 1);
    }
  }

  /** The innermost bracket open at `position`, if it opened within CONTEXT_SPAN. */
  bracketAt(position: number): Scope | undefined {
    const top = this.brackets[this.brackets.length - 1];
    return top && top.start >= position - CONTEXT_SPAN ? top : undefined;
  }

  /** The YAML block of the line at `position`, if it opened within CONTEXT_SPAN. */
  blockAt(position: number): Scope | undefined {
    if (!this.lineStarts) return undefined;
    const top = this.blocks[this.blocks.length - 1];
    return top && top.start >= position - CONTEXT_SPAN ? top : undefined;
  }

  /** A new line: its indentation closes deeper blocks, continues an equal one or opens a child block. */
  private line(start: number): void {
    const text = this.text;
    let p = start;
    while (p < text.length && isBlank(text.charCodeAt(p))) p++;
    // A list item's key is indented past its dash: `- name: x`.
    if (text.charCodeAt(p) === 45 && isBlank(text.charCodeAt(p + 1))) for (p++; p < text.length && isBlank(text.charCodeAt(p)); p++);
    const c = text.charCodeAt(p);
    if (p >= text.length || c === 10 || c === 13 || c === 35) return; // blank or comment lines change nothing
    this.lineStarts = true;
    const indent = p - start;
    while (this.blocks.length > 0 && this.blocks[this.blocks.length - 1].indent > indent) this.blocks.pop();
    const top = this.blocks[this.blocks.length - 1];
    if (top && top.indent === indent) top.lastLine = p;
    else if (this.blocks.length < MAX_DEPTH) this.blocks.push(new Block(text, start, indent, top ? top.lastLine : -1, p));
  }
}

/** `generate(` → generate; `"rope_scaling": {` and `quantization_config={` → the key. */
function nameBefore(text: string, bracket: number, c: number): string | undefined {
  let p = bracket - 1;
  while (p >= 0 && isBlank(text.charCodeAt(p))) p--;
  if (c !== 40) {
    const sign = text.charCodeAt(p);
    if (sign !== 58 && sign !== 61) return undefined;
    for (p--; p >= 0 && isBlank(text.charCodeAt(p)); p--);
  }
  return identifierEndingAt(text, p);
}

/** The identifier (or quoted identifier) whose last code unit is at `end`. */
export function identifierEndingAt(text: string, end: number): string | undefined {
  const quote = text.charCodeAt(end);
  const quoted = quote === 34 || quote === 39;
  const last = quoted ? end - 1 : end;
  let first = last;
  while (first >= 0 && last - first < 64 && isIdentChar(text.charCodeAt(first))) first--;
  if (first === last || (quoted && text.charCodeAt(first) !== quote)) return undefined;
  return text.slice(first + 1, last + 1);
}

/** The key a YAML line opens with (`name:` or `"name":`), if any. */
function keyAt(text: string, p: number): string | undefined {
  const quote = text.charCodeAt(p);
  const quoted = quote === 34 || quote === 39;
  let end = quoted ? p + 1 : p;
  while (end < text.length && end - p < 64 && isIdentChar(text.charCodeAt(end))) end++;
  const name = text.slice(quoted ? p + 1 : p, end);
  if (quoted && text.charCodeAt(end++) !== quote) return undefined;
  return name && text.charCodeAt(end) === 58 ? name : undefined;
}
