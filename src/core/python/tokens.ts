/**
 * A tokenizer for the part of Python the planner reads: names, numbers, strings, operators and logical
 * line ends. Comments, indentation and line continuations are dropped; a newline inside brackets does not
 * end a logical line. It never throws: an unclosed string ends at its line (or at the end of the text for a
 * triple-quoted one) and is marked `broken`; a character it does not know becomes a one-character operator.
 * Linear in the length of the text.
 */

export type TokenKind = 'name' | 'number' | 'string' | 'op' | 'newline';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** Names and operators: the source text. */
  text?: string;
  /** Numbers and plain strings: the value. Absent when the literal cannot be read (imaginary, bytes, f-string). */
  value?: number | string;
  /** An unterminated string literal. */
  broken?: true;
}

const NAME_START = /[\p{L}_]/u;
const NAME_PART = /[\p{L}\p{N}_]/u;

function isNameStart(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  return NAME_START.test(ch);
}

function isNamePart(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || (c >= 48 && c <= 57);
  return NAME_PART.test(ch);
}
const THREE_CHAR_OPS = ['**=', '//=', '>>=', '<<=', '...'];
const TWO_CHAR_OPS = ['**', '//', '==', '!=', '<=', '>=', '->', ':=', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@=', '<<', '>>'];
const OPENERS = '([{';
const CLOSERS = ')]}';
const STRING_PREFIX = /(?:[rRuUbBfF]|[rR][bBfF]|[bBfF][rR])?["']/y;

function startsString(text: string, i: number): boolean {
  const ch = text[i];
  if (ch === '"' || ch === "'") return true;
  if (!/[rRuUbBfF]/.test(ch)) return false;
  STRING_PREFIX.lastIndex = i;
  return STRING_PREFIX.test(text);
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let depth = 0;
  let i = 0;
  const n = text.length;
  const pushNewline = (at: number) => {
    const last = tokens.at(-1);
    if (last !== undefined && last.kind !== 'newline') tokens.push({ kind: 'newline', start: at, end: at });
  };
  while (i < n) {
    const ch = text[i];
    if (ch === '\n') {
      if (depth === 0) pushNewline(i);
      i++;
    } else if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\f' || ch === '\v') {
      i++;
    } else if (ch === '#') {
      const end = text.indexOf('\n', i);
      i = end === -1 ? n : end;
    } else if (ch === '\\' && (text[i + 1] === '\n' || (text[i + 1] === '\r' && text[i + 2] === '\n'))) {
      i += text[i + 1] === '\n' ? 2 : 3; // explicit line continuation
    } else if (startsString(text, i)) {
      const token = readString(text, i);
      tokens.push(token);
      i = token.end;
    } else if (isNameStart(ch)) {
      let j = i + 1;
      while (j < n && isNamePart(text[j])) j++;
      tokens.push({ kind: 'name', start: i, end: j, text: text.slice(i, j) });
      i = j;
    } else if (isDigit(ch) || (ch === '.' && isDigit(text[i + 1] ?? ''))) {
      const token = readNumber(text, i);
      tokens.push(token);
      i = token.end;
    } else {
      const op = THREE_CHAR_OPS.find((o) => text.startsWith(o, i)) ?? TWO_CHAR_OPS.find((o) => text.startsWith(o, i)) ?? ch;
      if (OPENERS.includes(op)) depth++;
      else if (CLOSERS.includes(op)) depth = Math.max(0, depth - 1);
      else if (op === ';' && depth === 0) {
        pushNewline(i);
        i++;
        continue;
      }
      tokens.push({ kind: 'op', start: i, end: i + op.length, text: op });
      i += op.length;
    }
  }
  pushNewline(n);
  return tokens;
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}

const NUMBER = /(?:0[xX](?:_?[0-9a-fA-F])+|0[oO](?:_?[0-7])+|0[bB](?:_?[01])+|(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?)[jJ]?/y;

function readNumber(text: string, i: number): Token {
  NUMBER.lastIndex = i;
  const match = NUMBER.exec(text);
  const source = match?.[0] ?? text[i];
  const end = i + source.length;
  if (/[jJ]$/.test(source)) return { kind: 'number', start: i, end }; // imaginary: not a value the planner uses
  const digits = source.replace(/_/g, '');
  // Python forbids leading zeros in non-zero decimal integers ("007").
  if (/^0\d/.test(digits) && !/[.eE]/.test(digits)) return { kind: 'number', start: i, end };
  const value = /^0[xXoObB]/.test(digits) ? Number.parseInt(digits.slice(2), { x: 16, o: 8, b: 2 }[digits[1].toLowerCase() as 'x' | 'o' | 'b']) : Number(digits);
  return Number.isFinite(value) ? { kind: 'number', start: i, end, value } : { kind: 'number', start: i, end };
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0', a: '\x07', b: '\b', f: '\f', v: '\v', '\n': '' };

/** A string literal with its prefix; the value is left out for f-strings and bytes, which the planner cannot use. */
function readString(text: string, start: number): Token {
  let i = start;
  let prefix = '';
  while (text[i] !== '"' && text[i] !== "'") prefix += text[i++].toLowerCase();
  const quote = text[i];
  const triple = text.startsWith(quote.repeat(3), i);
  const delimiter = triple ? quote.repeat(3) : quote;
  const raw = prefix.includes('r');
  const usable = !prefix.includes('f') && !prefix.includes('b');
  let j = i + delimiter.length;
  let value = '';
  while (j < text.length) {
    const ch = text[j];
    if (ch === '\\' && j + 1 < text.length) {
      const next = text[j + 1];
      value += raw ? ch + next : (ESCAPES[next] ?? ch + next);
      j += 2;
    } else if (text.startsWith(delimiter, j)) {
      const end = j + delimiter.length;
      return usable ? { kind: 'string', start, end, value } : { kind: 'string', start, end };
    } else if (!triple && ch === '\n') {
      return { kind: 'string', start, end: j, broken: true };
    } else {
      value += ch;
      j++;
    }
  }
  return { kind: 'string', start, end: text.length, broken: true };
}

/** For each opening bracket token, the index of its closing token (or the last token when unclosed); -1 elsewhere. */
export function matchBrackets(tokens: readonly Token[]): Int32Array {
  const match = new Int32Array(tokens.length).fill(-1);
  const stack: number[] = [];
  tokens.forEach((token, index) => {
    if (token.kind !== 'op') return;
    if (OPENERS.includes(token.text!)) stack.push(index);
    else if (CLOSERS.includes(token.text!) && stack.length > 0) match[stack.pop()!] = index;
  });
  for (const open of stack) match[open] = tokens.length - 1;
  return match;
}
