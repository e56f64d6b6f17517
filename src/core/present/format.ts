import type { Bilingual, EntryKind, Family, Lang, NumberFact, Source, Unit } from '../knowledge/schema';

/** Escapes Markdown's special characters in data text (names, notes) shown inside Markdown. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|]/g, (c) => `\\${c}`);
}

/** Picks the text of a bilingual field. */
export function pick(text: Bilingual, lang: Lang): string {
  return text[lang] || text.en;
}

const SCALES: Array<[number, string]> = [
  [1e12, 'T'],
  [1e9, 'B'],
  [1e6, 'M'],
  [1e3, 'K'],
];

/** 66_362_880 → "66.4M", 1.75e12 → "1.75T", 512 → "512". Up to three significant digits. */
export function compactNumber(value: number): string {
  for (const [index, [scale, suffix]] of SCALES.entries()) {
    if (Math.abs(value) < scale) continue;
    const shown = trimDigits(value / scale);
    // 999,885,952 rounds to "1000" millions: say "1B" instead.
    if (Math.abs(Number(shown)) >= 1000 && index > 0) return `${trimDigits(value / SCALES[index - 1][0])}${SCALES[index - 1][1]}`;
    return `${shown}${suffix}`;
  }
  const shown = trimDigits(value);
  return Math.abs(Number(shown)) >= 1000 ? `${trimDigits(value / 1e3)}K` : shown;
}

function trimDigits(value: number): string {
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return Number(value.toFixed(digits)).toString();
}

/** 124439808 → "124,439,808". */
export function groupedNumber(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/** 3.14e23 → "3.14×10²³". */
export function scientific(value: number): string {
  if (value === 0) return '0';
  const exponent = Math.floor(Math.log10(Math.abs(value)));
  const mantissa = value / 10 ** exponent;
  const superscript = String(exponent).replace(/[-0-9]/g, (c) => '⁻⁰¹²³⁴⁵⁶⁷⁸⁹'['-0123456789'.indexOf(c)]);
  return `${Number(mantissa.toFixed(2))}×10${superscript}`;
}

/** Bytes in decimal units, as papers and model cards state them: 140e9 → "140 GB". */
export function bytes(value: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB', 'PB'];
  let v = value;
  let i = 0;
  while (Math.abs(v) >= 1000 && i < units.length - 1) {
    v /= 1000;
    i++;
  }
  return `${trimDigits(v)} ${units[i]}`;
}

/** Integers with separators; fractions (BLEU 28.4, p = 0.2) keep their digits. */
function plainNumber(value: number): string {
  return Number.isInteger(value) ? groupedNumber(value) : String(Number(value.toPrecision(4)));
}

const UNIT_NAMES: Record<Unit, Bilingual> = {
  parameters: { en: 'parameters', ko: '파라미터' },
  tokens: { en: 'tokens', ko: '토큰' },
  layers: { en: 'layers', ko: '층' },
  dimensions: { en: 'dimensions', ko: '차원' },
  heads: { en: 'heads', ko: '헤드' },
  experts: { en: 'experts', ko: '전문가' },
  percent: { en: '%', ko: '%' },
  ratio: { en: '×', ko: '배' },
  flops: { en: 'FLOPs', ko: 'FLOPs' },
  'pf-days': { en: 'PF-days', ko: 'PF-일' },
  bytes: { en: '', ko: '' },
  words: { en: 'words', ko: '단어' },
  count: { en: '', ko: '' },
  usd: { en: 'USD', ko: '달러' },
  kwh: { en: 'kWh', ko: 'kWh' },
  tco2e: { en: 't CO₂e', ko: 't CO₂e' },
  days: { en: 'days', ko: '일' },
  'gpu-hours': { en: 'GPU-hours', ko: 'GPU 시간' },
  none: { en: '', ko: '' },
};

/** A number with its unit, rounded for reading: "66M parameters", "15%", "3.14×10²³ FLOPs". */
export function formatValue(value: number, unit: Unit, lang: Lang): string {
  const name = pick(UNIT_NAMES[unit], lang);
  switch (unit) {
    case 'percent':
      return `${trimDigits(value)}%`;
    case 'ratio':
      return `${trimDigits(value)}×`;
    case 'flops':
      return `${scientific(value)} ${name}`;
    case 'bytes':
      return bytes(value);
    case 'usd':
      return `$${compactNumber(value)}`;
    case 'parameters':
    case 'tokens':
    case 'words':
      // Small counts read better whole: a 1,024-token context, not "1.02K".
      return `${Math.abs(value) < 1e5 ? plainNumber(value) : compactNumber(value)} ${name}`;
    case 'pf-days':
    case 'gpu-hours':
    case 'kwh':
    case 'tco2e':
      return `${compactNumber(value)} ${name}`;
    default:
      return name ? `${plainNumber(value)} ${name}` : plainNumber(value);
  }
}

const UNCONFIRMED: Bilingual = { en: 'unconfirmed', ko: '미확인' };

/** A fact as read in a hover: "≈1.8T parameters (unconfirmed)". */
export function formatFact(fact: NumberFact, lang: Lang): string {
  const value = `${fact.approx ? '≈' : ''}${formatValue(fact.value, fact.unit, lang)}`;
  return fact.unconfirmed ? `${value} (${pick(UNCONFIRMED, lang)})` : value;
}

/** "Sanh et al., 2019". */
export function citation(source: Source): string {
  return `${source.authors}, ${source.year}`;
}

const KIND_NAMES: Record<EntryKind, Bilingual> = {
  model: { en: 'model', ko: '모델' },
  architecture: { en: 'architecture', ko: '아키텍처' },
  tokenization: { en: 'tokenization', ko: '토큰화' },
  objective: { en: 'training objective', ko: '학습 목표' },
  'scale-down': { en: 'scaling down', ko: '경량화' },
  'scale-up': { en: 'scaling up', ko: '스케일 업' },
  training: { en: 'training', ko: '학습' },
  inference: { en: 'inference', ko: '추론' },
};

export function kindName(kind: EntryKind, lang: Lang): string {
  return pick(KIND_NAMES[kind], lang);
}

const FAMILY_NAMES: Record<Family, Bilingual> = {
  'encoder-only': { en: 'encoder-only', ko: '인코더 전용' },
  'decoder-only': { en: 'decoder-only', ko: '디코더 전용' },
  'encoder-decoder': { en: 'encoder–decoder', ko: '인코더-디코더' },
  rnn: { en: 'recurrent (LSTM, state-space)', ko: '순환·상태 공간 모델(LSTM, SSM)' },
};

export function familyName(family: Family, lang: Lang): string {
  return pick(FAMILY_NAMES[family], lang);
}
