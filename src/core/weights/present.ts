/**
 * Texts about weights on disk, in English and Korean: the one-line summary (CodeLens), the hover
 * Markdown of a checkpoint, the config-vs-weights comparison and the local-cache hover.
 */
import type { Lang } from '../knowledge/schema';
import { bytes, compactNumber, escapeMarkdown, groupedNumber, pick } from '../present/format';
import type { WeightsComparison } from './compare';
import type { QuantScheme } from './quantization';
import type { WeightsSummary } from './summary';
import type { Bilingual } from './types';

const SCHEME_NAMES: Record<QuantScheme, string> = {
  gptq: 'GPTQ',
  awq: 'AWQ',
  'bnb-4bit': 'bitsandbytes 4-bit',
  'bnb-8bit': 'bitsandbytes 8-bit (LLM.int8())',
  'compressed-tensors': 'compressed-tensors',
  fp8: 'FP8',
};

const b = (lang: Lang, en: string, ko: string) => pick({ en, ko }, lang);

export function parameters(n: number, lang: Lang): string {
  return b(lang, `${groupedNumber(n)} parameters`, `파라미터 ${groupedNumber(n)}개`);
}

/** "4.85" bits per weight: two decimals, as llama.cpp reports BPW. */
export function bitsPerWeight(value: number): string {
  return value.toFixed(2);
}

/** The dominant storage types, by bytes: "BF16", "Q4_K 71% · Q6_K 25% · F32". */
function dtypeMix(summary: WeightsSummary): string {
  const rows = summary.byDtype.filter((r) => r.bytes > 0);
  if (rows.length <= 1) return rows[0]?.dtype ?? '—';
  return rows
    .slice(0, 3)
    .map((r) => `${r.dtype} ${Math.round((100 * r.bytes) / summary.bytes)}%`)
    .join(' · ');
}

export function schemesText(summary: WeightsSummary): string | undefined {
  return summary.schemes.length > 0 ? summary.schemes.map((s) => SCHEME_NAMES[s]).join(' + ') : undefined;
}

/** "8,030,261,248 parameters (8.03B) · 5.73 GB on disk · GPTQ · 5.71 bits/weight". */
export function weightsHeadline(summary: WeightsSummary, lang: Lang): string {
  const parts = [
    `${parameters(summary.parameters, lang)} (${compactNumber(summary.parameters)})`,
    b(lang, `${bytes(summary.bytes)} on disk`, `디스크 ${bytes(summary.bytes)}`),
    schemesText(summary) ?? dtypeMix(summary),
    b(lang, `${bitsPerWeight(summary.bitsPerWeight)} bits/weight`, `가중치당 ${bitsPerWeight(summary.bitsPerWeight)}비트`),
  ];
  return parts.join(' · ');
}

/** Why the stored element count is not the parameter count, for packed checkpoints. */
export function packingNote(summary: WeightsSummary, lang: Lang): string | undefined {
  if (summary.storedElements === summary.parameters && summary.stateTensors === 0) return undefined;
  const stored = compactNumber(summary.storedElements);
  return b(
    lang,
    `${stored} elements are stored; unpacked, they are ${compactNumber(summary.parameters)} parameters. ${summary.stateTensors} tensors of quantization state (${bytes(summary.stateBytes)}) are not parameters.`,
    `저장된 원소는 ${stored}개이고, 패킹을 풀면 파라미터 ${compactNumber(summary.parameters)}개입니다. 양자화 상태 텐서 ${summary.stateTensors}개(${bytes(summary.stateBytes)})는 파라미터가 아닙니다.`,
  );
}

function bullets(items: string[]): string {
  return items.map((i) => `- ${i}`).join('\n');
}

export interface WeightsMarkdownOptions {
  /** Bold first line, e.g. "model.safetensors.index.json — 4 shards". */
  title: string;
  /** Where the figures come from, e.g. "from the shards' headers (tensor data not read)". */
  source?: string;
  comparison?: WeightsComparison;
  warnings?: Bilingual[];
  /** Markdown links appended on the last line. */
  links?: string[];
}

/** The hover Markdown about a checkpoint. */
export function weightsMarkdown(summary: WeightsSummary, lang: Lang, options: WeightsMarkdownOptions): string {
  const lines = [`**${escapeMarkdown(options.title)}**`, '', weightsHeadline(summary, lang), ''];
  const facts = [
    b(lang, `${groupedNumber(summary.tensorCount)} tensors in ${summary.files} file${summary.files === 1 ? '' : 's'}`, `파일 ${summary.files}개에 텐서 ${groupedNumber(summary.tensorCount)}개`),
    ...summary.byDtype.slice(0, 6).map((r) => `${r.dtype}: ${bytes(r.bytes)} (${groupedNumber(r.tensors)} ${b(lang, 'tensors', '텐서')})`),
  ];
  const main = summary.layers[0];
  if (main) facts.push(b(lang, `${main.blocks} blocks in \`${main.container}\`, ${compactNumber(main.parameters / main.blocks)} parameters each on average`, `\`${main.container}\`에 블록 ${main.blocks}개, 블록당 평균 파라미터 ${compactNumber(main.parameters / main.blocks)}개`));
  const packing = packingNote(summary, lang);
  if (packing) facts.push(packing);
  lines.push(bullets(facts));
  if (options.comparison) lines.push('', comparisonMarkdown(options.comparison, lang));
  const notes = [...summary.notes, ...(options.warnings ?? [])].slice(0, 8);
  if (notes.length > 0) lines.push('', bullets(notes.map((n) => `⚠ ${escapeMarkdown(pick(n, lang))}`)));
  if (options.source) lines.push('', `*${escapeMarkdown(options.source)}*`);
  if (options.links?.length) lines.push('', options.links.join(' · '));
  return lines.join('\n');
}

/** The config count against the weights, with the tensors that explain a difference. */
export function comparisonMarkdown(c: WeightsComparison, lang: Lang): string {
  const head = b(lang, `Config: ${groupedNumber(c.configParameters)} · weights: ${groupedNumber(c.weightsParameters)}`, `설정 기준 ${groupedNumber(c.configParameters)} · 가중치 기준 ${groupedNumber(c.weightsParameters)}`);
  if (c.matches) return `${head} — ${b(lang, 'they match exactly.', '정확히 일치합니다.')}`;
  const sign = c.difference > 0 ? '+' : '−';
  const verdict = b(lang, `they differ by ${sign}${groupedNumber(Math.abs(c.difference))}`, `${sign}${groupedNumber(Math.abs(c.difference))}만큼 다릅니다`);
  return [`${head} — **${verdict}**${c.explained ? b(lang, ', fully explained:', '. 차이는 다음으로 모두 설명됩니다.') : ':'}`, bullets(c.explanations.map((e) => escapeMarkdown(pick(e.message, lang))))].join('\n');
}

/** The CodeLens line of a config.json beside its weights. */
export function comparisonSummary(c: WeightsComparison, lang: Lang): string {
  const weights = b(lang, `Weights on disk: ${groupedNumber(c.weightsParameters)}`, `디스크의 가중치: ${groupedNumber(c.weightsParameters)}`);
  if (c.matches) return `${weights} ${b(lang, '= config count', '= 설정 기준 카운트')}`;
  const sign = c.difference > 0 ? '+' : '−';
  const first = c.explanations[0];
  const why = first && first.kind !== 'unexplained' ? ` (${first.examples[0]}${c.explanations.length > 1 ? ` +${c.explanations.length - 1}` : ''})` : '';
  return `${weights} ≠ ${b(lang, 'config', '설정')} ${groupedNumber(c.configParameters)}: ${sign}${compactNumber(Math.abs(c.difference))}${why}`;
}

/** The first lines of the local-cache hover: which model, which snapshot, that it is local. */
export function cacheHeading(id: string, snapshot: string, lang: Lang): string {
  return [
    `**${escapeMarkdown(id)}** — ${b(lang, 'local Hugging Face cache', '로컬 Hugging Face 캐시')}`,
    '',
    b(lang, `Read offline from snapshot \`${snapshot.slice(0, 12)}\` (refs/main); nothing was downloaded.`, `refs/main이 가리키는 스냅숏 \`${snapshot.slice(0, 12)}\`에서 오프라인으로 읽었습니다. 아무것도 내려받지 않았습니다.`),
  ].join('\n');
}
