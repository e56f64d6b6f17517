import { Chart, type ChartDataset, type ChartOptions, type PointMark, type TooltipItem } from '../shared/charts';
import { h } from '../shared/components';
import { fill } from './format';
import { renderTable } from './table';
import { tableCsv, type TableModel } from './tableModel';
import type { Palette } from './theme';
import type { ScalingStrings } from './strings';

export interface Point {
  x: number;
  y: number;
}

export type Dataset = ChartDataset<'line', Point[]>;

/** One dataset of a chart, with what its points say. */
export interface Series {
  /** Stable, language-independent id (the tests and the data attribute use it). */
  id: string;
  dataset: Dataset;
  /** Tooltip lines for the point at `index`; the first is the title. */
  describe(index: number): string[];
  /** The atlas entry a click on the point opens. */
  entryAt?(index: number): string | undefined;
  /** Left out of keyboard stepping (reference lines, helper lines). */
  skipKeyboard?: boolean;
  /** Left out of the legend (helper lines the text already explains). */
  hideInLegend?: boolean;
}

export interface SeriesMark {
  series: string;
  index: number;
  text?: string;
  ring?: boolean;
}

/** Everything one chart draws, rebuilt whenever its inputs (controls, theme, language) change. */
export interface ChartBuild {
  series: Series[];
  scales: NonNullable<ChartOptions<'line'>['scales']>;
  marks?: SeriesMark[];
  table: TableModel;
  /** One sentence on what the chart shows, for its text alternative. */
  description: string;
  /** 'point': the tooltip of the point under the cursor; 'nearest': of the nearest point on any curve. */
  hover: 'point' | 'nearest';
  /** Keyboard order: along each series (curves), or every point by x (scatter plots). */
  order: 'series' | 'x';
  /** Whether to show the legend (default: yes). */
  legend?: boolean;
}

export interface CardHost {
  strings(): ScalingStrings;
  palette(): Palette;
  openEntry(entryId: string): void;
  exportFile(format: 'png' | 'csv', filename: string, data: string): void;
  tableShown(id: string): boolean;
  setTableShown(id: string, shown: boolean): void;
  /** A chart has been drawn at a visible size. */
  drawn(): void;
}

interface Stop {
  datasetIndex: number;
  index: number;
}

type Checkbox = HTMLElement & { checked: boolean };

/**
 * A chart with its heading, text alternative, keyboard stepping, data table and export buttons.
 * The Chart.js instance is created on `mount()`, once its tab is visible.
 */
export class ChartCard {
  readonly element: HTMLElement;
  private readonly canvas: HTMLCanvasElement;
  private readonly description: HTMLElement;
  private readonly live: HTMLElement;
  private readonly tableBox: HTMLElement;
  private chart: Chart<'line', Point[]> | undefined;
  private build: ChartBuild | undefined;
  private cursor: { group: number; position: number } | undefined;
  /** A point to highlight once the chart has been laid out. */
  private pending: { seriesId: string; index: number } | undefined;

  constructor(
    readonly id: string,
    private readonly heading: string,
    private readonly make: () => ChartBuild,
    private readonly host: CardHost,
    before: Array<Node | string> = [],
  ) {
    const s = host.strings();
    this.canvas = h('canvas', {
      id: `chart-${id}`,
      role: 'img',
      tabindex: 0,
      'aria-labelledby': `heading-${id}`,
      'aria-describedby': `description-${id} chart-hint`,
    }) as HTMLCanvasElement;
    this.description = h('p', { id: `description-${id}`, class: 'visually-hidden' });
    this.live = h('p', { class: 'visually-hidden', 'aria-live': 'polite' });
    const shown = host.tableShown(id);
    this.tableBox = h('div', { class: 'data-table', id: `table-${id}`, hidden: !shown });
    const toggle = h('vscode-checkbox', { id: `toggle-table-${id}`, checked: shown }, s.showTable) as Checkbox;
    toggle.addEventListener('change', () => this.showTable(toggle.checked));
    const png = h('vscode-button', { appearance: 'secondary', id: `export-png-${id}` }, s.exportPng);
    const csv = h('vscode-button', { appearance: 'secondary', id: `export-csv-${id}` }, s.exportCsv);
    png.addEventListener('click', () => this.exportPng());
    csv.addEventListener('click', () => this.exportCsv());
    this.canvas.addEventListener('keydown', (event) => this.onKey(event));
    this.canvas.addEventListener('blur', () => this.clearCursor());
    this.element = h(
      'section',
      { class: 'chart-card', id: `card-${id}`, 'data-chart': id },
      h('h2', { id: `heading-${id}` }, heading),
      ...before,
      h('div', { class: 'chart-box' }, this.canvas),
      this.description,
      this.live,
      h('div', { class: 'toolbar' }, toggle, png, csv),
      this.tableBox,
    );
  }

  get mounted(): boolean {
    return this.chart !== undefined;
  }

  /** Draws the chart (once its container is visible). */
  mount(): void {
    if (this.chart) return;
    const build = this.make();
    this.build = build;
    this.chart = new Chart(this.canvas, {
      type: 'line',
      data: { datasets: build.series.map((s) => s.dataset) },
      options: this.options(build),
      plugins: [{ id: 'card-rendered', afterRender: (chart) => this.rendered(chart.width > 0 && chart.height > 0) }],
    });
    this.afterBuild();
  }

  /** Rebuilds from the current inputs; a chart not yet mounted waits for `mount()`. */
  refresh(): void {
    if (!this.chart) return;
    const build = this.make();
    this.build = build;
    this.cursor = undefined;
    this.chart.data.datasets = build.series.map((s) => s.dataset);
    this.chart.options = this.options(build);
    this.chart.update();
    this.afterBuild();
  }

  destroy(): void {
    this.chart?.destroy();
    this.chart = undefined;
  }

  /** Shows the tooltip of a point, as if the user had stepped to it (once the chart is laid out). */
  highlight(seriesId: string, index: number): void {
    this.pending = { seriesId, index };
    if (this.chart && this.chart.width > 0) this.rendered(true);
  }

  private rendered(visible: boolean): void {
    if (!visible) return;
    // How many times the chart has been drawn on screen: tests wait for it to change.
    this.canvas.dataset.drawn = String(Number(this.canvas.dataset.drawn ?? '0') + 1);
    this.host.drawn();
    const pending = this.pending;
    if (!pending) return;
    this.pending = undefined;
    const datasetIndex = this.build?.series.findIndex((s) => s.id === pending.seriesId) ?? -1;
    // Not from inside Chart.js's own render pass.
    if (datasetIndex >= 0) requestAnimationFrame(() => this.showStop({ datasetIndex, index: pending.index }));
  }

  private afterBuild(): void {
    const build = this.build!;
    const points = build.series.reduce((sum, s) => sum + s.dataset.data.length, 0);
    this.description.textContent = fill(this.host.strings().chartSummary, build.description, build.series.length, points);
    // What the chart holds, as drawn: the end-to-end tests compare it with the core's numbers.
    this.canvas.dataset.series = JSON.stringify(this.chart!.data.datasets.map((d, i) => ({ id: build.series[i].id, data: d.data })));
    if (this.host.tableShown(this.id)) this.renderTable();
  }

  private options(build: ChartBuild): ChartOptions<'line'> {
    const palette = this.host.palette();
    const indexOf = new Map(build.series.map((s, i) => [s.id, i]));
    const marks: PointMark[] = (build.marks ?? []).flatMap((m) => {
      const datasetIndex = indexOf.get(m.series);
      return datasetIndex === undefined ? [] : [{ datasetIndex, index: m.index, text: m.text, ring: m.ring }];
    });
    const lines = (item: TooltipItem<'line'>) => build.series[item.datasetIndex]?.describe(item.dataIndex) ?? [];
    return {
      responsive: true,
      maintainAspectRatio: false,
      parsing: false,
      interaction: build.hover === 'point' ? { mode: 'nearest', intersect: true } : { mode: 'nearest', intersect: false },
      scales: build.scales,
      plugins: {
        legend: {
          display: build.legend ?? true,
          labels: { usePointStyle: true, boxHeight: 8, filter: (item) => !build.series[item.datasetIndex ?? -1]?.hideInLegend },
        },
        tooltip: {
          displayColors: false,
          callbacks: { title: (items) => (items[0] ? lines(items[0])[0] : ''), label: (item) => lines(item).slice(1) },
        },
        marks: { items: marks, color: palette.foreground },
      },
      onClick: (_event, elements) => {
        const element = elements[0];
        if (element) this.open({ datasetIndex: element.datasetIndex, index: element.index });
      },
      onHover: (_event, elements) => {
        this.canvas.classList.toggle('clickable', elements.some((e) => this.entryAt(e) !== undefined));
      },
    };
  }

  private entryAt(stop: Stop): string | undefined {
    return this.build?.series[stop.datasetIndex]?.entryAt?.(stop.index);
  }

  private open(stop: Stop): void {
    const entryId = this.entryAt(stop);
    if (entryId) this.host.openEntry(entryId);
  }

  /** The keyboard's stops: one group per visible series, or all their points in one group by x. */
  private groups(): Stop[][] {
    const chart = this.chart;
    const build = this.build;
    if (!chart || !build) return [];
    const perSeries = build.series.flatMap((s, datasetIndex) =>
      s.skipKeyboard || !chart.isDatasetVisible(datasetIndex)
        ? []
        : [s.dataset.data.map((_, index) => ({ datasetIndex, index })).sort((a, b) => this.x(a) - this.x(b))],
    );
    if (build.order === 'series') return perSeries.filter((g) => g.length > 0);
    const all = perSeries.flat().sort((a, b) => this.x(a) - this.x(b));
    return all.length > 0 ? [all] : [];
  }

  private x(stop: Stop): number {
    return this.build!.series[stop.datasetIndex].dataset.data[stop.index].x;
  }

  private onKey(event: KeyboardEvent): void {
    const groups = this.groups();
    if (groups.length === 0) return;
    let { group, position } = this.cursor ?? { group: 0, position: -1 };
    group = Math.min(group, groups.length - 1);
    const current = groups[group][Math.max(0, position)];
    const nearestIn = (g: number) => {
      const x = this.x(current);
      let best = 0;
      groups[g].forEach((stop, i) => {
        if (Math.abs(Math.log(this.x(stop) / x)) < Math.abs(Math.log(this.x(groups[g][best]) / x))) best = i;
      });
      return best;
    };
    switch (event.key) {
      case 'ArrowRight':
        position = Math.min(position + 1, groups[group].length - 1);
        break;
      case 'ArrowLeft':
        position = Math.max(position - 1, 0);
        break;
      case 'Home':
        position = 0;
        break;
      case 'End':
        position = groups[group].length - 1;
        break;
      case 'ArrowDown':
        group = (group + 1) % groups.length;
        position = nearestIn(group);
        break;
      case 'ArrowUp':
        group = (group + groups.length - 1) % groups.length;
        position = nearestIn(group);
        break;
      case 'Enter':
      case ' ':
        if (this.cursor) this.open(groups[group][position]);
        event.preventDefault();
        return;
      case 'Escape':
        this.clearCursor();
        return;
      default:
        return;
    }
    event.preventDefault();
    this.cursor = { group, position };
    this.showStop(groups[group][position]);
  }

  private showStop(stop: Stop): void {
    const chart = this.chart!;
    const element = chart.getDatasetMeta(stop.datasetIndex).data[stop.index];
    if (!element) return;
    const active = [stop];
    chart.setActiveElements(active);
    chart.tooltip?.setActiveElements(active, { x: element.x, y: element.y });
    chart.update();
    this.live.textContent = this.build!.series[stop.datasetIndex].describe(stop.index).join('. ');
  }

  private clearCursor(): void {
    if (!this.cursor || !this.chart) return;
    this.cursor = undefined;
    this.chart.setActiveElements([]);
    this.chart.tooltip?.setActiveElements([], { x: 0, y: 0 });
    this.chart.update();
  }

  private showTable(shown: boolean): void {
    this.host.setTableShown(this.id, shown);
    this.tableBox.hidden = !shown;
    if (shown) this.renderTable();
  }

  private renderTable(): void {
    if (this.build) this.tableBox.replaceChildren(renderTable(this.build.table, this.heading));
  }

  private exportPng(): void {
    const out = document.createElement('canvas');
    out.width = this.canvas.width;
    out.height = this.canvas.height;
    const context = out.getContext('2d');
    if (!context) return;
    // The chart's canvas is transparent; a file needs the background it was seen on.
    context.fillStyle = this.host.palette().background;
    context.fillRect(0, 0, out.width, out.height);
    context.drawImage(this.canvas, 0, 0);
    const url = out.toDataURL('image/png');
    this.host.exportFile('png', `llm-atlas-${this.id}.png`, url.slice(url.indexOf(',') + 1));
  }

  private exportCsv(): void {
    if (this.build) this.host.exportFile('csv', `llm-atlas-${this.id}.csv`, tableCsv(this.build.table));
  }
}
