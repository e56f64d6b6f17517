/**
 * Model states of training, per GPU.
 * - Full fine-tuning keeps, per parameter, the weights, their gradients and the optimizer state. Mixed
 *   precision as the ZeRO paper counts it (§3.1): 2 (fp16/bf16 weights) + 2 (gradients) + K, K = 12 for Adam
 *   (fp32 master weights, momentum, variance), 16 bytes in all. Without a master copy the states take the
 *   weights' width: 2 + 2 + 4 for Adam on bf16 weights, 4 + 4 + 8 in fp32.
 * - Optimizer states per trained parameter: Adam/AdamW two moments; 8-bit Adam and 8-bit Lion one byte per
 *   moment (Dettmers et al. 2022); Lion and SGD with momentum one moment; plain SGD none; Adafactor's
 *   factored second moment (a row and a column vector per matrix) is negligible per parameter (Shazeer &
 *   Stern 2018).
 * - LoRA freezes the base (no gradients, no optimizer state) and trains r·(in + out) parameters per adapted
 *   Linear; PEFT keeps adapters in fp32 (autocast_adapter_dtype), so each costs 4 + 4 + states at 4 bytes.
 *   QLoRA is the same with the base stored in 4 bits (NF4).
 * - Sharding over N data-parallel GPUs (ZeRO §5; FSDP's FULL_SHARD ≈ ZeRO-3, SHARD_GRAD_OP ≈ ZeRO-2):
 *   ZeRO-1 divides the optimizer state (and master copy) by N, ZeRO-2 also the gradients, ZeRO-3 also the
 *   weights, which are gathered one layer at a time (that layer counted in 16 bits). Everything else is
 *   replicated: each GPU holds its own copy, so memory is stated per GPU and never summed across GPUs.
 */
import type { LinearModule } from '../estimator/types';
import { parametersPerLayer, type PlannerModel } from './model';

export type TrainingMethod = 'full' | 'lora' | 'qlora';
export type Optimizer = 'adamw' | 'adamw-8bit' | 'lion' | 'lion-8bit' | 'sgd' | 'sgd-momentum' | 'adafactor';
/** How full fine-tuning keeps the trained weights. */
export type TrainingPrecision = 'mixed' | 'bf16' | 'fp32';
export type Sharding = 'none' | 'zero1' | 'zero2' | 'zero3';

export const OPTIMIZERS: readonly Optimizer[] = ['adamw', 'adamw-8bit', 'lion', 'lion-8bit', 'sgd', 'sgd-momentum', 'adafactor'];

/** Optimizer state bytes per trained parameter when each state element is `width` bytes wide. */
export function optimizerStateBytes(optimizer: Optimizer, width: number): number {
  switch (optimizer) {
    case 'adamw':
      return 2 * width;
    case 'adamw-8bit':
      return 2;
    case 'lion':
    case 'sgd-momentum':
      return width;
    case 'lion-8bit':
      return 1;
    case 'sgd':
    case 'adafactor':
      return 0;
  }
}

export interface LoraTrainable {
  parameters: number;
  /** Module names (as the model names them) the targets matched. */
  matched: string[];
  /** Targets that matched no Linear of this model. */
  unmatched: string[];
}

/**
 * LoRA's trainable parameters: r·(inputs + outputs) for every instance of each targeted Linear (bias "none",
 * PEFT's default). `all-linear` is every Linear but the output head, as PEFT defines it. A target written as
 * a dotted path matches by its last part; a regular-expression string is not evaluated: the module names it
 * mentions are taken (approximate, and said so by the caller).
 */
export function loraTrainable(modules: readonly LinearModule[], rank: number, targets: readonly string[] | 'all-linear'): LoraTrainable {
  let chosen: LinearModule[];
  const unmatched: string[] = [];
  if (targets === 'all-linear') {
    chosen = modules.filter((m) => m.name !== 'lm_head');
  } else {
    const names = new Set<string>();
    for (const target of targets) {
      const last = target.slice(target.lastIndexOf('.') + 1);
      const exact = modules.filter((m) => m.name === last);
      const mentioned = exact.length > 0 ? exact : modules.filter((m) => new RegExp(`(^|[^A-Za-z0-9_])${m.name}($|[^A-Za-z0-9_])`).test(target));
      if (mentioned.length === 0) unmatched.push(target);
      mentioned.forEach((m) => names.add(m.name));
    }
    chosen = modules.filter((m) => names.has(m.name));
  }
  const parameters = chosen.reduce((total, m) => total + m.count * rank * (m.inputs + m.outputs), 0);
  return { parameters, matched: chosen.map((m) => m.name), unmatched };
}

export interface ModelStateInputs {
  method: TrainingMethod;
  /** Bytes of the (frozen or trained) base weights, in their storage format, unsharded. */
  baseWeightBytes: number;
  /** Full fine-tuning only. */
  precision: TrainingPrecision;
  optimizer: Optimizer;
  /** LoRA/QLoRA: trainable adapter parameters. */
  adapterParameters: number;
  gpus: number;
  sharding: Sharding;
  offloadOptimizer: boolean;
  offloadParameters: boolean;
}

export interface ModelStates {
  /** Base (or trained) weights on this GPU, including a gathered layer under ZeRO-3. */
  weights: number;
  /** The part of `weights` that is one layer gathered in full by ZeRO-3 (0 otherwise). */
  gatheredLayer: number;
  /** LoRA adapter weights. */
  adapters: number;
  gradients: number;
  /** Optimizer states, with the fp32 master copy of mixed precision. */
  optimizer: number;
  /** Trained parameters (all of them for full fine-tuning). */
  trainedParameters: number;
}

/** Per-GPU bytes of weights, gradients and optimizer state. */
export function modelStates(model: PlannerModel, input: ModelStateInputs): ModelStates {
  const n = Math.max(1, input.gpus);
  const shardOptimizer = input.sharding !== 'none' ? n : 1;
  const shardGradients = input.sharding === 'zero2' || input.sharding === 'zero3' ? n : 1;
  const shardWeights = input.sharding === 'zero3' ? n : 1;
  const optimizerOnGpu = input.offloadOptimizer ? 0 : 1;
  const weightsOnGpu = input.offloadParameters && input.sharding === 'zero3' ? 0 : 1;

  if (input.method === 'full') {
    const P = model.totalParameters;
    const width = input.precision === 'fp32' ? 4 : 2;
    const stateWidth = input.precision === 'bf16' ? 2 : 4;
    const master = input.precision === 'mixed' ? 4 : 0;
    // ZeRO-3 gathers one layer's full 16-bit (or fp32) weights at a time to compute it.
    const gathered = input.sharding === 'zero3' && n > 1 ? width * parametersPerLayer(model) : 0;
    return {
      weights: (weightsOnGpu * input.baseWeightBytes) / shardWeights + gathered,
      gatheredLayer: gathered,
      adapters: 0,
      gradients: (width * P) / shardGradients,
      optimizer: (optimizerOnGpu * (master + optimizerStateBytes(input.optimizer, stateWidth)) * P) / shardOptimizer,
      trainedParameters: P,
    };
  }
  const A = input.adapterParameters;
  const gathered = input.sharding === 'zero3' && n > 1 ? (input.baseWeightBytes / model.totalParameters) * parametersPerLayer(model) : 0;
  return {
    weights: (weightsOnGpu * input.baseWeightBytes) / shardWeights + gathered,
    gatheredLayer: gathered,
    adapters: (4 * A) / shardWeights,
    gradients: (4 * A) / shardGradients,
    optimizer: (optimizerOnGpu * optimizerStateBytes(input.optimizer, 4) * A) / shardOptimizer,
    trainedParameters: A,
  };
}
