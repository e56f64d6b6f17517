import type { CompareView } from '../../../src/core/cards/viewModel';
import { h } from '../../shared/components';
import { cardLink, unconfirmedTag } from '../dom';
import type { PageContext } from '../page';

/** Models or families side by side in a data grid; rows that differ are marked and can be isolated. */
export function renderCompare(view: CompareView, page: PageContext): HTMLElement {
  const s = page.strings;
  const grid = h('vscode-data-grid', {
    'generate-header': 'none',
    'grid-template-columns': `minmax(9rem, 1fr) ${view.columns.map(() => 'minmax(10rem, 2fr)').join(' ')}`,
    'aria-label': view.title,
    class: 'compare-grid',
  });
  const fill = () => {
    const header = h('vscode-data-grid-row', { 'row-type': 'header' }, h('vscode-data-grid-cell', { 'cell-type': 'columnheader', 'grid-column': '1' }, s.attribute));
    view.columns.forEach((column, i) => {
      header.append(
        h(
          'vscode-data-grid-cell',
          { 'cell-type': 'columnheader', 'grid-column': String(i + 2) },
          cardLink({ label: column.label, route: column.route }),
          h('span', { class: 'column-kind' }, ` · ${column.kindLabel}`),
        ),
      );
    });
    const rows = view.rows.filter((row) => !page.onlyDifferences || row.differs);
    grid.replaceChildren(
      header,
      ...rows.map((row) =>
        h(
          'vscode-data-grid-row',
          { class: row.differs ? 'differs' : undefined },
          h(
            'vscode-data-grid-cell',
            { 'cell-type': 'rowheader', 'grid-column': '1' },
            row.label,
            row.differs && h('span', { class: 'differs-mark', title: s.differs }, ' ≠', h('span', { class: 'sr-only' }, ` (${s.differs})`)),
          ),
          ...row.cells.map((cell, i) => {
            const content: Array<Node | string> = cell.links && cell.links.length > 0 ? cell.links.flatMap((link, j) => [j > 0 ? ', ' : '', cardLink(link)]) : [cell.text];
            if (cell.unconfirmed) content.push(' ', unconfirmedTag(s.unconfirmed));
            if (cell.extreme) content.push(h('span', { class: `extreme extreme-${cell.extreme}` }, ` ${cell.extreme === 'max' ? '▲' : '▼'}`, h('span', { class: 'sr-only' }, ` (${cell.extreme === 'max' ? s.largest : s.smallest})`)));
            return h('vscode-data-grid-cell', { 'grid-column': String(i + 2), class: cell.extreme ? `cell-${cell.extreme}` : undefined }, ...content);
          }),
        ),
      ),
    );
  };
  const toggle = h('vscode-checkbox', { checked: page.onlyDifferences, class: 'only-differences' }, s.onlyDifferences);
  toggle.addEventListener('change', () => {
    page.setOnlyDifferences((toggle as HTMLInputElement).checked);
    fill();
  });
  fill();
  return h('article', { class: 'card compare-card' }, h('h1', { tabindex: '-1' }, view.title), toggle, grid);
}
