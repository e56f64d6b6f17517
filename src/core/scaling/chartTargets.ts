import type { KnowledgeBase } from '../knowledge/knowledgeBase';

/** Where "Show on scaling chart" takes an atlas entry. */
export type ChartTarget = { kind: 'model'; entryId: string } | { kind: 'tab'; tab: 'kaplan' | 'chinchilla' | 'small' };

/** The scaling-law topics, by the tab that draws them. */
export const CHART_TOPICS: Record<string, 'kaplan' | 'chinchilla' | 'small'> = {
  'kaplan-scaling-laws': 'kaplan',
  'power-law': 'kaplan',
  'model-parameters-n': 'kaplan',
  'dataset-size-d': 'kaplan',
  'pf-days': 'kaplan',
  'sample-efficiency': 'kaplan',
  'chinchilla-scaling-laws': 'chinchilla',
  'compute-optimal-training': 'chinchilla',
  'tokens-per-parameter': 'chinchilla',
  'training-compute-c': 'chinchilla',
  flops: 'chinchilla',
  'small-language-model': 'small',
  'knowledge-distillation': 'small',
};

/**
 * The chart an entry (or a model variant's id, e.g. "bert-large") belongs on: a model with a stated
 * size goes on the growth chart, a scaling-law topic opens its tab; anything else has no place.
 */
export function chartTargetFor(kb: KnowledgeBase, id: string): ChartTarget | undefined {
  const entry = kb.get(id) ?? kb.variant(id)?.entry;
  if (!entry) return undefined;
  if (entry.model?.parameters) return { kind: 'model', entryId: entry.id };
  const tab = Object.prototype.hasOwnProperty.call(CHART_TOPICS, entry.id) ? CHART_TOPICS[entry.id] : undefined;
  return tab ? { kind: 'tab', tab } : undefined;
}
