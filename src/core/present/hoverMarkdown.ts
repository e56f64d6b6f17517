import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Bilingual, Entry, Lang, ModelVariant } from '../knowledge/schema';
import { citation, escapeMarkdown, familyName, formatFact, formatValue, kindName, pick } from './format';

export type HoverDetail = 'compact' | 'detailed';

/** Command links are the adapter's business; the core only asks for them by entry. */
export interface HoverLinks {
  openCard(entryId: string): string;
  /** Undefined when the entry has no place on a chart. */
  showOnChart(entryId: string): string | undefined;
}

export interface HoverSubject {
  entryId: string;
  variantId?: string;
  /** The Hugging Face id as written in the code, when that is what matched. */
  hfId?: string;
  /** Further entries the matched text implies (BertForMaskedLM → masked-language-modeling). */
  also?: readonly string[];
}

const LABELS = {
  openCard: { en: 'Open card', ko: '카드 열기' },
  showOnChart: { en: 'Show on scaling chart', ko: '스케일링 차트에서 보기' },
  source: { en: 'Source', ko: '출처' },
  sources: { en: 'Sources', ko: '출처' },
  related: { en: 'Related', ko: '관련 항목' },
  also: { en: 'Also here', ko: '함께 보기' },
  parameters: { en: 'parameters', ko: '파라미터' },
  layers: { en: 'layers', ko: '층' },
  hidden: { en: 'hidden', ko: '은닉 차원' },
  heads: { en: 'heads', ko: '헤드' },
  unconfirmed: { en: 'Unconfirmed', ko: '미확인' },
} satisfies Record<string, Bilingual>;

function headline(entry: Entry, lang: Lang): string {
  const parts = [kindName(entry.kind, lang)];
  const model = entry.model;
  if (model) {
    parts.push(familyName(model.family, lang) + (model.moe ? ' · MoE' : ''), String(model.year), model.organisation);
  }
  const name = lang === 'ko' && entry.nameKo && entry.nameKo !== entry.name ? `${entry.name} (${entry.nameKo})` : entry.name;
  return `**${escapeMarkdown(name)}** — *${parts.map(escapeMarkdown).join(' · ')}*`;
}

function variantLine(variant: ModelVariant, hfId: string | undefined, lang: Lang): string {
  const name = hfId && hfId.toLowerCase() !== variant.name.toLowerCase() ? `\`${hfId}\` (${escapeMarkdown(variant.name)})` : `\`${variant.name}\``;
  const parts = [name, formatFact(variant.parameters, lang)];
  if (variant.layers) parts.push(`${variant.layers} ${pick(LABELS.layers, lang)}`);
  if (variant.hidden) parts.push(`${pick(LABELS.hidden, lang)} ${variant.hidden}`);
  if (variant.heads) parts.push(`${variant.heads} ${pick(LABELS.heads, lang)}`);
  return parts.join(' · ');
}

function factLines(kb: KnowledgeBase, entry: Entry, lang: Lang, limit: number): string[] {
  return entry.keyNumbers.slice(0, limit).map((fact) => {
    const source = kb.source(fact.source);
    const cite = source ? ` — [${escapeMarkdown(citation(source))}](${source.url})` : '';
    const note = fact.unconfirmed && fact.note ? ` *${escapeMarkdown(pick(fact.note, lang))}*` : '';
    return `- ${escapeMarkdown(pick(fact.label, lang))}: **${formatFact(fact, lang)}**${cite}${note}`;
  });
}

function sourceLinks(kb: KnowledgeBase, keys: string[]): string {
  return keys
    .map((key) => kb.source(key))
    .filter((s) => s !== undefined)
    .map((s) => `[${escapeMarkdown(citation(s))}](${s.url})`)
    .join(' · ');
}

/**
 * The hover for one atlas entry: name and kind, the exact variant when the code named one,
 * summary, key numbers with their sources, links to the card and the chart, and the source.
 * `compact` keeps it to a glance; `detailed` adds the explanation, every number and related entries.
 */
export function hoverMarkdown(kb: KnowledgeBase, subject: HoverSubject, lang: Lang, detail: HoverDetail, links: HoverLinks): string | undefined {
  const entry = kb.get(subject.entryId);
  if (!entry) return undefined;
  const variant = subject.variantId ? kb.variant(subject.variantId)?.variant : undefined;
  const blocks: string[] = [headline(entry, lang)];
  if (variant) blocks.push(variantLine(variant, subject.hfId, lang));
  blocks.push(pick(entry.summary, lang));
  if (detail === 'detailed') blocks.push(pick(entry.explanation, lang));
  const facts = factLines(kb, entry, lang, detail === 'detailed' ? Infinity : 4);
  if (facts.length > 0) blocks.push(facts.join('\n'));

  const also = (subject.also ?? []).filter((id) => id !== entry.id).map((id) => kb.get(id)).filter((e) => e !== undefined);
  if (also.length > 0) {
    blocks.push(`${pick(LABELS.also, lang)}: ${also.map((e) => `[${escapeMarkdown(e.name)}](${links.openCard(e.id)}) — ${pick(e.summary, lang)}`).join('; ')}`);
  }
  if (detail === 'detailed' && entry.related.length > 0) {
    const related = entry.related.map((id) => kb.get(id)).filter((e) => e !== undefined);
    blocks.push(`${pick(LABELS.related, lang)}: ${related.map((e) => `[${escapeMarkdown(e.name)}](${links.openCard(e.id)})`).join(', ')}`);
  }

  const actions = [`[${pick(LABELS.openCard, lang)}](${links.openCard(entry.id)})`];
  const chart = links.showOnChart(entry.id);
  if (chart) actions.push(`[${pick(LABELS.showOnChart, lang)}](${chart})`);
  const sourceKeys = detail === 'detailed' ? entry.sources : entry.sources.slice(0, 1);
  const sourceLabel = pick(sourceKeys.length > 1 ? LABELS.sources : LABELS.source, lang);
  blocks.push(`${actions.join(' · ')} · ${sourceLabel}: ${sourceLinks(kb, sourceKeys)}`);
  return blocks.join('\n\n');
}

/** Used where a single figure is enough (QuickPick descriptions). */
export function headlineFigure(entry: Entry, lang: Lang): string | undefined {
  const parameters = entry.model?.parameters;
  return parameters ? formatValue(parameters.value, parameters.unit, lang) : undefined;
}
