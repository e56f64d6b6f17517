/**
 * How a config estimate reads: the hover Markdown, the one-line CodeLens summary, and the rows the report
 * view shows. Pure and bilingual: every label is an {en, ko} pair, numbers are formatted the same way in
 * both languages.
 */
import { deriveFigures, type DerivedFigures, type FigureOptions } from '../estimator/figures';
import { kvCacheGroups } from '../estimator/kvCache';
import type { Bilingual, BreakdownNode, EstimateError, KvCacheGroup, ModelEstimate } from '../estimator/types';
import type { Lang } from '../knowledge/schema';
import { bytes, compactNumber, escapeMarkdown, groupedNumber, pick, scientific } from './format';

/** Labels shared by the hover, the CodeLens and the report. */
export const ESTIMATE_LABELS = {
  estimate: { en: 'LLM Atlas estimate', ko: 'LLM Atlas 추정' },
  parameters: { en: 'Parameters', ko: '파라미터 수' },
  activeShort: { en: 'active', ko: '활성' },
  countedAs: { en: 'counted as', ko: '기준 클래스' },
  generic: { en: 'generic estimate', ko: '일반 근사 추정' },
  mixtureOfExperts: { en: 'mixture of experts', ko: '전문가 혼합' },
  part: { en: 'Part', ko: '구성 요소' },
  share: { en: 'Share', ko: '비중' },
  breakdown: { en: 'Breakdown', ko: '구성' },
  figures: { en: 'What it costs', ko: '비용 추정' },
  warnings: { en: 'Warnings', ko: '주의' },
  notes: { en: 'How these are computed', ko: '계산 방법' },
  cannotEstimate: { en: 'Cannot estimate this model config', ko: '이 모델 설정은 추정할 수 없습니다' },
  field: { en: 'Field', ko: '항목' },
  openReport: { en: 'Open report', ko: '보고서 열기' },
  showOnChart: { en: 'Show on scaling chart', ko: '스케일링 차트에서 보기' },
} as const satisfies Record<string, Bilingual>;

const ARCHITECTURE_NAMES: Record<ModelEstimate['architecture'], Bilingual> = {
  'decoder-only': { en: 'decoder-only', ko: '디코더 전용' },
  'encoder-only': { en: 'encoder-only', ko: '인코더 전용' },
  'encoder-decoder': { en: 'encoder–decoder', ko: '인코더-디코더' },
};

/** Command links are the adapter's business; absent links are left out. */
export interface EstimateLinks {
  openReport?: string;
  showOnChart?: string;
}

export interface FigureRow {
  key: 'flops' | 'chinchillaTokens' | 'trainingCompute' | 'loss' | 'weights' | 'trainingMemory' | 'attention' | 'kvCache' | 'reference';
  label: string;
  value: string;
  detail?: string;
}

export interface BreakdownRow {
  key: string;
  /** 0 for top-level parts; children of a repeated group are described once (per layer, per expert). */
  depth: number;
  label: string;
  /** The node's full contribution (all repeats included). */
  parameters: number;
  /** Repeats of the node (layers, experts), when more than one. */
  count?: number;
  /** Inside a repeated group: `parameters` is per repeat (one layer, one expert), not the total. */
  perRepeat: boolean;
}

function bilingual(lang: Lang, en: string, ko: string): string {
  return pick({ en, ko }, lang);
}

/** "124,439,808 parameters" / "파라미터 124,439,808개". */
export function parameterCount(value: number, lang: Lang): string {
  return bilingual(lang, `${groupedNumber(value)} parameters`, `파라미터 ${groupedNumber(value)}개`);
}

function tokenCount(value: number, lang: Lang): string {
  return bilingual(lang, `${compactNumber(value)} tokens`, `${compactNumber(value)} 토큰`);
}

function contextTokens(value: number, lang: Lang): string {
  return bilingual(lang, `${groupedNumber(value)} tokens`, `${groupedNumber(value)} 토큰`);
}

function flops(value: number): string {
  return `${scientific(value)} FLOPs`;
}

function isMixtureOfExperts(estimate: ModelEstimate): boolean {
  return estimate.shape.experts !== undefined && estimate.activeParameters !== estimate.totalParameters;
}

/** The class the count reproduces, or "generic estimate" when the type is unknown. */
function countedClass(estimate: ModelEstimate, lang: Lang): string {
  return estimate.supported ? estimate.countedAs : pick(ESTIMATE_LABELS.generic, lang);
}

/** "124M", or "46.7B; 12.9B active" for a mixture of experts. */
function roundedCounts(estimate: ModelEstimate, lang: Lang): string {
  const total = compactNumber(estimate.totalParameters);
  if (!isMixtureOfExperts(estimate)) return total;
  return `${total}; ${compactNumber(estimate.activeParameters)} ${pick(ESTIMATE_LABELS.activeShort, lang)}`;
}

/** The CodeLens line: "LLM Atlas: 124,439,808 parameters (124M) · GPT2LMHeadModel · 249 MB bf16". */
export function estimateSummary(estimate: ModelEstimate, lang: Lang): string {
  const approx = estimate.supported ? '' : '≈';
  const count = `${approx}${parameterCount(estimate.totalParameters, lang)} (${roundedCounts(estimate, lang)})`;
  const memory = `${bytes(2 * estimate.totalParameters)} bf16`;
  return `LLM Atlas: ${count} · ${countedClass(estimate, lang)} · ${memory}`;
}

/** The CodeLens line of a config that cannot be estimated. */
export function estimateErrorSummary(error: EstimateError, lang: Lang): string {
  const message = pick(error.message, lang);
  const short = message.length > 120 ? `${message.slice(0, 117)}…` : message;
  return `LLM Atlas: ${pick(ESTIMATE_LABELS.cannotEstimate, lang)}: ${short}`;
}

/** The breakdown as rows, depth first; groups are followed by their children (one layer, one expert). */
export function breakdownRows(estimate: ModelEstimate, lang: Lang, maxDepth = Number.POSITIVE_INFINITY): BreakdownRow[] {
  const rows: BreakdownRow[] = [];
  const visit = (nodes: readonly BreakdownNode[], depth: number, path: string, perRepeat: boolean) => {
    for (const node of nodes) {
      const key = path ? `${path}.${node.key}` : node.key;
      rows.push({ key, depth, label: pick(node.label, lang), parameters: node.parameters, perRepeat, ...(node.count ? { count: node.count } : {}) });
      if (node.children && depth < maxDepth) visit(node.children, depth + 1, key, perRepeat || (node.count ?? 1) > 1);
    }
  };
  visit(estimate.breakdown, 0, '', false);
  return rows;
}

/** The share of the total a part takes, as a percentage with one decimal ("31.6%"). */
export function shareOfTotal(parameters: number, total: number): string {
  if (total <= 0) return '—';
  const percent = (100 * parameters) / total;
  return `${percent.toFixed(1)}%`;
}

/** Derived figures as label/value rows, in the order the hover and the report show them. */
export function figureRows(estimate: ModelEstimate, figures: DerivedFigures, lang: Lang): FigureRow[] {
  const b = (en: string, ko: string) => bilingual(lang, en, ko);
  const context = contextTokens(figures.context, lang);
  const budget = tokenCount(figures.tokens, lang);
  const budgetNote = figures.tokensAreDefault ? b('the Chinchilla budget of 20 per parameter', '파라미터당 20토큰인 Chinchilla 예산') : b('the chosen budget', '지정한 예산');
  const rows: FigureRow[] = [
    {
      key: 'flops',
      label: b('Forward FLOPs per token', '토큰당 순전파 FLOPs'),
      value: flops(figures.flops.forwardPerToken),
      detail: b(
        `at ${context} of context: 2·N + attention ${scientific(figures.flops.attentionPerToken)}; non-embedding (Kaplan) ${scientific(figures.flops.forwardPerTokenNonEmbedding)}`,
        `문맥 ${context} 기준: 2·N + 어텐션 ${scientific(figures.flops.attentionPerToken)}, 비임베딩 기준(Kaplan) ${scientific(figures.flops.forwardPerTokenNonEmbedding)}`,
      ),
    },
    {
      key: 'chinchillaTokens',
      label: b('Chinchilla-optimal tokens', 'Chinchilla 최적 토큰 수'),
      value: b(`${compactNumber(figures.chinchilla.tokensRuleOfThumb)} (20 per parameter)`, `${compactNumber(figures.chinchilla.tokensRuleOfThumb)}(파라미터당 20)`),
      detail: b(`fitted L(N, D) optimum: ${compactNumber(figures.chinchilla.tokensParametricFit)}`, `적합식 L(N, D)의 최적값: ${compactNumber(figures.chinchilla.tokensParametricFit)}`),
    },
    {
      key: 'trainingCompute',
      label: b('Training compute 6·N·D', '학습 연산량 6·N·D'),
      value: flops(figures.flops.training),
      detail: b(`for ${budget}, ${budgetNote}`, `${budget}, ${budgetNote} 기준`),
    },
    {
      key: 'loss',
      label: b('Predicted loss (Chinchilla fit)', '예측 손실(Chinchilla 적합식)'),
      value: b(`${figures.chinchilla.predictedLoss.toFixed(2)} nats/token`, `토큰당 ${figures.chinchilla.predictedLoss.toFixed(2)} nats`),
      detail: b(`after ${budget}`, `${budget} 학습 후`),
    },
    {
      key: 'weights',
      label: b('Weights memory', '가중치 메모리'),
      value: (['fp32', 'bf16', 'int8', 'int4'] as const).map((p) => `${p} ${bytes(figures.weightBytes[p])}`).join(' · '),
    },
    {
      key: 'trainingMemory',
      label: b('Training memory (Adam, mixed precision)', '학습 메모리(Adam, 혼합 정밀도)'),
      value: bytes(figures.trainingBytesAdamMixedPrecision),
      detail: b('16 bytes per parameter, activations not included', '파라미터당 16바이트, 활성값 제외'),
    },
  ];
  const groups = kvCacheGroups(estimate);
  if (groups) rows.push({ key: 'attention', label: b('Attention and cache', '어텐션과 캐시'), value: attentionSummary(estimate, groups, lang) });
  if (figures.kvCache && groups) rows.push(kvCacheRow(figures.kvCache, groups, context, lang));
  if (estimate.reference) {
    rows.push({ key: 'reference', label: b('Checked against a known total', '알려진 전체 수와 비교'), value: pick(estimate.reference.message, lang) });
  }
  return rows;
}

/** Which layers attend how, and how queries share K/V heads: "22 sliding-window layers (512 tokens) + 4 global layers · …". */
function attentionSummary(estimate: ModelEstimate, groups: readonly KvCacheGroup[], lang: Lang): string {
  const b = (en: string, ko: string) => bilingual(lang, en, ko);
  const kinds = groups.map((group) => {
    const n = groupedNumber(group.layers);
    switch (group.kind) {
      case 'full':
        return b(`${n} global layer${group.layers === 1 ? '' : 's'}`, `전역 어텐션 레이어 ${n}개`);
      case 'sliding': {
        const w = groupedNumber(group.window ?? 0);
        return b(`${n} sliding-window layer${group.layers === 1 ? '' : 's'} (${w} tokens)`, `슬라이딩 윈도 레이어 ${n}개(${w} 토큰)`);
      }
      case 'latent':
        return b(
          `${n} latent-attention (MLA) layers caching ${groupedNumber(group.valuesPerToken)} values per token`,
          `토큰당 값 ${groupedNumber(group.valuesPerToken)}개를 보관하는 잠재 어텐션(MLA) 레이어 ${n}개`,
        );
      case 'none':
        return b(`${n} state-space layers without a KV cache`, `KV 캐시가 없는 상태 공간 레이어 ${n}개`);
    }
  });
  const parts = [kinds.join(' + ')];
  const { heads, kvHeads, headDim } = estimate.shape;
  if (groups.some((group) => group.kind === 'full' || group.kind === 'sliding') && heads > 0 && kvHeads > 0) {
    const d = groupedNumber(headDim);
    if (kvHeads === heads) parts.push(b(`${heads} heads of ${d}`, `${d}차원 헤드 ${heads}개`));
    else if (kvHeads === 1) parts.push(b(`${heads} query heads share 1 K/V head of ${d}`, `쿼리 헤드 ${heads}개가 ${d}차원 K/V 헤드 1개를 공유`));
    else {
      const each = Number.isInteger(heads / kvHeads) ? b(` (${heads / kvHeads} each)`, `(${heads / kvHeads}개씩)`) : '';
      parts.push(b(`${heads} query heads share ${kvHeads} K/V heads of ${d}${each}`, `쿼리 헤드 ${heads}개가 ${d}차원 K/V 헤드 ${kvHeads}개를 나눠 씀${each}`));
    }
  }
  return parts.join(' · ');
}

function kvCacheRow(kv: NonNullable<DerivedFigures['kvCache']>, groups: readonly KvCacheGroup[], context: string, lang: Lang): FigureRow {
  const b = (en: string, ko: string) => bilingual(lang, en, ko);
  const label = b('KV cache (16-bit, one sequence)', 'KV 캐시(16비트, 시퀀스 1개)');
  const state = kv.stateBytes === undefined ? undefined : b(`${bytes(kv.stateBytes)} of state per sequence`, `시퀀스당 상태 ${bytes(kv.stateBytes)}`);
  if (kv.bytesPerToken === 0) {
    return { key: 'kvCache', label, value: [b('no per-token cache', '토큰당 캐시 없음'), ...(state ? [state] : [])].join(' · ') };
  }
  const value = [
    b(`${bytes(kv.bytesPerToken)} per token · ${bytes(kv.bytesAtContext)} at ${context}`, `토큰당 ${bytes(kv.bytesPerToken)} · ${context}에서 ${bytes(kv.bytesAtContext)}`),
    ...(state ? [state] : []),
  ].join(' · ');
  if (kv.bytesAtContextWithWindow === undefined) return { key: 'kvCache', label, value };
  const caching = groups.filter((group) => group.kind !== 'none');
  const sliding = caching.filter((group) => group.kind === 'sliding');
  const windows = new Set(sliding.map((group) => group.window));
  const capped = bytes(kv.bytesAtContextWithWindow);
  const detail =
    sliding.length === caching.length && windows.size === 1
      ? b(`${capped} with the ${groupedNumber(sliding[0].window ?? 0)}-token sliding window`, `슬라이딩 윈도 ${groupedNumber(sliding[0].window ?? 0)} 토큰이면 ${capped}`)
      : b(
          `${capped} when the ${groupedNumber(sliding.reduce((n, group) => n + group.layers, 0))} sliding-window layers keep only their window`,
          `슬라이딩 윈도 레이어 ${groupedNumber(sliding.reduce((n, group) => n + group.layers, 0))}개가 윈도만 보관하면 ${capped}`,
        );
  return { key: 'kvCache', label, value, detail };
}

/** True when some layer of the model has shared experts every token goes through (DeepSeek, Qwen-MoE). */
function hasSharedExperts(nodes: readonly BreakdownNode[]): boolean {
  return nodes.some((node) => node.key === 'sharedExpert' || (node.children !== undefined && hasSharedExperts(node.children)));
}

/** "**46,702,792,704 parameters** (46.7B) · **12,879,925,248 active per token** (12.9B; 2 of 8 experts)". */
function countLine(estimate: ModelEstimate, lang: Lang): string {
  const approx = estimate.supported ? '' : '≈';
  const total = `**${approx}${parameterCount(estimate.totalParameters, lang)}** (${compactNumber(estimate.totalParameters)})`;
  if (!isMixtureOfExperts(estimate)) return total;
  const { experts, expertsPerToken } = estimate.shape;
  const routing = hasSharedExperts(estimate.breakdown)
    ? bilingual(lang, `${expertsPerToken} of ${experts} routed experts + shared`, `라우팅 전문가 ${experts}개 중 ${expertsPerToken}개 + 공유 전문가`)
    : bilingual(lang, `${expertsPerToken} of ${experts} experts`, `전문가 ${experts}개 중 ${expertsPerToken}개`);
  const exact = groupedNumber(estimate.activeParameters);
  const activeCount = bilingual(lang, `${exact} active per token`, `토큰당 활성 파라미터 ${exact}개`);
  const active = `**${activeCount}** (${compactNumber(estimate.activeParameters)}; ${routing})`;
  return `${total} · ${active}`;
}

function headline(estimate: ModelEstimate, lang: Lang): string {
  const parts = [pick(ARCHITECTURE_NAMES[estimate.architecture], lang)];
  if (isMixtureOfExperts(estimate)) parts.push(pick(ESTIMATE_LABELS.mixtureOfExperts, lang));
  parts.push(
    estimate.supported
      ? `${pick(ESTIMATE_LABELS.countedAs, lang)} \`${estimate.countedAs}\``
      : escapeMarkdown(pick(ESTIMATE_LABELS.generic, lang)),
  );
  return `**${pick(ESTIMATE_LABELS.estimate, lang)}: ${escapeMarkdown(estimate.displayName)}** — *${parts.join(' · ')}*`;
}

function breakdownTable(estimate: ModelEstimate, lang: Lang): string[] {
  const header = `| ${pick(ESTIMATE_LABELS.part, lang)} | ${pick(ESTIMATE_LABELS.parameters, lang)} | ${pick(ESTIMATE_LABELS.share, lang)} |`;
  const rows = breakdownRows(estimate, lang, 0).map(
    (row) => `| ${escapeMarkdown(row.label)} | ${groupedNumber(row.parameters)} | ${shareOfTotal(row.parameters, estimate.totalParameters)} |`,
  );
  return [header, '| :-- | --: | --: |', ...rows];
}

function linkLine(links: EstimateLinks, lang: Lang): string | undefined {
  const parts: string[] = [];
  if (links.openReport) parts.push(`[${pick(ESTIMATE_LABELS.openReport, lang)}](${links.openReport})`);
  if (links.showOnChart) parts.push(`[${pick(ESTIMATE_LABELS.showOnChart, lang)}](${links.showOnChart})`);
  return parts.length > 0 ? parts.join(' · ') : undefined;
}

/**
 * The hover of an estimated config: headline, exact and rounded counts (active ones for mixtures of
 * experts), the top-level breakdown, the derived figures, warnings and links.
 */
export function estimateHoverMarkdown(estimate: ModelEstimate, lang: Lang, links: EstimateLinks, options: FigureOptions = {}): string {
  const figures = deriveFigures(estimate, options);
  const blocks = [
    headline(estimate, lang),
    countLine(estimate, lang),
    breakdownTable(estimate, lang).join('\n'),
    figureRows(estimate, figures, lang)
      .map((row) => `- ${escapeMarkdown(row.label)}: **${escapeMarkdown(row.value)}**${row.detail ? ` — ${escapeMarkdown(row.detail)}` : ''}`)
      .join('\n'),
  ];
  if (estimate.warnings.length > 0) blocks.push(estimate.warnings.map((w) => `> ⚠ ${escapeMarkdown(pick(w, lang))}`).join('\n>\n'));
  const linksText = linkLine(links, lang);
  if (linksText) blocks.push(linksText);
  return blocks.join('\n\n');
}

/** The hover of a config that cannot be estimated: the reason, naming the field at fault. */
export function estimateErrorMarkdown(error: EstimateError, lang: Lang): string {
  const blocks = [`**LLM Atlas: ${pick(ESTIMATE_LABELS.cannotEstimate, lang)}**`, escapeMarkdown(pick(error.message, lang))];
  if (error.field !== undefined) blocks.push(`${pick(ESTIMATE_LABELS.field, lang)}: \`${error.field.replace(/`/g, "'")}\``);
  return blocks.join('\n\n');
}
