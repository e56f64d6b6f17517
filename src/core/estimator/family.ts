/** What each model family's counter returns, and checks several families share. */
import type { ConfigReader } from './configReader';
import { fail } from './failure';
import type { Architecture, Bilingual, BreakdownNode, ModelShape } from './types';

export interface FamilyModel {
  displayName: string;
  architecture: Architecture;
  countedAs: string;
  breakdown: BreakdownNode[];
  shape: ModelShape;
  /** Only for mixture-of-experts models; otherwise every parameter is active. */
  activeParameters?: number;
  warnings: Bilingual[];
}

export type FamilyCounter = (config: ConfigReader) => FamilyModel;

/**
 * hidden / heads, refusing what Transformers refuses: attention classes that derive the head size
 * raise an error when the hidden size does not split evenly across the heads.
 */
export function headSize(hidden: number, heads: number, keys: { hidden: string; heads: string }): number {
  if (hidden % heads !== 0) {
    fail('out-of-range', keys.heads, {
      en: `"${keys.hidden}" (${hidden}) must be divisible by "${keys.heads}" (${heads}): each head gets an equal slice.`,
      ko: `"${keys.hidden}"(${hidden})은(는) "${keys.heads}"(${heads})로 나누어떨어져야 합니다. 각 헤드가 같은 크기를 나눠 갖기 때문입니다.`,
    });
  }
  return hidden / heads;
}

/** Grouped-query attention shares each K/V head among heads / kv_heads query heads; warn if uneven. */
export function kvGroupingWarnings(heads: number, kvHeads: number): Bilingual[] {
  if (heads % kvHeads === 0) return [];
  return [
    {
      en: `num_attention_heads (${heads}) is not a multiple of num_key_value_heads (${kvHeads}); the weights are counted as configured, but such a model cannot run.`,
      ko: `num_attention_heads(${heads})가 num_key_value_heads(${kvHeads})의 배수가 아닙니다. 가중치는 설정대로 셌지만 이런 모델은 실제로 실행되지 않습니다.`,
    },
  ];
}
