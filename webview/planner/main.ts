import {
  ACCELERATORS,
  DEFAULT_REASONS,
  GIB,
  PLANNER_SOURCES,
  SETTING_LABELS,
  acceleratorById,
  formatCost,
  parseWeightFormat,
  planFor,
  planNotes,
  type Plan,
  type PlannerModel,
  type PlanSettings,
  type SettingKey,
} from '../../src/core/planner';
import { compactNumber, groupedNumber, scientific } from '../../src/core/present/format';
import { parseMessage } from '../../src/core/protocol/common';
import { PlannerOutbound, PlannerState, type PlannerInbound, type PlannerInit, type ScenarioView } from '../../src/core/protocol/planner';
import { applyChartTheme, watchTheme } from '../shared/charts';
import { buttonComponent, h, registerComponents } from '../shared/components';
import { vscodeApi } from '../shared/vscodeApi';
import { numberField, parseAmount, select, slider } from './controls';
import { MemoryChart, chartSeries, readPalette, type Palette } from './memoryChart';
import { fill, plannerStrings, type PlannerStrings } from './strings';

registerComponents(buttonComponent);
const api = vscodeApi<PlannerState>();
const root = document.getElementById('app')!;
const post = (message: PlannerInbound) => api.postMessage(message);

type Lang = 'en' | 'ko';

interface Page {
  lang: Lang;
  s: PlannerStrings;
  scenario: ScenarioView;
  model: PlannerModel;
  settings: PlanSettings;
}

let page: Page | undefined;
let palette: Palette = loadTheme();
const chart = new MemoryChart();

const GPU_COUNTS = [1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128, 256, 512, 1024, 2048, 4096];
const BATCHES = [1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256, 384, 512, 768, 1024];
const RANKS = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024];
const INFERENCE_FORMATS = ['bf16', 'fp16', 'fp32', 'fp8', 'int8', 'nf4', 'nf4-dq', 'gptq-4-g128', 'awq-4-g128', 'gptq-8-g128', 'gguf-Q8_0', 'gguf-Q6_K', 'gguf-Q5_K_M', 'gguf-Q4_K_M', 'gguf-Q3_K_L', 'gguf-Q2_K', 'gguf-IQ2_XS'];
const LORA_FORMATS = ['bf16', 'fp16', 'fp32', 'int8'];
const QLORA_FORMATS = ['nf4-dq', 'nf4', 'fp4-dq', 'fp4'];

const OPTIMIZER_LABELS: Record<PlanSettings['optimizer'], string> = {
  adamw: 'AdamW',
  'adamw-8bit': '8-bit AdamW',
  lion: 'Lion',
  'lion-8bit': '8-bit Lion',
  sgd: 'SGD',
  'sgd-momentum': 'SGD + momentum',
  adafactor: 'Adafactor',
};
const SHARDING_LABELS: Record<Exclude<PlanSettings['sharding'], 'none'>, string> = { zero1: 'ZeRO-1', zero2: 'ZeRO-2 / FSDP SHARD_GRAD_OP', zero3: 'ZeRO-3 / FSDP FULL_SHARD' };

/** The text of a default's reason (the host sends its key). */
function reasonText(key: string, lang: Lang): string {
  const reason = (DEFAULT_REASONS as Readonly<Record<string, { en: string; ko: string }>>)[key];
  return reason ? reason[lang] : key;
}

/** The settings that matter for a mode and method (the sources table shows only those). */
function relevant(key: SettingKey, settings: PlanSettings): boolean {
  const trainingOnly: SettingKey[] = ['method', 'precision', 'loraRank', 'loraTargets', 'optimizer', 'gradientAccumulation', 'recompute', 'fusedAttention', 'sharding', 'tokens', 'mfu'];
  const inferenceOnly: SettingKey[] = ['kvDtype', 'memoryUtilization'];
  if (settings.mode === 'training' ? inferenceOnly.includes(key) : trainingOnly.includes(key)) return false;
  if (settings.mode === 'training' && settings.method === 'full' && (key === 'loraRank' || key === 'loraTargets')) return false;
  if (settings.mode === 'training' && settings.method !== 'full' && key === 'precision') return false;
  return true;
}

function loadTheme(): Palette {
  const p = readPalette();
  const style = getComputedStyle(document.documentElement);
  const size = Number.parseFloat(style.getPropertyValue('--vscode-font-size'));
  applyChartTheme({ foreground: p.foreground, grid: p.grid, fontFamily: style.getPropertyValue('--vscode-font-family').trim() || 'sans-serif', fontSize: Number.isFinite(size) && size > 0 ? size : 13 });
  return p;
}

function contexts(model: PlannerModel): number[] {
  const top = Math.min(2 ** 24, Math.max(131072, model.contextLength));
  const values: number[] = [];
  for (let v = 128; v <= top; v *= 2) values.push(v);
  return values;
}

function gib(bytes: number): string {
  return (bytes / GIB).toFixed(bytes >= 100 * GIB ? 0 : 1);
}

function duration(seconds: number, s: PlannerStrings): string {
  if (seconds < 120) return fill(s.seconds, seconds.toFixed(0));
  if (seconds < 7200) return fill(s.minutes, (seconds / 60).toFixed(0));
  if (seconds < 2 * 86400) return fill(s.hours, (seconds / 3600).toFixed(1));
  if (seconds < 730 * 86400) return fill(s.days, (seconds / 86400).toFixed(1));
  return fill(s.years, (seconds / (365 * 86400)).toFixed(1));
}

function formatLabel(id: string, model: PlannerModel): string {
  const format = parseWeightFormat(id);
  if (!format) return id;
  const cost = formatCost(format, model.hidden);
  const name = id.startsWith('gguf-') ? `GGUF ${id.slice(5)}` : id.replace('-dq', ' + double quant').replace(/^(gptq|awq)-(\d)-g(\w+)$/, (_, m: string, b: string, g: string) => `${m.toUpperCase()} ${b}-bit, group ${g}`);
  return `${name} (${Number(cost.bits.toFixed(3))} bits${cost.measured ? ', measured' : ''})`;
}

/** The value of a setting as shown in the sources table. */
function valueText(key: SettingKey, settings: PlanSettings, page: Page): string {
  const { s, model } = page;
  switch (key) {
    case 'model':
      return model.label;
    case 'gpu':
      return acceleratorById(settings.gpu)?.name ?? settings.gpu;
    case 'weights':
      return formatLabel(settings.weights, model);
    case 'loraTargets':
      return settings.loraTargets === 'all-linear' ? 'all-linear' : settings.loraTargets.join(', ');
    case 'fusedAttention':
      return settings.fusedAttention ? s.attentionFused : s.attentionEager;
    case 'recompute':
      return { none: s.recomputeNone, selective: s.recomputeSelective, full: s.recomputeFull }[settings.recompute];
    case 'memoryUtilization':
      return settings.memoryUtilization === null ? '—' : `${Math.round(settings.memoryUtilization * 100)}%`;
    case 'mfu':
      return `${Math.round(settings.mfu * 100)}%`;
    case 'tokens':
      return compactNumber(settings.tokens);
    case 'context':
      return groupedNumber(settings.context);
    case 'overheadGiB':
      return `${settings.overheadGiB} GiB`;
    case 'method':
      return { full: s.methodFull, lora: s.methodLora, qlora: s.methodQlora }[settings.method];
    case 'precision':
      return { mixed: s.precisionMixed, bf16: s.precisionBf16, fp32: s.precisionFp32 }[settings.precision];
    case 'optimizer':
      return OPTIMIZER_LABELS[settings.optimizer];
    case 'sharding':
      return settings.sharding === 'none' ? s.shardingNone : SHARDING_LABELS[settings.sharding];
    default:
      return String(settings[key as keyof PlanSettings]);
  }
}

// ---- Rendering --------------------------------------------------------------------------------------

const readout = h('div', { id: 'what-fits', class: 'what-fits', role: 'status', 'aria-live': 'polite' });
const tableBox = h('div', { id: 'memory-table-box' });
const computeBox = h('div', { id: 'compute' });
const warningsBox = h('div', { id: 'warnings' });
const notesBox = h('div', { id: 'notes' });
const originsBox = h('div', { id: 'origins' });
const controlsBox = h('form', { id: 'controls', class: 'controls' });

function renderControls(p: Page): void {
  const { s, settings, model } = p;
  const change = <K extends keyof PlanSettings>(key: K, value: PlanSettings[K], rebuild = false) => {
    settings[key] = value;
    if (rebuild) renderControls(p);
    update();
  };
  const training = settings.mode === 'training';
  const items: HTMLElement[] = [
    select({ id: 'gpu', label: s.gpu, value: settings.gpu, options: ACCELERATORS.map((a) => ({ value: a.id, label: a.name })), onChange: (v) => change('gpu', v) }),
    slider({ id: 'gpus', label: training ? s.gpusTraining : s.gpusInference, positions: GPU_COUNTS, value: settings.gpus, format: String, onChange: (v) => change('gpus', v) }),
    slider({ id: 'batch', label: training ? s.batchTraining : s.batchInference, positions: BATCHES, value: settings.batch, format: String, onChange: (v) => change('batch', v) }),
    slider({ id: 'context', label: s.context, positions: contexts(model), value: settings.context, format: groupedNumber, onChange: (v) => change('context', v) }),
  ];
  if (training) {
    items.push(
      select({
        id: 'method',
        label: s.method,
        value: settings.method,
        options: [
          { value: 'full', label: s.methodFull },
          { value: 'lora', label: s.methodLora },
          { value: 'qlora', label: s.methodQlora },
        ],
        onChange: (v) => {
          settings.method = v;
          if (v === 'lora' && !LORA_FORMATS.includes(settings.weights)) settings.weights = 'bf16';
          if (v === 'qlora' && !QLORA_FORMATS.includes(settings.weights)) settings.weights = 'nf4-dq';
          change('method', v, true);
        },
      }),
    );
    if (settings.method === 'full') {
      items.push(
        select({
          id: 'precision',
          label: s.precision,
          value: settings.precision,
          options: [
            { value: 'mixed', label: s.precisionMixed },
            { value: 'bf16', label: s.precisionBf16 },
            { value: 'fp32', label: s.precisionFp32 },
          ],
          onChange: (v) => change('precision', v),
        }),
      );
    } else {
      const formats = settings.method === 'qlora' ? QLORA_FORMATS : LORA_FORMATS;
      items.push(
        select({ id: 'weights', label: s.weights, value: settings.weights, options: [...new Set([...formats, settings.weights])].map((id) => ({ value: id, label: formatLabel(id, model) })), onChange: (v) => change('weights', v) }),
        slider({ id: 'lora-rank', label: s.loraRank, positions: RANKS, value: settings.loraRank, format: String, onChange: (v) => change('loraRank', v) }),
      );
    }
    items.push(
      select({
        id: 'optimizer',
        label: s.optimizer,
        value: settings.optimizer,
        options: (Object.keys(OPTIMIZER_LABELS) as Array<PlanSettings['optimizer']>).map((value) => ({ value, label: OPTIMIZER_LABELS[value] })),
        onChange: (v) => change('optimizer', v),
      }),
      select({
        id: 'recompute',
        label: s.recompute,
        value: settings.recompute,
        options: [
          { value: 'none', label: s.recomputeNone },
          { value: 'selective', label: s.recomputeSelective },
          { value: 'full', label: s.recomputeFull },
        ],
        onChange: (v) => change('recompute', v),
      }),
      select({
        id: 'attention',
        label: s.attention,
        value: settings.fusedAttention ? 'fused' : 'eager',
        options: [
          { value: 'fused', label: s.attentionFused },
          { value: 'eager', label: s.attentionEager },
        ],
        onChange: (v) => change('fusedAttention', v === 'fused'),
      }),
      select({
        id: 'sharding',
        label: s.sharding,
        value: settings.sharding,
        options: [
          { value: 'none', label: s.shardingNone },
          ...(Object.keys(SHARDING_LABELS) as Array<keyof typeof SHARDING_LABELS>).map((value) => ({ value, label: SHARDING_LABELS[value] })),
        ],
        onChange: (v) => change('sharding', v),
      }),
      numberField({ id: 'tokens', label: s.tokens, value: settings.tokens, invalid: s.invalid, format: compactNumber, parse: (t) => inRange(parseAmount(t), 1, 1e16), onChange: (v) => change('tokens', v) }),
      numberField({ id: 'mfu', label: s.mfu, value: settings.mfu * 100, invalid: s.invalid, format: (v) => String(Math.round(v)), parse: (t) => inRange(parseAmount(t), 1, 100), onChange: (v) => change('mfu', v / 100) }),
    );
  } else {
    items.push(
      select({ id: 'weights', label: s.weights, value: settings.weights, options: [...new Set([...INFERENCE_FORMATS, settings.weights])].map((id) => ({ value: id, label: formatLabel(id, model) })), onChange: (v) => change('weights', v) }),
      select({
        id: 'kv-dtype',
        label: s.kvDtype,
        value: settings.kvDtype,
        options: (['bf16', 'fp16', 'fp32', 'fp8', 'q8_0', 'q4_0'] as const).map((v) => ({ value: v, label: v })),
        onChange: (v) => change('kvDtype', v),
      }),
    );
    if (settings.memoryUtilization !== null) {
      items.push(
        numberField({ id: 'memory-share', label: s.memoryShare, value: settings.memoryUtilization, invalid: s.invalid, format: String, parse: (t) => inRange(parseAmount(t), 0.05, 1), onChange: (v) => change('memoryUtilization', v) }),
      );
    }
  }
  items.push(numberField({ id: 'overhead', label: s.overhead, value: settings.overheadGiB, invalid: s.invalid, format: String, parse: (t) => inRange(parseAmount(t), 0, 64), onChange: (v) => change('overheadGiB', v) }));
  const reset = h('vscode-button', { id: 'reset', appearance: 'secondary' }, s.reset);
  reset.addEventListener('click', () => {
    p.settings = structuredClone(p.scenario.settings);
    renderControls(p);
    update();
  });
  controlsBox.replaceChildren(h('h2', {}, s.controls), h('div', { class: 'control-grid' }, ...items), reset);
}

function inRange(value: number | undefined, min: number, max: number): number | undefined {
  return value !== undefined && value >= min && value <= max ? value : undefined;
}

function renderReadout(p: Page, plan: Plan): void {
  const { s } = p;
  const accelerator = plan.accelerator;
  const lines: string[] = [];
  const share = `${Math.round((plan.totalBytes / plan.budgetBytes) * 100)}%`;
  lines.push(plan.fits ? fill(s.fits, gib(plan.totalBytes), gib(plan.budgetBytes), share, accelerator.shortName) : fill(s.notFits, gib(plan.totalBytes), gib(plan.totalBytes - plan.budgetBytes), gib(plan.budgetBytes), accelerator.shortName));
  if (plan.training) {
    const f = plan.training.fits;
    if (f.maxBatch === 0) lines.push(s.nothingFits);
    else lines.push(fill(s.maxBatchTraining, f.maxBatch), fill(s.maxContextTraining, groupedNumber(f.maxContext)));
    if (f.minGpusZero3 !== undefined && (!plan.fits || p.settings.sharding === 'zero3')) lines.push(fill(s.minGpus, f.minGpusZero3));
  }
  if (plan.inference) {
    const f = plan.inference.fits;
    lines.push(f.maxContext === Infinity ? s.maxContextUnbounded : fill(s.maxContextInference, p.settings.batch, groupedNumber(f.maxContext)));
    lines.push(fill(s.maxBatchInference, groupedNumber(p.settings.context), Number.isFinite(f.maxBatch) ? groupedNumber(f.maxBatch) : '∞'));
  }
  readout.dataset.totalGib = (plan.totalBytes / GIB).toFixed(3);
  readout.dataset.fits = String(plan.fits);
  readout.replaceChildren(...lines.map((line, i) => h('p', { class: i === 0 ? (plan.fits ? 'verdict fits' : 'verdict over') : 'secondary' }, line)));
}

function renderTable(p: Page, plan: Plan, series: ReturnType<typeof chartSeries>): void {
  const { s } = p;
  const parts = series.filter((x) => x.key !== 'capacity');
  const total = plan.totalBytes / GIB;
  const row = (cells: string[], key?: string) =>
    h('tr', key ? { 'data-key': key } : {}, h('th', { scope: 'row' }, cells[0]), ...cells.slice(1).map((c) => h('td', { class: 'number' }, c)));
  tableBox.replaceChildren(
    h(
      'table',
      { id: 'memory-table' },
      h('caption', {}, s.tableCaption),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, s.colPart), h('th', { scope: 'col', class: 'number' }, s.colGiB), h('th', { scope: 'col', class: 'number' }, s.colShare))),
      h(
        'tbody',
        {},
        ...parts.map((x) => row([x.label, x.gib.toFixed(2), `${total > 0 ? ((x.gib / total) * 100).toFixed(1) : '0'}%`], x.key)),
        row([s.total, total.toFixed(2), '100%'], 'total'),
        row([series.at(-1)!.label, (plan.budgetBytes / GIB).toFixed(2), ''], 'capacity'),
      ),
    ),
  );
}

function renderCompute(p: Page, plan: Plan): void {
  const { s, settings, model } = p;
  const lines: HTMLElement[] = [h('p', {}, fill(s.forwardFlops, scientific(plan.compute.forwardFlopsPerToken)))];
  if (plan.mode === 'training') {
    lines.push(h('p', {}, fill(s.trainingFlops, scientific(plan.compute.trainingFlopsPerToken!), compactNumber(settings.tokens), scientific(plan.compute.trainingFlops!))));
    const seconds = plan.compute.trainingSeconds;
    lines.push(h('p', { id: 'training-time' }, seconds === null || seconds === undefined ? fill(s.noPeak, plan.accelerator.name) : fill(s.trainingTime, settings.gpus, plan.accelerator.shortName, Math.round(settings.mfu * 100), duration(seconds, s))));
    const button = h('vscode-button', { id: 'show-on-chart' }, s.chinchilla);
    button.addEventListener('click', () => post({ type: 'showOnChart', label: model.label.slice(0, 120), parameters: model.totalParameters, tokens: settings.tokens }));
    lines.push(h('div', { class: 'chinchilla' }, button, h('p', { class: 'secondary' }, fill(s.chinchillaHint, compactNumber(model.totalParameters), compactNumber(settings.tokens), scientific(6 * model.totalParameters * settings.tokens)))));
  } else {
    lines.push(h('p', { id: 'decode-bound' }, fill(s.decode, plan.compute.decodeTokensPerSecond!.toFixed(0), groupedNumber(plan.accelerator.bandwidthGBps))));
  }
  computeBox.replaceChildren(h('h2', {}, s.computeHeading), ...lines);
}

function renderNotes(p: Page, plan: Plan): void {
  const { s, lang } = p;
  const warnings = plan.warnings.map((w) => w[lang]);
  const scriptNotes = p.scenario.notes.map((n) => ('key' in n ? reasonText(n.key, lang) : n[lang]));
  warningsBox.replaceChildren(
    ...(warnings.length > 0 ? [h('h2', {}, s.warnings), h('ul', { class: 'warnings', id: 'warning-list' }, ...warnings.map((w) => h('li', {}, w)))] : []),
    ...(scriptNotes.length > 0 ? [h('h2', {}, s.scriptNotes), h('ul', { class: 'script-notes' }, ...scriptNotes.map((n) => h('li', {}, n)))] : []),
  );
  notesBox.replaceChildren(
    h(
      'details',
      { class: 'notes', open: true },
      h('summary', {}, s.notes),
      h(
        'ul',
        {},
        ...planNotes(p.model, p.settings, plan).map((note) => {
          const source = note.source ? PLANNER_SOURCES[note.source] : undefined;
          return h('li', {}, note.text[lang], source ? h('span', { class: 'source' }, ` ${fill(s.source, `${source.citation}, ${source.year}`)} — `, h('span', { class: 'url' }, source.url)) : undefined);
        }),
      ),
    ),
  );
}

const ORIGIN_ORDER: SettingKey[] = ['model', 'weights', 'method', 'precision', 'loraRank', 'loraTargets', 'optimizer', 'batch', 'gradientAccumulation', 'context', 'recompute', 'fusedAttention', 'kvDtype', 'gpus', 'memoryUtilization', 'sharding', 'tokens', 'gpu', 'mfu', 'overheadGiB'];

function renderOrigins(p: Page): void {
  const { s, lang, scenario, settings } = p;
  const lineButton = (line: number) => {
    const button = h('vscode-button', { appearance: 'icon', class: 'line-link', 'aria-label': fill(s.showLine, line + 1), title: fill(s.showLine, line + 1) }, `↗ ${line + 1}`);
    button.addEventListener('click', () => post({ type: 'revealLine', line }));
    return button;
  };
  const rows = ORIGIN_ORDER.filter((key) => scenario.origins[key] !== undefined && relevant(key, settings)).map((key) => {
    const origin = scenario.origins[key]!;
    const changed = key !== 'model' && JSON.stringify(settings[key as keyof PlanSettings]) !== JSON.stringify(scenario.settings[key as keyof PlanSettings]);
    let source: Array<Node | string>;
    switch (origin.from) {
      case 'code':
        source = [fill(s.fromCode, origin.line + 1, origin.text), ' ', lineButton(origin.line)];
        break;
      case 'config':
        source = [fill(s.fromConfig, origin.field)];
        break;
      case 'default':
        source = [fill(s.fromDefault, reasonText(origin.reason, lang))];
        break;
      case 'unread':
        source = [fill(s.fromUnread, origin.line + 1, origin.text, origin.reason[lang]), ' ', lineButton(origin.line)];
        break;
    }
    return h(
      'tr',
      { 'data-key': key, 'data-origin': origin.from },
      h('th', { scope: 'row' }, SETTING_LABELS[key][lang]),
      h('td', {}, valueText(key, settings, p), changed ? h('span', { class: 'changed' }, ` (${s.changed})`) : undefined),
      h('td', {}, ...source),
    );
  });
  const unread = scenario.unread.filter((u) => !Object.values(scenario.origins).some((o) => o?.from === 'unread' && o.line === u.line && o.text === u.text));
  originsBox.replaceChildren(
    h('h2', {}, s.originsHeading),
    h('table', { id: 'origins-table' }, h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, s.colSetting), h('th', { scope: 'col' }, s.colValue), h('th', { scope: 'col' }, s.colSource))), h('tbody', {}, ...rows)),
    ...(unread.length > 0 ? [h('h3', {}, s.unreadHeading), h('ul', { id: 'unread' }, ...unread.map((u) => h('li', {}, fill(s.fromUnread, u.line + 1, u.text, u.reason[lang]), ' ', lineButton(u.line))))] : []),
  );
}

/** Recomputes the plan from the current settings and redraws everything that depends on it. */
function update(): void {
  if (!page) return;
  const p = page;
  const plan = planFor(p.model, p.settings);
  const accelerator = plan.accelerator;
  const capacityLabel = p.settings.mode === 'inference' && p.settings.memoryUtilization !== null ? fill(p.s.budget, accelerator.shortName, Math.round(p.settings.memoryUtilization * 100)) : fill(p.s.capacity, accelerator.shortName);
  const series = chartSeries(plan, p.lang, capacityLabel);
  renderReadout(p, plan);
  chart.draw(series, p.s, palette);
  renderTable(p, plan, series);
  renderCompute(p, plan);
  renderNotes(p, plan);
  renderOrigins(p);
  api.setState({ key: p.scenario.key, settings: p.settings });
  root.dataset.ready = 'true';
}

function renderPlan(lang: Lang, scenario: ScenarioView): void {
  const s = plannerStrings(lang);
  const saved = parseMessage(PlannerState, api.getState());
  const settings = saved?.key === scenario.key ? saved.settings : structuredClone(scenario.settings);
  page = { lang, s, scenario, model: scenario.model as PlannerModel, settings };
  const model = page.model;
  const active = model.activeParameters !== model.totalParameters ? fill(s.activeSuffix, compactNumber(model.activeParameters)) : '';
  chart.destroy();
  renderControls(page);
  root.replaceChildren(
    h(
      'header',
      {},
      h('h1', { id: 'title' }, `${s.title} — ${settings.mode === 'training' ? s.trainingMode : s.inferenceMode}`),
      h('p', { class: 'subtitle', id: 'scenario' }, scenario.title),
      h('p', { class: 'subtitle', id: 'model' }, fill(s.modelLine, model.label, compactNumber(model.totalParameters), active)),
    ),
    readout,
    h('section', { class: 'chart-card', 'aria-labelledby': 'chart-heading' }, h('h2', { id: 'chart-heading' }, s.chartHeading), h('div', { class: 'chart-box' }, chart.canvas), tableBox),
    controlsBox,
    computeBox,
    warningsBox,
    originsBox,
    notesBox,
  );
  update();
}

function render(message: PlannerInit): void {
  const lang = message.language;
  const s = plannerStrings(lang);
  document.documentElement.lang = lang;
  const { content } = message;
  if (content.kind === 'plan') {
    renderPlan(lang, content.scenario);
    return;
  }
  page = undefined;
  chart.destroy();
  root.replaceChildren(
    content.kind === 'empty'
      ? h('p', { class: 'empty', id: 'empty' }, s.empty)
      : h('section', { class: 'error', role: 'alert' }, h('h1', {}, s.errorTitle), h('p', { id: 'error-message' }, content.message[lang])),
  );
  root.dataset.ready = 'true';
}

root.append(h('p', { class: 'loading', role: 'status' }, plannerStrings(document.documentElement.lang === 'ko' ? 'ko' : 'en').loading));

window.addEventListener('message', (event: MessageEvent) => {
  const message = parseMessage(PlannerOutbound, event.data);
  if (message === undefined) {
    console.warn('[planner] ignored a message that does not match the protocol');
    return;
  }
  render(message);
});

watchTheme(() => {
  palette = loadTheme();
  chart.destroy();
  if (page) {
    const box = root.querySelector('.chart-box');
    if (box) box.replaceChildren(chart.canvas);
    update();
  }
});

post({ type: 'ready' });
