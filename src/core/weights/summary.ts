/**
 * What a checkpoint holds, from its tensor headers: exact parameters (real ones, packed weights
 * unpacked, quantization state left out), bytes on disk, bytes per dtype, effective bits per weight
 * and the per-layer roll-ups.
 */
import { layerRollups, type LayerRollup } from './layers';
import { classifyTensors, type ClassifiedTensor, type QuantScheme, type QuantizationSettings } from './quantization';
import type { Bilingual, TensorInfo, WeightsFormat } from './types';

export interface DtypeRow {
  dtype: string;
  tensors: number;
  /** Elements stored in this dtype. */
  elements: number;
  parameters: number;
  bytes: number;
}

export interface WeightsSummary {
  format: WeightsFormat;
  files: number;
  tensorCount: number;
  /** Real parameters. */
  parameters: number;
  /** Bytes of all tensors (quantization state included); headers not counted. */
  bytes: number;
  /** Elements as stored: what a naive counter reports for a packed checkpoint. */
  storedElements: number;
  stateTensors: number;
  stateBytes: number;
  /** 8 · bytes / parameters: the whole cost of a weight, scales and zero points included. */
  bitsPerWeight: number;
  byDtype: DtypeRow[];
  layers: LayerRollup[];
  schemes: QuantScheme[];
  notes: Bilingual[];
  tensors: ClassifiedTensor[];
}

export function summariseTensors(format: WeightsFormat, tensors: readonly TensorInfo[], options: { files?: number; quantization?: QuantizationSettings } = {}): WeightsSummary {
  const { tensors: classified, schemes, notes } = format === 'gguf' ? plainTensors(tensors) : classifyTensors(tensors, options.quantization);
  const dtypes = new Map<string, DtypeRow>();
  let parameters = 0;
  let bytes = 0;
  let storedElements = 0;
  let stateTensors = 0;
  let stateBytes = 0;
  for (const t of classified) {
    parameters += t.parameters;
    bytes += t.bytes;
    storedElements += t.elements;
    if (t.role === 'quantization-state') {
      stateTensors++;
      stateBytes += t.bytes;
    }
    let row = dtypes.get(t.dtype);
    if (!row) dtypes.set(t.dtype, (row = { dtype: t.dtype, tensors: 0, elements: 0, parameters: 0, bytes: 0 }));
    row.tensors++;
    row.elements += t.elements;
    row.parameters += t.parameters;
    row.bytes += t.bytes;
  }
  return {
    format,
    files: options.files ?? 1,
    tensorCount: classified.length,
    parameters,
    bytes,
    storedElements,
    stateTensors,
    stateBytes,
    bitsPerWeight: parameters > 0 ? (8 * bytes) / parameters : 0,
    byDtype: [...dtypes.values()].sort((a, b) => b.bytes - a.bytes),
    layers: layerRollups(classified),
    schemes,
    notes,
    tensors: classified,
  };
}

/** GGUF tensors are their parameters: a quantized type's size is in its block layout, not in extra tensors. */
function plainTensors(tensors: readonly TensorInfo[]) {
  return { tensors: tensors.map((t): ClassifiedTensor => ({ ...t, role: 'parameter', parameters: t.elements })), schemes: [] as QuantScheme[], notes: [] as Bilingual[] };
}
