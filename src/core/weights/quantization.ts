/**
 * Real parameters of quantized checkpoints. Quantizers store a Linear's weight packed into fewer,
 * wider elements plus tensors of quantization state (scales, zero points, group indices), so the
 * elements on disk are not the model's parameters. Each tensor gets a role and its real parameter count:
 *
 * - GPTQ (AutoGPTQ `QuantLinear`): `qweight` int32 [in·bits/32, out] — packed along the input dim;
 *   `qzeros` int32 [groups, out·bits/32], `scales` fp16 [groups, out], `g_idx` int32 [in].
 * - AWQ (AutoAWQ `WQLinear_GEMM`): `qweight` int32 [in, out·bits/32] — packed along the output dim;
 *   `qzeros` [groups, out·bits/32], `scales` [groups, out].
 * - bitsandbytes 4-bit (`Params4bit`): `weight` uint8 holding two 4-bit values per byte, with
 *   `weight.absmax`, `weight.quant_map`, `weight.nested_*` and `weight.quant_state.bitsandbytes__nf4|fp4`.
 * - bitsandbytes 8-bit (`Int8Params`, LLM.int8()): `weight` int8 of the full shape, `SCB` (row scales)
 *   and `weight_format`.
 * - compressed-tensors (`pack-quantized`): `weight_packed` int32 [out, in·bits/32] (uint8 with two
 *   values per byte for the nvfp4 format), `weight_shape`, `weight_scale`, `weight_zero_point`,
 *   `weight_g_idx`, `weight_global_scale`; `int-quantized` / `float-quantized` keep `weight` whole.
 * - FP8 block quantization (DeepSeek-V3): `weight` F8_E4M3 whole, `weight_scale_inv` per 128×128 block.
 * Sources: github.com/AutoGPTQ/AutoGPTQ (nn_modules/qlinear), github.com/casper-hansen/AutoAWQ
 * (awq/modules/linear/gemm.py), github.com/bitsandbytes-foundation/bitsandbytes (nn/modules.py,
 * functional.py `QuantState.as_dict`), github.com/neuralmagic/compressed-tensors (compressors/quantized_compressors).
 */
import type { Bilingual, TensorInfo } from './types';

export type TensorRole = 'parameter' | 'packed' | 'quantization-state';
export type QuantScheme = 'gptq' | 'awq' | 'bnb-4bit' | 'bnb-8bit' | 'compressed-tensors' | 'fp8';

export interface ClassifiedTensor extends TensorInfo {
  role: TensorRole;
  /** Real parameters: elements for a plain tensor, unpacked weights for a packed one, 0 for state. */
  parameters: number;
}

/** What `quantization_config` in config.json says (whatever the quantizer spelled it). */
export interface QuantizationSettings {
  method?: string;
  bits?: number;
  groupSize?: number;
  format?: string;
}

export interface Classification {
  tensors: ClassifiedTensor[];
  schemes: QuantScheme[];
  notes: Bilingual[];
}

const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : undefined);

/** Reads `quantization_config` from a parsed config.json (AutoAWQ's `w_bit`/`q_group_size` too). */
export function quantizationSettings(config: unknown): QuantizationSettings | undefined {
  const root = typeof config === 'object' && config !== null ? (config as Record<string, unknown>) : {};
  const q = root.quantization_config;
  if (typeof q !== 'object' || q === null) return undefined;
  const r = q as Record<string, unknown>;
  const settings: QuantizationSettings = {
    method: typeof r.quant_method === 'string' ? r.quant_method.toLowerCase() : undefined,
    bits: num(r.bits) ?? num(r.w_bit),
    groupSize: num(r.group_size) ?? num(r.q_group_size),
    format: typeof r.format === 'string' ? r.format : undefined,
  };
  if (r.load_in_4bit === true) settings.bits = 4;
  if (r.load_in_8bit === true) settings.bits = 8;
  // compressed-tensors: bits and group size per config group; the first group's weights stand for all.
  const groups = r.config_groups;
  if (typeof groups === 'object' && groups !== null) {
    const first = Object.values(groups as Record<string, unknown>)[0] as Record<string, unknown> | undefined;
    const weights = first?.weights as Record<string, unknown> | undefined;
    settings.bits ??= num(weights?.num_bits);
    settings.groupSize ??= num(weights?.group_size);
  }
  return settings;
}

const BNB4_STATE = /\.weight\.(absmax|quant_map|nested_absmax|nested_quant_map|quant_state\.bitsandbytes__(nf4|fp4))$/;
const GPTQ_STATE = new Set(['qzeros', 'scales', 'g_idx']);
const COMPRESSED_STATE = new Set(['weight_shape', 'weight_scale', 'weight_zero_point', 'weight_g_idx', 'weight_global_scale', 'input_scale', 'input_global_scale', 'input_zero_point', 'weight_scale_2', 'output_scale', 'k_scale', 'v_scale']);

function split(name: string): [string, string] {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? ['', name] : [name.slice(0, dot), name.slice(dot + 1)];
}

const STORAGE_BITS: Record<string, number> = { I32: 32, U32: 32, I16: 16, U16: 16, I8: 8, U8: 8 };

/**
 * Gives every tensor its role and real parameter count. Packing orientation and bits come from the
 * shapes themselves where they can (GPTQ's `qweight` and `scales` share the output width, AWQ's do not;
 * `g_idx` has one entry per input), else from `quantization_config`.
 */
export function classifyTensors(tensors: readonly TensorInfo[], settings?: QuantizationSettings): Classification {
  const byName = new Map(tensors.map((t) => [t.name, t]));
  const schemes = new Set<QuantScheme>();
  const notes: Bilingual[] = [];
  let guessedBits = false;
  const sibling = (module: string, leaf: string) => byName.get(module ? `${module}.${leaf}` : leaf);
  const classified = tensors.map((t): ClassifiedTensor => {
    const [module, leaf] = split(t.name);
    const as = (role: TensorRole, parameters: number): ClassifiedTensor => ({ ...t, role, parameters });
    if (BNB4_STATE.test(t.name)) {
      schemes.add('bnb-4bit');
      return as('quantization-state', 0);
    }
    if (leaf === 'weight' && t.dtype === 'U8' && (byName.has(`${t.name}.quant_state.bitsandbytes__nf4`) || byName.has(`${t.name}.quant_state.bitsandbytes__fp4`))) {
      schemes.add('bnb-4bit');
      // Two 4-bit values per byte; an odd count pads one nibble (bitsandbytes packs (n+1)//2 bytes).
      return as('packed', t.elements * 2);
    }
    if ((leaf === 'SCB' || leaf === 'weight_format') && sibling(module, 'weight')?.dtype === 'I8') {
      schemes.add('bnb-8bit');
      return as('quantization-state', 0);
    }
    if (leaf === 'qweight') return as('packed', gptqAwqParameters(t, module));
    if (GPTQ_STATE.has(leaf) && sibling(module, 'qweight')) return as('quantization-state', 0);
    if (leaf === 'weight_packed') {
      schemes.add('compressed-tensors');
      const storage = STORAGE_BITS[t.dtype] ?? 8;
      const bits = storage === 8 ? 4 : settings?.bits ?? 4;
      if (storage !== 8 && settings?.bits === undefined) guessedBits = true;
      return as('packed', (t.elements * storage) / bits);
    }
    if (leaf === 'weight_scale_inv' && sibling(module, 'weight')) {
      schemes.add('fp8');
      return as('quantization-state', 0);
    }
    if (COMPRESSED_STATE.has(leaf) && (sibling(module, 'weight_packed') || sibling(module, 'weight') || settings?.method)) {
      if (sibling(module, 'weight')?.dtype.startsWith('F8')) schemes.add('fp8');
      else schemes.add('compressed-tensors');
      return as('quantization-state', 0);
    }
    return as('parameter', t.elements);
  });
  if (guessedBits) notes.push({ en: 'The packed weights\' bit width is not in quantization_config; 4 bits was assumed.', ko: 'quantization_config에 패킹된 가중치의 비트 수가 없어 4비트로 가정했습니다.' });
  if (schemes.has('bnb-4bit')) notes.push({ en: 'bitsandbytes 4-bit weights are counted as two per stored byte: exact for even element counts (every weight matrix); the original shapes sit in quant_state data, which is not read.', ko: 'bitsandbytes 4비트 가중치는 저장된 1바이트당 2개로 셉니다. 원소 수가 짝수이면(모든 가중치 행렬) 정확합니다. 원래 shape은 quant_state 데이터 안에 있어 읽지 않습니다.' });
  return { tensors: classified, schemes: [...schemes], notes };

  function gptqAwqParameters(qweight: TensorInfo, module: string): number {
    const [rows, cols] = qweight.shape.length === 2 ? qweight.shape : [qweight.elements, 1];
    const scales = sibling(module, 'scales');
    const gIdx = sibling(module, 'g_idx');
    const configured = settings?.method === 'awq' ? 'awq' : settings?.method === 'gptq' ? 'gptq' : undefined;
    // GPTQ keeps the output width in both qweight and scales; AWQ packs it in qweight only.
    const scheme = scales?.shape.length === 2 ? (scales.shape[1] === cols ? 'gptq' : 'awq') : configured ?? (gIdx ? 'gptq' : 'awq');
    schemes.add(scheme);
    let bits = settings?.bits;
    if (bits === undefined) {
      if (scheme === 'gptq' && gIdx) bits = (32 * rows) / gIdx.elements;
      else if (scheme === 'awq' && scales?.shape.length === 2) bits = (32 * cols) / scales.shape[1];
    }
    if (bits === undefined || !Number.isFinite(bits) || bits <= 0) {
      bits = 4;
      guessedBits = true;
    }
    return (qweight.elements * 32) / bits;
  }
}
