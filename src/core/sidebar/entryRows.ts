import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Entry, Lang } from '../knowledge/schema';
import { kindName, pick } from '../present/format';
import { headlineFigure } from '../present/hoverMarkdown';
import { displayName } from './browseGroups';

/**
 * How the sidebar lists an entry: its name, then dimmed context (the English name under a Korean
 * one, its kind where the section does not already say it, its size), and the summary as tooltip.
 */
export interface EntryRow {
  id: string;
  name: string;
  /** The English name, when `name` is another language's. */
  aka?: string;
  kind: string;
  /** Headline figure, e.g. "66M parameters". */
  figure?: string;
  tooltip: string;
}

/** Strips the inline Markdown summaries may carry (`code`, **bold**, [links](…)) for a plain tooltip. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|`)/g, '')
    .trim();
}

export function entryRow(entry: Entry, lang: Lang): EntryRow {
  const name = displayName(entry, lang);
  const figure = headlineFigure(entry, lang);
  return {
    id: entry.id,
    name,
    // In Korean the English name stays visible: it is what appears in code and papers.
    ...(name !== entry.name ? { aka: entry.name } : {}),
    kind: kindName(entry.kind, lang),
    ...(figure ? { figure } : {}),
    tooltip: plainText(pick(entry.summary, lang)),
  };
}

export function entryRows(kb: KnowledgeBase, lang: Lang): EntryRow[] {
  return kb.entries.map((entry) => entryRow(entry, lang));
}
