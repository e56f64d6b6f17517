/**
 * Kaplan et al. 2020, "Scaling Laws for Neural Language Models" (arXiv 2001.08361).
 *
 * Losses are test cross-entropies in nats per token on WebText2 with GPT-2's BPE tokenizer; the
 * paper notes the scale constants depend on that tokenization, so only trends carry over to other
 * data. N counts non-embedding parameters, D counts tokens.
 */

/** A single-variable power law L(X) = (scale / X)^alpha. */
export interface PowerLaw {
  readonly alpha: number;
  readonly scale: number;
  readonly source: string;
}

/** The fitted constants of the joint law L(N, D) = [(Nc/N)^(αN/αD) + Dc/D]^αD. */
export interface JointFit {
  readonly alphaN: number;
  readonly alphaD: number;
  readonly nc: number;
  readonly dc: number;
  readonly source: string;
}

/** Eq. (1.1), Table 5: αN ≈ 0.076, Nc ≈ 8.8 × 10^13 non-embedding parameters. */
export const KAPLAN_PARAMETER_LAW: PowerLaw = { alpha: 0.076, scale: 8.8e13, source: 'kaplan2020' };

/** Eq. (1.2), Table 5: αD ≈ 0.095, Dc ≈ 5.4 × 10^13 tokens (large models, early-stopped). */
export const KAPLAN_DATA_LAW: PowerLaw = { alpha: 0.095, scale: 5.4e13, source: 'kaplan2020' };

/** Eq. (1.3), Table 5: αC^min ≈ 0.050, Cc^min ≈ 3.1 × 10^8 PF-days (compute-efficient training). */
export const KAPLAN_COMPUTE_LAW: PowerLaw = { alpha: 0.05, scale: 3.1e8, source: 'kaplan2020' };

/**
 * Table 2 (Section 4): the paper's own fit of the joint law, eq. (1.5)/(4.1), made separately over
 * the whole (N, D) grid, so its αD (0.103) is not the single-variable law's 0.095. Its ratio
 * αN/αD = 0.738 is where the paper's "N^0.74" comes from.
 */
export const KAPLAN_JOINT_FIT: JointFit = { alphaN: 0.076, alphaD: 0.103, nc: 6.4e13, dc: 1.8e13, source: 'kaplan2020' };

/**
 * §1.1 and eq. (4.4): the over-fitting penalty depends on N^0.74 / D, and avoiding it needs
 * D ≳ (5 × 10^3) · N^0.74 tokens. The 0.74 is αN/αD of Table 2, rounded by the paper.
 */
export const KAPLAN_OVERFIT_RULE = { exponent: 0.74, coefficient: 5e3, source: 'kaplan2020' } as const;

/**
 * The exponents one could use for "how much more data for k× parameters". The UI shows
 * `paperRounded` (0.74, giving 8× → 4.66×): it is the figure the paper states in words and in
 * eq. (4.4). `jointFit` is the unrounded Table 2 ratio (8× → 4.64×); `singleLaws` mixes the two
 * single-variable exponents (0.076 / 0.095 = 0.8, 8× → 5.28×), a ratio the paper never uses for
 * this rule, shown only to explain why it differs.
 */
export const DATA_EXPONENTS = {
  paperRounded: KAPLAN_OVERFIT_RULE.exponent,
  jointFit: KAPLAN_JOINT_FIT.alphaN / KAPLAN_JOINT_FIT.alphaD,
  singleLaws: KAPLAN_PARAMETER_LAW.alpha / KAPLAN_DATA_LAW.alpha,
} as const;

/** §1.3 (notation): 1 PF-day = 10^15 FLOP/s × 86 400 s = 8.64 × 10^19 floating-point operations. */
export const FLOPS_PER_PF_DAY = 1e15 * 24 * 3600;

export function pfDaysToFlops(pfDays: number): number {
  return pfDays * FLOPS_PER_PF_DAY;
}

export function flopsToPfDays(flops: number): number {
  return flops / FLOPS_PER_PF_DAY;
}

function powerLaw(law: PowerLaw, x: number): number {
  return Math.pow(law.scale / x, law.alpha);
}

/** L(N): loss of a model with N non-embedding parameters trained to convergence on ample data. */
export function lossFromParameters(n: number): number {
  return powerLaw(KAPLAN_PARAMETER_LAW, n);
}

/** L(D): loss of a large model trained on D tokens with early stopping. */
export function lossFromData(d: number): number {
  return powerLaw(KAPLAN_DATA_LAW, d);
}

/** L(C_min): loss reachable with C_min PF-days when compute is allocated optimally. */
export function lossFromCompute(pfDays: number): number {
  return powerLaw(KAPLAN_COMPUTE_LAW, pfDays);
}

/** L(N, D), eq. (1.5): loss for N parameters trained (early-stopped) on D tokens. */
export function jointLoss(n: number, d: number, fit: JointFit = KAPLAN_JOINT_FIT): number {
  return Math.pow(Math.pow(fit.nc / n, fit.alphaN / fit.alphaD) + fit.dc / d, fit.alphaD);
}

/**
 * Eq. (4.2)/(4.3): δL = L(N, D) / L(N, ∞) − 1, the relative loss lost to over-fitting. It depends on
 * N and D only through N^(αN/αD) / D, which is why scaling D by k^(αN/αD) keeps it constant.
 */
export function overfittingPenalty(n: number, d: number, fit: JointFit = KAPLAN_JOINT_FIT): number {
  return jointLoss(n, d, fit) / Math.pow(fit.nc / n, fit.alphaN) - 1;
}

/** Eq. (4.4): the dataset size above which the paper saw no meaningful over-fitting. */
export function minimumTokensToAvoidOverfitting(n: number): number {
  return KAPLAN_OVERFIT_RULE.coefficient * Math.pow(n, KAPLAN_OVERFIT_RULE.exponent);
}

/** How many times more data keeps the over-fitting penalty level when N grows k-fold: k^exponent. */
export function dataFactorForParameterFactor(k: number, exponent: number = DATA_EXPONENTS.paperRounded): number {
  return Math.pow(k, exponent);
}
