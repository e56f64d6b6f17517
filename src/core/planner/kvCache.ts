/**
 * The KV cache of a batch of sequences, from the model's cache layout (one entry per group of layers, see
 * `KvCacheGroup`), never from repeated attention heads:
 * - `full` layers keep K and V for every position: layers · values · context;
 * - `sliding` layers keep at most `window` positions (Mistral's rolling buffer; Gemma's local layers);
 * - `latent` layers (MLA) keep one compressed latent plus the decoupled RoPE key per position;
 * - `none` layers keep only their fixed per-sequence state.
 * The per-layer values are 2·kv_heads·head_dim for MHA/GQA/MQA (vLLM paper §3's 2 × hidden × layers × bytes
 * when kv_heads·head_dim = hidden) and kv_lora_rank + qk_rope_head_dim for MLA (DeepSeek-V2 Table 1).
 */
import type { KvCacheGroup } from '../estimator/types';
import { ggmlTypeByName } from '../weights/ggmlTypes';

export type KvDtype = 'fp32' | 'bf16' | 'fp16' | 'fp8' | 'q8_0' | 'q4_0';

export const KV_DTYPES: readonly KvDtype[] = ['fp32', 'bf16', 'fp16', 'fp8', 'q8_0', 'q4_0'];

/** Bytes per cached element: floats by width; llama.cpp's q8_0/q4_0 cache types with their block scales. */
export function kvBytesPerValue(dtype: KvDtype): number {
  switch (dtype) {
    case 'fp32':
      return 4;
    case 'bf16':
    case 'fp16':
      return 2;
    case 'fp8':
      return 1;
    case 'q8_0':
    case 'q4_0': {
      const type = ggmlTypeByName(dtype)!;
      return type.typeSize / type.blockSize;
    }
  }
}

/** Bytes of the cache of one sequence. `stateBytes` is the width of recurrent state (kept in 16 bits). */
export function kvBytesPerSequence(groups: readonly KvCacheGroup[], context: number, dtype: KvDtype): number {
  const perValue = kvBytesPerValue(dtype);
  let bytes = 0;
  for (const group of groups) {
    const tokens = group.kind === 'sliding' ? Math.min(context, group.window ?? context) : group.kind === 'none' ? 0 : context;
    bytes += group.layers * group.valuesPerToken * tokens * perValue;
    bytes += group.layers * (group.stateValues ?? 0) * 2;
  }
  return bytes;
}

/** Bytes one more token adds while no window is full yet (the usual "KV cache per token"). */
export function kvBytesPerToken(groups: readonly KvCacheGroup[], dtype: KvDtype): number {
  return groups.reduce((total, g) => total + (g.kind === 'none' ? 0 : g.layers * g.valuesPerToken), 0) * kvBytesPerValue(dtype);
}

/**
 * The longest context whose cache for `batch` sequences fits in `bytes`; Infinity when the cache stops
 * growing (every layer sliding or stateless) before it runs out, undefined when not even one token fits.
 */
export function longestContext(groups: readonly KvCacheGroup[], dtype: KvDtype, batch: number, bytes: number, limit = 2 ** 31): number | undefined {
  const fits = (context: number) => batch * kvBytesPerSequence(groups, context, dtype) <= bytes;
  if (!fits(1)) return undefined;
  if (fits(limit)) return Infinity;
  let lo = 1;
  let hi = limit;
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

/** How many sequences of `context` tokens fit in `bytes` (Infinity for a model that caches nothing). */
export function largestBatch(groups: readonly KvCacheGroup[], dtype: KvDtype, context: number, bytes: number): number {
  const perSequence = kvBytesPerSequence(groups, context, dtype);
  if (perSequence === 0) return Infinity;
  return Math.max(0, Math.floor(bytes / perSequence));
}
