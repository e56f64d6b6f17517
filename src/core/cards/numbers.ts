/**
 * Ideas with numbers, worked step by step with real shapes: ALBERT's factorised embedding and
 * cross-layer sharing, DistilBERT's halved depth, a Mixture of Experts' active parameters. Whole-model
 * totals come from the config estimator, which counts each model as Transformers builds it.
 */
import { biasedEncoderLayer, linear, sum } from '../estimator/blocks';
import { estimateFromConfig } from '../estimator';
import { grouped, percent, say, type CardContext } from './context';
import type { NumericExample } from './viewModel';

/** ALBERT's shapes (Lan et al., 2020): SentencePiece vocabulary 30,000, embedding size E = 128. */
export const ALBERT = { vocabulary: 30_000, embedding: 128, baseHidden: 768, xxlargeHidden: 4096, layers: 12, baseIntermediate: 3072 } as const;

/** V×H for a tied-width table against V×E + E×H for the factorised one. */
export function factorizedEmbedding(vocabulary: number, hidden: number, embedding: number): { full: number; factorized: number; saved: number } {
  const full = vocabulary * hidden;
  const factorized = vocabulary * embedding + embedding * hidden;
  return { full, factorized, saved: full - factorized };
}

/** Total parameters the estimator counts for a Hugging Face config; these configs are known-good. */
function total(config: Record<string, unknown>): number {
  const result = estimateFromConfig(config);
  if (!result.ok) throw new Error(`estimator refused ${JSON.stringify(config)}: ${result.error.message.en}`);
  return result.estimate.totalParameters;
}

function factorizedExample(ctx: CardContext): NumericExample {
  const { vocabulary: V, embedding: E } = ALBERT;
  const steps = [ALBERT.baseHidden, ALBERT.xxlargeHidden].flatMap((H) => {
    const { full, factorized, saved } = factorizedEmbedding(V, H, E);
    return [
      { label: say(ctx, { en: `V × H, H = ${H}`, ko: `V × H, H = ${H}` }), formula: `${grouped(V)} × ${grouped(H)}`, value: grouped(full) },
      { label: say(ctx, { en: `V × E + E × H, H = ${H}`, ko: `V × E + E × H, H = ${H}` }), formula: `${grouped(V)} × ${E} + ${E} × ${grouped(H)}`, value: grouped(factorized) },
      {
        label: say(ctx, { en: `Saved at H = ${H}`, ko: `H = ${H}일 때 절약` }),
        formula: `${grouped(full)} − ${grouped(factorized)}`,
        value: `${grouped(saved)} (${percent(saved / full)})`,
        emphasis: true,
      },
    ];
  });
  return {
    id: 'albert-factorized-embedding',
    title: say(ctx, { en: 'Factorised embedding, with ALBERT’s numbers', ko: 'ALBERT 수치로 본 임베딩 분해' }),
    intro: say(ctx, {
      en: `BERT ties the embedding width to the hidden size H, so its vocabulary table has V × H entries. ALBERT first maps each of the V = ${grouped(V)} tokens to E = ${E} dimensions and then projects E up to H.`,
      ko: `BERT는 임베딩 폭을 은닉 크기 H와 같게 두므로 어휘 표가 V × H개 값을 가진다. ALBERT는 V = ${grouped(V)}개 토큰을 먼저 E = ${E}차원으로 매핑한 뒤 E를 H로 투영한다.`,
    }),
    steps,
    conclusion: say(ctx, {
      en: 'The saving grows with H: the wider the model, the more a full-width vocabulary table wastes on what are context-free token vectors.',
      ko: '절약은 H가 클수록 커진다. 모델이 넓을수록, 문맥과 무관한 토큰 벡터에 전체 폭의 어휘 표를 쓰는 낭비가 커지기 때문이다.',
    }),
  };
}

/** One BERT-base-shaped layer: attention, feed-forward and two LayerNorms, with biases. */
function encoderLayer(hidden: number, intermediate: number): number {
  return sum(biasedEncoderLayer(hidden, intermediate));
}

function sharingExample(ctx: CardContext): NumericExample {
  const H = ALBERT.baseHidden;
  const L = ALBERT.layers;
  const layer = encoderLayer(H, ALBERT.baseIntermediate);
  const albertBase = { model_type: 'albert', hidden_size: H, num_attention_heads: 12, intermediate_size: ALBERT.baseIntermediate };
  const shared = total(albertBase);
  const unshared = total({ ...albertBase, num_hidden_groups: L });
  return {
    id: 'albert-cross-layer-sharing',
    title: say(ctx, { en: 'Cross-layer sharing in ALBERT-base', ko: 'ALBERT-base의 층 간 공유' }),
    intro: say(ctx, {
      en: `A BERT-base-shaped layer (H = ${H}, feed-forward ${ALBERT.baseIntermediate}) holds attention 4(H² + H), a feed-forward 8H² + 5H and two LayerNorms 4H: 12H² + 13H parameters. ALBERT stores one such layer and runs it ${L} times.`,
      ko: `BERT-base 모양의 층(H = ${H}, 피드포워드 ${ALBERT.baseIntermediate})은 어텐션 4(H² + H), 피드포워드 8H² + 5H, LayerNorm 두 개 4H, 즉 12H² + 13H개 파라미터를 가진다. ALBERT는 이런 층 하나만 저장하고 ${L}번 실행한다.`,
    }),
    steps: [
      { label: say(ctx, { en: 'One layer', ko: '층 하나' }), formula: `12 × ${H}² + 13 × ${H}`, value: grouped(layer) },
      { label: say(ctx, { en: `${L} layers with their own weights`, ko: `각자 가중치를 가진 ${L}개 층` }), formula: `${L} × ${grouped(layer)}`, value: grouped(L * layer) },
      { label: say(ctx, { en: `${L} layers sharing one set`, ko: `가중치 한 벌을 공유하는 ${L}개 층` }), formula: `1 × ${grouped(layer)}`, value: grouped(layer) },
      { label: say(ctx, { en: 'Saved in the layer stack', ko: '층 스택에서 절약' }), formula: `${L - 1} × ${grouped(layer)}`, value: `${grouped((L - 1) * layer)} (${percent((L - 1) / L)})`, emphasis: true },
      { label: say(ctx, { en: 'Whole ALBERT-base, not shared', ko: '공유하지 않은 ALBERT-base 전체' }), formula: 'num_hidden_groups = 12', value: grouped(unshared) },
      { label: say(ctx, { en: 'Whole ALBERT-base, shared', ko: '공유한 ALBERT-base 전체' }), formula: 'num_hidden_groups = 1', value: grouped(shared), emphasis: true },
    ],
    conclusion: say(ctx, {
      en: `About ${Math.round(shared / 1e6)}M parameters, as the paper reports for ALBERT-base. Sharing saves memory, not compute: a forward pass still runs the layer ${L} times.`,
      ko: `논문이 ALBERT-base에 대해 밝힌 것처럼 약 ${Math.round(shared / 1e6)}M개다. 공유는 메모리를 줄일 뿐 계산량은 줄이지 않는다. 순전파는 여전히 그 층을 ${L}번 실행한다.`,
    }),
  };
}

function distilbertExample(ctx: CardContext): NumericExample {
  const H = 768;
  const layer = encoderLayer(H, 4 * H);
  const bertBase = total({ model_type: 'bert' });
  const distil = total({ model_type: 'distilbert' });
  const pooler = linear(H, H, true);
  const tokenTypes = 2 * H;
  return {
    id: 'distilbert-halved-depth',
    title: say(ctx, { en: 'DistilBERT: half the layers of BERT-base', ko: 'DistilBERT: BERT-base 층의 절반' }),
    intro: say(ctx, {
      en: 'DistilBERT keeps BERT-base’s width (H = 768, 12 heads) and vocabulary (30,522), keeps one layer out of every two, and drops the token-type embeddings and the pooler.',
      ko: 'DistilBERT는 BERT-base의 폭(H = 768, 헤드 12개)과 어휘(30,522)를 그대로 두고, 층은 두 개 중 하나만 남기며, 토큰 타입 임베딩과 풀러를 없앴다.',
    }),
    steps: [
      { label: say(ctx, { en: 'BERT-base layers', ko: 'BERT-base의 층' }), formula: `12 × ${grouped(layer)}`, value: grouped(12 * layer) },
      { label: say(ctx, { en: 'DistilBERT layers', ko: 'DistilBERT의 층' }), formula: `6 × ${grouped(layer)}`, value: grouped(6 * layer) },
      { label: say(ctx, { en: 'Token-type embeddings dropped', ko: '없앤 토큰 타입 임베딩' }), formula: `2 × ${H}`, value: grouped(tokenTypes) },
      { label: say(ctx, { en: 'Pooler dropped', ko: '없앤 풀러' }), formula: `${H} × ${H} + ${H}`, value: grouped(pooler) },
      { label: say(ctx, { en: 'BERT-base (bert-base-uncased)', ko: 'BERT-base (bert-base-uncased)' }), formula: '', value: grouped(bertBase) },
      {
        label: say(ctx, { en: 'DistilBERT (distilbert-base-uncased)', ko: 'DistilBERT (distilbert-base-uncased)' }),
        formula: `${grouped(bertBase)} − ${grouped(6 * layer)} − ${grouped(tokenTypes)} − ${grouped(pooler)}`,
        value: grouped(distil),
        emphasis: true,
      },
    ],
    conclusion: say(ctx, {
      en: `DistilBERT has ${percent(distil / bertBase)} of BERT-base’s parameters, ${percent(1 - distil / bertBase)} fewer: the paper’s “40% smaller”. The ≈110M often quoted next to it is the teacher’s size, not the student’s.`,
      ko: `DistilBERT의 파라미터는 BERT-base의 ${percent(distil / bertBase)}로 ${percent(1 - distil / bertBase)} 적다. 논문이 말한 “40% 더 작다”가 이것이다. 흔히 함께 인용되는 약 1억 1천만은 학생이 아니라 교사 모델의 크기다.`,
    }),
  };
}

function moeExample(ctx: CardContext): NumericExample {
  const result = estimateFromConfig({ model_type: 'mixtral' });
  if (!result.ok) throw new Error('the estimator no longer counts Mixtral');
  const { totalParameters, activeParameters, shape } = result.estimate;
  const experts = shape.experts ?? 8;
  const perToken = shape.expertsPerToken ?? 2;
  const expert = (totalParameters - activeParameters) / (experts - perToken);
  const shared = activeParameters - perToken * expert;
  const billions = (value: number) => `${(value / 1e9).toFixed(2)}B`;
  return {
    id: 'moe-active-parameters',
    title: say(ctx, { en: 'Total versus active parameters in Mixtral 8x7B', ko: 'Mixtral 8x7B의 전체 파라미터와 활성 파라미터' }),
    intro: say(ctx, {
      en: `Each of the ${shape.layers} layers has ${experts} feed-forward experts; the router sends every token to ${perToken} of them. Attention, embeddings and norms are shared by all tokens.`,
      ko: `${shape.layers}개 층마다 피드포워드 전문가가 ${experts}개 있고, 라우터는 토큰마다 그중 ${perToken}개로 보낸다. 어텐션·임베딩·정규화 층은 모든 토큰이 함께 쓴다.`,
    }),
    steps: [
      { label: say(ctx, { en: 'Shared parameters', ko: '공유 파라미터' }), formula: say(ctx, { en: 'attention, embeddings, norms, routers', ko: '어텐션, 임베딩, 정규화, 라우터' }), value: billions(shared) },
      { label: say(ctx, { en: 'One expert, all layers', ko: '전문가 하나 (전 층)' }), formula: `${shape.layers} × 3 × ${shape.hidden} × ${shape.intermediate}`, value: billions(expert) },
      { label: say(ctx, { en: 'Total', ko: '전체' }), formula: `${billions(shared)} + ${experts} × ${billions(expert)}`, value: billions(totalParameters) },
      { label: say(ctx, { en: 'Active per token', ko: '토큰당 활성' }), formula: `${billions(shared)} + ${perToken} × ${billions(expert)}`, value: billions(activeParameters), emphasis: true },
      { label: say(ctx, { en: 'Share used per token', ko: '토큰당 사용 비율' }), formula: `${billions(activeParameters)} / ${billions(totalParameters)}`, value: percent(activeParameters / totalParameters), emphasis: true },
    ],
    conclusion: say(ctx, {
      en: 'Memory must hold every expert, but each token pays the compute of a model about a quarter the size: that is the Mixture-of-Experts trade.',
      ko: '메모리에는 모든 전문가를 올려야 하지만, 토큰 하나의 계산량은 약 4분의 1 크기 모델과 같다. 이것이 전문가 혼합의 거래다.',
    }),
  };
}

const EXAMPLES: Record<string, (ctx: CardContext) => NumericExample> = {
  factorized: factorizedExample,
  sharing: sharingExample,
  distilbert: distilbertExample,
  moe: moeExample,
};

/** Which entries (and family cards) show which numeric examples. */
const BY_ENTRY: Record<string, Array<keyof typeof EXAMPLES>> = {
  albert: ['factorized', 'sharing'],
  'factorized-embedding-parameterization': ['factorized'],
  'cross-layer-parameter-sharing': ['sharing'],
  distilbert: ['distilbert'],
  'knowledge-distillation': ['distilbert'],
  'mixtral-8x7b': ['moe'],
  'mixture-of-experts': ['moe'],
};

export function numericExamplesFor(ctx: CardContext, id: string): NumericExample[] {
  return (BY_ENTRY[id] ?? []).map((key) => EXAMPLES[key](ctx));
}
