import * as z from 'zod/mini';
import { ReadyMessage } from './common';

/**
 * The tensors page (the read-only custom editor of .safetensors and .gguf files). The host reads the
 * headers, counts and localises; the page builds the tree, searches and renders.
 */
export { TENSORS_VIEW_TYPE } from './viewTypes';

/** The page shows at most this many tensors (DeepSeek-V3 has ≈ 91k); totals always cover all. */
export const MAX_TENSOR_ROWS = 150_000;

const Text = z.string().check(z.maxLength(4000));
const Key = z.string().check(z.regex(/^[A-Za-z0-9_.-]{1,100}$/));
const Count = z.number().check(z.nonnegative());

// Webview → host.

export const TensorsInbound = z.discriminatedUnion('type', [ReadyMessage]);
export type TensorsInbound = z.infer<typeof TensorsInbound>;

// Host → webview.

export const TensorsStrings = z.object({
  loading: Text,
  search: Text,
  searchPlaceholder: Text,
  totals: Text,
  dtypes: Text,
  metadata: Text,
  tensors: Text,
  notes: Text,
  name: Text,
  shape: Text,
  dtype: Text,
  parameters: Text,
  bytes: Text,
  bitsPerWeight: Text,
  /** "{0} of {1} tensors match". */
  matches: Text,
  noMatches: Text,
  /** "{0} tensors". */
  tensorCount: Text,
  packed: Text,
  state: Text,
  shard: Text,
  /** "Showing the first {0} tensors; the totals cover all {1}." */
  truncated: Text,
});
export type TensorsStrings = z.infer<typeof TensorsStrings>;

export const LabelledValue = z.object({ key: Key, label: Text, value: Text });
export type LabelledValue = z.infer<typeof LabelledValue>;

export const DtypeRowView = z.object({ dtype: Text, tensors: Count, parameters: Count, bytes: Count, bitsPerWeight: Text });
export type DtypeRowView = z.infer<typeof DtypeRowView>;

export const TensorRowView = z.object({
  name: z.string().check(z.maxLength(1024)),
  dtype: z.string().check(z.maxLength(32)),
  shape: z.array(Count).check(z.maxLength(16)),
  parameters: Count,
  bytes: Count,
  role: z.enum(['parameter', 'packed', 'quantization-state']),
  shard: z.optional(z.string().check(z.maxLength(300))),
});
export type TensorRowView = z.infer<typeof TensorRowView>;

export const TensorsView = z.object({
  title: Text,
  subtitle: Text,
  headline: Text,
  totals: z.array(LabelledValue).check(z.maxLength(30)),
  dtypes: z.array(DtypeRowView).check(z.maxLength(64)),
  metadata: z.array(LabelledValue).check(z.maxLength(60)),
  notes: z.array(Text).check(z.maxLength(60)),
  tensors: z.array(TensorRowView).check(z.maxLength(MAX_TENSOR_ROWS)),
  /** Tensors in the checkpoint (more than `tensors` when the list was cut). */
  tensorTotal: Count,
});
export type TensorsView = z.infer<typeof TensorsView>;

const Failure = z.object({ kind: z.literal('error'), title: Text, message: Text });
const Weights = z.object({ kind: z.literal('weights'), view: TensorsView });
export const TensorsContent = z.discriminatedUnion('kind', [Failure, Weights]);
export type TensorsContent = z.infer<typeof TensorsContent>;

export const TensorsInit = z.object({ type: z.literal('init'), language: z.enum(['en', 'ko']), strings: TensorsStrings, content: TensorsContent });
export type TensorsInit = z.infer<typeof TensorsInit>;

export const TensorsOutbound = z.discriminatedUnion('type', [TensorsInit]);
export type TensorsOutbound = z.infer<typeof TensorsOutbound>;
