/**
 * Test-side writers of safetensors and GGUF files, written from the formats' specs and independent of
 * the reader (cross-checked once against the Python `safetensors` and `gguf` packages, see
 * scripts/truth/weights/). Tensor data is zeros: the reader never looks at it.
 */

export interface SafetensorSpec {
  name: string;
  dtype: string;
  shape: number[];
}

const DTYPE_BITS: Record<string, number> = { F64: 64, I64: 64, U64: 64, F32: 32, I32: 32, U32: 32, F16: 16, BF16: 16, I16: 16, U16: 16, I8: 8, U8: 8, BOOL: 8, F8_E4M3: 8, F8_E5M2: 8, F4: 4 };

export function safetensorBytes(t: SafetensorSpec): number {
  return (t.shape.reduce((a, b) => a * b, 1) * DTYPE_BITS[t.dtype]) / 8;
}

export interface SafetensorsOptions {
  metadata?: Record<string, string>;
  /** Replaces the header JSON entirely (for malformed headers). */
  rawHeader?: string;
  /** Writes this value in the 8-byte length instead of the real one. */
  claimedHeaderLength?: bigint;
  /** Changes a tensor's entry after layout (lying offsets, shapes). */
  tamper?: (entries: Record<string, { dtype: string; shape: number[]; data_offsets: [number, number] }>) => void;
  /** Cuts the file to this many bytes. */
  truncateTo?: number;
  /** Omits the data section (a header-only file: only for headers the reader must refuse before the data). */
  withoutData?: boolean;
}

/** A safetensors file: u64 LE header length, JSON header padded with spaces to 8 bytes, tensor data. */
export function writeSafetensors(tensors: SafetensorSpec[], options: SafetensorsOptions = {}): Uint8Array {
  const entries: Record<string, { dtype: string; shape: number[]; data_offsets: [number, number] }> = {};
  let offset = 0;
  for (const t of tensors) {
    const size = safetensorBytes(t);
    entries[t.name] = { dtype: t.dtype, shape: t.shape, data_offsets: [offset, offset + size] };
    offset += size;
  }
  options.tamper?.(entries);
  const header: Record<string, unknown> = options.metadata ? { __metadata__: options.metadata, ...entries } : entries;
  let json = options.rawHeader ?? JSON.stringify(header);
  while (new TextEncoder().encode(json).length % 8 !== 0) json += ' ';
  const headerBytes = new TextEncoder().encode(json);
  const dataBytes = options.withoutData ? 0 : offset;
  const file = new Uint8Array(8 + headerBytes.length + dataBytes);
  new DataView(file.buffer).setBigUint64(0, options.claimedHeaderLength ?? BigInt(headerBytes.length), true);
  file.set(headerBytes, 8);
  return options.truncateTo !== undefined ? file.slice(0, options.truncateTo) : file;
}

// GGUF.

export type GgufMetaValue =
  | { type: 'string'; value: string }
  | { type: 'u32' | 'i32' | 'u64' | 'f32' | 'u8' | 'bool'; value: number | boolean }
  | { type: 'array'; itemType: 'string'; value: string[] }
  | { type: 'array'; itemType: 'f32' | 'i32' | 'u8'; value: number[] };

export interface GgufTensorSpec {
  name: string;
  /** ggml order: fastest dimension first. */
  dims: number[];
  /** ggml type id. */
  type: number;
}

/** Block size and bytes per block of the ggml types the tests use (llama.cpp GGML_QUANT_SIZES). */
export const GGML_BLOCKS: Record<number, [number, number]> = { 0: [1, 4], 1: [1, 2], 2: [32, 18], 8: [32, 34], 10: [256, 84], 11: [256, 110], 12: [256, 144], 13: [256, 176], 14: [256, 210], 30: [1, 2], 23: [256, 136], 39: [32, 17] };

export function ggufTensorBytes(t: GgufTensorSpec): number {
  const [block, size] = GGML_BLOCKS[t.type];
  return (t.dims.reduce((a, b) => a * b, 1) / block) * size;
}

export interface GgufOptions {
  version?: number;
  alignment?: number;
  /** Overrides the tensor count written (a lying count). */
  claimedTensorCount?: bigint;
  /** Changes offsets after layout. */
  offsets?: (offsets: number[]) => number[];
  truncateTo?: number;
  /** Leaves the data section out (header only). */
  withoutData?: boolean;
}

class Bytes {
  private chunks: Uint8Array[] = [];
  length = 0;
  push(bytes: Uint8Array): void {
    this.chunks.push(bytes);
    this.length += bytes.length;
  }
  u32(v: number): void {
    const b = new Uint8Array(4);
    new DataView(b.buffer).setUint32(0, v, true);
    this.push(b);
  }
  u64(v: number | bigint): void {
    const b = new Uint8Array(8);
    new DataView(b.buffer).setBigUint64(0, BigInt(v), true);
    this.push(b);
  }
  string(s: string): void {
    const bytes = new TextEncoder().encode(s);
    this.u64(bytes.length);
    this.push(bytes);
  }
  scalar(type: string, v: number | boolean): void {
    const b = new Uint8Array(type === 'u64' ? 8 : type === 'u8' || type === 'bool' ? 1 : 4);
    const view = new DataView(b.buffer);
    if (type === 'u32') view.setUint32(0, Number(v), true);
    else if (type === 'i32') view.setInt32(0, Number(v), true);
    else if (type === 'f32') view.setFloat32(0, Number(v), true);
    else if (type === 'u64') view.setBigUint64(0, BigInt(v), true);
    else view.setUint8(0, Number(v));
    this.push(b);
  }
  concat(): Uint8Array {
    const out = new Uint8Array(this.length);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

const TYPE_IDS: Record<string, number> = { u8: 0, i8: 1, u16: 2, i16: 3, u32: 4, i32: 5, f32: 6, bool: 7, string: 8, array: 9, u64: 10, i64: 11, f64: 12 };

/** A GGUF file: header, metadata, tensor infos, padding to the alignment, tensor data (zeros). */
export function writeGguf(metadata: Record<string, GgufMetaValue>, tensors: GgufTensorSpec[], options: GgufOptions = {}): Uint8Array {
  const alignment = options.alignment ?? 32;
  const out = new Bytes();
  out.push(new TextEncoder().encode('GGUF'));
  out.u32(options.version ?? 3);
  out.u64(options.claimedTensorCount ?? BigInt(tensors.length));
  const entries = Object.entries(metadata);
  out.u64(entries.length);
  for (const [key, v] of entries) {
    out.string(key);
    out.u32(TYPE_IDS[v.type]);
    if (v.type === 'string') out.string(v.value);
    else if (v.type === 'array') {
      out.u32(TYPE_IDS[v.itemType]);
      out.u64(v.value.length);
      for (const item of v.value) {
        if (v.itemType === 'string') out.string(item as string);
        else out.scalar(v.itemType, item as number);
      }
    } else out.scalar(v.type, v.value);
  }
  const sizes = tensors.map(ggufTensorBytes);
  let offsets: number[] = [];
  let at = 0;
  for (const size of sizes) {
    offsets.push(at);
    at += Math.ceil(size / alignment) * alignment;
  }
  if (options.offsets) offsets = options.offsets(offsets);
  tensors.forEach((t, i) => {
    out.string(t.name);
    out.u32(t.dims.length);
    for (const d of t.dims) out.u64(d);
    out.u32(t.type);
    out.u64(offsets[i]);
  });
  const headerEnd = out.length;
  const dataStart = Math.ceil(headerEnd / alignment) * alignment;
  out.push(new Uint8Array(dataStart - headerEnd));
  if (!options.withoutData) out.push(new Uint8Array(at));
  const file = out.concat();
  return options.truncateTo !== undefined ? file.slice(0, options.truncateTo) : file;
}

// Model-shaped tensor lists.

export interface LlamaShape {
  layers: number;
  hidden: number;
  intermediate: number;
  vocab: number;
  heads: number;
  kvHeads: number;
  tied?: boolean;
}

/** The tensors of a Llama-style `…ForCausalLM` state dict, in `dtype`. */
export function llamaTensors(s: LlamaShape, dtype = 'BF16'): SafetensorSpec[] {
  const headDim = s.hidden / s.heads;
  const kv = s.kvHeads * headDim;
  const out: SafetensorSpec[] = [{ name: 'model.embed_tokens.weight', dtype, shape: [s.vocab, s.hidden] }];
  for (let i = 0; i < s.layers; i++) {
    const p = `model.layers.${i}`;
    out.push(
      { name: `${p}.input_layernorm.weight`, dtype, shape: [s.hidden] },
      { name: `${p}.self_attn.q_proj.weight`, dtype, shape: [s.hidden, s.hidden] },
      { name: `${p}.self_attn.k_proj.weight`, dtype, shape: [kv, s.hidden] },
      { name: `${p}.self_attn.v_proj.weight`, dtype, shape: [kv, s.hidden] },
      { name: `${p}.self_attn.o_proj.weight`, dtype, shape: [s.hidden, s.hidden] },
      { name: `${p}.post_attention_layernorm.weight`, dtype, shape: [s.hidden] },
      { name: `${p}.mlp.gate_proj.weight`, dtype, shape: [s.intermediate, s.hidden] },
      { name: `${p}.mlp.up_proj.weight`, dtype, shape: [s.intermediate, s.hidden] },
      { name: `${p}.mlp.down_proj.weight`, dtype, shape: [s.hidden, s.intermediate] },
    );
  }
  out.push({ name: 'model.norm.weight', dtype, shape: [s.hidden] });
  if (!s.tied) out.push({ name: 'lm_head.weight', dtype, shape: [s.vocab, s.hidden] });
  return out;
}

/** Hand count of a Llama-style model's parameters (no biases), for the expected values. */
export function llamaParameters(s: LlamaShape): number {
  const kv = s.kvHeads * (s.hidden / s.heads);
  const layer = 2 * s.hidden + 2 * s.hidden * s.hidden + 2 * kv * s.hidden + 3 * s.intermediate * s.hidden;
  return s.vocab * s.hidden * (s.tied ? 1 : 2) + s.layers * layer + s.hidden;
}

const LINEAR = /\.(q_proj|k_proj|v_proj|o_proj|gate_proj|up_proj|down_proj)\.weight$/;

/** A Linear's [out, in] from its plain tensor. */
function linearShape(t: SafetensorSpec): [number, number] {
  return [t.shape[0], t.shape[1]];
}

/** GPTQ (AutoGPTQ): qweight [in·bits/32, out] int32, qzeros [groups, out·bits/32], scales [groups, out] fp16, g_idx [in]. */
export function toGptq(tensors: SafetensorSpec[], bits = 4, group = 128): SafetensorSpec[] {
  return tensors.flatMap((t) => {
    if (!LINEAR.test(t.name)) return [{ ...t, dtype: t.dtype === 'BF16' ? 'F16' : t.dtype }];
    const [out, inF] = linearShape(t);
    const m = t.name.replace(/\.weight$/, '');
    return [
      { name: `${m}.qweight`, dtype: 'I32', shape: [(inF * bits) / 32, out] },
      { name: `${m}.qzeros`, dtype: 'I32', shape: [inF / group, (out * bits) / 32] },
      { name: `${m}.scales`, dtype: 'F16', shape: [inF / group, out] },
      { name: `${m}.g_idx`, dtype: 'I32', shape: [inF] },
    ];
  });
}

/** AWQ (AutoAWQ GEMM): qweight [in, out·bits/32] int32, qzeros [groups, out·bits/32], scales [groups, out]. */
export function toAwq(tensors: SafetensorSpec[], bits = 4, group = 128): SafetensorSpec[] {
  return tensors.flatMap((t) => {
    if (!LINEAR.test(t.name)) return [{ ...t, dtype: t.dtype === 'BF16' ? 'F16' : t.dtype }];
    const [out, inF] = linearShape(t);
    const m = t.name.replace(/\.weight$/, '');
    return [
      { name: `${m}.qweight`, dtype: 'I32', shape: [inF, (out * bits) / 32] },
      { name: `${m}.qzeros`, dtype: 'I32', shape: [inF / group, (out * bits) / 32] },
      { name: `${m}.scales`, dtype: 'F16', shape: [inF / group, out] },
    ];
  });
}

/** bitsandbytes NF4 with double quantization: uint8 [n/2, 1] plus its quant-state tensors (blocksize 64). */
export function toBnb4(tensors: SafetensorSpec[]): SafetensorSpec[] {
  return tensors.flatMap((t) => {
    if (!LINEAR.test(t.name)) return [t];
    const n = t.shape[0] * t.shape[1];
    return [
      { name: t.name, dtype: 'U8', shape: [n / 2, 1] },
      { name: `${t.name}.absmax`, dtype: 'U8', shape: [n / 64] },
      { name: `${t.name}.quant_map`, dtype: 'F32', shape: [16] },
      { name: `${t.name}.nested_absmax`, dtype: 'F32', shape: [Math.ceil(n / 64 / 256)] },
      { name: `${t.name}.nested_quant_map`, dtype: 'F32', shape: [256] },
      { name: `${t.name}.quant_state.bitsandbytes__nf4`, dtype: 'U8', shape: [120] },
    ];
  });
}

/** bitsandbytes LLM.int8(): int8 weight of the full shape, SCB [out] f32, weight_format u8 scalar. */
export function toBnb8(tensors: SafetensorSpec[]): SafetensorSpec[] {
  return tensors.flatMap((t) => {
    if (!LINEAR.test(t.name)) return [t];
    const m = t.name.replace(/\.weight$/, '');
    return [
      { name: t.name, dtype: 'I8', shape: t.shape },
      { name: `${m}.SCB`, dtype: 'F32', shape: [t.shape[0]] },
      { name: `${m}.weight_format`, dtype: 'U8', shape: [] },
    ];
  });
}

/** compressed-tensors pack-quantized: weight_packed int32 [out, in·bits/32], weight_shape [2] i64, weight_scale [out, in/group]. */
export function toCompressed(tensors: SafetensorSpec[], bits = 4, group = 128): SafetensorSpec[] {
  return tensors.flatMap((t) => {
    if (!LINEAR.test(t.name)) return [t];
    const [out, inF] = linearShape(t);
    const m = t.name.replace(/\.weight$/, '');
    return [
      { name: `${m}.weight_packed`, dtype: 'I32', shape: [out, (inF * bits) / 32] },
      { name: `${m}.weight_shape`, dtype: 'I64', shape: [2] },
      { name: `${m}.weight_scale`, dtype: 'BF16', shape: [out, inF / group] },
      { name: `${m}.weight_zero_point`, dtype: 'I32', shape: [out / (32 / bits), inF / group] },
    ];
  });
}

/** Splits a tensor list into `n` shards and their index, as save_pretrained names them. */
export function shard(tensors: SafetensorSpec[], n: number, prefix = 'model'): { files: Array<{ name: string; tensors: SafetensorSpec[] }>; index: string } {
  const per = Math.ceil(tensors.length / n);
  const pad = (i: number) => String(i).padStart(5, '0');
  const files = Array.from({ length: n }, (_, i) => ({ name: `${prefix}-${pad(i + 1)}-of-${pad(n)}.safetensors`, tensors: tensors.slice(i * per, (i + 1) * per) }));
  const weight_map: Record<string, string> = {};
  for (const f of files) for (const t of f.tensors) weight_map[t.name] = f.name;
  const total_size = tensors.reduce((s, t) => s + safetensorBytes(t), 0);
  return { files, index: JSON.stringify({ metadata: { total_size }, weight_map }, null, 2) };
}

/** Llama-style GGUF tensors (llama.cpp names), in ggml order, with a Q4_K_M-like mix. */
export function llamaGgufTensors(s: LlamaShape, mix: { default: number; attnV: number; ffnDown: number; output: number; norms: number } = { default: 12, attnV: 14, ffnDown: 14, output: 14, norms: 0 }): GgufTensorSpec[] {
  const headDim = s.hidden / s.heads;
  const kv = s.kvHeads * headDim;
  const out: GgufTensorSpec[] = [{ name: 'token_embd.weight', dims: [s.hidden, s.vocab], type: mix.default }];
  for (let i = 0; i < s.layers; i++) {
    const p = `blk.${i}`;
    out.push(
      { name: `${p}.attn_norm.weight`, dims: [s.hidden], type: mix.norms },
      { name: `${p}.attn_q.weight`, dims: [s.hidden, s.hidden], type: mix.default },
      { name: `${p}.attn_k.weight`, dims: [s.hidden, kv], type: mix.default },
      { name: `${p}.attn_v.weight`, dims: [s.hidden, kv], type: mix.attnV },
      { name: `${p}.attn_output.weight`, dims: [s.hidden, s.hidden], type: mix.default },
      { name: `${p}.ffn_norm.weight`, dims: [s.hidden], type: mix.norms },
      { name: `${p}.ffn_gate.weight`, dims: [s.hidden, s.intermediate], type: mix.default },
      { name: `${p}.ffn_up.weight`, dims: [s.hidden, s.intermediate], type: mix.default },
      { name: `${p}.ffn_down.weight`, dims: [s.intermediate, s.hidden], type: mix.ffnDown },
    );
  }
  out.push({ name: 'output_norm.weight', dims: [s.hidden], type: mix.norms });
  if (!s.tied) out.push({ name: 'output.weight', dims: [s.hidden, s.vocab], type: mix.output });
  return out;
}

export function llamaGgufMetadata(s: LlamaShape, extra: Record<string, GgufMetaValue> = {}): Record<string, GgufMetaValue> {
  return {
    'general.architecture': { type: 'string', value: 'llama' },
    'general.name': { type: 'string', value: 'Tiny Llama Test' },
    'general.file_type': { type: 'u32', value: 15 },
    'general.quantization_version': { type: 'u32', value: 2 },
    'llama.context_length': { type: 'u32', value: 4096 },
    'llama.block_count': { type: 'u32', value: s.layers },
    'llama.embedding_length': { type: 'u32', value: s.hidden },
    'tokenizer.ggml.model': { type: 'string', value: 'gpt2' },
    'tokenizer.ggml.tokens': { type: 'array', itemType: 'string', value: Array.from({ length: s.vocab }, (_, i) => `tok${i}`) },
    'tokenizer.ggml.scores': { type: 'array', itemType: 'f32', value: Array.from({ length: s.vocab }, () => 0) },
    'tokenizer.chat_template': { type: 'string', value: "{% for m in messages %}{{ m['content'] }}{% endfor %}" },
    ...extra,
  };
}
