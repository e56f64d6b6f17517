import { KnowledgeBase } from '../../../src/core/knowledge/knowledgeBase';
import type { Entry } from '../../../src/core/knowledge/schema';

/** A two-entry atlas for presentation tests, independent of the shipped data. */
export function fixtureAtlas(): KnowledgeBase {
  const distil: Entry = {
    id: 'distilbert',
    kind: 'model',
    name: 'DistilBERT',
    nameKo: '디스틸버트',
    aliases: ['DistilBERT'],
    code: ['DistilBert'],
    summary: { en: 'A 6-layer BERT distilled from BERT-base.', ko: 'BERT-base에서 증류한 6층 BERT.' },
    explanation: { en: 'Long **explanation**.', ko: '긴 설명.' },
    keyNumbers: [
      { label: { en: 'Parameters', ko: '파라미터' }, value: 66e6, unit: 'parameters', source: 'sanh2019' },
      { label: { en: 'GLUE retained', ko: 'GLUE 유지율' }, value: 97, unit: 'percent', source: 'sanh2019', approx: true },
    ],
    related: ['masked-language-modeling'],
    sources: ['sanh2019'],
    model: {
      family: 'encoder-only',
      year: 2019,
      organisation: 'Hugging Face',
      parameters: { value: 66e6, unit: 'parameters', source: 'sanh2019' },
      layers: { value: 6, unit: 'layers', source: 'sanh2019' },
      objectives: ['masked-language-modeling'],
      keyIdeas: [{ en: 'Half the layers.', ko: '층 수를 절반으로.' }],
      variants: [
        {
          id: 'distilbert-base-uncased',
          name: 'distilbert-base-uncased',
          hfIds: ['distilbert/distilbert-base-uncased'],
          parameters: { value: 66_362_880, unit: 'parameters', source: 'sanh2019' },
          layers: 6,
          hidden: 768,
          heads: 12,
        },
      ],
    },
  };
  const mlm: Entry = {
    id: 'masked-language-modeling',
    kind: 'objective',
    name: 'Masked language modeling',
    nameKo: '마스크 언어 모델링',
    aliases: ['masked language modeling', 'MLM'],
    code: ['mlm_probability'],
    summary: { en: 'Predict hidden tokens from both sides.', ko: '양쪽 문맥으로 가려진 토큰을 예측.' },
    explanation: { en: 'Explained.', ko: '설명.' },
    keyNumbers: [{ label: { en: 'Mask rate', ko: '마스크 비율' }, value: 15, unit: 'percent', source: 'devlin2019' }],
    related: ['distilbert'],
    sources: ['devlin2019'],
  };
  return new KnowledgeBase([distil, mlm], {
    sanh2019: { title: 'DistilBERT', authors: 'Sanh et al.', year: 2019, url: 'https://arxiv.org/abs/1910.01108', kind: 'paper' },
    devlin2019: { title: 'BERT', authors: 'Devlin et al.', year: 2019, url: 'https://arxiv.org/abs/1810.04805', kind: 'paper' },
  });
}
