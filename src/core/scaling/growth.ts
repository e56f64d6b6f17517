import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Bilingual, Entry, Family, ModelFacts, NumberFact } from '../knowledge/schema';

/**
 * Data for the "Growth of models" chart, read from the atlas so that every figure has one home
 * (the model's entry) and keeps the entry's source, flags and note.
 */

export interface GrowthPoint {
  entryId: string;
  label: Bilingual;
  /** Decimal year: the middle of the release month, or the middle of the year if the month is unknown. */
  date: number;
  /** True when the month is unknown and the point sits at mid-year. */
  dateApprox: boolean;
  /** Total parameters of the model's flagship size. */
  parameters: number;
  /** Parameters used per token, for Mixture-of-Experts models that state it. */
  activeParameters?: number;
  family: Family;
  moe: boolean;
  /** A rumour or estimate, never officially disclosed (GPT-4); drawn differently and labelled. */
  unconfirmed: boolean;
  approx: boolean;
  sourceKey: string;
  /** Why the figure is uncertain or differs from what other texts quote; shown in the tooltip. */
  note?: Bilingual;
}

/** A horizontal line for comparison, with its own provenance. */
export interface ReferenceLine {
  id: string;
  label: Bilingual;
  value: number;
  approx: boolean;
  sourceKey: string;
  note: Bilingual;
}

/**
 * Seed 000 ends its list of model sizes with "the human brain (100Tb)", i.e. about 100 trillion
 * synapses. The figure drawn is the stereological count for the neocortex, about 0.15 × 10^15
 * (Pakkenberg et al. 2003, abstract); the popular "100 trillion" is the same order of magnitude.
 */
export const HUMAN_BRAIN_SYNAPSES: ReferenceLine = {
  id: 'human-brain-synapses',
  label: { en: 'Human neocortex synapses (≈1.5 × 10¹⁴)', ko: '인간 신피질의 시냅스 수 (약 1.5 × 10¹⁴)' },
  value: 1.5e14,
  approx: true,
  sourceKey: 'pakkenberg2003',
  note: {
    en:
      'Stereological counts put roughly 1.5 × 10¹⁴ synapses in the human neocortex; the often-quoted "100 trillion" is the same order of magnitude. ' +
      'It is a comparison of scale only: a synapse is a living connection whose strength, timing and chemistry change continuously, ' +
      'while a parameter is a single stored number, so the two counts do not measure the same thing.',
    ko:
      '입체해석학(stereology) 연구에 따르면 인간 신피질에는 약 1.5 × 10¹⁴개의 시냅스가 있으며, 흔히 말하는 "100조 개"도 같은 자릿수입니다. ' +
      '규모를 가늠하기 위한 비교일 뿐입니다. 시냅스는 세기와 타이밍, 화학적 성질이 끊임없이 바뀌는 살아 있는 연결이고, ' +
      '파라미터는 저장된 숫자 하나이므로 두 수는 같은 것을 세지 않습니다.',
  },
};

/** Decimal year at the middle of the given month (1–12), or of the year when the month is unknown. */
export function decimalYear(year: number, month?: number): number {
  return month === undefined ? year + 0.5 : year + (month - 0.5) / 12;
}

function toPoint(entry: Entry, model: ModelFacts, parameters: NumberFact): GrowthPoint {
  const point: GrowthPoint = {
    entryId: entry.id,
    label: { en: entry.name, ko: entry.nameKo },
    date: decimalYear(model.year, model.month),
    dateApprox: model.month === undefined,
    parameters: parameters.value,
    family: model.family,
    moe: model.moe ?? false,
    unconfirmed: parameters.unconfirmed ?? false,
    approx: parameters.approx ?? false,
    sourceKey: parameters.source,
  };
  if (model.activeParameters) point.activeParameters = model.activeParameters.value;
  if (parameters.note) point.note = parameters.note;
  return point;
}

/** One point per model entry that states its parameter count, oldest first. */
export function growthPoints(kb: KnowledgeBase): GrowthPoint[] {
  return kb
    .ofKind('model')
    .flatMap((entry) => (entry.model?.parameters ? [toPoint(entry, entry.model, entry.model.parameters)] : []))
    .sort((a, b) => a.date - b.date || a.parameters - b.parameters);
}
