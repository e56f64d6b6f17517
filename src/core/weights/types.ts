/**
 * Types of the weights reader: what a safetensors or GGUF header says about each tensor, and the
 * refusals a bad file gets. Pure data, shared by the host, the tensors page and the tests.
 */
import type { Bilingual } from '../estimator/types';

export type { Bilingual };

export type WeightsFormat = 'safetensors' | 'gguf';

/** One tensor as its file's header describes it. */
export interface TensorInfo {
  name: string;
  /** The storage type as the file names it: `BF16`, `I32` (safetensors), `Q4_K`, `F32` (GGUF). */
  dtype: string;
  /** Dimensions as stored: row-major for safetensors, ggml order (fastest dimension first) for GGUF. */
  shape: number[];
  /** Elements stored (the product of the shape). */
  elements: number;
  /** Bytes the tensor occupies in its file. */
  bytes: number;
  /** Start of its data, from the start of the file's data section. */
  offset: number;
  /** The shard file holding it, for sharded checkpoints. */
  shard?: string;
}

export type WeightsErrorCode =
  | 'truncated'
  | 'bad-magic'
  | 'unsupported-version'
  | 'header-too-large'
  | 'invalid-header'
  | 'bad-tensor'
  | 'unreadable';

/** A file the reader refuses, with a message in both languages. */
export interface WeightsError {
  code: WeightsErrorCode;
  message: Bilingual;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: WeightsError };

export function failure(code: WeightsErrorCode, en: string, ko: string): { ok: false; error: WeightsError } {
  return { ok: false, error: { code, message: { en, ko } } };
}
