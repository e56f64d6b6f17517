import type { KnownModelView, UserModel } from '../../src/core/protocol/scalingCharts';
import {
  BESIROGLU_REFIT,
  GOPHER_BUDGET_FLOPS,
  chinchillaLoss,
  computeOptimal,
  gopherVersusChinchilla,
  ruleOfThumbAllocation,
  tokensForBudget,
  trainingFlops,
  trainingStatus,
  type Judgement,
  type TrainingStatus,
} from '../../src/core/scaling/chinchilla';
import { flopsToPfDays } from '../../src/core/scaling/kaplan';
import { chinchillaFrontier, chinchillaIsoFlopSeries, logSpace } from '../../src/core/scaling/series';
import type { ChartBuild, Point, Series, SeriesMark } from './chartCard';
import { logAxis, lossAxis } from './axes';
import { count, decimals, fill, flops } from './format';
import { cell, type TableModel } from './tableModel';
import { withAlpha, type Palette } from './theme';
import type { ScalingData } from './data';
import type { ScalingStrings } from './strings';

/** The budget control's range, log10 FLOPs: from a small research run to beyond today's largest. */
export const BUDGET_RANGE = { min: 18, max: 26 };
export const DEFAULT_BUDGET_LOG10 = Math.log10(GOPHER_BUDGET_FLOPS.value);

/** One iso-FLOP curve per decade of compute, beside the chosen budget's. */
export const ISO_FLOP_DECADES = [1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25];

/** The frontier is drawn over the control's whole range. */
export const FRONTIER_RANGE = { min: 10 ** BUDGET_RANGE.min, max: 10 ** BUDGET_RANGE.max, points: 50 };

const AXES = { parameters: { min: 1e8, max: 1e13 }, tokens: { min: 1e9, max: 1e14 } };

/** The budgets drawn: the decades, plus the chosen one unless it is one of them. */
export function isoFlopBudgets(budget: number): number[] {
  return ISO_FLOP_DECADES.includes(budget) ? [...ISO_FLOP_DECADES] : [...ISO_FLOP_DECADES, budget];
}

export function verdictText(s: ScalingStrings, judgement: Judgement): string {
  const factor = decimals(judgement.factor, 1);
  switch (judgement.verdict) {
    case 'under-trained':
      return fill(s.underTrained, factor);
    case 'over-trained':
      return fill(s.overTrained, factor);
    case 'near-optimal':
      return fill(s.nearOptimal, factor);
  }
}

/** The readouts under the budget control: the ≈20 rule first, the printed fit's optimum second. */
export function budgetReadouts(budget: number, s: ScalingStrings): { budget: string; rule: string; fit: string; note: string } {
  const rule = ruleOfThumbAllocation(budget);
  const fit = computeOptimal(budget);
  const atGopher = computeOptimal(GOPHER_BUDGET_FLOPS.value);
  const refit = computeOptimal(GOPHER_BUDGET_FLOPS.value, BESIROGLU_REFIT);
  const pfDays = flopsToPfDays(budget);
  return {
    budget: fill(s.budgetReadout, flops(budget), pfDays >= 1e4 ? flops(pfDays) : count(pfDays)),
    rule: fill(s.ruleAllocation, count(rule.parameters), count(rule.tokens)),
    fit: fill(s.fitAllocation, count(fit.parameters), count(fit.tokens), decimals(fit.tokens / fit.parameters, 0)),
    note: fill(s.fitNote, decimals(atGopher.tokens / atGopher.parameters, 0), decimals(refit.tokens / refit.parameters, 0)),
  };
}

/** Loss against N along D = C / 6N for each budget, with each curve's minimum and the ≈20 rule's pick. */
export function isoFlopChart(budget: number, s: ScalingStrings, palette: Palette): ChartBuild {
  const budgets = isoFlopBudgets(budget);
  const curves = chinchillaIsoFlopSeries(budgets);
  const series: Series[] = curves.map((curve) => {
    const selected = curve.budget === budget;
    const label = fill(selected ? s.isoSelected : s.isoCurve, flops(curve.budget));
    const colour = selected ? palette.orange : withAlpha(palette.blue, 0.75);
    return {
      id: curve.id,
      dataset: { label, data: curve.points, borderColor: colour, backgroundColor: colour, borderWidth: selected ? 3 : 1.5, pointRadius: 0, pointHitRadius: 5 },
      describe: (i) => {
        const p = curve.points[i];
        return [label, `N = ${count(p.x)}`, `D = ${count(tokensForBudget(p.x, curve.budget))}`, `L = ${decimals(p.y, 3)}`];
      },
      hideInLegend: !selected,
    };
  });
  // The decade curves are named on the chart, at their valleys, instead of in the legend.
  const marks: SeriesMark[] = curves.flatMap((curve) =>
    curve.budget === budget ? [] : [{ series: curve.id, index: Math.floor(curve.points.length / 2), text: flops(curve.budget) }],
  );
  const optima = curves.map((c) => c.optimum);
  series.push({
    id: 'isoflop-fit-minima',
    dataset: {
      label: s.optimumPoint,
      data: optima.map((o) => ({ x: o.parameters, y: o.loss })),
      showLine: false,
      borderColor: palette.foreground,
      backgroundColor: 'transparent',
      pointRadius: 5,
      pointBorderWidth: 1.5,
    },
    describe: (i) => [s.optimumPoint, fill(s.isoCurve, flops(budgets[i])), `N = ${count(optima[i].parameters)}`, `D = ${count(optima[i].tokens)}`, fill(s.tokensPerParameter, decimals(optima[i].tokens / optima[i].parameters, 0)), `L = ${decimals(optima[i].loss, 3)}`],
  });
  const rule = budgets.map((c) => {
    const a = ruleOfThumbAllocation(c);
    return { ...a, loss: chinchillaLoss(a.parameters, a.tokens) };
  });
  series.push({
    id: 'isoflop-rule',
    dataset: {
      label: s.ruleLine,
      data: rule.map((r) => ({ x: r.parameters, y: r.loss })),
      showLine: false,
      borderColor: palette.green,
      backgroundColor: palette.green,
      pointStyle: 'rectRot',
      pointRadius: 5,
    },
    describe: (i) => [s.ruleLine, fill(s.isoCurve, flops(budgets[i])), `N = ${count(rule[i].parameters)}`, `D = ${count(rule[i].tokens)}`, `L = ${decimals(rule[i].loss, 3)}`],
  });
  const table: TableModel = {
    columns: [{ label: s.colSeries }, { label: s.colBudget, numeric: true }, { label: s.colParameters, numeric: true }, { label: s.colLoss, numeric: true }],
    rows: [
      ...curves.flatMap((curve) => curve.points.map((p) => [cell(fill(s.isoCurve, flops(curve.budget))), cell(curve.budget, flops(curve.budget)), cell(p.x, count(p.x)), cell(p.y, decimals(p.y, 4))])),
      ...optima.map((o, i) => [cell(s.optimumPoint), cell(budgets[i], flops(budgets[i])), cell(o.parameters, count(o.parameters)), cell(o.loss, decimals(o.loss, 4))]),
      ...rule.map((r, i) => [cell(s.ruleLine), cell(budgets[i], flops(budgets[i])), cell(r.parameters, count(r.parameters)), cell(r.loss, decimals(r.loss, 4))]),
    ],
  };
  return {
    series,
    marks,
    hover: 'nearest',
    order: 'series',
    description: s.isoHeading,
    table,
    scales: { x: logAxis(s.axisParameters, palette), y: lossAxis(s.axisLoss, palette, 'linear') },
  };
}

function describeRun(s: ScalingStrings, label: string, parameters: number, tokens: number, status: TrainingStatus): string[] {
  return [
    label,
    `N = ${count(parameters)}, D = ${count(tokens)}`,
    fill(s.tokensPerParameter, decimals(status.tokensPerParameter, 1)),
    fill(s.verdictRule, verdictText(s, status.ruleOfThumb)),
    fill(s.verdictFit, verdictText(s, status.fit)),
    fill(s.trainingCompute, flops(status.flops)),
  ];
}

export interface FrontierInput {
  data: ScalingData;
  strings: ScalingStrings;
  palette: Palette;
  budget: number;
  focusedEntry?: string;
  userModel?: UserModel;
}

/** Tokens against parameters: the ≈20 rule, the printed fit's optimum, the budget line and the known models. */
export function frontierChart(input: FrontierInput): ChartBuild {
  const { data, strings: s, palette, budget } = input;
  const frontier = chinchillaFrontier(FRONTIER_RANGE.min, FRONTIER_RANGE.max, FRONTIER_RANGE.points);
  const line = (id: string, label: string, points: Point[], colour: string, dash?: number[]): Series => ({
    id,
    dataset: { label, data: points, borderColor: colour, backgroundColor: colour, borderWidth: 2, borderDash: dash, pointRadius: 0, pointHitRadius: 5 },
    describe: (i) => [label, `N = ${count(points[i].x)}`, `D = ${count(points[i].y)}`, fill(s.tokensPerParameter, decimals(points[i].y / points[i].x, 0))],
  });
  // Every split of the budget that stays inside the axes.
  const nMin = Math.max(AXES.parameters.min, budget / (6 * AXES.tokens.max));
  const nMax = Math.min(AXES.parameters.max, budget / (6 * AXES.tokens.min));
  const budgetPoints = nMin < nMax ? logSpace(nMin, nMax, 25).map((n) => ({ x: n, y: tokensForBudget(n, budget) })) : [];
  const known = data.known;
  const statuses = known.map((m) => trainingStatus(m.parameters, m.tokens));
  const colour = palette.blue;
  const series: Series[] = [
    line('frontier-rule', s.ruleLine, frontier.ruleOfThumb.map((r) => ({ x: r.parameters, y: r.tokens })), palette.green),
    line('frontier-fit', s.fitLine, frontier.optimum.map((r) => ({ x: r.parameters, y: r.tokens })), palette.muted, [6, 4]),
    { ...line('budget-line', `${s.budgetLine} (${flops(budget)})`, budgetPoints, palette.orange, [2, 3]), skipKeyboard: true },
    {
      id: 'known-models',
      dataset: {
        label: s.knownModels,
        data: known.map((m) => ({ x: m.parameters, y: m.tokens })),
        showLine: false,
        borderColor: colour,
        backgroundColor: colour,
        pointBackgroundColor: known.map((m) => (m.unconfirmed ? 'transparent' : withAlpha(colour, 0.85))),
        pointRadius: 5,
        pointHoverRadius: 8,
      },
      describe: (i) => [
        ...describeRun(s, known[i].unconfirmed ? `${known[i].label} (${s.unconfirmed})` : known[i].label, known[i].parameters, known[i].tokens, statuses[i]),
        fill(s.source, citations(data, known[i])),
        s.openCard,
      ],
      entryAt: (i) => known[i].entryId,
    },
  ];
  const marks: SeriesMark[] = known.flatMap((m, index) =>
    m.entryId === 'gopher' || m.entryId === 'chinchilla' || m.entryId === input.focusedEntry || m.unconfirmed
      ? [{ series: 'known-models', index, text: m.label, ring: m.entryId === input.focusedEntry || m.unconfirmed }]
      : [],
  );
  const user = input.userModel;
  if (user?.trainingTokens !== undefined) {
    const tokens = user.trainingTokens;
    const label = fill(s.yourModel, user.label);
    const status = trainingStatus(user.parameters, tokens);
    series.push({
      id: 'user-model',
      dataset: { label, data: [{ x: user.parameters, y: tokens }], showLine: false, borderColor: palette.red, backgroundColor: palette.red, pointStyle: 'star', pointRadius: 10, pointBorderWidth: 2 },
      describe: () => [...describeRun(s, label, user.parameters, tokens, status), s.yourModelNote],
    });
    marks.push({ series: 'user-model', index: 0, text: label });
  }
  return {
    series,
    marks,
    hover: 'point',
    order: 'x',
    description: s.frontierHeading,
    table: frontierTable(input, statuses),
    scales: { x: logAxis(s.axisParameters, palette, AXES.parameters), y: logAxis(s.axisTokens, palette, AXES.tokens) },
  };
}

function citations(data: ScalingData, model: KnownModelView): string {
  return model.sources.map((key) => data.sources[key]?.citation ?? key).join('; ');
}

function frontierTable(input: FrontierInput, statuses: TrainingStatus[]): TableModel {
  const { data, strings: s } = input;
  const rows = data.known.map((m, i) => [
    cell(m.label),
    cell(m.parameters, count(m.parameters)),
    cell(m.tokens, count(m.tokens)),
    cell(statuses[i].tokensPerParameter, decimals(statuses[i].tokensPerParameter, 1)),
    cell(statuses[i].flops, flops(statuses[i].flops)),
    cell(verdictText(s, statuses[i].ruleOfThumb)),
    cell(verdictText(s, statuses[i].fit)),
    cell(m.unconfirmed ? s.unconfirmed : ''),
    cell(citations(data, m)),
  ]);
  const user = input.userModel;
  if (user?.trainingTokens !== undefined) {
    const status = trainingStatus(user.parameters, user.trainingTokens);
    rows.push([
      cell(fill(s.yourModel, user.label)),
      cell(user.parameters, count(user.parameters)),
      cell(user.trainingTokens, count(user.trainingTokens)),
      cell(status.tokensPerParameter, decimals(status.tokensPerParameter, 1)),
      cell(status.flops, flops(status.flops)),
      cell(verdictText(s, status.ruleOfThumb)),
      cell(verdictText(s, status.fit)),
      cell(''),
      cell(''),
    ]);
  }
  return {
    columns: [
      { label: s.colModel },
      { label: s.colParameters, numeric: true },
      { label: s.colTokens, numeric: true },
      { label: s.colTokensPerParameter, numeric: true },
      { label: s.colFlops, numeric: true },
      { label: s.colVerdictRule },
      { label: s.colVerdictFit },
      { label: s.colStatus },
      { label: s.colSource },
    ],
    rows,
  };
}

/** Gopher, Chinchilla, and the two allocations of Gopher's budget (rule first), as table rows. */
export function gopherTable(s: ScalingStrings, data: ScalingData): TableModel {
  const comparison = gopherVersusChinchilla();
  const rule = ruleOfThumbAllocation(comparison.budget);
  const label = (entryId: string, fallback: string) => data.growth.find((p) => p.entryId === entryId)?.label ?? fallback;
  const runs = [
    { name: label('gopher', 'Gopher'), parameters: comparison.gopher.parameters, tokens: comparison.gopher.tokens },
    { name: label('chinchilla', 'Chinchilla'), parameters: comparison.chinchilla.parameters, tokens: comparison.chinchilla.tokens },
    { name: s.ruleLine, parameters: rule.parameters, tokens: rule.tokens },
    { name: s.fitOptimum, parameters: comparison.optimum.parameters, tokens: comparison.optimum.tokens },
  ];
  return {
    columns: [
      { label: s.colModel },
      { label: s.colParameters, numeric: true },
      { label: s.colTokens, numeric: true },
      { label: s.colTokensPerParameter, numeric: true },
      { label: s.colFlops, numeric: true },
      { label: s.colLoss, numeric: true },
    ],
    rows: runs.map((r) => {
      const loss = chinchillaLoss(r.parameters, r.tokens);
      const compute = trainingFlops(r.parameters, r.tokens);
      return [
        cell(r.name),
        cell(r.parameters, count(r.parameters)),
        cell(r.tokens, count(r.tokens)),
        cell(r.tokens / r.parameters, decimals(r.tokens / r.parameters, 1)),
        cell(compute, flops(compute)),
        cell(loss, decimals(loss, 3)),
      ];
    }),
  };
}
