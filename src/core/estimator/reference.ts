/**
 * The count against a known total: one the caller gives (the weights next to the config) or one the
 * config states. Reports the difference in parameters and in percent, in both languages.
 */
import type { ConfigReader } from './configReader';
import { groupedCount } from './labels';
import type { Bilingual, ReferenceCheck } from './types';

/** Keys some configs use to state their own parameter count. */
export const REFERENCE_KEYS = ['num_parameters', 'n_parameters', 'num_params', 'n_params', 'total_params', 'parameter_count'] as const;

/** A total the config states under one of `REFERENCE_KEYS` (a positive whole number), if any. */
export function statedTotal(config: ConfigReader): { key: string; parameters: number } | undefined {
  for (const key of REFERENCE_KEYS) {
    const value = config.rawValue(key);
    if (typeof value === 'number' && Number.isSafeInteger(value) && value > 0) return { key, parameters: value };
  }
  return undefined;
}

function percent(fraction: number): string {
  const value = 100 * fraction;
  const digits = Math.abs(value) >= 10 ? 1 : Math.abs(value) >= 0.01 ? 2 : 4;
  return `${value > 0 ? '+' : value < 0 ? '−' : '±'}${Math.abs(value).toFixed(digits)}%`;
}

export function compareWithReference(
  total: number,
  reference: { parameters: number; source: Bilingual },
  origin: ReferenceCheck['origin'],
  key?: string,
): ReferenceCheck {
  const difference = total - reference.parameters;
  const relativeDifference = difference / reference.parameters;
  const ref = groupedCount(reference.parameters);
  const gap = groupedCount(Math.abs(difference));
  const { source } = reference;
  const message: Bilingual =
    difference === 0
      ? { en: `Matches the ${ref} parameters ${source.en} exactly.`, ko: `${source.ko} 파라미터 수(${ref}개)와 정확히 일치합니다.` }
      : {
          en: `${gap} ${difference > 0 ? 'more' : 'fewer'} parameters than the ${ref} ${source.en} (${percent(relativeDifference)}).`,
          ko: `${source.ko} 파라미터 수(${ref}개)보다 ${gap}개 ${difference > 0 ? '많습니다' : '적습니다'}(${percent(relativeDifference)}).`,
        };
  return {
    parameters: reference.parameters,
    source,
    origin,
    ...(key === undefined ? {} : { key }),
    difference,
    relativeDifference,
    matches: difference === 0,
    message,
  };
}

/** The source wording for a total read from the config key `key`. */
export function configSource(key: string): Bilingual {
  return { en: `the config states in "${key}"`, ko: `설정의 "${key}"에 적힌` };
}
