import { KnowledgeBase } from '../../../src/core/knowledge/knowledgeBase';
import type { Entry, ModelFacts, NumberFact } from '../../../src/core/knowledge/schema';

const text = (en: string) => ({ en, ko: `${en} (한국어)` });

export const fact = (value: number, unit: NumberFact['unit'], extra: Partial<NumberFact> = {}): NumberFact => ({
  value,
  unit,
  source: 'fixture2020',
  ...extra,
});

export function modelEntry(id: string, model: Partial<ModelFacts> & Pick<ModelFacts, 'family' | 'year'>): Entry {
  return {
    id,
    kind: 'model',
    name: id.toUpperCase(),
    nameKo: `${id} 모델`,
    aliases: [],
    code: [],
    summary: text('summary'),
    explanation: text('explanation'),
    keyNumbers: [],
    related: [],
    sources: ['fixture2020'],
    model: { organisation: 'Lab', objectives: [], keyIdeas: [], ...model },
  };
}

/** A small atlas: dense, MoE, rumoured, month-less and size-less models, plus a concept. */
export function fixtureKb(): KnowledgeBase {
  const concept: Entry = { ...modelEntry('self-attention-fixture', { family: 'decoder-only', year: 2017 }), kind: 'architecture' };
  delete concept.model;
  return new KnowledgeBase(
    [
      modelEntry('dense-late', {
        family: 'decoder-only',
        year: 2022,
        month: 3,
        parameters: fact(70e9, 'parameters'),
        trainingTokens: fact(1.4e12, 'tokens'),
      }),
      modelEntry('dense-early', {
        family: 'encoder-decoder',
        year: 2017,
        month: 6,
        parameters: fact(213e6, 'parameters', { note: { en: 'not 465M', ko: '465M이 아님' } }),
        trainingTokens: fact(3e9, 'tokens'),
      }),
      modelEntry('moe', {
        family: 'decoder-only',
        moe: true,
        year: 2023,
        month: 12,
        parameters: fact(46.7e9, 'parameters'),
        activeParameters: fact(12.9e9, 'parameters'),
        trainingTokens: fact(1e12, 'tokens'),
      }),
      modelEntry('rumoured', {
        family: 'decoder-only',
        year: 2023,
        parameters: fact(1.8e12, 'parameters', { unconfirmed: true, approx: true, source: 'press2023' }),
        trainingTokens: fact(13e12, 'tokens', { unconfirmed: true }),
      }),
      modelEntry('sizeless', { family: 'rnn', year: 2018, month: 2 }),
      concept,
    ],
    {},
  );
}
