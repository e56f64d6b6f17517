/** Bilingual names of the parts of a model, as shown in the breakdown. */
import type { Bilingual } from './types';

export const LABEL = {
  embeddings: { en: 'Embeddings', ko: '임베딩' },
  tokenEmbeddings: { en: 'Token embeddings', ko: '토큰 임베딩' },
  sharedEmbeddings: { en: 'Token embeddings (shared by encoder and decoder)', ko: '토큰 임베딩(인코더·디코더 공유)' },
  positionEmbeddings: { en: 'Learned position embeddings', ko: '학습된 위치 임베딩' },
  tokenTypeEmbeddings: { en: 'Token-type (segment) embeddings', ko: '토큰 타입(세그먼트) 임베딩' },
  embeddingNorm: { en: 'Embedding LayerNorm', ko: '임베딩 LayerNorm' },
  embeddingProjection: { en: 'Embedding → hidden projection', ko: '임베딩 → 은닉 차원 투영' },
  selfAttention: { en: 'Self-attention (Q, K, V, output)', ko: '셀프 어텐션(Q, K, V, 출력)' },
  crossAttention: { en: 'Cross-attention (Q, K, V, output)', ko: '크로스 어텐션(Q, K, V, 출력)' },
  qkNorms: { en: 'Query/key LayerNorms', ko: '쿼리·키 LayerNorm' },
  feedForward: { en: 'Feed-forward (MLP)', ko: '피드포워드(MLP)' },
  gatedFeedForward: { en: 'Gated feed-forward (gate, up, down)', ko: '게이트형 피드포워드(gate, up, down)' },
  expert: { en: 'Expert feed-forward (gate, up, down)', ko: '전문가 피드포워드(gate, up, down)' },
  router: { en: 'Router (expert gate)', ko: '라우터(전문가 게이트)' },
  norms: { en: 'Norms', ko: '정규화' },
  finalNorm: { en: 'Final norm', ko: '최종 정규화' },
  relativeBias: { en: 'Relative position bias (first layer only)', ko: '상대 위치 편향(첫 레이어에만 있음)' },
  head: { en: 'Output head (LM head)', ko: '출력 헤드(LM 헤드)' },
  tiedHead: {
    en: 'Output head: tied to the token embeddings, counted once',
    ko: '출력 헤드: 토큰 임베딩과 가중치를 공유하므로 한 번만 셈',
  },
  tiedHeadBias: {
    en: 'Output head bias (its weight is tied to the token embeddings)',
    ko: '출력 헤드 편향(가중치는 토큰 임베딩과 공유)',
  },
  pooler: { en: 'Pooler', ko: '풀러' },
  encoder: { en: 'Encoder', ko: '인코더' },
  decoder: { en: 'Decoder', ko: '디코더' },
} as const satisfies Record<string, Bilingual>;

export function layersLabel(count: number): Bilingual {
  return { en: `Transformer layers (×${count})`, ko: `트랜스포머 레이어(×${count})` };
}

export function genericLayersLabel(count: number): Bilingual {
  return {
    en: `Layers (×${count}), each assumed 4·d² attention + 2·d·d_ff feed-forward`,
    ko: `레이어(×${count}), 레이어마다 어텐션 4·d², 피드포워드 2·d·d_ff로 가정`,
  };
}

export function expertsLabel(count: number): Bilingual {
  return { en: `Experts (×${count})`, ko: `전문가(×${count})` };
}

export function layerGroupLabel(layers: number): Bilingual {
  return { en: `Shared layer group (${layers} distinct layer${layers === 1 ? '' : 's'})`, ko: `공유 레이어 그룹(서로 다른 레이어 ${layers}개)` };
}

export function sharedLayersLabel(groups: number, layers: number): Bilingual {
  return groups === 1
    ? { en: `One shared layer, applied ${layers}×`, ko: `공유 레이어 1개를 ${layers}번 반복 적용` }
    : { en: `${groups} shared layer groups, applied ${layers}× in total`, ko: `공유 레이어 그룹 ${groups}개를 모두 ${layers}번 적용` };
}
