/**
 * Chart.js for the webviews, with only the parts they use registered (so the rest is left out of the
 * bundles): line charts, also used for scatter plots with `showLine: false`, on linear and
 * logarithmic axes, with tooltips, legends and the `marks` plugin below.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  LogarithmicScale,
  PointElement,
  Tooltip,
  type ChartType,
  type Plugin,
} from 'chart.js';

export { Chart };
export type { ChartConfiguration, ChartDataset, ChartOptions, ScaleOptionsByType, TooltipItem } from 'chart.js';

/** A point to call out: a text label beside it and/or a dashed ring around it. */
export interface PointMark {
  datasetIndex: number;
  index: number;
  text?: string;
  ring?: boolean;
}

export interface MarksOptions {
  items: PointMark[];
  color: string;
}

declare module 'chart.js' {
  // The augmentation must repeat the interface's type parameter, used or not.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface PluginOptionsByType<TType extends ChartType> {
    /** Labels and rings drawn over given points (Chart.js has no data labels of its own). */
    marks?: MarksOptions;
  }
}

const RING_GAP = 4;
const LABEL_OFFSET = 8;

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Where a label goes: right-above its point, else right-below, left-above, left-below — the first
 * spot inside the chart that no earlier label covers.
 */
function placeLabel(x: number, y: number, width: number, height: number, area: Box, taken: Box[]): Box {
  const candidates = [
    { left: x + LABEL_OFFSET, top: y - LABEL_OFFSET - height },
    { left: x + LABEL_OFFSET, top: y + LABEL_OFFSET },
    { left: x - LABEL_OFFSET - width, top: y - LABEL_OFFSET - height },
    { left: x - LABEL_OFFSET - width, top: y + LABEL_OFFSET },
  ].map((c) => ({ ...c, right: c.left + width, bottom: c.top + height }));
  const inside = (b: Box) => b.left >= area.left && b.right <= area.right && b.top >= area.top && b.bottom <= area.bottom;
  return candidates.find((b) => inside(b) && !taken.some((t) => overlaps(b, t))) ?? candidates.find(inside) ?? candidates[0];
}

const marksPlugin: Plugin<'line', MarksOptions> = {
  id: 'marks',
  afterDatasetsDraw(chart, _args, options) {
    const { ctx, chartArea } = chart;
    const taken: Box[] = [];
    ctx.save();
    ctx.strokeStyle = options.color;
    ctx.fillStyle = options.color;
    ctx.textBaseline = 'top';
    ctx.textAlign = 'left';
    const height = Chart.defaults.font.size ?? 12;
    ctx.font = `${height}px ${Chart.defaults.font.family}`;
    for (const mark of options.items ?? []) {
      if (!chart.isDatasetVisible(mark.datasetIndex)) continue;
      const element = chart.getDatasetMeta(mark.datasetIndex).data[mark.index] as PointElement | undefined;
      if (!element) continue;
      const { x, y } = element.getProps(['x', 'y'], true) as { x: number; y: number };
      if (x < chartArea.left || x > chartArea.right || y < chartArea.top || y > chartArea.bottom) continue;
      if (mark.ring) {
        const radius = (element.options.radius as number) + RING_GAP;
        ctx.setLineDash([3, 2]);
        ctx.lineWidth = 1.5;
        ctx.beginPath();
        ctx.arc(x, y, radius, 0, 2 * Math.PI);
        ctx.stroke();
        ctx.setLineDash([]);
      }
      if (mark.text) {
        const box = placeLabel(x, y, ctx.measureText(mark.text).width, height, chartArea, taken);
        taken.push(box);
        ctx.fillText(mark.text, box.left, box.top);
      }
    }
    ctx.restore();
  },
};

Chart.register(LineController, LineElement, PointElement, LinearScale, LogarithmicScale, Tooltip, Legend, marksPlugin);

/** Bar charts on a category axis, for the pages that draw them (a function, so other bundles leave them out). */
export function enableBarCharts(): void {
  Chart.register(BarController, BarElement, CategoryScale);
}

export interface ChartTheme {
  foreground: string;
  grid: string;
  fontFamily: string;
  fontSize: number;
}

/** Sets Chart.js's defaults from the theme. Charts are drawn without animation: instant and steady. */
export function applyChartTheme(theme: ChartTheme): void {
  Chart.defaults.color = theme.foreground;
  Chart.defaults.borderColor = theme.grid;
  Chart.defaults.font.family = theme.fontFamily;
  Chart.defaults.font.size = theme.fontSize;
  Chart.defaults.animation = false;
}

/**
 * Calls `onChange` when VS Code changes theme: it swaps the body's class (light, dark, high
 * contrast) and rewrites the CSS variables on <html>.
 */
export function watchTheme(onChange: () => void): void {
  let pending = false;
  const schedule = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      onChange();
    });
  };
  const observer = new MutationObserver(schedule);
  observer.observe(document.body, { attributes: true, attributeFilter: ['class'] });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['style', 'class'] });
}
