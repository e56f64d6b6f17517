import { bytes, groupedNumber } from '../../src/core/present/format';
import { parseMessage } from '../../src/core/protocol/common';
import { TensorsOutbound, type LabelledValue, type TensorsInbound, type TensorsInit, type TensorsStrings, type TensorsView } from '../../src/core/protocol/tensors';
import { buildTensorTree } from '../../src/core/weights/tree';
import { h, registerComponents, textFieldComponent } from '../shared/components';
import { vscodeApi } from '../shared/vscodeApi';
import { attachTensorTreeKeyboard, restoreTabStop } from './keyboard';
import { renderRows, type TreeState } from './tree';

registerComponents(textFieldComponent);
const api = vscodeApi<never>();
const root = document.getElementById('app')!;
const post = (message: TensorsInbound) => api.postMessage(message);

root.append(h('p', { class: 'loading', role: 'status' }, '…'));

let state: TreeState | undefined;
let strings: TensorsStrings | undefined;
const tree = h('div', { id: 'tree', class: 'tree', role: 'tree' });
const matchCount = h('p', { id: 'match-count', role: 'status', 'aria-live': 'polite' });
const search = h('vscode-text-field', { id: 'search' }) as HTMLElement & { value: string };

function list(id: string, rows: LabelledValue[]): HTMLElement {
  return h('dl', { id, class: 'facts' }, ...rows.flatMap((r) => [h('dt', { 'data-key': r.key }, r.label), h('dd', { 'data-key': r.key }, r.value)]));
}

function dtypeTable(s: TensorsStrings, view: TensorsView): HTMLElement {
  const head = h('tr', {}, ...[s.dtype, s.tensors, s.parameters, s.bytes, s.bitsPerWeight].map((c, i) => h('th', { scope: 'col', class: i > 0 ? 'number' : undefined }, c)));
  const rows = view.dtypes.map((d) =>
    h('tr', { 'data-dtype': d.dtype }, h('th', { scope: 'row' }, d.dtype), h('td', { class: 'number' }, groupedNumber(d.tensors)), h('td', { class: 'number' }, groupedNumber(d.parameters)), h('td', { class: 'number', title: `${groupedNumber(d.bytes)} B` }, bytes(d.bytes)), h('td', { class: 'number' }, d.bitsPerWeight)),
  );
  return h('table', { id: 'dtypes' }, h('thead', {}, head), h('tbody', {}, ...rows));
}

function section(title: string, ...children: Array<Node | undefined>): HTMLElement {
  return h('section', {}, h('h2', {}, title), ...children.filter((c): c is Node => c !== undefined));
}

/** Renders the rows for the current state; keeps the focused row focused across re-renders. */
function renderTree(focusPath?: string): void {
  if (!state || !strings) return;
  const hadFocus = tree.contains(document.activeElement);
  const current = focusPath ?? (document.activeElement as HTMLElement | null)?.dataset?.path;
  const { rows, matches } = renderRows(state, strings);
  tree.replaceChildren(...rows);
  if (matches === undefined) matchCount.textContent = '';
  else matchCount.textContent = matches === 0 ? strings.noMatches : strings.matches.replace('{0}', groupedNumber(matches)).replace('{1}', groupedNumber(state.tensors.length));
  tree.dataset.query = state.query;
  restoreTabStop(tree, current, hadFocus);
}

function toggle(path: string, open?: boolean): void {
  if (!state) return;
  const willOpen = open ?? !state.expanded.has(path);
  if (willOpen) state.expanded.add(path);
  else state.expanded.delete(path);
  renderTree(path);
}

function renderView(s: TensorsStrings, view: TensorsView): void {
  const rootNode = buildTensorTree(view.tensors);
  state = { root: rootNode, tensors: view.tensors, expanded: new Set(), query: '' };
  search.replaceChildren(s.search);
  search.setAttribute('placeholder', s.searchPlaceholder);
  search.value = '';
  tree.setAttribute('aria-label', s.tensors);
  const header = h('div', { class: 'row header', 'aria-hidden': 'true' }, ...[s.name, s.shape, s.dtype, s.parameters, s.bytes].map((c, i) => h('span', { class: `cell ${i >= 3 ? 'number' : ''}` }, c)));
  const truncated = view.tensorTotal > view.tensors.length ? h('p', { class: 'truncated' }, s.truncated.replace('{0}', groupedNumber(view.tensors.length)).replace('{1}', groupedNumber(view.tensorTotal))) : undefined;
  root.replaceChildren(
    h('header', {}, h('h1', { id: 'title' }, view.title), h('p', { class: 'subtitle' }, view.subtitle), h('p', { id: 'headline' }, view.headline)),
    section(s.totals, list('totals', view.totals)),
    section(s.dtypes, dtypeTable(s, view)),
    view.metadata.length > 0 ? section(s.metadata, list('metadata', view.metadata)) : h('span', {}),
    view.notes.length > 0 ? section(s.notes, h('ul', { id: 'notes' }, ...view.notes.map((n) => h('li', {}, n)))) : h('span', {}),
    section(s.tensors, search, matchCount, truncated, header, tree),
  );
  renderTree();
}

function render(message: TensorsInit): void {
  strings = message.strings;
  document.documentElement.lang = message.language;
  const { content } = message;
  if (content.kind === 'error') {
    state = undefined;
    root.replaceChildren(h('section', { class: 'error', role: 'alert' }, h('h1', {}, content.title), h('p', { id: 'error-message' }, content.message)));
  } else {
    renderView(message.strings, content.view);
  }
  // The readiness signal tests wait on: the content is in the page.
  root.dataset.ready = content.kind;
}

search.addEventListener('input', () => {
  if (!state) return;
  state.query = search.value;
  renderTree();
});
tree.addEventListener('click', (event) => {
  const row = (event.target as HTMLElement).closest<HTMLElement>('.row.group');
  if (row?.dataset.path !== undefined) toggle(row.dataset.path);
});
attachTensorTreeKeyboard(tree, toggle);

window.addEventListener('message', (event: MessageEvent) => {
  const message = parseMessage(TensorsOutbound, event.data);
  if (message?.type === 'init') render(message);
});

post({ type: 'ready' });
