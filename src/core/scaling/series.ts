import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Bilingual } from '../knowledge/schema';
import {
  type Allocation,
  type ChinchillaFit,
  type TrainingStatus,
  CHINCHILLA_FIT,
  chinchillaLoss,
  computeOptimal,
  isoFlopLoss,
  ruleOfThumbAllocation,
  trainingFlops,
  trainingStatus,
} from './chinchilla';
import {
  DATA_EXPONENTS,
  dataFactorForParameterFactor,
  jointLoss,
  lossFromCompute,
  lossFromData,
  lossFromParameters,
  minimumTokensToAvoidOverfitting,
  overfittingPenalty,
} from './kaplan';

/**
 * The datasets the Scaling Charts plot, built in one place so the webview draws exactly what the
 * tests check. Everything here is plain JSON (objects, arrays, numbers, strings).
 */

export type AxisUnit = 'parameters' | 'tokens' | 'flops' | 'pf-days' | 'nats-per-token';

export interface Point {
  x: number;
  y: number;
}

export interface Curve {
  id: string;
  xUnit: AxisUnit;
  yUnit: AxisUnit;
  points: Point[];
}

/** `n` values from `a` to `b` inclusive, evenly spaced on a log scale. */
export function logSpace(a: number, b: number, n: number): number[] {
  if (n === 1) return [a];
  const step = Math.log(b / a) / (n - 1);
  return Array.from({ length: n }, (_, i) => (i === n - 1 ? b : a * Math.exp(step * i)));
}

function curve(id: string, xUnit: AxisUnit, xs: number[], f: (x: number) => number): Curve {
  return { id, xUnit, yUnit: 'nats-per-token', points: xs.map((x) => ({ x, y: f(x) })) };
}

export interface KaplanRanges {
  nMin?: number;
  nMax?: number;
  dMin?: number;
  dMax?: number;
  /** Compute range in PF-days. */
  cMin?: number;
  cMax?: number;
  points?: number;
}

export interface KaplanSeries {
  parameters: Curve;
  data: Curve;
  compute: Curve;
}

/**
 * L(N), L(D) and L(C_min) on log-spaced grids. The defaults span the sizes the paper trained
 * (up to ~10^9 parameters, ~10^10 tokens, ~10^1 PF-days) and extend about two decades beyond,
 * where the curves are extrapolations.
 */
export function kaplanSeries(ranges: KaplanRanges = {}): KaplanSeries {
  const { nMin = 1e5, nMax = 1e11, dMin = 1e7, dMax = 1e12, cMin = 1e-8, cMax = 1e3, points = 50 } = ranges;
  return {
    parameters: curve('kaplan-loss-vs-parameters', 'parameters', logSpace(nMin, nMax, points), lossFromParameters),
    data: curve('kaplan-loss-vs-tokens', 'tokens', logSpace(dMin, dMax, points), lossFromData),
    compute: curve('kaplan-loss-vs-compute', 'pf-days', logSpace(cMin, cMax, points), lossFromCompute),
  };
}

export interface KaplanRun {
  parameters: number;
  tokens: number;
  loss: number;
  /** Relative loss lost to over-fitting, eq. (4.2). */
  penalty: number;
}

export interface KaplanJointSeries {
  nFactor: number;
  /** nFactor^0.74: the factor the UI shows (8 → 4.66). */
  dataFactor: number;
  /** nFactor^(αN/αD) with Table 2's unrounded exponents (8 → 4.64). */
  dataFactorUnrounded: number;
  base: KaplanRun;
  /** N scaled, D kept: the penalty grows. */
  scaledSameData: KaplanRun;
  /** N scaled, D scaled by `dataFactor`: the penalty stays about where it was. */
  scaledBalanced: KaplanRun;
  /** Loss against tokens for the base and the scaled model. */
  curves: { base: Curve; scaled: Curve };
}

function kaplanRun(parameters: number, tokens: number): KaplanRun {
  return { parameters, tokens, loss: jointLoss(parameters, tokens), penalty: overfittingPenalty(parameters, tokens) };
}

/**
 * The "8× parameters needs ≈5× data" view. The base model has `baseParameters` non-embedding
 * parameters and the data eq. (4.4) asks for; the scaled model has `nFactor` times the parameters.
 */
export function kaplanJointSeries(nFactor: number, options: { baseParameters?: number; points?: number } = {}): KaplanJointSeries {
  const { baseParameters = 1e8, points = 50 } = options;
  const dataFactor = dataFactorForParameterFactor(nFactor);
  const baseTokens = minimumTokensToAvoidOverfitting(baseParameters);
  const scaledParameters = baseParameters * nFactor;
  const tokens = logSpace(baseTokens / 30, baseTokens * Math.max(dataFactor, 1) * 30, points);
  return {
    nFactor,
    dataFactor,
    dataFactorUnrounded: dataFactorForParameterFactor(nFactor, DATA_EXPONENTS.jointFit),
    base: kaplanRun(baseParameters, baseTokens),
    scaledSameData: kaplanRun(scaledParameters, baseTokens),
    scaledBalanced: kaplanRun(scaledParameters, baseTokens * dataFactor),
    curves: {
      base: curve('kaplan-joint-base', 'tokens', tokens, (d) => jointLoss(baseParameters, d)),
      scaled: curve('kaplan-joint-scaled', 'tokens', tokens, (d) => jointLoss(scaledParameters, d)),
    },
  };
}

export interface RunPoint extends Allocation {
  flops: number;
  loss: number;
}

function runPoint(parameters: number, tokens: number, fit: ChinchillaFit): RunPoint {
  return { parameters, tokens, flops: trainingFlops(parameters, tokens), loss: chinchillaLoss(parameters, tokens, fit) };
}

export interface IsoFlopCurve extends Curve {
  budget: number;
  optimum: RunPoint;
}

/**
 * Loss against N at fixed compute (D = C / 6N), one curve per budget, each spanning `decades`
 * either side of its own optimum so every valley is visible.
 */
export function chinchillaIsoFlopSeries(
  budgets: readonly number[],
  options: { points?: number; decades?: number; fit?: ChinchillaFit } = {},
): IsoFlopCurve[] {
  const { points = 41, decades = 1.5, fit = CHINCHILLA_FIT } = options;
  return budgets.map((budget) => {
    const optimum = computeOptimal(budget, fit);
    const span = Math.pow(10, decades);
    const ns = logSpace(optimum.parameters / span, optimum.parameters * span, points);
    return {
      ...curve(`chinchilla-isoflop-${budget.toExponential(2)}`, 'parameters', ns, (n) => isoFlopLoss(n, budget, fit)),
      budget,
      optimum: runPoint(optimum.parameters, optimum.tokens, fit),
    };
  });
}

export interface FrontierSeries {
  /** The fit's closed-form optimum, eq. (4). */
  optimum: RunPoint[];
  /** D = 20N at the same budgets. */
  ruleOfThumb: RunPoint[];
}

export function chinchillaFrontier(cMin: number, cMax: number, points: number, fit: ChinchillaFit = CHINCHILLA_FIT): FrontierSeries {
  const budgets = logSpace(cMin, cMax, points);
  const at = (allocate: (c: number) => Allocation) =>
    budgets.map((c) => {
      const { parameters, tokens } = allocate(c);
      return runPoint(parameters, tokens, fit);
    });
  return { optimum: at((c) => computeOptimal(c, fit)), ruleOfThumb: at(ruleOfThumbAllocation) };
}

export interface KnownModelPoint extends RunPoint {
  entryId: string;
  label: Bilingual;
  status: TrainingStatus;
  /** Either figure is a rumour or estimate. */
  unconfirmed: boolean;
  sourceKeys: string[];
}

/**
 * Atlas models that state both their parameters and their training tokens, placed against the
 * frontier. Only dense decoder-only models are placed: the fit was made on them, and C ≈ 6ND
 * overstates the compute of Mixture-of-Experts and encoder-decoder models, which run only part of
 * their parameters on each token.
 */
export function knownModelsAgainstFrontier(kb: KnowledgeBase, fit: ChinchillaFit = CHINCHILLA_FIT): KnownModelPoint[] {
  return kb.ofKind('model').flatMap((entry) => {
    const model = entry.model;
    if (!model?.parameters || !model.trainingTokens || model.moe || model.family !== 'decoder-only') return [];
    const { parameters, trainingTokens } = model;
    return [
      {
        ...runPoint(parameters.value, trainingTokens.value, fit),
        entryId: entry.id,
        label: { en: entry.name, ko: entry.nameKo },
        status: trainingStatus(parameters.value, trainingTokens.value, fit),
        unconfirmed: Boolean(parameters.unconfirmed || trainingTokens.unconfirmed),
        sourceKeys: [...new Set([parameters.source, trainingTokens.source])],
      },
    ];
  });
}
