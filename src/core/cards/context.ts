import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Bilingual, Lang, NumberFact, Source } from '../knowledge/schema';
import { citation, formatFact, pick } from '../present/format';
import type { Fact, Link, SourceRef } from './viewModel';

/** What every card builder needs: the atlas and the language to write in. */
export interface CardContext {
  kb: KnowledgeBase;
  lang: Lang;
}

/** Text in the context's language. */
export function say(ctx: CardContext, text: Bilingual): string {
  return pick(text, ctx.lang);
}

/** An entry's display name in the context's language. */
export function entryName(ctx: CardContext, id: string): string {
  const entry = ctx.kb.get(id);
  if (!entry) return id;
  return ctx.lang === 'ko' ? entry.nameKo : entry.name;
}

/** A link to an entry's card, or plain text when the atlas does not have the entry. */
export function entryLink(ctx: CardContext, id: string, label = entryName(ctx, id)): Link {
  return ctx.kb.get(id) ? { label, route: { kind: 'entry', id } } : { label };
}

function isWebUrl(url: string): boolean {
  return /^https?:\/\/[^\s"'<>]+$/.test(url);
}

export function sourceRef(source: Source): SourceRef | undefined {
  return isWebUrl(source.url) ? { citation: citation(source), title: source.title, url: source.url } : undefined;
}

/** A number fact as a table row: rounded value, its flags, note and source. */
export function factRow(ctx: CardContext, label: string, fact: NumberFact): Fact {
  const source = ctx.kb.source(fact.source);
  const ref = source ? sourceRef(source) : undefined;
  return {
    label,
    value: formatFact({ ...fact, unconfirmed: false }, ctx.lang),
    ...(fact.approx ? { approx: true } : {}),
    ...(fact.unconfirmed ? { unconfirmed: true } : {}),
    ...(fact.note ? { note: say(ctx, fact.note) } : {}),
    ...(ref ? { source: ref } : {}),
  };
}

/** 1234567 → "1,234,567" (Korean uses the same grouping). */
export function grouped(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

/** 0.8294 → "82.9%". */
export function percent(fraction: number, digits = 1): string {
  return `${Number((fraction * 100).toFixed(digits))}%`;
}
