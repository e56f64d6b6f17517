import type { Bilingual, Lang } from '../../core/knowledge/schema';
import { pick } from '../../core/present/format';

/** Messages the host itself shows (warnings, the save dialog). */
export const HOST_TEXT = {
  invalidArgument: {
    en: 'Scaling Charts: expected a model id or { userModel: { label, parameters, trainingTokens? } } with positive numbers.',
    ko: '스케일링 차트: 모델 ID 또는 양수 값을 가진 { userModel: { label, parameters, trainingTokens? } } 형식이어야 합니다.',
  },
  notOnChart: {
    en: 'Scaling Charts: "{0}" has no place on the charts (only models with a known size, and the scaling-law topics).',
    ko: '스케일링 차트: "{0}"은(는) 차트에 표시할 수 없습니다(크기가 알려진 모델과 스케일링 법칙 주제만 표시합니다).',
  },
  savePng: { en: 'Save chart as PNG', ko: '차트를 PNG로 저장' },
  saveCsv: { en: 'Save chart data as CSV', ko: '차트 데이터를 CSV로 저장' },
  pngFilter: { en: 'PNG image', ko: 'PNG 이미지' },
  csvFilter: { en: 'CSV (comma-separated values)', ko: 'CSV(쉼표로 구분된 값)' },
  saveFailed: { en: 'Scaling Charts: could not save the file: {0}', ko: '스케일링 차트: 파일을 저장하지 못했습니다: {0}' },
} as const satisfies Record<string, Bilingual>;

/** A host message in `lang` with {0}, {1}… filled in. */
export function hostText(key: keyof typeof HOST_TEXT, lang: Lang, ...args: string[]): string {
  return pick(HOST_TEXT[key], lang).replace(/\{(\d)\}/g, (_, i: string) => args[Number(i)] ?? '');
}
