/**
 * GGML tensor types as GGUF files store them: the numeric id in a tensor info, the name, and the block
 * layout — `blockSize` weights are stored together in `typeSize` bytes (scales and minimums included),
 * so a type's true cost is 8·typeSize/blockSize bits per weight (Q4_K: 144 bytes per 256 weights =
 * 4.5 bits, not 4). Ids and sizes are those of llama.cpp's `gguf-py/gguf/constants.py`
 * (`GGMLQuantizationType`, `GGML_QUANT_SIZES`; gguf 0.19.0), https://github.com/ggml-org/llama.cpp.
 * Ids 4, 5 and 31–33, 36–38 belonged to types llama.cpp removed; a file using them is refused.
 */

export interface GgmlType {
  id: number;
  name: string;
  blockSize: number;
  typeSize: number;
  /** 8 · typeSize / blockSize. */
  bitsPerWeight: number;
}

const TABLE: ReadonlyArray<[number, string, number, number]> = [
  [0, 'F32', 1, 4],
  [1, 'F16', 1, 2],
  [2, 'Q4_0', 32, 18],
  [3, 'Q4_1', 32, 20],
  [6, 'Q5_0', 32, 22],
  [7, 'Q5_1', 32, 24],
  [8, 'Q8_0', 32, 34],
  [9, 'Q8_1', 32, 40],
  [10, 'Q2_K', 256, 84],
  [11, 'Q3_K', 256, 110],
  [12, 'Q4_K', 256, 144],
  [13, 'Q5_K', 256, 176],
  [14, 'Q6_K', 256, 210],
  [15, 'Q8_K', 256, 292],
  [16, 'IQ2_XXS', 256, 66],
  [17, 'IQ2_XS', 256, 74],
  [18, 'IQ3_XXS', 256, 98],
  [19, 'IQ1_S', 256, 50],
  [20, 'IQ4_NL', 32, 18],
  [21, 'IQ3_S', 256, 110],
  [22, 'IQ2_S', 256, 82],
  [23, 'IQ4_XS', 256, 136],
  [24, 'I8', 1, 1],
  [25, 'I16', 1, 2],
  [26, 'I32', 1, 4],
  [27, 'I64', 1, 8],
  [28, 'F64', 1, 8],
  [29, 'IQ1_M', 256, 56],
  [30, 'BF16', 1, 2],
  [34, 'TQ1_0', 256, 54],
  [35, 'TQ2_0', 256, 66],
  [39, 'MXFP4', 32, 17],
  [40, 'NVFP4', 64, 36],
  [41, 'Q1_0', 128, 18],
];

export const GGML_TYPES: ReadonlyMap<number, GgmlType> = new Map(
  TABLE.map(([id, name, blockSize, typeSize]) => [id, { id, name, blockSize, typeSize, bitsPerWeight: (8 * typeSize) / blockSize }]),
);

const BY_NAME: ReadonlyMap<string, GgmlType> = new Map([...GGML_TYPES.values()].map((t) => [t.name, t]));

export function ggmlTypeById(id: number): GgmlType | undefined {
  return GGML_TYPES.get(id);
}

/** By name, case-insensitively ("q4_k", "Q4_K", "bf16"). */
export function ggmlTypeByName(name: string): GgmlType | undefined {
  return BY_NAME.get(name.toUpperCase()) ?? BY_NAME.get(name);
}

/** Bytes a tensor of `elements` weights takes in `type`, or undefined when they do not fill whole blocks. */
export function ggmlTensorBytes(type: GgmlType, elements: number): number | undefined {
  if (elements % type.blockSize !== 0) return undefined;
  return (elements / type.blockSize) * type.typeSize;
}
