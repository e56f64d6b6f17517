/**
 * Entry points from config text or a parsed config to a `ModelEstimate`. Every failure comes back as an
 * `EstimateError`; nothing throws.
 */
import { sum } from './blocks';
import { ConfigReader } from './configReader';
import { EstimateFailure, fail } from './failure';
import { generic } from './families/generic';
import { groupedCount } from './labels';
import { compareWithReference, configSource, statedTotal } from './reference';
import { counterFor } from './registry';
import type { Bilingual, EstimateError, EstimateOptions, EstimateResult, ModelEstimate, ReferenceCheck } from './types';

/** Real config.json files are a few kilobytes; anything past 5 MiB is refused before parsing. */
export const DEFAULT_MAX_TEXT_LENGTH = 5 * 1024 * 1024;

export function estimateFromConfigText(text: string, options: EstimateOptions = {}): EstimateResult {
  return guarded(() => {
    if (typeof text !== 'string') fail('invalid-json', undefined, { en: 'The config is not text.', ko: '설정이 텍스트가 아닙니다.' });
    const limit = options.maxTextLength ?? DEFAULT_MAX_TEXT_LENGTH;
    if (text.length > limit) {
      const size = megabytes(text.length);
      fail('too-large', undefined, {
        en: `The file is ${size} MB; configs over ${megabytes(limit)} MB are not read (a real config.json is a few KB).`,
        ko: `파일 크기가 ${size} MB입니다. ${megabytes(limit)} MB가 넘는 설정은 읽지 않습니다(실제 config.json은 몇 KB 정도입니다).`,
      });
    }
    return estimate(parseJson(text), options);
  });
}

export function estimateFromConfig(config: unknown, options: EstimateOptions = {}): EstimateResult {
  return guarded(() => estimate(config, options));
}

function guarded(run: () => ModelEstimate): EstimateResult {
  try {
    return { ok: true, estimate: run() };
  } catch (error) {
    return { ok: false, error: asEstimateError(error) };
  }
}

function asEstimateError(error: unknown): EstimateError {
  if (error instanceof EstimateFailure) return error.error;
  // Not expected: a bug or a hostile object (e.g. a throwing getter). Reported, never rethrown.
  return {
    code: 'wrong-type',
    message: { en: 'This config could not be read.', ko: '이 설정을 읽을 수 없습니다.' },
  };
}

function megabytes(characters: number): string {
  return (characters / (1024 * 1024)).toFixed(1);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    const where = locate(text, error);
    fail('invalid-json', undefined, {
      en: `This is not valid JSON${where ? ` (line ${where.line}, column ${where.column})` : ''}.`,
      ko: `올바른 JSON이 아닙니다${where ? `(${where.line}행 ${where.column}열)` : ''}.`,
    });
  }
}

/** Line and column of a JSON.parse error, when the engine's message gives a position. */
function locate(text: string, error: unknown): { line: number; column: number } | undefined {
  const match = error instanceof Error ? /position (\d+)/.exec(error.message) : null;
  if (match === null) return undefined;
  const position = Math.min(Number(match[1]), text.length);
  const before = text.slice(0, position);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: position - lineStart + 1 };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function estimate(config: unknown, options: EstimateOptions): ModelEstimate {
  if (!isRecord(config)) {
    fail('not-object', undefined, {
      en: 'A model config must be a JSON object ({ … }) of fields such as "model_type" and "hidden_size".',
      ko: '모델 설정은 "model_type", "hidden_size" 같은 항목을 담은 JSON 객체({ … })여야 합니다.',
    });
  }
  const reader = new ConfigReader(config);
  const modelType = reader.string('model_type', options.modelType ?? '') || undefined;
  const counter = modelType === undefined ? undefined : counterFor(modelType);
  const model = (counter ?? generic(modelType))(reader);

  const totalParameters = sum(model.breakdown);
  const activeParameters = model.activeParameters ?? totalParameters;
  if (!Number.isSafeInteger(totalParameters)) {
    const largest = reader.largestField();
    fail('out-of-range', largest?.key ?? 'hidden_size', {
      en: `These sizes give more than 9×10¹⁵ parameters, too many to count exactly${largest ? ` (check "${largest.key}" = ${largest.value})` : ''}.`,
      ko: `이 크기로는 파라미터가 9×10¹⁵개를 넘어 정확히 셀 수 없습니다${largest ? `("${largest.key}" = ${largest.value} 값을 확인하세요)` : ''}.`,
    });
  }
  const reference = referenceCheck(reader, totalParameters, options);
  const warnings = [...model.warnings];
  // What the generic formula did not read: only meaningful once every read is done.
  const ignoredFields = counter === undefined ? reader.unreadKeys() : undefined;
  if (ignoredFields && ignoredFields.length > 0) warnings.push(ignoredFieldsWarning(ignoredFields));
  return {
    modelType: modelType ?? '',
    displayName: model.displayName,
    supported: counter !== undefined,
    architecture: model.architecture,
    countedAs: model.countedAs,
    totalParameters,
    activeParameters,
    breakdown: model.breakdown,
    shape: model.shape,
    warnings,
    ...(ignoredFields ? { ignoredFields } : {}),
    ...(reference ? { reference } : {}),
  };
}

/** The caller's reference total when it is a positive whole number, else one the config states. */
function referenceCheck(reader: ConfigReader, total: number, options: EstimateOptions): ReferenceCheck | undefined {
  const given = options.reference;
  if (given && Number.isSafeInteger(given.parameters) && given.parameters > 0) return compareWithReference(total, given, 'option');
  const stated = statedTotal(reader);
  return stated ? compareWithReference(total, { parameters: stated.parameters, source: configSource(stated.key) }, 'config', stated.key) : undefined;
}

/** The keys listed in the warning (all of them are in `ignoredFields`). */
const SHOWN_IGNORED_FIELDS = 12;

function ignoredFieldsWarning(fields: readonly string[]): Bilingual {
  const shown = fields.slice(0, SHOWN_IGNORED_FIELDS).map((field) => `"${field.slice(0, 40)}"`).join(', ');
  const rest = fields.length - SHOWN_IGNORED_FIELDS;
  return {
    en: `The generic estimate did not use ${fields.length === 1 ? 'this field' : `these ${groupedCount(fields.length)} fields`} of the config: ${shown}${rest > 0 ? ` and ${groupedCount(rest)} more` : ''}.`,
    ko: `일반 근사 추정은 설정의 다음 항목${fields.length === 1 ? '을' : ` ${groupedCount(fields.length)}개를`} 쓰지 않았습니다: ${shown}${rest > 0 ? ` 외 ${groupedCount(rest)}개` : ''}.`,
  };
}
