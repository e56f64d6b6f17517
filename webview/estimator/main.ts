import { compactNumber } from '../../src/core/present/format';
import { parseMessage } from '../../src/core/protocol/common';
import {
  EstimatorOutbound,
  MAX_CONTEXT_LENGTH,
  MAX_TOKEN_BUDGET,
  type EstimatorInbound,
  type EstimatorInit,
  type FiguresMessage,
  type ReportStrings,
  type ReportView,
} from '../../src/core/protocol/estimatorReport';
import {
  buttonComponent,
  dataGridCellComponent,
  dataGridComponent,
  dataGridRowComponent,
  h,
  registerComponents,
  textFieldComponent,
} from '../shared/components';
import { markRendered } from '../shared/renderSignal';
import { vscodeApi } from '../shared/vscodeApi';
import { parseAmount, parseCount, parseQuantity } from './quantity';

/** Budget edits are sent once typing pauses. */
const INPUT_DELAY_MS = 200;

type TextField = HTMLElement & { value: string };

registerComponents(buttonComponent, dataGridComponent, dataGridRowComponent, dataGridCellComponent, textFieldComponent);
const api = vscodeApi<never>();
const root = document.getElementById('app')!;
const post = (message: EstimatorInbound) => api.postMessage(message);

let strings: ReportStrings | undefined;
/** Budget requests sent, and the latest one answered: older answers are dropped. */
let seq = 0;
let answered = 0;
let inputTimer: ReturnType<typeof setTimeout> | undefined;

const tokensField = h('vscode-text-field', { id: 'tokens', inputmode: 'decimal' }) as TextField;
const contextField = h('vscode-text-field', { id: 'context', inputmode: 'numeric' }) as TextField;
const budgetError = h('p', { id: 'budget-error', class: 'field-error', role: 'alert' });
const figuresList = h('dl', { id: 'figures', class: 'figures' });

// A plain status line, not the toolkit's progress ring: its template carries an inline style the CSP refuses.
root.append(h('p', { class: 'loading', role: 'status' }, '…'));

/** What a field shows for a value the host holds: compact when that reads back exactly. */
function fieldText(value: number | null): string {
  if (value === null) return '';
  const compact = compactNumber(value);
  return parseQuantity(compact) === value ? compact : String(value);
}

function section(title: string, ...children: Array<Node | string>): HTMLElement {
  return h('section', {}, h('h2', {}, title), ...children);
}

function renderFigures(message: FiguresMessage): void {
  figuresList.replaceChildren(
    ...message.rows.flatMap((row) => [
      h('dt', { 'data-key': row.key }, row.label),
      h('dd', { 'data-key': row.key }, h('span', { class: 'value' }, row.value), row.detail ? h('span', { class: 'detail' }, row.detail) : undefined),
    ]),
  );
}

function breakdownGrid(s: ReportStrings, report: ReportView): HTMLElement {
  const cell = (column: number, text: string, attributes: Record<string, string> = {}) =>
    h('vscode-data-grid-cell', { 'grid-column': String(column), ...attributes }, text);
  const header = h(
    'vscode-data-grid-row',
    { 'row-type': 'sticky-header' },
    cell(1, s.part, { 'cell-type': 'columnheader' }),
    cell(2, s.parameters, { 'cell-type': 'columnheader', class: 'number' }),
    cell(3, s.share, { 'cell-type': 'columnheader', class: 'number' }),
  );
  const rows = report.breakdown.map((row) =>
    h(
      'vscode-data-grid-row',
      { 'data-key': row.key },
      cell(1, row.label, { class: `part depth-${row.depth}` }),
      cell(2, row.parameters, { class: 'number' }),
      cell(3, row.share, { class: 'number' }),
    ),
  );
  return h('vscode-data-grid', { id: 'breakdown', 'aria-label': s.breakdown, 'grid-template-columns': '3fr 2fr 1fr' }, header, ...rows);
}

function renderReport(s: ReportStrings, report: ReportView, figures: FiguresMessage): void {
  tokensField.replaceChildren(s.tokens);
  tokensField.setAttribute('placeholder', report.defaults.tokens);
  tokensField.setAttribute('title', s.tokensHint);
  tokensField.value = fieldText(figures.tokens);
  contextField.replaceChildren(s.context);
  contextField.setAttribute('placeholder', report.defaults.context);
  contextField.setAttribute('title', s.contextHint);
  contextField.value = fieldText(figures.context);
  budgetError.replaceChildren();
  renderFigures(figures);

  const children: HTMLElement[] = [
    h('header', {}, h('h1', { id: 'title' }, report.title), h('p', { class: 'subtitle' }, report.subtitle)),
    h(
      'section',
      { class: 'totals', 'aria-label': s.total },
      h('p', { class: 'total' }, h('span', { id: 'total' }, report.total), ' ', h('span', { id: 'total-rounded', class: 'rounded' }, `(${report.totalRounded})`)),
      report.active ? h('p', { id: 'active', class: 'active' }, report.active) : undefined,
    ) as HTMLElement,
    h(
      'section',
      { class: 'budget' },
      h('div', { class: 'fields' }, tokensField, contextField),
      budgetError,
      h('vscode-button', { id: 'show-on-chart', appearance: 'secondary' }, s.showOnChart),
    ),
    section(s.figures, figuresList),
    section(s.breakdown, breakdownGrid(s, report)),
  ];
  if (report.warnings.length > 0) children.push(section(s.warnings, h('ul', { class: 'warnings' }, ...report.warnings.map((w) => h('li', {}, w)))));
  children.push(h('details', { class: 'notes' }, h('summary', {}, s.notes), h('ul', {}, ...report.notes.map((n) => h('li', {}, n)))));
  root.replaceChildren(...children);
}

function render(message: EstimatorInit): void {
  strings = message.strings;
  document.documentElement.lang = message.language;
  const { content } = message;
  // New content: pending edits, and answers to requests made so far, belong to the old one.
  if (inputTimer !== undefined) clearTimeout(inputTimer);
  answered = seq;
  if (content.kind === 'empty') {
    root.replaceChildren(h('p', { class: 'empty' }, message.strings.empty));
  } else if (content.kind === 'error') {
    root.replaceChildren(
      h(
        'section',
        { class: 'error', role: 'alert' },
        h('h1', {}, content.title),
        h('p', { id: 'error-message' }, content.message),
        content.field ? h('p', {}, `${message.strings.field}: `, h('code', {}, content.field)) : undefined,
      ),
    );
  } else {
    renderReport(message.strings, content.report, content.figures);
  }
  markRendered({ lang: message.language, content: content.kind, figures: String(answered) });
}

/** Reads both fields; sends the budget once they are valid and typing has paused. */
function onBudgetInput(): void {
  if (!strings) return;
  const tokens = parseAmount(tokensField.value, MAX_TOKEN_BUDGET);
  const context = parseCount(contextField.value, MAX_CONTEXT_LENGTH);
  tokensField.toggleAttribute('aria-invalid', tokens === undefined);
  contextField.toggleAttribute('aria-invalid', context === undefined);
  tokensField.classList.toggle('invalid', tokens === undefined);
  contextField.classList.toggle('invalid', context === undefined);
  if (inputTimer !== undefined) clearTimeout(inputTimer);
  if (tokens === undefined || context === undefined) {
    budgetError.textContent = strings.invalidNumber;
    return;
  }
  budgetError.textContent = '';
  inputTimer = setTimeout(() => post({ type: 'setBudget', seq: ++seq, tokens, context }), INPUT_DELAY_MS);
}

tokensField.addEventListener('input', onBudgetInput);
contextField.addEventListener('input', onBudgetInput);
root.addEventListener('click', (event) => {
  if ((event.target as HTMLElement).closest('#show-on-chart')) post({ type: 'showOnChart' });
});

window.addEventListener('message', (event: MessageEvent) => {
  const message = parseMessage(EstimatorOutbound, event.data);
  if (!message) return;
  if (message.type === 'init') {
    render(message);
  } else if (message.seq > answered && message.seq <= seq) {
    answered = message.seq;
    renderFigures(message);
    markRendered({ figures: String(answered) });
  }
});

post({ type: 'ready' });
