/**
 * A plan: per-GPU memory of a training or serving run, what fits on the chosen accelerator, and the compute
 * and time it implies, with the assumptions that produced each figure. Pure and synchronous, cheap enough to
 * recompute on every slider move.
 */
import type { Bilingual, KvCacheGroup } from '../estimator/types';
import { acceleratorById, capacityBytes, DEFAULT_ACCELERATOR_ID, GIB, type Accelerator } from './accelerators';
import { activationMemory, type ActivationMemory } from './activations';
import { decodeTokensPerSecondBound, forwardFlopsPerToken, trainingFlopsPerToken, trainingSeconds } from './compute';
import { kvBytesPerSequence, kvBytesPerToken, largestBatch, longestContext } from './kvCache';
import type { PlannerModel } from './model';
import { parseWeightFormat, weightMemory, type WeightFormat, type WeightMemory } from './precision';
import type { PlanMode, PlanSettings } from './settings';
import { loraTrainable, modelStates, type LoraTrainable, type ModelStates } from './training';

export type MemoryKey = 'weights' | 'adapters' | 'gradients' | 'optimizer' | 'activations' | 'kvCache' | 'overhead';

export interface MemoryPart {
  key: MemoryKey;
  bytes: number;
}

export interface TrainingFits {
  /** Largest per-GPU micro-batch that fits (0: not even one sequence). */
  maxBatch: number;
  /** Longest sequence that fits at the chosen batch (0: none). */
  maxContext: number;
  /** Fewest data-parallel GPUs that fit with ZeRO-3 sharding, when some count up to the limit does. */
  minGpusZero3?: number;
}

export interface InferenceFits {
  /** Longest context at the chosen batch; Infinity when the cache stops growing; 0 when nothing fits. */
  maxContext: number;
  /** Most sequences of the chosen context. */
  maxBatch: number;
  /** Memory left for the KV cache on each GPU after weights and overhead. */
  cacheBudgetBytes: number;
}

export interface Plan {
  mode: PlanMode;
  accelerator: Accelerator;
  parts: MemoryPart[];
  totalBytes: number;
  /** The accelerator's memory, times vLLM's utilization share when one is set. */
  budgetBytes: number;
  fits: boolean;
  weights: WeightMemory;
  training?: {
    states: ModelStates;
    activations: ActivationMemory;
    /** Undefined when the model's Linear modules are not known (LoRA cannot be counted). */
    lora?: LoraTrainable;
    fits: TrainingFits;
  };
  inference?: {
    kvBytesPerToken: number;
    kvBytesPerSequence: number;
    fits: InferenceFits;
  };
  compute: {
    forwardFlopsPerToken: number;
    trainingFlopsPerToken?: number;
    trainingFlops?: number;
    /** Null when the accelerator has no published BF16 peak. */
    trainingSeconds?: number | null;
    decodeTokensPerSecond?: number;
  };
  warnings: Bilingual[];
}

const LORA_UNKNOWN: Bilingual = {
  en: "This model type does not list its Linear modules yet, so LoRA's trainable parameters cannot be counted exactly; they are left out rather than guessed.",
  ko: '이 모델 유형은 아직 Linear 모듈 목록을 제공하지 않아 LoRA 학습 파라미터를 정확히 셀 수 없습니다. 추측하지 않고 계산에서 뺐습니다.',
};

function sum(parts: readonly MemoryPart[]): number {
  return parts.reduce((total, p) => total + p.bytes, 0);
}

function fullFineTuningFormat(settings: PlanSettings): WeightFormat {
  return settings.precision === 'fp32' ? { kind: 'float', bits: 32, name: 'fp32' } : { kind: 'float', bits: 16, name: 'bf16' };
}

export function planFor(model: PlannerModel, settings: PlanSettings): Plan {
  const accelerator = acceleratorById(settings.gpu) ?? acceleratorById(DEFAULT_ACCELERATOR_ID)!;
  return settings.mode === 'training' ? trainingPlan(model, settings, accelerator) : inferencePlan(model, settings, accelerator);
}

function trainingPlan(model: PlannerModel, s: PlanSettings, accelerator: Accelerator): Plan {
  const warnings: Bilingual[] = [];
  const format = s.method === 'full' ? fullFineTuningFormat(s) : (parseWeightFormat(s.weights) ?? { kind: 'float', bits: 16, name: 'bf16' });
  const weights = weightMemory(model, format);
  let lora: LoraTrainable | undefined;
  if (s.method !== 'full') {
    if (model.linearModules === undefined) warnings.push(LORA_UNKNOWN);
    else lora = loraTrainable(model.linearModules, s.loraRank, s.loraTargets);
    for (const target of lora?.unmatched ?? []) {
      warnings.push({ en: `target_modules entry "${target}" matches no Linear module of this model.`, ko: `target_modules 항목 "${target}"에 맞는 Linear 모듈이 이 모델에 없습니다.` });
    }
  }
  const states = (gpus: number, sharding = s.sharding) =>
    modelStates(model, {
      method: s.method,
      baseWeightBytes: weights.bytes,
      precision: s.precision,
      optimizer: s.optimizer,
      adapterParameters: lora?.parameters ?? 0,
      gpus,
      sharding,
      offloadOptimizer: s.offloadOptimizer,
      offloadParameters: s.offloadParameters,
    });
  const activationsAt = (batch: number, sequence: number) => activationMemory(model, { batch, sequence, recompute: s.recompute, fusedAttention: s.fusedAttention });
  const current = states(s.gpus);
  const activations = activationsAt(s.batch, s.context);
  const overhead = s.overheadGiB * GIB;
  const fixed = (st: ModelStates) => st.weights + st.adapters + st.gradients + st.optimizer + overhead;
  const parts: MemoryPart[] = [
    { key: 'weights', bytes: current.weights },
    ...(s.method === 'full' ? [] : [{ key: 'adapters' as const, bytes: current.adapters }]),
    { key: 'gradients', bytes: current.gradients },
    { key: 'optimizer', bytes: current.optimizer },
    { key: 'activations', bytes: activations.total },
    { key: 'overhead', bytes: overhead },
  ];
  const totalBytes = sum(parts);
  const budgetBytes = capacityBytes(accelerator);

  const free = budgetBytes - fixed(current);
  const perSequence = activationsAt(1, s.context).total;
  const maxBatch = free > 0 ? Math.floor(free / perSequence) : 0;
  const maxContext = largestFitting(s.context, (context) => activationsAt(s.batch, context).total <= free);
  let minGpusZero3: number | undefined;
  for (let n = 1; n <= 4096; n *= 2) {
    if (fixed(states(n, 'zero3')) + activations.total <= budgetBytes) {
      // Refine between n/2 and n.
      let lo = Math.max(1, n / 2);
      let hi = n;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (fixed(states(mid, 'zero3')) + activations.total <= budgetBytes) hi = mid;
        else lo = mid;
      }
      minGpusZero3 = fixed(states(lo, 'zero3')) + activations.total <= budgetBytes ? lo : hi;
      break;
    }
  }

  const perToken = trainingFlopsPerToken(model, s.context, s.method);
  const trainingFlops = perToken * s.tokens;
  const peak = accelerator.bf16DenseTflops;
  return {
    mode: 'training',
    accelerator,
    parts,
    totalBytes,
    budgetBytes,
    fits: totalBytes <= budgetBytes,
    weights,
    training: { states: current, activations, ...(lora ? { lora } : {}), fits: { maxBatch, maxContext, ...(minGpusZero3 !== undefined ? { minGpusZero3 } : {}) } },
    compute: {
      forwardFlopsPerToken: forwardFlopsPerToken(model, s.context),
      trainingFlopsPerToken: perToken,
      trainingFlops,
      trainingSeconds: peak === null ? null : trainingSeconds(trainingFlops, s.gpus, peak, s.mfu),
    },
    warnings,
  };
}

/** The largest value ≥ 1 (searched up to 2^24) for which `fits` holds, or 0. `fits` must be monotone. */
function largestFitting(hint: number, fits: (value: number) => boolean): number {
  if (!fits(1)) return 0;
  let lo = 1;
  let hi = Math.max(2, hint);
  while (fits(hi) && hi < 2 ** 24) {
    lo = hi;
    hi *= 2;
  }
  if (fits(hi)) return hi;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

/**
 * The cache layout one of `gpus` tensor-parallel GPUs holds: K/V heads are split across GPUs (each keeps at
 * least one, as vLLM replicates heads when there are more GPUs than heads); an MLA latent is shared by all
 * heads, so every GPU keeps all of it.
 */
export function kvGroupsPerGpu(groups: readonly KvCacheGroup[], kvHeads: number, gpus: number): KvCacheGroup[] {
  const share = Math.max(1, Math.floor(kvHeads / gpus)) / Math.max(1, kvHeads);
  return groups.map((g) => (g.kind === 'full' || g.kind === 'sliding' ? { ...g, valuesPerToken: g.valuesPerToken * share } : { ...g }));
}

function inferencePlan(model: PlannerModel, s: PlanSettings, accelerator: Accelerator): Plan {
  const warnings: Bilingual[] = [];
  const format = parseWeightFormat(s.weights) ?? { kind: 'float', bits: 16, name: 'bf16' };
  const weights = weightMemory(model, format);
  const tp = Math.max(1, s.gpus);
  const groups = kvGroupsPerGpu(model.kvCache ?? [], model.kvHeads, tp);
  if (model.kvCache === undefined) {
    warnings.push({ en: 'This is an encoder-only model: it does not generate, so there is no KV cache.', ko: '인코더 전용 모델이라 생성을 하지 않으므로 KV 캐시가 없습니다.' });
  }
  const weightsPerGpu = weights.bytes / tp;
  const overhead = s.overheadGiB * GIB;
  const perSequence = kvBytesPerSequence(groups, s.context, s.kvDtype);
  const parts: MemoryPart[] = [
    { key: 'weights', bytes: weightsPerGpu },
    { key: 'kvCache', bytes: s.batch * perSequence },
    { key: 'overhead', bytes: overhead },
  ];
  const totalBytes = sum(parts);
  const budgetBytes = capacityBytes(accelerator) * (s.memoryUtilization ?? 1);
  const cacheBudgetBytes = Math.max(0, budgetBytes - weightsPerGpu - overhead);
  const maxContext = longestContext(groups, s.kvDtype, s.batch, cacheBudgetBytes) ?? 0;
  const maxBatch = largestBatch(groups, s.kvDtype, s.context, cacheBudgetBytes);
  if (s.memoryUtilization !== null && perSequence > cacheBudgetBytes) {
    warnings.push({
      en: `vLLM would refuse to start: one ${s.context.toLocaleString('en-US')}-token sequence needs more KV cache than the ${(cacheBudgetBytes / GIB).toFixed(1)} GiB left per GPU.`,
      ko: `vLLM이 시작되지 않습니다. ${s.context.toLocaleString('en-US')}토큰 시퀀스 하나에 필요한 KV 캐시가 GPU마다 남는 ${(cacheBudgetBytes / GIB).toFixed(1)} GiB보다 큽니다.`,
    });
  }
  // One sequence: every active weight and its whole cache are read once per generated token.
  const activeWeightBytes = weights.bytes * (model.activeParameters / model.totalParameters);
  const readPerToken = activeWeightBytes + kvBytesPerSequence(model.kvCache ?? [], s.context, s.kvDtype);
  return {
    mode: 'inference',
    accelerator,
    parts,
    totalBytes,
    budgetBytes,
    fits: totalBytes <= budgetBytes,
    weights,
    inference: {
      kvBytesPerToken: kvBytesPerToken(model.kvCache ?? [], s.kvDtype),
      kvBytesPerSequence: kvBytesPerSequence(model.kvCache ?? [], s.context, s.kvDtype),
      fits: { maxContext, maxBatch, cacheBudgetBytes },
    },
    compute: {
      forwardFlopsPerToken: forwardFlopsPerToken(model, s.context),
      decodeTokensPerSecond: decodeTokensPerSecondBound(readPerToken, accelerator.bandwidthGBps, tp),
    },
    warnings,
  };
}
