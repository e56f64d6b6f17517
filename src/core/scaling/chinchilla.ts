/**
 * Hoffmann et al. 2022, "Training Compute-Optimal Large Language Models" (Chinchilla, arXiv
 * 2203.15556): the Approach-3 parametric loss, C ≈ 6ND, the compute-optimal allocation in closed
 * form, and the Gopher-versus-Chinchilla comparison.
 *
 * Losses are in nats per token on the paper's MassiveText evaluation, so they are not comparable
 * with Kaplan et al.'s WebText2 losses.
 */

/** The parametric loss L(N, D) = E + A/N^α + B/D^β. */
export interface ChinchillaFit {
  readonly E: number;
  readonly A: number;
  readonly B: number;
  readonly alpha: number;
  readonly beta: number;
  readonly source: string;
}

/** §3.3 eq. (2), fitted values as printed in Appendix D.2. The default everywhere. */
export const CHINCHILLA_FIT: ChinchillaFit = { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28, source: 'hoffmann2022' };

/**
 * Besiroglu et al. 2024, eq. (3): a refit of the same law on data read off Hoffmann et al.'s
 * Figure 4. The printed fit above puts the optimum near 90 tokens per parameter at Gopher's budget,
 * at odds with the paper's own Approaches 1–2 (≈20); the refit agrees with them. Offered so the UI
 * can show why the two differ; nothing uses it by default.
 */
export const BESIROGLU_REFIT: ChinchillaFit = { E: 1.8172, A: 482.01, B: 2085.43, alpha: 0.3478, beta: 0.3658, source: 'besiroglu2024' };

/** C ≈ 6ND: 2N FLOPs per token forward, twice that backward (Kaplan et al. 2020 §2.1; Hoffmann §3). */
export const FLOPS_PER_PARAMETER_TOKEN = { value: 6, source: 'kaplan2020' } as const;

/**
 * ≈20 training tokens per parameter: the ratio in Table 3 (Approach 1, e.g. 1B → 20.2B tokens,
 * 10B → 205.1B). The paper never states it as a rule; it is the usual reading of that table.
 */
export const TOKENS_PER_PARAMETER = { value: 20, approx: true, source: 'hoffmann2022' } as const;

/** Table 1 and §4: the two models trained with (nearly) the same compute. */
export const GOPHER = { parameters: 280e9, tokens: 300e9, source: 'hoffmann2022' } as const;
export const CHINCHILLA = { parameters: 70e9, tokens: 1.4e12, source: 'hoffmann2022' } as const;

/** Gopher's training budget as the paper states it (Figure 2 caption; Table 3, 67B row). */
export const GOPHER_BUDGET_FLOPS = { value: 5.76e23, source: 'hoffmann2022' } as const;

/**
 * A model counts as near the frontier when its tokens per parameter are within this factor of the
 * optimum. A display choice, not a figure from the paper: the fit's own uncertainty is about this
 * wide (Besiroglu et al. report 4–40 tokens per parameter at large budgets).
 */
export const NEAR_OPTIMAL_TOLERANCE = 2;

export interface Allocation {
  parameters: number;
  tokens: number;
}

export function chinchillaLoss(n: number, d: number, fit: ChinchillaFit = CHINCHILLA_FIT): number {
  return fit.E + fit.A / Math.pow(n, fit.alpha) + fit.B / Math.pow(d, fit.beta);
}

export function trainingFlops(n: number, d: number): number {
  return FLOPS_PER_PARAMETER_TOKEN.value * n * d;
}

/** Tokens that spend budget `c` on a model of `n` parameters. */
export function tokensForBudget(n: number, c: number): number {
  return c / (FLOPS_PER_PARAMETER_TOKEN.value * n);
}

/** Loss along the iso-FLOP curve of budget `c`: the model gets N parameters and D = C / 6N tokens. */
export function isoFlopLoss(n: number, c: number, fit: ChinchillaFit = CHINCHILLA_FIT): number {
  return chinchillaLoss(n, tokensForBudget(n, c), fit);
}

/** Eq. (4): N_opt ∝ C^a and D_opt ∝ C^b with a = β/(α+β), b = α/(α+β). */
export function optimumExponents(fit: ChinchillaFit = CHINCHILLA_FIT): { a: number; b: number } {
  const sum = fit.alpha + fit.beta;
  return { a: fit.beta / sum, b: fit.alpha / sum };
}

/** Eq. (4): G = (αA / βB)^(1/(α+β)). */
function gFactor(fit: ChinchillaFit): number {
  return Math.pow((fit.alpha * fit.A) / (fit.beta * fit.B), 1 / (fit.alpha + fit.beta));
}

/**
 * Eq. (4): the allocation minimising L(N, D) subject to 6ND = C:
 * N_opt = G·(C/6)^a, D_opt = G^(−1)·(C/6)^b. Since a + b = 1, N_opt·D_opt = C/6 exactly.
 */
export function computeOptimal(c: number, fit: ChinchillaFit = CHINCHILLA_FIT): Allocation {
  const g = gFactor(fit);
  const { a, b } = optimumExponents(fit);
  const perFactor = c / FLOPS_PER_PARAMETER_TOKEN.value;
  return { parameters: g * Math.pow(perFactor, a), tokens: Math.pow(perFactor, b) / g };
}

/** The inverse of `computeOptimal`: the tokens for which a model of `n` parameters is compute-optimal. */
export function optimalTokensForParameters(n: number, fit: ChinchillaFit = CHINCHILLA_FIT): number {
  const g = gFactor(fit);
  const { a, b } = optimumExponents(fit);
  return Math.pow(n / g, b / a) / g;
}

/** The ≈20-tokens-per-parameter rule of thumb. */
export function ruleOfThumbTokens(n: number): number {
  return TOKENS_PER_PARAMETER.value * n;
}

/** The rule-of-thumb allocation of budget `c`: D = 20N and 6ND = C, so N = √(C / 120). */
export function ruleOfThumbAllocation(c: number): Allocation {
  const parameters = Math.sqrt(c / (FLOPS_PER_PARAMETER_TOKEN.value * TOKENS_PER_PARAMETER.value));
  return { parameters, tokens: ruleOfThumbTokens(parameters) };
}

export interface RunEstimate extends Allocation {
  flops: number;
  loss: number;
}

function estimate(parameters: number, tokens: number, fit: ChinchillaFit): RunEstimate {
  return { parameters, tokens, flops: trainingFlops(parameters, tokens), loss: chinchillaLoss(parameters, tokens, fit) };
}

export interface GopherVersusChinchilla {
  /** The budget the paper quotes for both. */
  budget: number;
  gopher: RunEstimate;
  chinchilla: RunEstimate;
  /** The fit's own optimum at that budget. */
  optimum: RunEstimate;
}

/**
 * §4: Chinchilla (70B, 1.4T tokens) against Gopher (280B, 300B tokens). Their 6ND products are
 * 5.88 × 10^23 and 5.04 × 10^23, bracketing the 5.76 × 10^23 the paper quotes for Gopher.
 */
export function gopherVersusChinchilla(fit: ChinchillaFit = CHINCHILLA_FIT): GopherVersusChinchilla {
  const optimum = computeOptimal(GOPHER_BUDGET_FLOPS.value, fit);
  return {
    budget: GOPHER_BUDGET_FLOPS.value,
    gopher: estimate(GOPHER.parameters, GOPHER.tokens, fit),
    chinchilla: estimate(CHINCHILLA.parameters, CHINCHILLA.tokens, fit),
    optimum: estimate(optimum.parameters, optimum.tokens, fit),
  };
}

export type TrainingVerdict = 'under-trained' | 'near-optimal' | 'over-trained';

export interface Judgement {
  /** Actual tokens divided by the reference's tokens: > 1 means more data than the reference. */
  tokenRatio: number;
  verdict: TrainingVerdict;
  /** How far off, as a factor ≥ 1 ("3× under-trained"). */
  factor: number;
}

export interface TrainingStatus {
  flops: number;
  tokensPerParameter: number;
  /** Against D = 20N for the same N. */
  ruleOfThumb: Judgement;
  /** Against the fit's optimum for the same compute 6ND. */
  fit: Judgement & { optimum: Allocation };
}

function judge(tokenRatio: number): Judgement {
  const factor = Math.max(tokenRatio, 1 / tokenRatio);
  const verdict: TrainingVerdict =
    factor <= NEAR_OPTIMAL_TOLERANCE ? 'near-optimal' : tokenRatio > 1 ? 'over-trained' : 'under-trained';
  return { tokenRatio, verdict, factor };
}

/** Whether a model trained on `d` tokens with `n` parameters sits above, on or below the frontier. */
export function trainingStatus(n: number, d: number, fit: ChinchillaFit = CHINCHILLA_FIT): TrainingStatus {
  const flops = trainingFlops(n, d);
  const optimum = computeOptimal(flops, fit);
  return {
    flops,
    tokensPerParameter: d / n,
    ruleOfThumb: judge(d / ruleOfThumbTokens(n)),
    fit: { ...judge(d / optimum.tokens), optimum },
  };
}
