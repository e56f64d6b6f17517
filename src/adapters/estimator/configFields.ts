/**
 * Whether a JSON text is a model config, which fields its estimate depends on, and which member the
 * cursor is on. Pure (no `vscode`): hovers and CodeLenses decide here when to speak, and it is
 * unit-tested in Node.
 */
import { estimateFromConfig, estimateFromConfigText, type EstimateResult } from '../../core/estimator';

/** A top-level `"key": value` of a JSON object, as offsets into the text. */
export interface JsonMember {
  key: string;
  keyStart: number;
  keyEnd: number;
  valueStart: number;
  /** Just after the value (before the separating comma or the closing brace). */
  valueEnd: number;
}

/** Fields that identify a model config, hovered even though the count does not read them. */
export const IDENTITY_FIELDS: ReadonlySet<string> = new Set(['model_type', 'architectures']);

/**
 * The top-level member whose key or value spans `offset`. A lenient single pass (strings, comments,
 * nesting), so it also works on invalid JSON while the user types. It allocates nothing until it finds
 * the member and stops at the first member past `offset`, so even a multi-megabyte file scans fast.
 */
export function topLevelMemberAt(text: string, offset: number): JsonMember | undefined {
  let depth = 0;
  let keyStart = -1; // the last top-level string that may be a key
  let keyEnd = -1;
  let memberKeyStart = -1; // the member being read, once its ":" is seen
  let memberKeyEnd = -1;
  let valueStart = -1;
  const close = (end: number): JsonMember | undefined => {
    if (memberKeyStart < 0) return undefined;
    const valueEnd = trimEnd(text, end);
    if (memberKeyStart <= offset && offset <= valueEnd) {
      return { key: readKey(text.slice(memberKeyStart, memberKeyEnd)), keyStart: memberKeyStart, keyEnd: memberKeyEnd, valueStart, valueEnd };
    }
    memberKeyStart = -1;
    return undefined;
  };
  for (let i = 0; i < text.length; ) {
    const ch = text.charCodeAt(i);
    if (ch === QUOTE) {
      const end = stringEnd(text, i);
      if (depth === 1 && memberKeyStart < 0) {
        keyStart = i;
        keyEnd = end;
      }
      i = end;
    } else if (ch === SLASH && text.charCodeAt(i + 1) === SLASH) {
      const newline = text.indexOf('\n', i);
      i = newline === -1 ? text.length : newline;
    } else if (ch === SLASH && text.charCodeAt(i + 1) === STAR) {
      const endComment = text.indexOf('*/', i + 2);
      i = endComment === -1 ? text.length : endComment + 2;
    } else if (ch === COLON && depth === 1 && keyStart >= 0) {
      memberKeyStart = keyStart;
      memberKeyEnd = keyEnd;
      keyStart = -1;
      valueStart = i + 1;
      while (valueStart < text.length && isSpace(text.charCodeAt(valueStart))) valueStart++;
      i++;
    } else if (ch === OPEN_BRACE || ch === OPEN_BRACKET) {
      depth++;
      i++;
    } else if (ch === CLOSE_BRACE || ch === CLOSE_BRACKET) {
      if (depth === 1) return close(i);
      depth--;
      i++;
    } else if (ch === COMMA && depth === 1) {
      const found = close(i);
      if (found || i > offset) return found;
      keyStart = -1;
      i++;
    } else {
      i++;
    }
  }
  return close(text.length);
}

const QUOTE = 0x22;
const SLASH = 0x2f;
const STAR = 0x2a;
const COLON = 0x3a;
const COMMA = 0x2c;
const BACKSLASH = 0x5c;
const NEWLINE = 0x0a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === NEWLINE || code === 0x0d;
}

/** Index just after the JSON string opening at `i`, or the end of its line when it is unterminated. */
function stringEnd(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const code = text.charCodeAt(j);
    if (code === BACKSLASH) j++;
    else if (code === QUOTE) return j + 1;
    else if (code === NEWLINE) return j;
  }
  return text.length;
}

function readKey(quoted: string): string {
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return quoted.slice(1, quoted.endsWith('"') ? -1 : undefined);
  }
}

function trimEnd(text: string, end: number): number {
  let j = end;
  while (j > 0 && isSpace(text.charCodeAt(j - 1))) j--;
  return j;
}

/**
 * Estimates a parsed config and records the top-level keys the estimator looked at: exactly the
 * fields whose value changes the count (the ones a hover should answer on).
 */
export function estimateRecordingFields(config: Record<string, unknown>): { result: EstimateResult; fieldsRead: Set<string> } {
  const fieldsRead = new Set<string>();
  const note = (key: string | symbol) => {
    if (typeof key === 'string' && Object.hasOwn(config, key)) fieldsRead.add(key);
  };
  const watched = new Proxy(config, {
    get(target, key, receiver) {
      note(key);
      return Reflect.get(target, key, receiver);
    },
    getOwnPropertyDescriptor(target, key) {
      note(key);
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
  });
  return { result: estimateFromConfig(watched), fieldsRead };
}

/** The estimate of a JSON document, and whether it is a model config at all. */
export interface ConfigAnalysis {
  result: EstimateResult;
  /**
   * True for documents hovers and CodeLenses should speak about: JSON with a `model_type` (or, when the
   * text is broken, one that mentions it), or a file named config.json that estimates (generically).
   * Other JSON is estimated only on explicit request.
   */
  isModelConfig: boolean;
  /** Keys the count read (empty when the text is not valid JSON). */
  fieldsRead: ReadonlySet<string>;
  /** The text is not valid JSON: any member may be hovered to read why. */
  invalidJson: boolean;
  /** The text analysed (absent when the file was refused for its size), kept so hovers need not copy it again. */
  text?: string;
}

const MODEL_TYPE_KEY = /"model_type"\s*:/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Estimates JSON text and decides whether it is a model config (see `ConfigAnalysis.isModelConfig`). */
export function analyseConfigText(text: string, isConfigFile: boolean): ConfigAnalysis {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    // Only the failure path parses twice: the core's message locates the syntax error. A broken file
    // counts as a model config only when it names a model_type (many tools have a config.json).
    return { result: estimateFromConfigText(text), isModelConfig: MODEL_TYPE_KEY.test(text), fieldsRead: new Set(), invalidJson: true, text };
  }
  if (!isRecord(parsed)) {
    return { result: estimateFromConfig(parsed), isModelConfig: false, fieldsRead: new Set(), invalidJson: false, text };
  }
  const { result, fieldsRead } = estimateRecordingFields(parsed);
  const hasModelType = Object.hasOwn(parsed, 'model_type');
  return { result, isModelConfig: hasModelType || (isConfigFile && result.ok), fieldsRead, invalidJson: false, text };
}
