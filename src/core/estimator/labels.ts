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
  qkNorms: { en: 'Query/key norms', ko: '쿼리·키 정규화' },
  feedForward: { en: 'Feed-forward (MLP)', ko: '피드포워드(MLP)' },
  gatedFeedForward: { en: 'Gated feed-forward (gate, up, down)', ko: '게이트형 피드포워드(gate, up, down)' },
  expert: { en: 'Expert feed-forward (gate, up, down)', ko: '전문가 피드포워드(gate, up, down)' },
  router: { en: 'Router (expert gate)', ko: '라우터(전문가 게이트)' },
  norms: { en: 'Norms', ko: '정규화' },
  finalNorm: { en: 'Final norm', ko: '최종 정규화' },
  relativeBias: { en: 'Relative position bias (first layer only)', ko: '상대 위치 편향(첫 레이어에만 있음)' },
  relativeBiasShared: { en: 'Relative position bias (one table for all layers)', ko: '상대 위치 편향(모든 레이어가 표 하나를 공유)' },
  relativeBiasEveryLayer: { en: 'Relative position bias (a table of its own)', ko: '상대 위치 편향(레이어마다 따로 있음)' },
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
  sharedExpert: { en: 'Shared expert (every token uses it)', ko: '공유 전문가(모든 토큰이 거침)' },
  sharedExpertGate: { en: 'Shared-expert gate', ko: '공유 전문가 게이트' },
  latentAttention: {
    en: 'Multi-head latent attention (Q and KV down/up projections, output)',
    ko: '멀티헤드 잠재 어텐션(Q·KV 압축·복원 투영, 출력)',
  },
  attentionWithSinks: { en: 'Self-attention (Q, K, V, output, sinks)', ko: '셀프 어텐션(Q, K, V, 출력, 싱크)' },
  globalAttention: { en: 'Global attention (Q, K, V)', ko: '전역 어텐션(Q, K, V)' },
  ssmMixer: {
    en: 'Selective state-space mixer (in/out projections, conv, Δ, A, D)',
    ko: '선택적 상태 공간 믹서(입출력 투영, 합성곱, Δ, A, D)',
  },
  relativePositions: { en: 'Relative position embeddings', ko: '상대 위치 임베딩' },
  encoderConv: { en: 'Convolution after the first layer (Conv1d + LayerNorm)', ko: '첫 레이어 뒤 합성곱(Conv1d + LayerNorm)' },
  audioConvolutions: { en: 'Audio convolutions (2 × Conv1d)', ko: '오디오 합성곱(Conv1d 2개)' },
  patchEmbedding: { en: 'Patch embedding (Conv2d) and positions', ko: '패치 임베딩(Conv2d)과 위치' },
  visionTower: { en: 'Vision tower (SigLIP)', ko: '비전 타워(SigLIP)' },
  visionHead: { en: 'Attention-pooling head', ko: '어텐션 풀링 헤드' },
  projector: { en: 'Multimodal projector', ko: '멀티모달 프로젝터' },
  languageModel: { en: 'Language model', ko: '언어 모델' },
  projectOut: { en: 'Hidden → embedding projection', ko: '은닉 차원 → 임베딩 투영' },
  encoder: { en: 'Encoder', ko: '인코더' },
  decoder: { en: 'Decoder', ko: '디코더' },
} as const satisfies Record<string, Bilingual>;

/** 1234567 → "1,234,567", the same in both languages (no locale dependence in the core). */
export function groupedCount(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

export function layersLabel(count: number): Bilingual {
  return { en: `Transformer layers (×${count})`, ko: `트랜스포머 레이어(×${count})` };
}

export function genericLayersLabel(count: number): Bilingual {
  return {
    en: `Layers (×${count}), each assumed 4·d² attention + 2·d·d_ff feed-forward`,
    ko: `레이어(×${count}), 레이어마다 어텐션 4·d², 피드포워드 2·d·d_ff로 가정`,
  };
}

export function denseLayersLabel(count: number): Bilingual {
  return { en: `Dense layers (×${count})`, ko: `밀집 레이어(×${count})` };
}

export function moeLayersLabel(count: number): Bilingual {
  return { en: `Mixture-of-experts layers (×${count})`, ko: `전문가 혼합 레이어(×${count})` };
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
