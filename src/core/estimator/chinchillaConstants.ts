/**
 * Chinchilla scaling-law constants, kept here so the estimator does not depend on the scaling module
 * (to be folded into src/core/scaling later).
 *
 * Source: Hoffmann et al. 2022, "Training Compute-Optimal Large Language Models",
 * https://arxiv.org/abs/2203.15556. The parametric loss L(N, D) = E + A/N^α + B/D^β is their eq. (2), with
 * the Approach 3 fit of §3.3: E = 1.69, A = 406.4, B = 410.7, α = 0.34, β = 0.28. The rule of thumb of about
 * 20 training tokens per parameter reads off their compute-optimal estimates (Table 3: 70B ↔ 1.4T tokens).
 */
export const CHINCHILLA_FIT = { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28 } as const;

export const CHINCHILLA_TOKENS_PER_PARAMETER = 20;

/** Predicted pre-training loss (nats/token) of a model of `parameters` trained on `tokens`. */
export function chinchillaLoss(parameters: number, tokens: number): number {
  const { E, A, B, alpha, beta } = CHINCHILLA_FIT;
  return E + A / parameters ** alpha + B / tokens ** beta;
}

/**
 * Tokens the parametric fit pairs with `parameters` on its compute-optimal frontier. Minimising L(N, D)
 * under C = 6·N·D gives N_opt = G·(C/6)^a and D_opt = G⁻¹·(C/6)^b with G = (αA / βB)^(1/(α+β)),
 * a = β/(α+β), b = α/(α+β); eliminating C: D_opt = G⁻¹·(N/G)^(α/β).
 */
export function parametricOptimalTokens(parameters: number): number {
  const { A, B, alpha, beta } = CHINCHILLA_FIT;
  const g = ((alpha * A) / (beta * B)) ** (1 / (alpha + beta));
  return (parameters / g) ** (alpha / beta) / g;
}
