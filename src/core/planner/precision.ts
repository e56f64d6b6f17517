/**
 * Weight formats and what they cost per weight, metadata included.
 * - Floats: 32, 16 or 8 bits, every parameter (fp8 as vLLM applies it: the Linear layers only).
 * - bitsandbytes (QLoRA §2–3): 4-bit NF4/FP4 with one fp32 absmax per block of 64 weights, 4 + 32/64 =
 *   4.5 bits; double quantization stores those constants in 8 bits with an fp32 constant per 256 of them,
 *   4 + 8/64 + 32/(64·256) = 4.127 bits. LLM.int8(): 8 bits (its per-row fp32 scale adds 32/inputs bits,
 *   left out as negligible).
 * - GPTQ and AWQ checkpoints: b-bit weights plus, per group of g weights, one fp16 scale and one packed b-bit
 *   zero point: b + (16 + b)/g bits (4.156 for 4 bits, group 128).
 * - GGUF tensor types: exactly 8·bytes per block / weights per block (llama.cpp's GGML_QUANT_SIZES);
 *   GGUF file types (Q4_K_M …) mix tensor types, so they use the bits per weight llama.cpp measured on
 *   Llama-3.1-8B, labelled as measured.
 * Quantizers convert the Linear layers of the blocks; embeddings, norms and the output head stay in 16 bits.
 * (The same formulas in words, for the Planner page, are in notes.ts.)
 */
import { ggmlTypeByName } from '../weights/ggmlTypes';
import { quantizableParameters, type PlannerModel } from './model';
import type { PlannerSourceKey } from './sources';

/** Ids the page and the settings use: fp32, bf16, fp16, fp8, int8, nf4, nf4-dq, fp4, fp4-dq, gptq-4-g128, awq-4-g128, gguf-Q4_K_M. */
export type WeightFormatId = string;

export type WeightFormat =
  | { kind: 'float'; bits: 32 | 16; name: 'fp32' | 'bf16' | 'fp16' }
  | { kind: 'fp8' }
  | { kind: 'int8' }
  | { kind: 'bnb4'; type: 'nf4' | 'fp4'; doubleQuant: boolean }
  | { kind: 'grouped'; method: 'gptq' | 'awq'; bits: number; groupSize: number | 'channel' }
  | { kind: 'gguf'; type: string };

/** Bits per weight llama.cpp measured per file type on meta-llama/Llama-3.1-8B (tools/quantize/README.md). */
export const GGUF_FILE_TYPE_BITS: Readonly<Record<string, number>> = {
  IQ1_S: 2.0042,
  IQ1_M: 2.146,
  IQ2_XXS: 2.3824,
  IQ2_XS: 2.5882,
  IQ2_S: 2.7403,
  IQ2_M: 2.9294,
  IQ3_XXS: 3.2548,
  IQ3_XS: 3.4977,
  IQ3_S: 3.6606,
  IQ3_M: 3.7628,
  IQ4_XS: 4.4597,
  IQ4_NL: 4.6818,
  Q2_K_S: 2.9697,
  Q2_K: 3.1593,
  Q3_K_S: 3.6429,
  Q3_K_L: 4.2979,
  Q4_K_S: 4.6672,
  Q4_K_M: 4.8944,
  Q5_K_S: 5.5704,
  Q5_K_M: 5.7036,
  Q6_K: 6.5633,
  Q8_0: 8.5008,
};

const FORMAT_ID = /^(fp32|bf16|fp16|fp8|int8|nf4|nf4-dq|fp4|fp4-dq|(gptq|awq)-([2348])-g(32|64|128|256|channel)|gguf-([A-Z0-9_]{2,12}))$/;

export const WEIGHT_FORMAT_ID_PATTERN = FORMAT_ID;

export function parseWeightFormat(id: string): WeightFormat | undefined {
  const match = FORMAT_ID.exec(id);
  if (match === null) return undefined;
  switch (match[1]) {
    case 'fp32':
      return { kind: 'float', bits: 32, name: 'fp32' };
    case 'bf16':
    case 'fp16':
      return { kind: 'float', bits: 16, name: match[1] };
    case 'fp8':
      return { kind: 'fp8' };
    case 'int8':
      return { kind: 'int8' };
    case 'nf4':
    case 'fp4':
    case 'nf4-dq':
    case 'fp4-dq':
      return { kind: 'bnb4', type: match[1].startsWith('nf4') ? 'nf4' : 'fp4', doubleQuant: match[1].endsWith('-dq') };
  }
  if (match[2] !== undefined) {
    const groupSize = match[4] === 'channel' ? 'channel' : Number(match[4]);
    return { kind: 'grouped', method: match[2] as 'gptq' | 'awq', bits: Number(match[3]), groupSize };
  }
  const type = match[5];
  if (type !== undefined && (GGUF_FILE_TYPE_BITS[type] !== undefined || ggmlTypeByName(type) !== undefined)) return { kind: 'gguf', type };
  return undefined;
}

export function weightFormatId(format: WeightFormat): WeightFormatId {
  switch (format.kind) {
    case 'float':
      return format.name;
    case 'fp8':
      return 'fp8';
    case 'int8':
      return 'int8';
    case 'bnb4':
      return `${format.type}${format.doubleQuant ? '-dq' : ''}`;
    case 'grouped':
      return `${format.method}-${format.bits}-g${format.groupSize}`;
    case 'gguf':
      return `gguf-${format.type}`;
  }
}

/** Bytes per parameter kept beside quantized Linear layers (embeddings, norms, head): 16-bit compute dtype. */
const COMPANION_BYTES = 2;

export interface FormatCost {
  /** Bits per converted weight, metadata included. */
  bits: number;
  /** Whether only the block Linear layers are converted (the rest stays in 16 bits). */
  linearOnly: boolean;
  /** A figure measured on one model, not an exact layout. */
  measured: boolean;
  source: PlannerSourceKey;
}

export function formatCost(format: WeightFormat, hidden: number): FormatCost {
  switch (format.kind) {
    case 'float':
      return { bits: format.bits, linearOnly: false, measured: false, source: 'zero2020' };
    case 'fp8':
      return { bits: 8, linearOnly: true, measured: false, source: 'vllmDocs' };
    case 'int8':
      return { bits: 8, linearOnly: true, measured: false, source: 'qlora2023' };
    case 'bnb4':
      return { bits: format.doubleQuant ? 4 + 8 / 64 + 32 / (64 * 256) : 4 + 32 / 64, linearOnly: true, measured: false, source: 'qlora2023' };
    case 'grouped': {
      const group = format.groupSize === 'channel' ? hidden : format.groupSize;
      return { bits: format.bits + (16 + format.bits) / group, linearOnly: true, measured: false, source: format.method === 'gptq' ? 'gptq2022' : 'awq2023' };
    }
    case 'gguf': {
      const measured = GGUF_FILE_TYPE_BITS[format.type];
      if (measured !== undefined) return { bits: measured, linearOnly: false, measured: true, source: 'llamaCppQuantize' };
      return { bits: ggmlTypeByName(format.type)!.bitsPerWeight, linearOnly: false, measured: false, source: 'ggmlTypes' };
    }
  }
}

export interface WeightMemory {
  format: WeightFormat;
  bytes: number;
  /** Parameters stored in the chosen format. */
  converted: number;
  /** Parameters kept in 16 bits beside them. */
  companion: number;
  /** False when the Linear layers had to be approximated (the family lists no modules). */
  exact: boolean;
  cost: FormatCost;
}

/** Bytes of all weights (every expert) in `format`. */
export function weightMemory(model: PlannerModel, format: WeightFormat): WeightMemory {
  const cost = formatCost(format, model.hidden);
  if (!cost.linearOnly) {
    return { format, bytes: (model.totalParameters * cost.bits) / 8, converted: model.totalParameters, companion: 0, exact: true, cost };
  }
  const linear = quantizableParameters(model);
  const companion = model.totalParameters - linear.parameters;
  return { format, bytes: (linear.parameters * cost.bits) / 8 + companion * COMPANION_BYTES, converted: linear.parameters, companion, exact: linear.exact, cost };
}
