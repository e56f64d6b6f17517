import type { FileTerms, SidebarInit } from '../../src/core/protocol/sidebar';
import { h } from '../shared/components';

type EntryRow = SidebarInit['entries'][number];

/** Everything the tree is drawn from. */
export interface TreeModel {
  init: SidebarInit;
  rows: ReadonlyMap<string, EntryRow>;
  file: FileTerms;
  query: string;
  /** Entry ids answering `query`, once the host has answered. */
  results: readonly string[] | undefined;
  expanded: ReadonlySet<string>;
}

/** The "In this file" section lists terms; every other section lists atlas entries. */
export const FILE_SECTION = 'file';
export const RESULTS_SECTION = 'results';

/**
 * A count in VS Code's badge colours. Not the toolkit's badge: its template writes an empty inline
 * `style` attribute, which the page's CSP refuses (and logs).
 */
function badge(count: number): HTMLElement {
  return h('span', { class: 'count' }, String(count));
}

function section(
  id: string,
  title: string,
  expanded: boolean,
  options: { detail?: string; count?: number; children: () => Node[] },
): HTMLElement {
  const header = h(
    'div',
    { class: 'row header', role: 'treeitem', 'aria-level': 1, 'aria-expanded': String(expanded), 'data-key': `section:${id}`, 'data-section': id, tabindex: -1 },
    h('span', { class: 'twisty', 'aria-hidden': 'true' }),
    h('span', { class: 'label' }, title),
    options.detail ? h('span', { class: 'detail' }, options.detail) : undefined,
    options.count !== undefined ? badge(options.count) : undefined,
  );
  const children = expanded ? h('div', { role: 'group' }, ...options.children()) : undefined;
  return h('section', { 'data-section': id }, header, children);
}

/** A browse group already names the kind of its entries; search results and file terms do not. */
function entryItem(sectionId: string, row: EntryRow, extra: { count?: number; tooltip?: string; showKind?: boolean } = {}): HTMLElement {
  const detail = [row.aka, extra.showKind === false ? undefined : row.kind, row.figure].filter(Boolean).join(' · ');
  return h(
    'div',
    { class: 'row item', role: 'treeitem', 'aria-level': 2, 'data-key': `${sectionId}:${row.id}`, 'data-entry': row.id, title: extra.tooltip ?? row.tooltip, tabindex: -1 },
    h('span', { class: 'label' }, row.name),
    detail ? h('span', { class: 'detail' }, detail) : undefined,
    extra.count !== undefined ? badge(extra.count) : undefined,
  );
}

function message(text: string, className = 'message'): HTMLElement {
  return h('p', { class: className }, text);
}

function fileSection(model: TreeModel): HTMLElement {
  const { init, file, rows } = model;
  const terms = file.terms.filter((term) => rows.has(term.entryId));
  return section(FILE_SECTION, init.strings.inThisFile, model.expanded.has(FILE_SECTION), {
    ...(file.file !== null ? { detail: file.file, count: terms.length } : {}),
    children: () => [
      ...(file.file === null ? [message(init.strings.noEditor)] : terms.length === 0 ? [message(init.strings.noTerms)] : []),
      ...terms.map((term) => {
        const row = rows.get(term.entryId)!;
        return entryItem(FILE_SECTION, row, { count: term.count, tooltip: `${init.strings.revealHint}\n${row.tooltip}` });
      }),
      ...(file.note ? [message(file.note, 'note')] : []),
    ],
  });
}

function resultsSection(model: TreeModel): HTMLElement {
  const ids = (model.results ?? []).filter((id) => model.rows.has(id));
  return section(RESULTS_SECTION, model.init.strings.results, model.expanded.has(RESULTS_SECTION), {
    count: ids.length,
    children: () => (model.results && ids.length === 0 ? [message(model.init.strings.noResults)] : ids.map((id) => entryItem(RESULTS_SECTION, model.rows.get(id)!))),
  });
}

function browseSections(model: TreeModel): HTMLElement[] {
  return [
    h('h2', { class: 'heading' }, model.init.strings.browse),
    ...model.init.groups.map((group) => {
      const ids = group.entryIds.filter((id) => model.rows.has(id));
      return section(group.id, group.title, model.expanded.has(group.id), {
        count: ids.length,
        children: () => ids.map((id) => entryItem(group.id, model.rows.get(id)!, { showKind: false })),
      });
    }),
  ];
}

/** The tree's content: "In this file", then search results while there is a query, else the browse groups. */
export function renderTree(model: TreeModel): Node[] {
  return [fileSection(model), ...(model.query.trim() ? [resultsSection(model)] : browseSections(model))];
}
