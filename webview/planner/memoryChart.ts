/**
 * The memory breakdown as one horizontal stacked bar, beside a second bar for the accelerator's memory (or
 * vLLM's share of it). The canvas carries the plotted figures in `data-series` for tests and tools.
 */
import { GIB, PART_LABELS, type MemoryKey, type Plan } from '../../src/core/planner';
import { Chart, enableBarCharts, type ChartConfiguration } from '../shared/charts';
import { fill, type PlannerStrings } from './strings';

enableBarCharts();

export interface Palette {
  foreground: string;
  muted: string;
  grid: string;
  colours: Record<MemoryKey | 'capacity', string>;
}

/** Colours from VS Code's theme variables, so every theme (and high contrast) applies. */
export function readPalette(): Palette {
  const style = getComputedStyle(document.documentElement);
  const get = (variable: string, fallback: string) => style.getPropertyValue(variable).trim() || fallback;
  return {
    foreground: get('--vscode-foreground', '#cccccc'),
    muted: get('--vscode-descriptionForeground', '#9d9d9d'),
    grid: get('--vscode-editorWidget-border', '#454545'),
    colours: {
      weights: get('--vscode-charts-blue', '#3794ff'),
      adapters: get('--vscode-charts-purple', '#b180d7'),
      gradients: get('--vscode-charts-yellow', '#cca700'),
      optimizer: get('--vscode-charts-orange', '#d18616'),
      activations: get('--vscode-charts-green', '#89d185'),
      kvCache: get('--vscode-charts-red', '#f14c4c'),
      overhead: get('--vscode-descriptionForeground', '#9d9d9d'),
      capacity: get('--vscode-editorWidget-border', '#6b6b6b'),
    },
  };
}

export interface SeriesPoint {
  key: MemoryKey | 'capacity';
  label: string;
  gib: number;
}

const round = (gib: number) => Math.round(gib * 1000) / 1000;

export function chartSeries(plan: Plan, lang: 'en' | 'ko', capacityLabel: string): SeriesPoint[] {
  return [
    ...plan.parts.map((p) => ({ key: p.key, label: PART_LABELS[p.key][lang], gib: round(p.bytes / GIB) })),
    { key: 'capacity' as const, label: capacityLabel, gib: round(plan.budgetBytes / GIB) },
  ];
}

export class MemoryChart {
  private chart: Chart<'bar'> | undefined;
  readonly canvas: HTMLCanvasElement;

  constructor() {
    this.canvas = document.createElement('canvas');
    this.canvas.id = 'memory-chart';
    this.canvas.setAttribute('role', 'img');
  }

  /** Draws or updates the bars; the canvas must be in the document. */
  draw(series: SeriesPoint[], s: PlannerStrings, palette: Palette): void {
    const parts = series.filter((p) => p.key !== 'capacity');
    const capacity = series.find((p) => p.key === 'capacity')!;
    const datasets = [
      ...parts.map((p) => ({ label: p.label, data: [p.gib, 0], backgroundColor: palette.colours[p.key], borderWidth: 0, stack: 'memory' })),
      { label: capacity.label, data: [0, capacity.gib], backgroundColor: palette.colours.capacity, borderWidth: 0, stack: 'memory' },
    ];
    const labels = [s.thisPlan, capacity.label];
    const total = parts.reduce((t, p) => t + p.gib, 0);
    this.canvas.setAttribute('aria-label', fill(s.chartLabel, parts.map((p) => `${p.label} ${p.gib.toFixed(1)} GiB`).join(', ') + ` = ${total.toFixed(1)} GiB; ${capacity.label} ${capacity.gib.toFixed(1)} GiB`));
    this.canvas.dataset.series = JSON.stringify(series);
    if (this.chart) {
      this.chart.data.labels = labels;
      this.chart.data.datasets = datasets;
      this.chart.update();
      return;
    }
    const config: ChartConfiguration<'bar'> = {
      type: 'bar',
      data: { labels, datasets },
      options: {
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        scales: {
          x: { stacked: true, title: { display: true, text: 'GiB', color: palette.foreground }, grid: { color: palette.grid }, ticks: { color: palette.foreground } },
          y: { stacked: true, grid: { display: false }, ticks: { color: palette.foreground } },
        },
        plugins: {
          // The last dataset is the capacity bar: it has no legend entry, its category label says what it is.
          legend: { position: 'bottom', labels: { color: palette.foreground, filter: (item, data) => item.datasetIndex !== data.datasets.length - 1 } },
          tooltip: { filter: (item) => item.raw !== 0, callbacks: { label: (item) => `${item.dataset.label}: ${(item.raw as number).toFixed(2)} GiB` } },
        },
      },
    };
    this.chart = new Chart(this.canvas, config);
  }

  destroy(): void {
    this.chart?.destroy();
    this.chart = undefined;
  }
}
