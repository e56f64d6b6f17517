/**
 * The facts a GGUF header states about its model, by the key names of llama.cpp's
 * `gguf-py/gguf/constants.py` (`Keys`), and llama.cpp's file types (`LlamaFileType`, gguf 0.19.0).
 */
import { ggufScalar, type GgufHeader } from './gguf';

/** `general.file_type`: the quantization mix llama.cpp's quantize tool was asked for. */
const FILE_TYPES: Readonly<Record<number, string>> = {
  0: 'ALL_F32', 1: 'MOSTLY_F16', 2: 'MOSTLY_Q4_0', 3: 'MOSTLY_Q4_1', 7: 'MOSTLY_Q8_0', 8: 'MOSTLY_Q5_0', 9: 'MOSTLY_Q5_1',
  10: 'MOSTLY_Q2_K', 11: 'MOSTLY_Q3_K_S', 12: 'MOSTLY_Q3_K_M', 13: 'MOSTLY_Q3_K_L', 14: 'MOSTLY_Q4_K_S', 15: 'MOSTLY_Q4_K_M',
  16: 'MOSTLY_Q5_K_S', 17: 'MOSTLY_Q5_K_M', 18: 'MOSTLY_Q6_K', 19: 'MOSTLY_IQ2_XXS', 20: 'MOSTLY_IQ2_XS', 21: 'MOSTLY_Q2_K_S',
  22: 'MOSTLY_IQ3_XS', 23: 'MOSTLY_IQ3_XXS', 24: 'MOSTLY_IQ1_S', 25: 'MOSTLY_IQ4_NL', 26: 'MOSTLY_IQ3_S', 27: 'MOSTLY_IQ3_M',
  28: 'MOSTLY_IQ2_S', 29: 'MOSTLY_IQ2_M', 30: 'MOSTLY_IQ4_XS', 31: 'MOSTLY_IQ1_M', 32: 'MOSTLY_BF16', 36: 'MOSTLY_TQ1_0',
  37: 'MOSTLY_TQ2_0', 38: 'MOSTLY_MXFP4_MOE', 39: 'MOSTLY_NVFP4', 40: 'MOSTLY_Q1_0', 1024: 'GUESSED',
};

export interface GgufModelInfo {
  architecture?: string;
  name?: string;
  contextLength?: number;
  blockCount?: number;
  tokenizerModel?: string;
  vocabularySize?: number;
  chatTemplate: { present: boolean; bytes?: number };
  /** "MOSTLY_Q4_K_M (15)". */
  fileType?: string;
  quantizationVersion?: number;
  metadataCount: number;
}

export function fileTypeName(id: number): string {
  return `${FILE_TYPES[id] ?? 'unknown'} (${id})`;
}

export function ggufModelInfo(header: GgufHeader): GgufModelInfo {
  const { metadata } = header;
  const str = (key: string) => {
    const v = ggufScalar(metadata, key);
    return typeof v === 'string' ? v : undefined;
  };
  const int = (key: string) => {
    const v = ggufScalar(metadata, key);
    return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
  };
  const architecture = str('general.architecture');
  const template = metadata.get('tokenizer.chat_template');
  const tokens = metadata.get('tokenizer.ggml.tokens');
  const fileType = int('general.file_type');
  return {
    architecture,
    name: str('general.name'),
    contextLength: architecture ? int(`${architecture}.context_length`) : undefined,
    blockCount: architecture ? int(`${architecture}.block_count`) : undefined,
    tokenizerModel: str('tokenizer.ggml.model'),
    vocabularySize: tokens?.type === 'array' ? tokens.length : undefined,
    chatTemplate: template?.type === 'string' ? { present: true, bytes: template.length } : { present: false },
    fileType: fileType === undefined ? undefined : fileTypeName(fileType),
    quantizationVersion: int('general.quantization_version'),
    metadataCount: metadata.size,
  };
}
