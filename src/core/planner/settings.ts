/**
 * What a plan is computed from: the model and one flat set of settings (the Planner page's controls). The
 * mode decides which settings matter: training uses the method, optimizer, recomputation and sharding;
 * inference the KV-cache dtype and vLLM's memory share. `gpus` is data-parallel GPUs for training and
 * tensor-parallel GPUs for inference.
 */
import type { Bilingual } from '../estimator/types';
import type { Recompute } from './activations';
import type { DefaultReason } from './defaults';
import type { KvDtype } from './kvCache';
import type { WeightFormatId } from './precision';
import type { Optimizer, Sharding, TrainingMethod, TrainingPrecision } from './training';

export type PlanMode = 'training' | 'inference';

export interface PlanSettings {
  mode: PlanMode;
  gpu: string;
  gpus: number;
  /** Training: sequences per GPU per micro-batch. Inference: sequences served at once. */
  batch: number;
  /** Tokens per sequence. */
  context: number;
  /** How the base (or served) weights are stored. Full fine-tuning takes its width from `precision`. */
  weights: WeightFormatId;
  /** CUDA context, allocator cache and buffers: a stated assumption, not a measurement. */
  overheadGiB: number;
  method: TrainingMethod;
  precision: TrainingPrecision;
  optimizer: Optimizer;
  loraRank: number;
  loraTargets: string[] | 'all-linear';
  recompute: Recompute;
  fusedAttention: boolean;
  sharding: Sharding;
  offloadOptimizer: boolean;
  offloadParameters: boolean;
  gradientAccumulation: number;
  /** Tokens the training run processes. */
  tokens: number;
  /** Model FLOPs utilization assumed for the time estimate. */
  mfu: number;
  kvDtype: KvDtype;
  /** vLLM's gpu_memory_utilization; null when the whole GPU is available. */
  memoryUtilization: number | null;
}

export type SettingKey = keyof PlanSettings | 'model';

/** Where a setting's value came from. */
export type Origin =
  | { from: 'code'; line: number; text: string }
  | { from: 'config'; field: string }
  | { from: 'default'; reason: DefaultReason }
  | { from: 'unread'; line: number; text: string; reason: Bilingual };

export type Origins = Partial<Record<SettingKey, Origin>>;

/** Default runtime overhead: 1 GiB for the CUDA context and allocator (an assumption, adjustable). */
export const DEFAULT_OVERHEAD_GIB = 1;
/** Default MFU: 40%, inside the 38–46% that Llama 3 and PaLM report at scale (an assumption). */
export const DEFAULT_MFU = 0.4;

export const LIMITS = {
  gpus: { min: 1, max: 4096 },
  batch: { min: 1, max: 65_536 },
  context: { min: 1, max: 16_777_216 },
  loraRank: { min: 1, max: 4096 },
  overheadGiB: { min: 0, max: 64 },
  gradientAccumulation: { min: 1, max: 65_536 },
  tokens: { min: 1, max: 1e16 },
  mfu: { min: 0.01, max: 1 },
  memoryUtilization: { min: 0.05, max: 1 },
} as const;
