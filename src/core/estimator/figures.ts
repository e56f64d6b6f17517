/**
 * What a model costs, derived from its estimate: FLOPs, training compute, Chinchilla tokens and loss,
 * memory for weights, for mixed-precision Adam training and for the KV cache.
 */
import { chinchillaLoss, optimalTokensForParameters, ruleOfThumbTokens } from '../scaling/chinchilla';
import { kvCacheGroups } from './kvCache';
import type { Bilingual, BreakdownNode, KvCacheGroup, ModelEstimate } from './types';

export interface FigureOptions {
  /** Training tokens D. Default: the Chinchilla rule of thumb, 20 tokens per parameter. */
  tokens?: number;
  /** Context length n_ctx for the attention FLOPs and the KV cache. Default: the config's. */
  context?: number;
}

export interface DerivedFigures {
  tokens: number;
  /** True when `tokens` was not given and the Chinchilla 20-tokens-per-parameter budget was used. */
  tokensAreDefault: boolean;
  context: number;
  /** Active parameters minus vocabulary/position tables and output head (Kaplan et al.'s N). */
  nonEmbeddingActiveParameters: number;
  flops: {
    /** 2·N_active + 2·n_layer·n_ctx·d_attn (Kaplan et al. 2020, Table 1, with N counting embeddings). */
    forwardPerToken: number;
    /** Kaplan et al.'s exact convention: 2·N_non-embedding + 2·n_layer·n_ctx·d_attn. */
    forwardPerTokenNonEmbedding: number;
    /** The context-dependent part, 2·n_layer·n_ctx·d_attn. */
    attentionPerToken: number;
    /** 6·N_active·D. */
    training: number;
  };
  chinchilla: {
    /** ≈ 20 tokens per parameter. */
    tokensRuleOfThumb: number;
    /** The tokens the fitted L(N, D) pairs with N on its compute-optimal frontier. */
    tokensParametricFit: number;
    /** L(N, D) at `tokens`, in nats per token. */
    predictedLoss: number;
  };
  /** Bytes to hold all weights (every expert included). int4 = half a byte, no quantization metadata. */
  weightBytes: { fp32: number; bf16: number; int8: number; int4: number };
  /** 16 bytes per parameter: mixed-precision Adam (Rajbhandari et al. 2020, ZeRO, §3.1); no activations. */
  trainingBytesAdamMixedPrecision: number;
  /**
   * The 16-bit cache of one sequence, summed over the model's KV-cache groups (`kvCacheGroups`); absent
   * for encoder-only models, which do not generate.
   */
  kvCache?: {
    /** Per token, over every layer that caches per token (full, sliding and latent layers). */
    bytesPerToken: number;
    /** At the context length with every position kept in every layer. */
    bytesAtContext: number;
    /** When sliding-window layers shorter than the context keep only their window (rolling buffer). */
    bytesAtContextWithWindow?: number;
    /** Fixed per-sequence state of state-space layers (Mamba's conv and SSM state), whatever the length. */
    stateBytes?: number;
  };
  notes: Bilingual[];
}

const KV_BYTES_PER_VALUE = 2;
const ADAM_MIXED_PRECISION_BYTES_PER_PARAMETER = 16;

export function deriveFigures(estimate: ModelEstimate, options: FigureOptions = {}): DerivedFigures {
  const { shape } = estimate;
  const total = estimate.totalParameters;
  const active = estimate.activeParameters;
  const ruleOfThumb = ruleOfThumbTokens(total);
  const tokensGiven = isPositiveFinite(options.tokens);
  const tokens = tokensGiven ? (options.tokens as number) : ruleOfThumb;
  const context =
    isPositiveFinite(options.context) && Number.isInteger(options.context) ? (options.context as number) : shape.contextLength;

  const nonEmbedding = active - embeddingParameters(estimate.breakdown);
  const attentionLayers = shape.layers + (shape.decoderLayers ?? 0);
  const attentionPerToken = 2 * attentionLayers * context * shape.heads * shape.headDim;
  const figures: DerivedFigures = {
    tokens,
    tokensAreDefault: !tokensGiven,
    context,
    nonEmbeddingActiveParameters: nonEmbedding,
    flops: {
      forwardPerToken: 2 * active + attentionPerToken,
      forwardPerTokenNonEmbedding: 2 * nonEmbedding + attentionPerToken,
      attentionPerToken,
      training: 6 * active * tokens,
    },
    chinchilla: {
      tokensRuleOfThumb: ruleOfThumb,
      tokensParametricFit: optimalTokensForParameters(total),
      predictedLoss: chinchillaLoss(total, tokens),
    },
    weightBytes: { fp32: 4 * total, bf16: 2 * total, int8: total, int4: total / 2 },
    trainingBytesAdamMixedPrecision: ADAM_MIXED_PRECISION_BYTES_PER_PARAMETER * total,
    notes: notesFor(estimate),
  };

  const groups = kvCacheGroups(estimate);
  if (groups) figures.kvCache = cacheBytes(groups, context);
  return figures;
}

function cacheBytes(groups: readonly KvCacheGroup[], context: number): NonNullable<DerivedFigures['kvCache']> {
  let bytesPerToken = 0;
  let withWindow = 0;
  let capped = false;
  let state = 0;
  for (const group of groups) {
    const perToken = group.layers * group.valuesPerToken * KV_BYTES_PER_VALUE;
    bytesPerToken += perToken;
    const window = group.kind === 'sliding' && group.window !== undefined && group.window < context ? group.window : context;
    capped ||= window < context;
    withWindow += perToken * window;
    state += group.layers * (group.stateValues ?? 0) * KV_BYTES_PER_VALUE;
  }
  return {
    bytesPerToken,
    bytesAtContext: bytesPerToken * context,
    ...(capped ? { bytesAtContextWithWindow: withWindow } : {}),
    ...(state > 0 ? { stateBytes: state } : {}),
  };
}

function isPositiveFinite(value: unknown): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value > 0;
}

/** Parameters in tables flagged as embeddings, counting repeats. */
function embeddingParameters(nodes: readonly BreakdownNode[]): number {
  return nodes.reduce((total, node) => {
    if (node.embedding) return total + node.parameters;
    return node.children ? total + (node.count ?? 1) * embeddingParameters(node.children) : total;
  }, 0);
}

function notesFor(estimate: ModelEstimate): Bilingual[] {
  const notes: Bilingual[] = [
    {
      en: 'Forward FLOPs per token follow Kaplan et al. 2020, Table 1: 2·N + 2·n_layer·n_ctx·d_attn. The main figure counts all active parameters, embeddings included; Kaplan et al. count only non-embedding parameters, given separately.',
      ko: '토큰당 순전파 FLOPs는 Kaplan 외(2020) 표 1의 2·N + 2·n_layer·n_ctx·d_attn을 따릅니다. 주 수치는 임베딩을 포함한 활성 파라미터 전체로 셌고, Kaplan 외가 쓰는 비임베딩 파라미터 기준 값은 따로 제공합니다.',
    },
    {
      en: 'Training compute is 6·N·D with N the active parameters (forward + backward ≈ 3 × forward).',
      ko: '학습 연산량은 6·N·D이며 N은 활성 파라미터입니다(순전파 + 역전파 ≈ 순전파의 3배).',
    },
    {
      en: 'Chinchilla figures use the fit of Hoffmann et al. 2022 (E = 1.69, A = 406.4, B = 410.7, α = 0.34, β = 0.28): ≈20 tokens per parameter, and the tokens the fitted loss pairs with this size at the compute optimum.',
      ko: 'Chinchilla 수치는 Hoffmann 외(2022)의 적합식(E = 1.69, A = 406.4, B = 410.7, α = 0.34, β = 0.28)을 씁니다. 파라미터당 약 20토큰 규칙과, 적합한 손실식이 이 크기에 짝짓는 연산 최적 토큰 수를 함께 보여 줍니다.',
    },
    {
      en: 'Training memory: 16 bytes per parameter for mixed-precision Adam (fp16 weights and gradients, fp32 master weights and two moments; Rajbhandari et al. 2020, ZeRO). Activations, temporary buffers and fragmentation are not included.',
      ko: '학습 메모리: 혼합 정밀도 Adam 기준 파라미터당 16바이트(fp16 가중치·그래디언트, fp32 마스터 가중치와 두 모멘트; Rajbhandari 외 2020, ZeRO). 활성값, 임시 버퍼, 단편화는 포함하지 않습니다.',
    },
  ];
  const groups = kvCacheGroups(estimate) ?? [];
  if (groups.some((group) => group.kind === 'full' || group.kind === 'sliding')) {
    notes.push({
      en: 'KV cache: 2 (K and V) × layers × KV heads × head size × 2 bytes (16-bit), for one sequence; multiply by the batch size. Sliding-window layers keep at most their window.',
      ko: 'KV 캐시: 2(K와 V) × 레이어 수 × KV 헤드 수 × 헤드 크기 × 2바이트(16비트), 시퀀스 하나 기준입니다. 배치 크기만큼 곱하세요. 슬라이딩 윈도 레이어는 윈도 길이까지만 보관합니다.',
    });
  }
  if (groups.some((group) => group.kind === 'latent')) {
    notes.push({
      en: 'Multi-head latent attention (MLA) caches one compressed latent plus one RoPE key per token and layer, shared by all heads: (kv_lora_rank + qk_rope_head_dim) × 2 bytes.',
      ko: '멀티헤드 잠재 어텐션(MLA)은 토큰·레이어마다 모든 헤드가 함께 쓰는 압축 잠재 벡터 하나와 RoPE 키 하나만 저장합니다: (kv_lora_rank + qk_rope_head_dim) × 2바이트.',
    });
  }
  if (groups.some((group) => group.kind === 'none')) {
    notes.push({
      en: 'State-space layers keep no per-token cache, only a fixed state per sequence (the convolution window and the SSM state), at 2 bytes per value.',
      ko: '상태 공간 레이어는 토큰마다 캐시를 두지 않고 시퀀스마다 고정 크기 상태(합성곱 창과 SSM 상태)만 보관합니다. 값 하나에 2바이트로 계산했습니다.',
    });
  }
  if (estimate.architecture === 'encoder-decoder') {
    notes.push({
      en: 'Encoder-decoder: the attention FLOPs add encoder and decoder layers at one context length; the KV cache counts the decoder self-attention (cross-attention keeps a similar cache per source token).',
      ko: '인코더-디코더: 어텐션 FLOPs는 인코더와 디코더 레이어를 같은 문맥 길이로 더했습니다. KV 캐시는 디코더 셀프 어텐션만 셌습니다(크로스 어텐션도 원문 토큰마다 비슷한 캐시를 둡니다).',
    });
  }
  if (estimate.shape.experts !== undefined) {
    notes.push({
      en: 'Mixture of experts: FLOPs and training compute use the active parameters, memory uses all of them; the Chinchilla fit was made on dense models, so its figures here are only indicative.',
      ko: '전문가 혼합: FLOPs와 학습 연산량은 활성 파라미터로, 메모리는 전체 파라미터로 계산했습니다. Chinchilla 적합식은 밀집 모델로 만든 것이라 여기서는 참고용입니다.',
    });
  }
  return notes;
}
