import { parseMessage } from '../../src/core/protocol/common';
import { QuickAction, SidebarOutbound, SidebarState, type FileTerms, type SidebarInbound, type SidebarInit } from '../../src/core/protocol/sidebar';
import { buttonComponent, h, registerComponents, textFieldComponent } from '../shared/components';
import { markRendered } from '../shared/renderSignal';
import { vscodeApi } from '../shared/vscodeApi';
import { FILE_SECTION, RESULTS_SECTION, renderTree } from './render';
import { attachSidebarKeyboard, focusRow, setTabStop } from './treeKeyboard';

registerComponents(buttonComponent, textFieldComponent);
const api = vscodeApi<SidebarState>();
const root = document.getElementById('app')!;
const post = (message: SidebarInbound) => api.postMessage(message);

/** Kept across hiding and reloads; anything unreadable falls back to the defaults. */
const state: SidebarState = parseMessage(SidebarState, api.getState()) ?? { query: '', expanded: [FILE_SECTION, RESULTS_SECTION] };
const expanded = new Set(state.expanded);
const saveState = () => api.setState({ query: state.query, expanded: [...expanded] });

let init: SidebarInit | undefined;
let rows = new Map<string, SidebarInit['entries'][number]>();
let file: FileTerms = { type: 'fileTerms', file: null, terms: [] };
let fileTermsReceived = false;
let results: string[] | undefined;
let searchSeq = 0;
let answeredSeq = -1;

const searchField = h('vscode-text-field', { class: 'search', type: 'text' }) as HTMLElement & { value: string };
const actions = h('div', { class: 'actions', role: 'toolbar' });
const tree = h('div', { class: 'tree', role: 'tree' });

function render(): void {
  if (!init) return;
  const focusedKey = (document.activeElement as HTMLElement | null)?.closest<HTMLElement>('.row')?.dataset.key;
  const tabStopKey = tree.querySelector<HTMLElement>('.row[tabindex="0"]')?.dataset.key;
  tree.replaceChildren(...renderTree({ init, rows, file, query: state.query, results, expanded }));
  const stopKey = focusedKey ?? tabStopKey;
  const stop = setTabStop(tree, (row) => row.dataset.key === stopKey);
  if (focusedKey && stop) stop.focus();
  markRendered({
    lang: init.language,
    query: state.query,
    // True until the host has answered the query on screen.
    searching: String(results === undefined && state.query.trim() !== ''),
    file: file.file ?? '',
    fileTerms: fileTermsReceived ? 'received' : 'pending',
  });
}

function search(): void {
  results = undefined;
  if (state.query.trim()) post({ type: 'search', seq: ++searchSeq, query: state.query });
  render();
}

function toggle(row: HTMLElement, expand?: boolean): void {
  const id = row.dataset.section!;
  const open = expand ?? !expanded.has(id);
  if (open) expanded.add(id);
  else expanded.delete(id);
  saveState();
  render();
}

function activate(row: HTMLElement): void {
  const entryId = row.dataset.entry;
  if (!entryId) return;
  const section = row.closest('section')?.dataset.section;
  post(section === FILE_SECTION ? { type: 'revealTerm', entryId } : { type: 'openEntry', entryId });
}

function applyInit(message: SidebarInit): void {
  const first = !init;
  init = message;
  rows = new Map(message.entries.map((row) => [row.id, row]));
  document.documentElement.lang = message.language;
  searchField.setAttribute('placeholder', message.strings.searchPlaceholder);
  searchField.setAttribute('aria-label', message.strings.searchLabel);
  tree.setAttribute('aria-label', message.strings.searchLabel);
  actions.setAttribute('aria-label', message.strings.actions);
  actions.replaceChildren(
    ...message.actions.map((action) => h('vscode-button', { appearance: 'secondary', 'data-action': action.id }, action.title)),
  );
  if (first) {
    searchField.value = state.query;
    root.replaceChildren(searchField, actions, tree);
  }
  search(); // names and the search order follow the language
}

window.addEventListener('message', (event: MessageEvent) => {
  const message = parseMessage(SidebarOutbound, event.data);
  if (!message) return;
  switch (message.type) {
    case 'init':
      applyInit(message);
      break;
    case 'searchResults':
      // Answers may overtake each other; only the newest query's counts.
      if (message.seq !== searchSeq || message.seq <= answeredSeq) return;
      answeredSeq = message.seq;
      results = message.entryIds;
      render();
      break;
    case 'fileTerms':
      file = message;
      fileTermsReceived = true;
      render();
      break;
  }
});

searchField.addEventListener('input', () => {
  state.query = searchField.value;
  saveState();
  search();
});
searchField.addEventListener('keydown', (event: KeyboardEvent) => {
  if (event.key === 'ArrowDown') {
    event.preventDefault();
    // Into the results when searching, else to the first row.
    focusRow(tree, tree.querySelector<HTMLElement>(`section[data-section="${RESULTS_SECTION}"] .row.item`) ?? tree.querySelector<HTMLElement>('.row') ?? undefined);
  } else if (event.key === 'Enter' && results?.[0]) {
    post({ type: 'openEntry', entryId: results[0] });
  } else if (event.key === 'Escape' && state.query) {
    searchField.value = state.query = '';
    saveState();
    search();
  }
});
actions.addEventListener('click', (event) => {
  const action = parseMessage(QuickAction, (event.target as HTMLElement).closest<HTMLElement>('[data-action]')?.dataset.action);
  if (action) post({ type: 'runAction', action });
});
tree.addEventListener('click', (event) => {
  const row = (event.target as HTMLElement).closest<HTMLElement>('.row');
  if (!row) return;
  focusRow(tree, row);
  if (row.classList.contains('header')) toggle(row);
  else activate(row);
});
attachSidebarKeyboard(tree, toggle, activate);

post({ type: 'ready' });
