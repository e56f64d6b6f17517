import { parseMessage } from '../../src/core/protocol/common';
import { SCALING_TABS, ScalingOutbound, ScalingState, type Focus, type ScalingInbound, type ScalingTab } from '../../src/core/protocol/scalingCharts';
import { GOPHER_BUDGET_FLOPS, trainingFlops } from '../../src/core/scaling/chinchilla';
import { kaplanJointSeries } from '../../src/core/scaling/series';
import { applyChartTheme, watchTheme } from '../shared/charts';
import {
  buttonComponent,
  checkboxComponent,
  h,
  panelTabComponent,
  panelViewComponent,
  panelsComponent,
  registerComponents,
  textFieldComponent,
} from '../shared/components';
import { markRendered } from '../shared/renderSignal';
import { vscodeApi } from '../shared/vscodeApi';
import { ChartCard, type CardHost } from './chartCard';
import { BUDGET_RANGE, budgetReadouts, frontierChart, gopherTable, isoFlopChart } from './chinchillaCharts';
import { scalingData, type ScalingData } from './data';
import { count, decimalYearOf, decimals, exponential, fill, fillParts, flops } from './format';
import { growthChart, growthSeriesOf } from './growthChart';
import { dataFactors, jointChart, jointRuns, lawChart, lawFormula, lawHeading, percent, type LawKind } from './kaplanCharts';
import { parseNumber, sliderField } from './sliderField';
import { smallModelsChart } from './smallModelsChart';
import { scalingStrings, type ScalingStrings } from './strings';
import { renderTable } from './table';
import { cell } from './tableModel';
import { paletteFrom, type Palette } from './theme';

registerComponents(buttonComponent, checkboxComponent, panelsComponent, panelTabComponent, panelViewComponent, textFieldComponent);
const api = vscodeApi<ScalingState>();
const root = document.getElementById('app')!;
const post = (message: ScalingInbound) => api.postMessage(message);

const N_FACTOR = { min: 1, max: 1000, sliderMax: 100 };
const DEFAULT_STATE: ScalingState = { tab: 'growth', nFactor: 2, budget: GOPHER_BUDGET_FLOPS.value, tables: [] };

/** Kept across hiding and reloads; anything unreadable falls back to the defaults. */
const state: ScalingState = parseMessage(ScalingState, api.getState()) ?? { ...DEFAULT_STATE };
const save = () => api.setState(state);

/** What the page shows: its text and data in the language of an init. */
interface Page {
  strings: ScalingStrings;
  data: ScalingData;
}

/** The latest init's page; undefined until the first arrives. */
let shown: Page | undefined;
let palette: Palette = loadTheme();
let cards = new Map<ScalingTab, ChartCard[]>();
let openedAt: number | undefined;
let firstChartReported = false;
const status = h('p', { id: 'status', class: 'status', role: 'status' });

/** Reads the theme's colours and makes them Chart.js's defaults. */
function loadTheme(): Palette {
  const style = getComputedStyle(document.documentElement);
  const p = paletteFrom((variable) => style.getPropertyValue(variable));
  applyChartTheme({ foreground: p.foreground, grid: p.grid, fontFamily: p.fontFamily, fontSize: p.fontSize });
  return p;
}

const cardHost = (strings: ScalingStrings): CardHost => ({
  strings: () => strings,
  palette: () => palette,
  openEntry: (entryId) => post({ type: 'openEntry', entryId }),
  exportFile: (format, filename, data) => post({ type: 'export', format, filename, data }),
  tableShown: (id) => state.tables.includes(id),
  setTableShown: (id, shown) => {
    state.tables = shown ? [...new Set([...state.tables, id])] : state.tables.filter((t) => t !== id);
    save();
  },
  drawn: reportFirstChart,
});

/** Marks the time from the command to the first chart drawn (read by the tests and the benchmark). */
function reportFirstChart(): void {
  if (firstChartReported) return;
  firstChartReported = true;
  root.dataset.firstChartPageMs = String(Math.round(performance.now()));
  if (openedAt !== undefined) root.dataset.firstChartMs = String(Date.now() - openedAt);
}

/** Applies a "show on chart" request unless it was applied before (a re-sent init repeats it). */
function applyFocus(focus: Focus): boolean {
  if (state.appliedFocus !== undefined && focus.id <= state.appliedFocus) return false;
  state.appliedFocus = focus.id;
  const target = focus.target;
  if (target.kind === 'entry') {
    state.focusedEntry = target.entryId;
    state.tab = 'growth';
  } else if (target.kind === 'user') {
    state.userModel = target.model;
    state.tab = target.tab ?? 'growth';
    // On the Chinchilla view the run's own budget, C = 6ND, becomes the chosen iso-FLOP curve.
    const tokens = target.model.trainingTokens;
    if (state.tab === 'chinchilla' && tokens !== undefined) {
      const log = Math.log10(trainingFlops(target.model.parameters, tokens));
      state.budget = 10 ** Math.min(BUDGET_RANGE.max, Math.max(BUDGET_RANGE.min, log));
    }
  } else {
    state.tab = target.tab;
  }
  save();
  return true;
}

function focusStatus(page: Page): void {
  const s = page.strings;
  const entry = state.focusedEntry ? page.data.growth.find((p) => p.entryId === state.focusedEntry) : undefined;
  const names = [entry?.label, state.userModel ? fill(s.yourModel, state.userModel.label) : undefined].filter(Boolean);
  status.textContent = names.length > 0 ? fill(s.focused, names.join(', ')) : '';
}

// ---- Tabs ------------------------------------------------------------------------------------

function growthTab(page: Page, host: CardHost): { cards: ChartCard[]; content: Node[] } {
  const s = page.strings;
  const card = new ChartCard(
    'growth',
    s.growthHeading,
    () =>
      growthChart({
        data: page.data,
        strings: s,
        palette,
        focusedEntry: state.focusedEntry,
        userModel: state.userModel,
        today: decimalYearOf(new Date()),
      }),
    host,
    [h('p', { class: 'intro' }, s.growthIntro)],
  );
  const focused = state.focusedEntry ? growthSeriesOf(page.data, state.focusedEntry) : undefined;
  if (focused) card.highlight(focused.series, focused.index);
  return { cards: [card], content: [card.element] };
}

function dataFactorText(s: ScalingStrings): Node[] {
  const k = state.nFactor;
  const { rounded, unrounded, exponent } = dataFactors(k);
  const main = h(
    'p',
    { class: 'data-factor' },
    ...fillParts<Node>(s.dataFactorText, h('output', { id: 'n-factor-output' }, decimals(k, 2)), h('output', { id: 'data-factor' }, decimals(rounded, 2))),
  );
  return [main, h('p', { class: 'secondary', id: 'data-factor-unrounded' }, fill(s.dataFactorUnrounded, decimals(exponent, 3), decimals(unrounded, 2)))];
}

function runsTable(s: ScalingStrings): HTMLElement {
  const rows = jointRuns(kaplanJointSeries(state.nFactor, { points: 2 }), s).map((row) => [
    cell(row.label),
    cell(row.run.parameters, count(row.run.parameters)),
    cell(row.run.tokens, count(row.run.tokens)),
    cell(row.run.loss, decimals(row.run.loss, 4)),
    cell(row.run.penalty, percent(row.run.penalty)),
  ]);
  const columns = [{ label: s.colModel }, { label: s.colParameters, numeric: true }, { label: s.colTokens, numeric: true }, { label: s.colLoss, numeric: true }, { label: s.colPenalty, numeric: true }];
  return h('div', { id: 'kaplan-runs', class: 'runs' }, renderTable({ columns, rows }, s.jointHeading));
}

function kaplanTab(page: Page, host: CardHost): { cards: ChartCard[]; content: Node[] } {
  const s = page.strings;
  const laws: LawKind[] = ['n', 'd', 'c'];
  const lawCards = laws.map(
    (kind) => new ChartCard(`kaplan-${kind}`, lawHeading(s, kind), () => lawChart(kind, s, palette), host, [h('p', { class: 'formula' }, lawFormula(kind))]),
  );
  const factorOutput = h('div', { class: 'factor-output' }, ...dataFactorText(s));
  const runs = h('div', {}, runsTable(s));
  const joint = new ChartCard('kaplan-joint', s.jointHeading, () => jointChart(state.nFactor, s, palette), host, [
    h('p', { class: 'intro' }, s.jointIntro),
    sliderField({
      id: 'n-factor',
      label: s.nFactor,
      sliderLabel: s.nFactorSlider,
      invalid: s.invalidNumber,
      value: state.nFactor,
      slider: { min: N_FACTOR.min, max: N_FACTOR.sliderMax, step: 1, to: (v) => Math.round(v), from: (p) => p },
      format: (v) => String(v),
      parse: (text) => {
        const v = parseNumber(text);
        return v !== undefined && v >= N_FACTOR.min && v <= N_FACTOR.max ? v : undefined;
      },
      onChange: (value) => {
        state.nFactor = value;
        save();
        factorOutput.replaceChildren(...dataFactorText(s));
        runs.replaceChildren(runsTable(s));
        joint.refresh();
      },
    }),
    factorOutput,
    runs,
  ]);
  const content = [
    h('p', { class: 'intro' }, s.kaplanIntro),
    h('p', { class: 'secondary' }, s.kaplanRange),
    h('div', { class: 'card-grid' }, ...lawCards.map((c) => c.element)),
    joint.element,
  ];
  return { cards: [...lawCards, joint], content };
}

function chinchillaTab(page: Page, host: CardHost): { cards: ChartCard[]; content: Node[] } {
  const s = page.strings;
  const readouts = h('div', { class: 'readouts', id: 'budget-readouts' });
  const showReadouts = () => {
    const r = budgetReadouts(state.budget, s);
    readouts.replaceChildren(
      h('p', { id: 'budget-readout' }, r.budget),
      h('p', { id: 'rule-allocation', class: 'primary' }, r.rule),
      h('p', { id: 'fit-allocation', class: 'secondary' }, r.fit),
      h('p', { id: 'fit-note', class: 'note' }, r.note),
    );
  };
  showReadouts();
  const iso = new ChartCard('chinchilla-isoflop', s.isoHeading, () => isoFlopChart(state.budget, s, palette), host, [h('p', { class: 'intro' }, s.isoIntro)]);
  const frontier = new ChartCard(
    'chinchilla-frontier',
    s.frontierHeading,
    () => frontierChart({ data: page.data, strings: s, palette, budget: state.budget, focusedEntry: state.focusedEntry, userModel: state.userModel }),
    host,
    [h('p', { class: 'intro' }, s.frontierIntro)],
  );
  const budgetControl = sliderField({
    id: 'budget',
    label: s.budget,
    sliderLabel: s.budgetSlider,
    invalid: s.budgetInvalid,
    value: state.budget,
    slider: { min: BUDGET_RANGE.min, max: BUDGET_RANGE.max, step: 0.05, to: Math.log10, from: (p) => 10 ** p },
    format: exponential,
    parse: (text) => {
      const v = parseNumber(text);
      return v !== undefined && v >= 10 ** BUDGET_RANGE.min && v <= 10 ** BUDGET_RANGE.max ? v : undefined;
    },
    onChange: (value) => {
      state.budget = value;
      save();
      showReadouts();
      iso.refresh();
      frontier.refresh();
    },
  });
  const gopher = h(
    'section',
    { class: 'gopher', id: 'gopher' },
    h('h2', {}, s.gopherHeading),
    h('p', { class: 'intro' }, fill(s.gopherIntro, flops(GOPHER_BUDGET_FLOPS.value))),
    renderTable(gopherTable(s, page.data), s.gopherHeading),
  );
  const content = [h('p', { class: 'intro' }, s.chinchillaIntro), h('div', { class: 'controls' }, budgetControl, readouts), iso.element, frontier.element, gopher];
  return { cards: [iso, frontier], content };
}

function smallTab(page: Page, host: CardHost): { cards: ChartCard[]; content: Node[] } {
  const s = page.strings;
  const card = new ChartCard('small', s.smallHeading, () => smallModelsChart(page.data, s, palette), host, [h('p', { class: 'intro' }, s.smallIntro)]);
  return { cards: [card], content: [card.element] };
}

const TAB_BUILDERS: Record<ScalingTab, (page: Page, host: CardHost) => { cards: ChartCard[]; content: Node[] }> = {
  growth: growthTab,
  kaplan: kaplanTab,
  chinchilla: chinchillaTab,
  small: smallTab,
};

function tabTitle(s: ScalingStrings, tab: ScalingTab): string {
  return { growth: s.tabGrowth, kaplan: s.tabKaplan, chinchilla: s.tabChinchilla, small: s.tabSmall }[tab];
}

/** Draws the charts of the visible tab (Chart.js needs a laid-out canvas). */
function mountTab(tab: ScalingTab): void {
  for (const card of cards.get(tab) ?? []) card.mount();
}

function render(page: Page): void {
  for (const card of [...cards.values()].flat()) card.destroy();
  cards = new Map();
  const s = page.strings;
  const host = cardHost(s);
  const panels = h('vscode-panels', { id: 'tabs', activeid: `tab-${state.tab}`, 'aria-label': s.title });
  for (const tab of SCALING_TABS) {
    const built = TAB_BUILDERS[tab](page, host);
    cards.set(tab, built.cards);
    panels.append(h('vscode-panel-tab', { id: `tab-${tab}`, 'data-tab': tab }, tabTitle(s, tab)));
    panels.append(h('vscode-panel-view', { id: `view-${tab}`, class: `view view-${tab}` }, h('div', { class: 'view-content' }, ...built.content)));
  }
  panels.addEventListener('change', () => {
    const active = (panels as HTMLElement & { activeid?: string }).activeid?.replace(/^tab-/, '');
    const tab = SCALING_TABS.find((t) => t === active);
    if (!tab || tab === state.tab) return;
    state.tab = tab;
    save();
    requestAnimationFrame(() => {
      mountTab(tab);
      markRendered({ tab });
    });
  });
  focusStatus(page);
  root.replaceChildren(
    h('header', {}, h('h1', { id: 'title' }, s.title), h('p', { class: 'subtitle' }, s.subtitle)),
    status,
    h('p', { id: 'chart-hint', class: 'visually-hidden' }, s.chartHint),
    panels,
  );
  mountTab(state.tab);
  markRendered({ lang: document.documentElement.lang, tab: state.tab });
}

/** Re-plots after a new "show on chart" request on an open page. */
function showFocus(page: Page): void {
  const panels = document.getElementById('tabs') as (HTMLElement & { activeid: string }) | null;
  if (panels) panels.activeid = `tab-${state.tab}`;
  focusStatus(page);
  for (const card of [...cards.values()].flat()) card.refresh();
  const focused = state.focusedEntry ? growthSeriesOf(page.data, state.focusedEntry) : undefined;
  const growth = cards.get('growth')?.[0];
  if (focused && growth) growth.highlight(focused.series, focused.index);
  requestAnimationFrame(() => {
    mountTab(state.tab);
    markRendered({ tab: state.tab, focus: String(state.appliedFocus ?? '') });
  });
}

window.addEventListener('message', (event: MessageEvent) => {
  const message = parseMessage(ScalingOutbound, event.data);
  if (!message) return;
  switch (message.type) {
    case 'init':
      if (!shown && message.openedAt !== undefined) openedAt = message.openedAt;
      shown = { strings: scalingStrings(message.language), data: scalingData(message.data, message.language) };
      document.documentElement.lang = message.language;
      if (message.focus) applyFocus(message.focus);
      render(shown);
      return;
    case 'focus':
      if (shown && applyFocus(message.focus)) showFocus(shown);
      return;
    case 'saved':
      if (shown) status.textContent = fill(shown.strings.saved, message.name);
      return;
  }
});

watchTheme(() => {
  palette = loadTheme();
  for (const card of [...cards.values()].flat()) card.refresh();
});

api.postMessage({ type: 'ready' });
