/**
 * Compute and time.
 * - Forward FLOPs per token (Kaplan et al. 2020, Table 1): 2·N + 2·n_layer·n_ctx·d_attn, with N the active
 *   parameters (a mixture of experts computes with the experts a token uses; its memory holds them all) and
 *   d_attn = heads·head_dim. These are FLOPs (a multiply-add counts as two), not MACs.
 * - Training: the backward pass costs about twice the forward (Narayanan et al. 2021), so ≈ 3× forward per
 *   token. With LoRA the frozen base computes input gradients but no weight gradients: ≈ 2× forward.
 *   Recomputation adds hardware FLOPs, not model FLOPs: it shows up as a lower MFU.
 * - Time = tokens · FLOPs per token / (GPUs · peak · MFU), MFU being model FLOPs utilization (PaLM's
 *   definition): 46.2% for PaLM 540B, 38–43% for Llama 3 405B on H100 (Llama 3 report, Table 4).
 * - Decoding one sequence reads every active weight and the whole KV cache once per token, so tokens/s is
 *   at most bandwidth / bytes read (Pope et al. 2022); real decoders reach a fraction of it.
 */
import type { TrainingMethod } from './training';
import type { PlannerModel } from './model';

/** Kaplan's C_forward for one token at context `context`. */
export function forwardFlopsPerToken(model: PlannerModel, context: number): number {
  return 2 * model.activeParameters + 2 * model.layers * context * model.heads * model.headDim;
}

/** Model FLOPs per trained token: forward + backward. */
export function trainingFlopsPerToken(model: PlannerModel, context: number, method: TrainingMethod): number {
  return (method === 'full' ? 3 : 2) * forwardFlopsPerToken(model, context);
}

/** Seconds to process `flops` on `gpus` accelerators of `peakTflops` at model FLOPs utilization `mfu`. */
export function trainingSeconds(flops: number, gpus: number, peakTflops: number, mfu: number): number {
  return flops / (gpus * peakTflops * 1e12 * mfu);
}

/** Upper bound on single-stream decode speed: bytes read per token at `bandwidthGBps` on each of `gpus`. */
export function decodeTokensPerSecondBound(bytesPerToken: number, bandwidthGBps: number, gpus: number): number {
  return (gpus * bandwidthGBps * 1e9) / bytesPerToken;
}
