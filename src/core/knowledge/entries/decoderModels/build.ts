import type { Bilingual, KeyNumber, NumberFact, Unit } from '../../schema';

/** Bilingual text in one call, so the entry tables stay readable. */
export const t = (en: string, ko: string): Bilingual => ({ en, ko });

/** A sourced number; `extra` carries `approx`, `unconfirmed` and the `note` explaining them. */
export function num(
  value: number,
  unit: Unit,
  source: string,
  extra: Pick<NumberFact, 'approx' | 'unconfirmed' | 'note'> = {},
): NumberFact {
  return { value, unit, source, ...extra };
}

/** A labelled number shown in hovers and cards. */
export function key(label: Bilingual, fact: NumberFact): KeyNumber {
  return { label, ...fact };
}

/** Labels that recur across model cards; one wording everywhere. */
export const LABEL = {
  parameters: t('Parameters', '파라미터 수'),
  activeParameters: t('Active parameters per token', '토큰당 활성 파라미터'),
  layers: t('Layers', '층 수'),
  hidden: t('Hidden size (d_model)', '은닉 차원(d_model)'),
  heads: t('Attention heads', '어텐션 헤드 수'),
  kvHeads: t('Key/value heads', '키·값 헤드 수'),
  vocabulary: t('Vocabulary size', '어휘 크기'),
  context: t('Context length', '컨텍스트 길이'),
  trainingTokens: t('Training tokens', '학습 토큰 수'),
  experts: t('Experts per layer', '층당 전문가 수'),
  gpus: t('GPUs used for training', '학습에 쓴 GPU 수'),
} satisfies Record<string, Bilingual>;
