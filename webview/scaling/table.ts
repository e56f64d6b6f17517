import { h } from '../shared/components';
import type { TableModel } from './tableModel';

/** A plain <table>: screen readers navigate it by rows and columns; the first column heads each row. */
export function renderTable(model: TableModel, caption: string): HTMLElement {
  const numeric = model.columns.map((c) => Boolean(c.numeric));
  const head = h('tr', {}, ...model.columns.map((c, i) => h('th', { scope: 'col', class: numeric[i] ? 'number' : undefined }, c.label)));
  const rows = model.rows.map((row) =>
    h(
      'tr',
      {},
      ...row.map((c, i) =>
        h(
          i === 0 ? 'th' : 'td',
          {
            scope: i === 0 ? 'row' : undefined,
            class: numeric[i] ? 'number' : undefined,
            'data-value': typeof c.value === 'number' ? String(c.value) : undefined,
          },
          c.text,
        ),
      ),
    ),
  );
  return h('table', {}, h('caption', {}, caption), h('thead', {}, head), h('tbody', {}, ...rows));
}
