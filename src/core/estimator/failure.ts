/**
 * Refusals. Builders throw `EstimateFailure` deep inside a count; the entry points catch it and return it
 * as an `EstimateError`, so no exception ever leaves the estimator.
 */
import type { Bilingual, EstimateError, EstimateErrorCode } from './types';

export class EstimateFailure extends Error {
  constructor(readonly error: EstimateError) {
    super(error.message.en);
  }
}

export function fail(code: EstimateErrorCode, field: string | undefined, message: Bilingual): never {
  throw new EstimateFailure(field === undefined ? { code, message } : { code, field, message });
}

/** A value shown inside a message: short, and never the whole of a huge string. */
export function shown(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : String(value);
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

export function describeType(value: unknown): Bilingual {
  if (value === null) return { en: 'null', ko: 'null' };
  if (Array.isArray(value)) return { en: 'a list', ko: '리스트' };
  switch (typeof value) {
    case 'string':
      return { en: `the text ${shown(value)}`, ko: `문자열 ${shown(value)}` };
    case 'boolean':
      return { en: `the boolean ${value}`, ko: `불리언 ${value}` };
    case 'number':
      return { en: `the number ${shown(value)}`, ko: `숫자 ${shown(value)}` };
    default:
      return { en: 'an object', ko: '객체' };
  }
}
