import {
  DATA_EXPONENTS,
  KAPLAN_COMPUTE_LAW,
  KAPLAN_DATA_LAW,
  KAPLAN_PARAMETER_LAW,
  type PowerLaw,
} from '../../src/core/scaling/kaplan';
import { kaplanJointSeries, kaplanSeries, type Curve, type KaplanJointSeries, type KaplanRun } from '../../src/core/scaling/series';
import type { ChartBuild, Series } from './chartCard';
import { logAxis, lossAxis } from './axes';
import { count, decimals, fill, flops } from './format';
import { cell, type TableModel } from './tableModel';
import type { Palette } from './theme';
import type { ScalingStrings } from './strings';

/**
 * The largest model and dataset Kaplan et al. trained (§2–3: up to 1.5 × 10⁹ non-embedding
 * parameters; WebText2 holds 2.29 × 10¹⁰ tokens). Curves are drawn dashed beyond them.
 */
const TRAINED_UP_TO = { parameters: 1.5e9, tokens: 2.29e10 };

export type LawKind = 'n' | 'd' | 'c';

interface LawView {
  curve: Curve;
  law: PowerLaw;
  heading: (s: ScalingStrings) => string;
  axis: (s: ScalingStrings) => string;
  symbol: string;
  trainedUpTo?: number;
  value: (x: number) => string;
}

function lawView(kind: LawKind): LawView {
  const series = kaplanSeries();
  switch (kind) {
    case 'n':
      return { curve: series.parameters, law: KAPLAN_PARAMETER_LAW, heading: (s) => s.kaplanN, axis: (s) => s.axisNonEmbedding, symbol: 'N', trainedUpTo: TRAINED_UP_TO.parameters, value: count };
    case 'd':
      return { curve: series.data, law: KAPLAN_DATA_LAW, heading: (s) => s.kaplanD, axis: (s) => s.axisTokens, symbol: 'D', trainedUpTo: TRAINED_UP_TO.tokens, value: count };
    case 'c':
      return { curve: series.compute, law: KAPLAN_COMPUTE_LAW, heading: (s) => s.kaplanC, axis: (s) => s.axisPfDays, symbol: 'C', value: (x) => (x >= 0.01 && x < 1e4 ? String(Number(x.toPrecision(3))) : flops(x)) };
  }
}

export function lawHeading(s: ScalingStrings, kind: LawKind): string {
  return lawView(kind).heading(s);
}

/** The law with its fitted constants, e.g. "L(N) = (8.8×10¹³ / N)^0.076". */
export function lawFormula(kind: LawKind): string {
  const { law, symbol } = lawView(kind);
  const subscript = symbol === 'C' ? 'C_min' : symbol;
  return `L(${subscript}) = (${flops(law.scale)} / ${subscript})^${law.alpha}`;
}

function curveTable(s: ScalingStrings, rows: Array<{ series: string; x: number; y: number }>, xLabel: string): TableModel {
  return {
    columns: [{ label: s.colSeries }, { label: xLabel, numeric: true }, { label: s.colLoss, numeric: true }],
    rows: rows.map((r) => [cell(r.series), cell(r.x, count(r.x)), cell(r.y, decimals(r.y, 4))]),
  };
}

/** One of the three single-variable laws on log–log axes. */
export function lawChart(kind: LawKind, s: ScalingStrings, palette: Palette): ChartBuild {
  const view = lawView(kind);
  const { curve } = view;
  const name = lawFormula(kind);
  const series: Series = {
    id: curve.id,
    dataset: {
      label: name,
      data: curve.points,
      borderColor: palette.blue,
      backgroundColor: palette.blue,
      borderWidth: 2,
      pointRadius: 0,
      pointHitRadius: 6,
      segment: view.trainedUpTo === undefined ? {} : { borderDash: (ctx) => ((ctx.p1.parsed.x ?? 0) > view.trainedUpTo! ? [6, 4] : undefined) },
    },
    describe: (i) => {
      const p = curve.points[i];
      return [name, `${view.axis(s)}: ${view.value(p.x)}`, `${s.axisLoss}: ${decimals(p.y, 3)}`];
    },
  };
  return {
    series: [series],
    hover: 'nearest',
    order: 'series',
    legend: false,
    description: view.heading(s),
    table: curveTable(s, curve.points.map((p) => ({ series: name, ...p })), view.axis(s)),
    scales: {
      x: kind === 'c' ? logAxis(view.axis(s), palette, {}, flops, 2) : logAxis(view.axis(s), palette),
      y: lossAxis(s.axisLoss, palette, 'logarithmic'),
    },
  };
}

export interface JointRunRow {
  label: string;
  run: KaplanRun;
}

/** The three runs the "k× parameters" view compares. */
export function jointRuns(joint: KaplanJointSeries, s: ScalingStrings): JointRunRow[] {
  const k = decimals(joint.nFactor, 2);
  return [
    { label: s.runBase, run: joint.base },
    { label: fill(s.runSameData, k), run: joint.scaledSameData },
    { label: fill(s.runBalanced, k, decimals(joint.dataFactor, 2)), run: joint.scaledBalanced },
  ];
}

export function percent(value: number): string {
  return `${decimals(value * 100, 2)}%`;
}

/** L(N, D) against D for the base and the scaled model, with the three runs marked. */
export function jointChart(nFactor: number, s: ScalingStrings, palette: Palette): ChartBuild {
  const joint = kaplanJointSeries(nFactor);
  const base = fill(s.jointBase, count(joint.base.parameters));
  const scaled = fill(s.jointScaled, count(joint.scaledSameData.parameters));
  const curve = (id: string, label: string, points: Curve['points'], colour: string): Series => ({
    id,
    dataset: { label, data: points, borderColor: colour, backgroundColor: colour, borderWidth: 2, pointRadius: 0, pointHitRadius: 6 },
    describe: (i) => [label, `${s.axisTokens}: ${count(points[i].x)}`, `${s.axisLoss}: ${decimals(points[i].y, 3)}`],
  });
  const runs = jointRuns(joint, s);
  const colours = [palette.blue, palette.red, palette.green];
  const runSeries = runs.map(
    (row, i): Series => ({
      id: ['run-base', 'run-same-data', 'run-balanced'][i],
      dataset: {
        label: row.label,
        data: [{ x: row.run.tokens, y: row.run.loss }],
        showLine: false,
        borderColor: colours[i],
        backgroundColor: colours[i],
        pointStyle: ['circle', 'triangle', 'rectRot'][i],
        pointRadius: 7,
      },
      describe: () => [
        row.label,
        `N = ${count(row.run.parameters)}`,
        `D = ${count(row.run.tokens)}`,
        `L(N, D) = ${decimals(row.run.loss, 4)}`,
        `${s.colPenalty}: ${percent(row.run.penalty)}`,
      ],
    }),
  );
  const table = curveTable(
    s,
    [
      ...joint.curves.base.points.map((p) => ({ series: base, ...p })),
      ...joint.curves.scaled.points.map((p) => ({ series: scaled, ...p })),
      ...runs.map((row) => ({ series: row.label, x: row.run.tokens, y: row.run.loss })),
    ],
    s.axisTokens,
  );
  return {
    series: [curve('kaplan-joint-base', base, joint.curves.base.points, palette.blue), curve('kaplan-joint-scaled', scaled, joint.curves.scaled.points, palette.orange), ...runSeries],
    hover: 'nearest',
    order: 'series',
    description: s.jointHeading,
    table,
    scales: {
      x: logAxis(s.axisTokens, palette),
      y: lossAxis(s.axisLoss, palette, 'linear'),
    },
  };
}

/** The data factor the UI states (paper's rounded 0.74) and the unrounded one, for the text under the control. */
export function dataFactors(nFactor: number): { rounded: number; unrounded: number; exponent: number } {
  const joint = kaplanJointSeries(nFactor, { points: 2 });
  return { rounded: joint.dataFactor, unrounded: joint.dataFactorUnrounded, exponent: DATA_EXPONENTS.jointFit };
}
