import type { Family } from '../../src/core/knowledge/schema';
import type { GrowthPointView, UserModel } from '../../src/core/protocol/scalingCharts';
import type { ChartBuild, Point, Series, SeriesMark } from './chartCard';
import { logAxis } from './axes';
import { count, fill, wrap, yearMonth } from './format';
import { cell, type TableModel } from './tableModel';
import { familyColour, withAlpha, type Palette } from './theme';
import type { ScalingData } from './data';
import type { ScalingStrings } from './strings';

const FAMILIES: readonly Family[] = ['decoder-only', 'encoder-only', 'encoder-decoder', 'rnn'];
const REFERENCE_STEP_YEARS = 0.25;
const Y_RANGE = { min: 1e7, max: 1e15 };

export function familyLabel(s: ScalingStrings, family: Family): string {
  switch (family) {
    case 'encoder-only':
      return s.familyEncoderOnly;
    case 'decoder-only':
      return s.familyDecoderOnly;
    case 'encoder-decoder':
      return s.familyEncoderDecoder;
    case 'rnn':
      return s.familyRnn;
  }
}

export interface GrowthInput {
  data: ScalingData;
  strings: ScalingStrings;
  palette: Palette;
  /** The model "Show on chart" asked for. */
  focusedEntry?: string;
  userModel?: UserModel;
  /** Today as a decimal year (where the user's model goes). */
  today: number;
}

/** The family series that holds a model, and its index there (for highlighting it). */
export function growthSeriesOf(data: ScalingData, entryId: string): { series: string; index: number } | undefined {
  const point = data.growth.find((p) => p.entryId === entryId);
  if (!point) return undefined;
  const index = data.growth.filter((p) => p.family === point.family).indexOf(point);
  return { series: `family-${point.family}`, index };
}

function statusText(s: ScalingStrings, point: { unconfirmed: boolean; approx: boolean }): string {
  return point.unconfirmed ? s.unconfirmed : point.approx ? s.approx : '';
}

function describePoint(input: GrowthInput, point: GrowthPointView): string[] {
  const s = input.strings;
  const citation = input.data.sources[point.source]?.citation ?? point.source;
  const size = `${point.approx ? '≈' : ''}${count(point.parameters)}`;
  return [
    point.unconfirmed ? `${point.label} (${s.unconfirmed})` : point.label,
    `${s.colParameters}: ${size}`,
    ...(point.activeParameters !== undefined ? [fill(s.activePerToken, count(point.activeParameters))] : []),
    `${s.colFamily}: ${familyLabel(s, point.family)}${point.moe ? ` · ${s.moe}` : ''}`,
    `${s.colDate}: ${yearMonth(point.date, !point.dateApprox)}${point.dateApprox ? ` (${s.monthUnknown})` : ''}`,
    ...(point.note ? wrap(point.note) : []),
    fill(s.source, citation),
    s.openCard,
  ];
}

/** Parameters against release date on a log axis: one series per family, the reference line, the user's model. */
export function growthChart(input: GrowthInput): ChartBuild {
  const { data, strings: s, palette } = input;
  const dates = data.growth.map((p) => p.date);
  // Whole years at both ends, so every tick is a year; dates are mid-month, never on the edge.
  const xMin = Math.floor(Math.min(...dates));
  const xMax = Math.ceil(Math.max(...dates, input.userModel ? input.today : -Infinity));
  const series: Series[] = [];
  const marks: SeriesMark[] = [];

  for (const family of FAMILIES) {
    const points = data.growth.filter((p) => p.family === family);
    if (points.length === 0) continue;
    const colour = familyColour(palette, family);
    const id = `family-${family}`;
    series.push({
      id,
      dataset: {
        label: familyLabel(s, family),
        data: points.map((p): Point => ({ x: p.date, y: p.parameters })),
        showLine: false,
        borderColor: colour,
        backgroundColor: colour,
        pointBackgroundColor: points.map((p) => (p.unconfirmed ? 'transparent' : withAlpha(colour, 0.85))),
        pointBorderWidth: points.map((p) => (p.unconfirmed ? 2 : 1)),
        pointStyle: points.map((p) => (p.moe ? 'rectRot' : 'circle')),
        pointRadius: points.map((p) => (p.moe ? 6 : 4.5)),
        pointHoverRadius: 8,
      },
      describe: (i) => describePoint(input, points[i]),
      entryAt: (i) => points[i].entryId,
    });
    points.forEach((p, index) => {
      const focused = p.entryId === input.focusedEntry;
      if (p.unconfirmed || focused) {
        marks.push({ series: id, index, ring: true, text: p.unconfirmed ? `${p.label} (${s.unconfirmed})` : p.label });
      }
    });
  }

  const reference = data.reference;
  const referenceXs: number[] = [];
  for (let x = xMin; x <= xMax + 1e-9; x += REFERENCE_STEP_YEARS) referenceXs.push(x);
  series.push({
    id: 'reference-human-brain',
    dataset: {
      label: reference.label,
      data: referenceXs.map((x) => ({ x, y: reference.value })),
      borderColor: palette.muted,
      backgroundColor: palette.muted,
      borderDash: [6, 4],
      borderWidth: 1.5,
      pointRadius: 0,
      pointHitRadius: 6,
    },
    describe: () => [
      reference.label,
      `${reference.approx ? '≈' : ''}${count(reference.value)}`,
      ...wrap(reference.note),
      fill(s.source, data.sources[reference.source]?.citation ?? reference.source),
    ],
    skipKeyboard: true,
  });
  marks.push({ series: 'reference-human-brain', index: 0, text: reference.label });

  const user = input.userModel;
  if (user) {
    const label = fill(s.yourModel, user.label);
    series.push({
      id: 'user-model',
      dataset: {
        label,
        data: [{ x: input.today, y: user.parameters }],
        showLine: false,
        borderColor: palette.red,
        backgroundColor: palette.red,
        pointStyle: 'star',
        pointRadius: 10,
        pointBorderWidth: 2,
      },
      describe: () => [label, `${s.colParameters}: ${count(user.parameters)}`, s.yourModelNote],
    });
    marks.push({ series: 'user-model', index: 0, text: label });
  }

  return {
    series,
    marks,
    hover: 'point',
    order: 'x',
    description: s.growthHeading,
    table: growthTable(input),
    scales: {
      x: {
        type: 'linear',
        min: xMin,
        max: xMax,
        title: { display: true, text: s.axisDate },
        ticks: { stepSize: 1, callback: (v) => (Number.isInteger(v) ? String(v) : '') },
      },
      y: logAxis(s.axisParameters, palette, Y_RANGE),
    },
  };
}

function growthTable(input: GrowthInput): TableModel {
  const { data, strings: s } = input;
  const rows = data.growth.map((p) => [
    cell(p.label),
    cell(yearMonth(p.date, !p.dateApprox)),
    cell(p.parameters, `${p.approx ? '≈' : ''}${count(p.parameters)}`),
    cell(p.activeParameters, p.activeParameters !== undefined ? count(p.activeParameters) : ''),
    cell(familyLabel(s, p.family)),
    cell(p.moe ? s.yes : s.no),
    cell(statusText(s, p)),
    cell(data.sources[p.source]?.citation ?? p.source),
    cell(p.note ?? ''),
  ]);
  const reference = data.reference;
  rows.push([
    cell(reference.label),
    cell(''),
    cell(reference.value, `≈${count(reference.value)}`),
    cell(undefined),
    cell(''),
    cell(''),
    cell(statusText(s, { unconfirmed: false, approx: reference.approx })),
    cell(data.sources[reference.source]?.citation ?? reference.source),
    cell(reference.note),
  ]);
  if (input.userModel) {
    rows.push([
      cell(fill(s.yourModel, input.userModel.label)),
      cell(yearMonth(input.today, true)),
      cell(input.userModel.parameters, count(input.userModel.parameters)),
      cell(undefined),
      cell(''),
      cell(''),
      cell(''),
      cell(''),
      cell(s.yourModelNote),
    ]);
  }
  return {
    columns: [
      { label: s.colModel },
      { label: s.colDate },
      { label: s.colParameters, numeric: true },
      { label: s.colActive, numeric: true },
      { label: s.colFamily },
      { label: s.colMoe },
      { label: s.colStatus },
      { label: s.colSource },
      { label: s.colNote },
    ],
    rows,
  };
}
