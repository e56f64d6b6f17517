/**
 * The family cards' diagrams as data: which query may attend to which key (a boolean mask per
 * attention block), or where a router sends each token, laid out as SVG primitives. The page only
 * draws the shapes; titles and descriptions are written from the same data, for screen readers.
 */
import type { Lang } from '../knowledge/schema';
import type { FamilyId } from '../protocol/cards';
import { say, type CardContext } from './context';
import { EXAMPLE_DOCUMENT } from './exampleText';
import type { Diagram, Shape, ShapeClass } from './viewModel';

/** May query i attend to key j? */
export type MaskRule = (query: number, key: number) => boolean;

export const BIDIRECTIONAL: MaskRule = () => true;
export const CAUSAL: MaskRule = (query, key) => key <= query;

export interface AttentionBlock {
  title: string;
  queries: string[];
  keys: string[];
  rule: MaskRule;
  /** Cells of a cross-attention block get their own colour. */
  cross?: boolean;
}

/** The allowed cells of a block, row by row. */
export function maskMatrix(block: Pick<AttentionBlock, 'queries' | 'keys' | 'rule'>): boolean[][] {
  return block.queries.map((_, q) => block.keys.map((_, k) => block.rule(q, k)));
}

export function allowedCount(matrix: boolean[][]): number {
  return matrix.reduce((total, row) => total + row.filter(Boolean).length, 0);
}

const CELL = 26;
const GAP = 36;
/** Rough text widths for layout (the page's font is not known here). */
const CHAR = 7.5;
const HEADING = 22;

function labelWidth(labels: readonly string[]): number {
  return Math.max(...labels.map((l) => [...l].length)) * CHAR + 10;
}

/** One block: heading, key labels (rotated, above), query labels (left), and a cell per pair. */
function layoutBlock(block: AttentionBlock, x0: number, lang: Lang): { shapes: Shape[]; width: number; height: number } {
  const matrix = maskMatrix(block);
  const left = labelWidth(block.queries);
  const top = HEADING + labelWidth(block.keys) * 0.72;
  const shapes: Shape[] = [{ type: 'text', x: x0, y: 14, text: block.title, cls: 'heading', anchor: 'start' }];
  block.keys.forEach((key, k) => {
    const x = x0 + left + k * CELL + CELL / 2;
    shapes.push({ type: 'text', x, y: top - 6, text: key, cls: 'label', anchor: 'start', rotate: -45 });
  });
  block.queries.forEach((query, q) => {
    shapes.push({ type: 'text', x: x0 + left - 6, y: top + q * CELL + CELL / 2 + 4, text: query, cls: 'label', anchor: 'end' });
    block.keys.forEach((key, k) => {
      const allowed = matrix[q][k];
      const cls: ShapeClass = !allowed ? 'blocked' : block.cross ? 'cross' : 'allowed';
      const tip = lang === 'ko' ? `${query} → ${key}: ${allowed ? '볼 수 있음' : '가려짐'}` : `${query} → ${key}: ${allowed ? 'may attend' : 'masked'}`;
      shapes.push({ type: 'rect', x: x0 + left + k * CELL + 1, y: top + q * CELL + 1, width: CELL - 2, height: CELL - 2, cls, tip });
    });
  });
  return { shapes, width: left + block.keys.length * CELL, height: top + block.queries.length * CELL };
}

function describeBlock(ctx: CardContext, block: AttentionBlock): string {
  const matrix = maskMatrix(block);
  const allowed = allowedCount(matrix);
  const cells = block.queries.length * block.keys.length;
  const rule = block.cross
    ? say(ctx, { en: 'every output token may attend to every input token', ko: '모든 출력 토큰이 모든 입력 토큰을 볼 수 있다' })
    : block.rule === CAUSAL
      ? say(ctx, { en: 'token i may attend to tokens 1 to i only', ko: 'i번째 토큰은 1번부터 i번 토큰까지만 볼 수 있다' })
      : say(ctx, { en: 'every token may attend to every token', ko: '모든 토큰이 모든 토큰을 볼 수 있다' });
  return ctx.lang === 'ko'
    ? `${block.title}: 쿼리 ${block.queries.length}개 × 키 ${block.keys.length}개, ${cells}쌍 중 ${allowed}쌍 허용 — ${rule}.`
    : `${block.title}: ${block.queries.length} queries × ${block.keys.length} keys, ${allowed} of ${cells} pairs allowed — ${rule}.`;
}

const LEGEND = {
  allowed: { en: 'may attend', ko: '볼 수 있음' },
  blocked: { en: 'masked', ko: '가려짐' },
  cross: { en: 'cross-attention to the encoder', ko: '인코더로의 교차 어텐션' },
  token: { en: 'token', ko: '토큰' },
  expertChosen: { en: 'expert chosen by the router', ko: '라우터가 고른 전문가' },
  expert: { en: 'expert not used for this token set', ko: '이 토큰들에 쓰이지 않은 전문가' },
};

function matrixDiagram(ctx: CardContext, title: string, blocks: AttentionBlock[]): Diagram {
  const shapes: Shape[] = [];
  let x = 0;
  let height = 0;
  for (const block of blocks) {
    const laid = layoutBlock(block, x, ctx.lang);
    shapes.push(...laid.shapes);
    x += laid.width + GAP;
    height = Math.max(height, laid.height);
  }
  const legend: Diagram['legend'] = [
    { cls: 'allowed', label: say(ctx, LEGEND.allowed) },
    { cls: 'blocked', label: say(ctx, LEGEND.blocked) },
  ];
  if (blocks.some((b) => b.cross)) legend.push({ cls: 'cross', label: say(ctx, LEGEND.cross) });
  return { title, desc: blocks.map((b) => describeBlock(ctx, b)).join(' '), width: Math.ceil(x - GAP + 4), height: Math.ceil(height + 4), shapes, legend };
}

/** Router logits of the example tokens over the experts: fixed data standing in for a trained router. */
export const ROUTER_LOGITS: number[][] = [
  [2.1, 0.3, -0.5, 1.4, 0.0, -1.2, 0.6, -0.3],
  [-0.4, 1.9, 0.2, -1.0, 1.1, 0.5, -0.8, 0.1],
  [0.7, -0.6, 1.6, 0.2, -0.3, 1.8, 0.0, -1.1],
  [-1.3, 0.4, 0.1, 2.2, -0.2, 0.3, 1.5, 0.6],
];

export interface Routing {
  /** Chosen experts, best first. */
  experts: number[];
  /** Their mixing weights: softmax over the chosen logits (Mixtral's top-k gating), summing to 1. */
  weights: number[];
}

/** Top-k gating: keep the k largest logits, softmax over those. */
export function route(logits: readonly number[], k: number): Routing {
  const experts = logits
    .map((value, index) => ({ value, index }))
    .sort((a, b) => b.value - a.value || a.index - b.index)
    .slice(0, k)
    .map((e) => e.index);
  const exps = experts.map((e) => Math.exp(logits[e]));
  const total = exps.reduce((a, b) => a + b, 0);
  return { experts, weights: exps.map((v) => v / total) };
}

function routerDiagram(ctx: CardContext, title: string, tokens: string[], k: number): Diagram {
  const routings = ROUTER_LOGITS.slice(0, tokens.length).map((logits) => route(logits, k));
  const expertCount = ROUTER_LOGITS[0].length;
  const used = new Set(routings.flatMap((r) => r.experts));
  const tokenX = 0;
  const tokenWidth = labelWidth(tokens) + 12;
  const expertX = tokenWidth + 190;
  const expertWidth = 92;
  const rowHeight = 30;
  const top = HEADING + 8;
  const tokenTop = top + ((expertCount - tokens.length) * rowHeight) / 2;
  const shapes: Shape[] = [{ type: 'text', x: 0, y: 14, text: title, cls: 'heading', anchor: 'start' }];
  const expertName = (e: number) => (ctx.lang === 'ko' ? `전문가 ${e + 1}` : `Expert ${e + 1}`);
  // Weight labels sit on their lines; each takes the first spot along its line that no earlier label occupies.
  const placed: Array<{ x: number; y: number }> = [];
  const free = (x: number, y: number) => placed.every((p) => Math.abs(p.x - x) > 30 || Math.abs(p.y - y) > 13);
  routings.forEach((routing, t) => {
    const y = tokenTop + t * rowHeight;
    routing.experts.forEach((e, rank) => {
      const line = { x1: tokenX + tokenWidth, y1: y + rowHeight / 2 - 3, x2: expertX, y2: top + e * rowHeight + rowHeight / 2 - 3 };
      shapes.push({ type: 'line', ...line, cls: 'route', strength: routing.weights[rank] });
      const spots = [0.5, 0.35, 0.65, 0.25, 0.75, 0.45, 0.55, 0.3, 0.7].map((along) => ({ x: line.x1 + along * (line.x2 - line.x1), y: line.y1 + along * (line.y2 - line.y1) - 4 }));
      const at = spots.find((spot) => free(spot.x, spot.y)) ?? spots[0];
      placed.push(at);
      shapes.push({ type: 'text', x: at.x, y: at.y, text: routing.weights[rank].toFixed(2), cls: 'weight', anchor: 'middle' });
    });
    shapes.push({ type: 'rect', x: tokenX, y, width: tokenWidth, height: rowHeight - 6, cls: 'token', tip: tokens[t] });
    shapes.push({ type: 'text', x: tokenX + tokenWidth / 2, y: y + rowHeight / 2 + 2, text: tokens[t], cls: 'label', anchor: 'middle' });
  });
  for (let e = 0; e < expertCount; e++) {
    const y = top + e * rowHeight;
    shapes.push({ type: 'rect', x: expertX, y, width: expertWidth, height: rowHeight - 6, cls: used.has(e) ? 'expert-chosen' : 'expert', tip: expertName(e) });
    shapes.push({ type: 'text', x: expertX + expertWidth / 2, y: y + rowHeight / 2 + 2, text: expertName(e), cls: 'label', anchor: 'middle' });
  }
  const list = routings
    .map((r, t) =>
      ctx.lang === 'ko'
        ? `${tokens[t]} → ${r.experts.map((e, i) => `${expertName(e)}(${r.weights[i].toFixed(2)})`).join(', ')}`
        : `${tokens[t]} → ${r.experts.map((e, i) => `${expertName(e)} (${r.weights[i].toFixed(2)})`).join(', ')}`,
    )
    .join('; ');
  const desc =
    ctx.lang === 'ko'
      ? `라우터가 토큰 ${tokens.length}개를 각각 전문가 ${expertCount}개 중 상위 ${k}개로 보낸다. 선 위의 숫자는 두 전문가의 출력을 섞는 가중치다: ${list}. 전문가 ${expertCount}개 중 ${used.size}개가 쓰였다.`
      : `A router sends each of ${tokens.length} tokens to its top ${k} of ${expertCount} experts; the numbers on the lines are the weights that mix the two experts' outputs: ${list}. ${used.size} of ${expertCount} experts are used.`;
  return {
    title,
    desc,
    width: expertX + expertWidth + 4,
    height: top + expertCount * rowHeight + 4,
    shapes,
    legend: [
      { cls: 'token', label: say(ctx, LEGEND.token) },
      { cls: 'expert-chosen', label: say(ctx, LEGEND.expertChosen) },
      { cls: 'expert', label: say(ctx, LEGEND.expert) },
    ],
  };
}

/** A short translation pair for the encoder–decoder picture: the input in the UI language. */
const PAIR = {
  en: ['Alice', 'found', 'a', 'map'],
  ko: ['앨리스는', '지도를', '찾았다'],
};

export function familyDiagram(ctx: CardContext, family: FamilyId): Diagram {
  const tokens = EXAMPLE_DOCUMENT[ctx.lang].sentences[0].slice(0, 6);
  switch (family) {
    case 'encoder-only':
      return matrixDiagram(ctx, say(ctx, { en: 'Bidirectional self-attention mask', ko: '양방향 셀프 어텐션 마스크' }), [
        { title: say(ctx, { en: 'Self-attention', ko: '셀프 어텐션' }), queries: tokens, keys: tokens, rule: BIDIRECTIONAL },
      ]);
    case 'decoder-only':
      return matrixDiagram(ctx, say(ctx, { en: 'Causal self-attention mask', ko: '인과 셀프 어텐션 마스크' }), [
        { title: say(ctx, { en: 'Masked self-attention', ko: '마스크드 셀프 어텐션' }), queries: tokens, keys: tokens, rule: CAUSAL },
      ]);
    case 'encoder-decoder': {
      const source = ctx.lang === 'ko' ? PAIR.ko : PAIR.en;
      const target = ctx.lang === 'ko' ? PAIR.en : PAIR.ko;
      return matrixDiagram(ctx, say(ctx, { en: 'Encoder–decoder attention masks', ko: '인코더-디코더 어텐션 마스크' }), [
        { title: say(ctx, { en: 'Encoder self-attention', ko: '인코더 셀프 어텐션' }), queries: source, keys: source, rule: BIDIRECTIONAL },
        { title: say(ctx, { en: 'Decoder self-attention', ko: '디코더 셀프 어텐션' }), queries: target, keys: target, rule: CAUSAL },
        { title: say(ctx, { en: 'Cross-attention', ko: '교차 어텐션' }), queries: target, keys: source, rule: BIDIRECTIONAL, cross: true },
      ]);
    }
    case 'mixture-of-experts':
      return routerDiagram(ctx, say(ctx, { en: 'Top-2 routing to 8 experts', ko: '전문가 8개로의 상위 2개 라우팅' }), tokens.slice(0, 4), 2);
  }
}
