import type { Bilingual } from '../knowledge/schema';

/** Row and section labels the card builders write into views. */
export const LABELS = {
  year: { en: 'Year', ko: '연도' },
  organisation: { en: 'Organisation', ko: '기관' },
  parameters: { en: 'Parameters', ko: '파라미터' },
  activeParameters: { en: 'Active parameters per token', ko: '토큰당 활성 파라미터' },
  layers: { en: 'Layers', ko: '층 수' },
  hidden: { en: 'Hidden size', ko: '은닉 크기' },
  heads: { en: 'Attention heads', ko: '어텐션 헤드' },
  vocabulary: { en: 'Vocabulary', ko: '어휘 크기' },
  context: { en: 'Context length', ko: '컨텍스트 길이' },
  trainingTokens: { en: 'Training tokens', ko: '학습 토큰' },
  trainingData: { en: 'Training data', ko: '학습 데이터' },
  family: { en: 'Family', ko: '계열' },
  objectives: { en: 'Pre-training objectives', ko: '사전학습 목표' },
  improvesOn: { en: 'Builds on', ko: '기반 모델' },
  attention: { en: 'Attention', ko: '어텐션' },
  tasks: { en: 'Suited to', ko: '적합한 과제' },
  members: { en: 'Models in the atlas', ko: '아틀라스의 모델 수' },
  parameterRange: { en: 'Parameter range', ko: '파라미터 범위' },
  model: { en: 'model', ko: '모델' },
  familyCard: { en: 'family', ko: '계열' },
  moe: { en: 'Mixture of Experts', ko: '전문가 혼합' },
} satisfies Record<string, Bilingual>;
