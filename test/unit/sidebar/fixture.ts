import { KnowledgeBase } from '../../../src/core/knowledge/knowledgeBase';
import type { Entry, EntryKind, ModelFacts } from '../../../src/core/knowledge/schema';

/** A minimal entry; only what the sidebar reads is meaningful. */
export function entry(id: string, kind: EntryKind, extra: Omit<Partial<Entry>, 'model'> & { model?: Partial<ModelFacts> } = {}): Entry {
  const { model, ...rest } = extra;
  return {
    id,
    kind,
    name: id.toUpperCase(),
    nameKo: id.toUpperCase(),
    aliases: [],
    code: [],
    summary: { en: `${id} summary`, ko: `${id} 요약` },
    explanation: { en: '', ko: '' },
    keyNumbers: [],
    related: [],
    sources: ['x2020'],
    ...rest,
    ...(model ? { model: { family: 'encoder-only', year: 2020, organisation: 'Org', objectives: [], keyIdeas: [], ...model } } : {}),
  };
}

export function atlasOf(entries: Entry[]): KnowledgeBase {
  return new KnowledgeBase(entries, { x2020: { title: 'X', authors: 'X et al.', year: 2020, url: 'https://arxiv.org/abs/2001.00001', kind: 'paper' } });
}

/**
 * One or two entries of every kind and model family, with names chosen so that alphabetical,
 * Korean and chronological orders all differ.
 */
export function browseAtlas(): KnowledgeBase {
  return atlasOf([
    entry('self-attention', 'architecture', { name: 'Self-attention', nameKo: '셀프 어텐션' }),
    entry('layer-norm', 'architecture', { name: 'Layer normalization', nameKo: '층 정규화' }),
    entry('bert', 'model', { name: 'BERT', model: { family: 'encoder-only', year: 2018, month: 10 } }),
    entry('albert', 'model', { name: 'ALBERT', model: { family: 'encoder-only', year: 2019, month: 9 } }),
    entry('roberta', 'model', { name: 'RoBERTa', model: { family: 'encoder-only', year: 2019, month: 7 } }),
    entry('gpt-2', 'model', { name: 'GPT-2', model: { family: 'decoder-only', year: 2019, month: 2, parameters: { value: 1.5e9, unit: 'parameters', source: 'x2020' } } }),
    entry('t5', 'model', { name: 'T5', model: { family: 'encoder-decoder', year: 2019 } }),
    entry('elmo', 'model', { name: 'ELMo', model: { family: 'rnn', year: 2018 } }),
    entry('masked-language-modeling', 'objective', { name: 'Masked language modeling', nameKo: '마스크 언어 모델링' }),
    entry('knowledge-distillation', 'scale-down', { name: 'Knowledge distillation', nameKo: '지식 증류' }),
    entry('kaplan-scaling-laws', 'scale-up', { name: 'Kaplan scaling laws', nameKo: '카플란 스케일링 법칙' }),
    entry('wordpiece', 'tokenization', { name: 'WordPiece', nameKo: '워드피스' }),
  ]);
}
