/**
 * Estimates from Python code: `GPT2Config(n_layer=24, n_embd=1024)` or `transformers.LlamaConfig(...)`.
 * The class gives the model type; literal keyword arguments (numbers, strings, True/False/None) give the
 * fields; everything else keeps the class default, with a warning. Scanning is a single linear pass that
 * understands strings, comments and nested brackets, so it also works on a whole document.
 */
import { estimateFromConfig } from './estimate';
import { modelTypeOfConfigClass } from './registry';
import type { Bilingual, EstimateResult } from './types';

export interface ConfigCallRange {
  /** Offset of the first character of the (possibly dotted) class name. */
  start: number;
  /** Offset just after the closing parenthesis. */
  end: number;
  /** The class name without module prefix, e.g. `LlamaConfig`. */
  className: string;
}

export type PythonLiteral = number | string | boolean | null;

export interface ParsedConfigCall {
  className: string;
  keywords: Map<string, PythonLiteral>;
  warnings: Bilingual[];
}

/** Longest call text read; a real config call is a few hundred characters. */
export const MAX_CALL_TEXT_LENGTH = 100_000;

const DOTTED_NAME = /^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*$/;
const MAX_NAME_LENGTH = 200;
const CONFIG_CLASS = /^[A-Za-z_]\w*Config$/;

/**
 * The config-class call (`SomethingConfig(...)`) around `offset` in `text` (a line or a whole document):
 * the innermost complete one, or undefined.
 */
export function findConfigCallAt(text: string, offset: number): ConfigCallRange | undefined {
  if (typeof text !== 'string' || !Number.isInteger(offset) || offset < 0 || offset > text.length) return undefined;
  const anchor = callAnchor(text, offset);
  const stack: Array<{ start: number; className?: string }> = [];
  let openCallsBeforeOffset = 0;
  for (let i = 0; i < text.length; ) {
    if (i > anchor && openCallsBeforeOffset === 0) return undefined;
    const ch = text[i];
    if (ch === '#') {
      i = lineEnd(text, i);
    } else if (ch === '"' || ch === "'") {
      i = stringEnd(text, i);
    } else if (ch === '(' || ch === '[' || ch === '{') {
      const call = ch === '(' ? configCallBefore(text, i) : undefined;
      stack.push(call ?? { start: i });
      if (call && call.start <= offset) openCallsBeforeOffset++;
      i++;
    } else if (ch === ')' || ch === ']' || ch === '}') {
      const open = stack.pop();
      i++;
      if (open?.className !== undefined && open.start <= offset) {
        openCallsBeforeOffset--;
        if (offset <= i) return { start: open.start, end: i, className: open.className };
      }
    } else {
      i++;
    }
  }
  return undefined;
}

/** Parses `Name(k=v, …)`; undefined if the text does not start with a complete call. */
export function parseConfigCall(callText: string): ParsedConfigCall | undefined {
  const head = /^\s*([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)\s*\(/.exec(callText);
  if (head === null) return undefined;
  const args = splitArguments(callText, head[0].length);
  if (args === undefined) return undefined;

  const keywords = new Map<string, PythonLiteral>();
  const warnings: Bilingual[] = [];
  for (const arg of args) {
    if (arg.startsWith('*')) {
      warnings.push({
        en: `${snippet(arg)} unpacks values that cannot be read here; those fields keep their defaults.`,
        ko: `${snippet(arg)}은(는) 여기서 읽을 수 없는 값을 풀어 넣으므로 해당 항목은 기본값을 씁니다.`,
      });
      continue;
    }
    const keyword = /^([A-Za-z_]\w*)\s*=(?!=)\s*([\s\S]*)$/.exec(arg);
    if (keyword === null) {
      warnings.push({
        en: `The positional argument ${snippet(arg)} is ignored: config classes are set by keyword.`,
        ko: `위치 인자 ${snippet(arg)}은(는) 무시했습니다. 설정 클래스는 키워드 인자로 값을 받습니다.`,
      });
      continue;
    }
    const [, name, valueText] = keyword;
    const value = parseLiteral(valueText);
    if (value === undefined) {
      warnings.push({
        en: `${name}=${snippet(valueText)} is not a literal (number, string, True/False/None), so ${name} keeps its default.`,
        ko: `${name}=${snippet(valueText)}은(는) 리터럴(숫자, 문자열, True/False/None)이 아니어서 ${name}은(는) 기본값을 씁니다.`,
      });
    } else {
      keywords.set(name, value.value);
    }
  }
  return { className: head[1].slice(head[1].lastIndexOf('.') + 1), keywords, warnings };
}

/**
 * Estimate for a config-class call. Undefined when the text is not a call of a supported config class;
 * an error result when the call is too long to read or its values are invalid.
 */
export function estimateFromPythonCall(callText: string): EstimateResult | undefined {
  if (typeof callText !== 'string') return undefined;
  if (callText.length > MAX_CALL_TEXT_LENGTH) {
    return {
      ok: false,
      error: {
        code: 'too-large',
        message: {
          en: `This call is ${callText.length} characters long; calls over ${MAX_CALL_TEXT_LENGTH} are not read.`,
          ko: `이 호출은 ${callText.length}자입니다. ${MAX_CALL_TEXT_LENGTH}자가 넘는 호출은 읽지 않습니다.`,
        },
      },
    };
  }
  const call = parseConfigCall(callText);
  const modelType = call && modelTypeOfConfigClass(call.className);
  if (call === undefined || modelType === undefined) return undefined;
  // fromEntries defines own properties, so a keyword named "__proto__" stays an ordinary (unknown) field.
  const config = Object.fromEntries([...call.keywords, ['model_type', modelType]]);
  const result = estimateFromConfig(config);
  if (result.ok) result.estimate.warnings.push(...call.warnings);
  return result;
}

/** Source text quoted in a warning: one line, at most 40 characters. */
function snippet(source: string): string {
  const text = source.replace(/\s+/g, ' ').trim();
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/** End of the identifier chain at `offset` up to its "(", so a hover on the class name finds the call. */
function callAnchor(text: string, offset: number): number {
  let j = offset;
  while (j < text.length && /[\w.]/.test(text[j])) j++;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
  return text[j] === '(' ? j : offset;
}

/** The config-class name just before the "(" at `paren`, unless it is a `class`/`def` header. */
function configCallBefore(text: string, paren: number): { start: number; className: string } | undefined {
  let end = paren;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  let start = end;
  // Bounded backward scan: a dotted class name is short, and this runs once per "(".
  while (start > 0 && end - start < MAX_NAME_LENGTH && /[\w.]/.test(text[start - 1])) start--;
  const chain = text.slice(start, end);
  if (!DOTTED_NAME.test(chain)) return undefined;
  const className = chain.slice(chain.lastIndexOf('.') + 1);
  if (!CONFIG_CLASS.test(className)) return undefined;
  if (/(?:^|[^\w.])(?:class|def)\s+$/.test(text.slice(Math.max(0, start - 10), start))) return undefined;
  return { start, className };
}

function lineEnd(text: string, i: number): number {
  const newline = text.indexOf('\n', i);
  return newline === -1 ? text.length : newline;
}

/** Index just after the string literal opening at `i` (or the end of the line for an unclosed one). */
function stringEnd(text: string, i: number): number {
  const quote = text[i];
  const triple = text.startsWith(quote.repeat(3), i);
  let j = i + (triple ? 3 : 1);
  while (j < text.length) {
    const ch = text[j];
    if (ch === '\\') {
      j += 2;
    } else if (triple ? text.startsWith(quote.repeat(3), j) : ch === quote) {
      return j + (triple ? 3 : 1);
    } else if (!triple && ch === '\n') {
      return j;
    } else {
      j++;
    }
  }
  return text.length;
}

/** Top-level comma-separated arguments from `from` (just after "(") to the matching ")"; comments dropped. */
function splitArguments(text: string, from: number): string[] | undefined {
  const args: string[] = [];
  let current = '';
  let depth = 0;
  for (let i = from; i < text.length; ) {
    const ch = text[i];
    if (ch === '#') {
      i = lineEnd(text, i);
      continue;
    }
    if (ch === '"' || ch === "'") {
      const end = stringEnd(text, i);
      current += text.slice(i, end);
      i = end;
      continue;
    }
    if (depth === 0 && (ch === ',' || ch === ')')) {
      if (current.trim() !== '') args.push(current.trim());
      if (ch === ')') return args;
      current = '';
    } else {
      if (ch === '(' || ch === '[' || ch === '{') depth++;
      if (ch === ')' || ch === ']' || ch === '}') depth--;
      current += ch;
    }
    i++;
  }
  return undefined;
}

const DECIMAL = /^[+-]?(?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?$/;
const PREFIXED_INTEGER = /^([+-]?)0([xXoObB])((?:_?[0-9a-fA-F])+)$/;
const RADIX: Record<string, number> = { x: 16, o: 8, b: 2 };

/** A Python scalar literal, or undefined for anything else (names, expressions, f-strings, containers). */
function parseLiteral(source: string): { value: PythonLiteral } | undefined {
  const text = source.trim();
  if (text === 'True') return { value: true };
  if (text === 'False') return { value: false };
  if (text === 'None') return { value: null };
  if (DECIMAL.test(text)) {
    const unsigned = text.replace(/^[+-]/, '');
    // Python forbids leading zeros in non-zero decimal integers ("007"); treat them as not a literal.
    if (/^0\d/.test(unsigned) && !/[.eE]/.test(unsigned)) return undefined;
    return { value: Number(text.replace(/_/g, '')) };
  }
  const prefixed = PREFIXED_INTEGER.exec(text);
  if (prefixed !== null) {
    const radix = RADIX[prefixed[2].toLowerCase()];
    const digits = prefixed[3].replace(/_/g, '');
    if ([...digits].some((digit) => Number.parseInt(digit, 16) >= radix)) return undefined;
    const magnitude = Number.parseInt(digits, radix);
    return { value: prefixed[1] === '-' ? -magnitude : magnitude };
  }
  return parseStringLiteral(text);
}

function parseStringLiteral(text: string): { value: string } | undefined {
  const prefix = /^[rRuU]?/.exec(text)?.[0] ?? '';
  const raw = prefix === 'r' || prefix === 'R';
  const body = text.slice(prefix.length);
  const quote = body[0];
  if (quote !== '"' && quote !== "'") return undefined;
  const delimiter = body.startsWith(quote.repeat(3)) && body.length >= 6 ? quote.repeat(3) : quote;
  if (body.length < 2 * delimiter.length || !body.endsWith(delimiter)) return undefined;
  const inner = body.slice(delimiter.length, body.length - delimiter.length);
  let value = '';
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i];
    if (ch === '\\' && i + 1 < inner.length) {
      const next = inner[++i];
      value += raw ? ch + next : (ESCAPES[next] ?? ch + next);
    } else if (delimiter.length === 1 && (ch === quote || ch === '\n')) {
      return undefined; // two adjacent literals, or a broken one: not a single literal
    } else {
      value += ch;
    }
  }
  return { value };
}

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0' };
