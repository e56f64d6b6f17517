/**
 * The safetensors header, read without the tensor data: an 8-byte little-endian length, then that many
 * bytes of JSON mapping each tensor name to its dtype, shape and `data_offsets` (begin and end, from the
 * end of the header). Format: https://github.com/huggingface/safetensors (README, "Format").
 * The caller reads the 8 bytes, asks `safetensorsHeaderLength` how much more to read, and passes that
 * slice to `parseSafetensorsHeader`: at most 8 + SAFETENSORS_MAX_HEADER_BYTES bytes of any file.
 */
import { failure, type Bilingual, type Parsed, type TensorInfo } from './types';

/** The safetensors library's own limit on a header (MAX_HEADER_SIZE, 100 MB). */
export const SAFETENSORS_MAX_HEADER_BYTES = 100_000_000;
export const SAFETENSORS_PREFIX_BYTES = 8;

/** Bits per element of each dtype the format defines (F4 and F6 pack below a byte). */
export const SAFETENSORS_DTYPE_BITS: Readonly<Record<string, number>> = {
  BOOL: 8,
  U8: 8,
  I8: 8,
  F8_E5M2: 8,
  F8_E4M3: 8,
  F8_E4M3FNUZ: 8,
  F8_E5M2FNUZ: 8,
  F8_E8M0: 8,
  F4: 4,
  F6_E2M3: 6,
  F6_E3M2: 6,
  I16: 16,
  U16: 16,
  F16: 16,
  BF16: 16,
  I32: 32,
  U32: 32,
  F32: 32,
  C64: 64,
  F64: 64,
  I64: 64,
  U64: 64,
};

export interface SafetensorsHeader {
  tensors: TensorInfo[];
  /** The optional `__metadata__` string map (e.g. `{"format": "pt"}`). */
  metadata: Record<string, string>;
  headerBytes: number;
  /** Bytes after the header. */
  dataBytes: number;
  /** Oddities that do not stop the count (gaps between tensors, bytes after the last). */
  warnings: Bilingual[];
}

const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;

/** The header length from the file's first 8 bytes, checked against the cap and the file size. */
export function safetensorsHeaderLength(prefix: Uint8Array, fileSize: number): Parsed<number> {
  if (fileSize < SAFETENSORS_PREFIX_BYTES || prefix.length < SAFETENSORS_PREFIX_BYTES) {
    return failure('truncated', `The file has ${fileSize} bytes: too short for a safetensors header (8-byte length first).`, `파일이 ${fileSize}바이트뿐이라 safetensors 헤더(맨 앞 8바이트 길이)를 담을 수 없습니다.`);
  }
  const length = new DataView(prefix.buffer, prefix.byteOffset, 8).getBigUint64(0, true);
  if (length > BigInt(SAFETENSORS_MAX_HEADER_BYTES)) {
    const shown = length > BigInt(Number.MAX_SAFE_INTEGER) ? `${length} bytes` : mb(Number(length));
    return failure('header-too-large', `The header claims ${shown}; headers over ${mb(SAFETENSORS_MAX_HEADER_BYTES)} are refused (not a safetensors file, or a damaged one).`, `헤더 길이가 ${shown}라고 적혀 있습니다. ${mb(SAFETENSORS_MAX_HEADER_BYTES)}를 넘는 헤더는 읽지 않습니다(safetensors 파일이 아니거나 손상된 파일입니다).`);
  }
  const n = Number(length);
  if (n < 2) return failure('invalid-header', `The header length is ${n} bytes: too short for a JSON header.`, `헤더 길이가 ${n}바이트라 JSON 헤더가 될 수 없습니다.`);
  if (SAFETENSORS_PREFIX_BYTES + n > fileSize) {
    return failure('truncated', `The header claims ${n.toLocaleString('en-US')} bytes but the file has only ${fileSize.toLocaleString('en-US')}: truncated or not a safetensors file.`, `헤더 길이는 ${n.toLocaleString('en-US')}바이트인데 파일은 ${fileSize.toLocaleString('en-US')}바이트뿐입니다. 잘렸거나 safetensors 파일이 아닙니다.`);
  }
  return { ok: true, value: n };
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function badTensor(name: string, en: string, ko: string) {
  return failure('bad-tensor', `Tensor "${name}": ${en}`, `텐서 "${name}": ${ko}`);
}

/** Parses the header JSON (`header` holds exactly the bytes after the 8-byte length). */
export function parseSafetensorsHeader(header: Uint8Array, fileSize: number): Parsed<SafetensorsHeader> {
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(header).trimEnd());
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return failure('invalid-header', `The header is not valid UTF-8 JSON (${why}).`, `헤더가 올바른 UTF-8 JSON이 아닙니다(${why}).`);
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return failure('invalid-header', 'The header is not a JSON object.', '헤더가 JSON 객체가 아닙니다.');
  }
  const dataBytes = fileSize - SAFETENSORS_PREFIX_BYTES - header.length;
  const tensors: TensorInfo[] = [];
  let metadata: Record<string, string> = {};
  for (const [name, raw] of Object.entries(json as Record<string, unknown>)) {
    if (name === '__metadata__') {
      if (typeof raw === 'object' && raw !== null && !Array.isArray(raw)) {
        metadata = Object.fromEntries(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === 'string'));
      }
      continue;
    }
    const entry = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
    const { dtype, shape, data_offsets: offsets } = entry;
    if (typeof dtype !== 'string' || !(dtype in SAFETENSORS_DTYPE_BITS)) {
      return badTensor(name, `unknown dtype ${JSON.stringify(dtype)}.`, `알 수 없는 dtype ${JSON.stringify(dtype)}입니다.`);
    }
    if (!Array.isArray(shape) || shape.length > 16 || !shape.every(isCount)) {
      return badTensor(name, 'the shape is not a list of non-negative integers.', 'shape가 음이 아닌 정수 목록이 아닙니다.');
    }
    if (!Array.isArray(offsets) || offsets.length !== 2 || !offsets.every(isCount) || offsets[0] > offsets[1]) {
      return badTensor(name, 'data_offsets is not [begin, end] with begin ≤ end.', 'data_offsets가 begin ≤ end인 [begin, end]가 아닙니다.');
    }
    const elements = shape.reduce((a: number, b: number) => a * b, 1);
    const bits = elements * SAFETENSORS_DTYPE_BITS[dtype];
    if (!Number.isSafeInteger(bits) || bits % 8 !== 0) {
      return badTensor(name, `shape ${JSON.stringify(shape)} in ${dtype} does not fill whole bytes.`, `${dtype} 형식의 shape ${JSON.stringify(shape)}는 바이트 단위로 나누어떨어지지 않습니다.`);
    }
    const [begin, end] = offsets as [number, number];
    if (end - begin !== bits / 8) {
      return badTensor(name, `shape ${JSON.stringify(shape)} in ${dtype} needs ${bits / 8} bytes but its offsets span ${end - begin}.`, `${dtype} 형식의 shape ${JSON.stringify(shape)}에는 ${bits / 8}바이트가 필요한데 오프셋 범위는 ${end - begin}바이트입니다.`);
    }
    if (end > dataBytes) {
      return badTensor(name, `its data ends at byte ${end} of a data section of ${dataBytes} bytes (offsets out of range, or a truncated file).`, `데이터가 ${dataBytes}바이트짜리 데이터 영역의 ${end}번째 바이트에서 끝납니다(오프셋이 범위를 벗어났거나 파일이 잘렸습니다).`);
    }
    tensors.push({ name, dtype, shape: shape as number[], elements, bytes: end - begin, offset: begin });
  }
  const warnings: Bilingual[] = [];
  const byOffset = [...tensors].sort((a, b) => a.offset - b.offset || a.bytes - b.bytes);
  let covered = 0;
  let gaps = 0;
  for (let i = 0; i < byOffset.length; i++) {
    const t = byOffset[i];
    if (t.bytes === 0) continue;
    if (t.offset < covered) {
      const previous = byOffset.slice(0, i).reverse().find((p) => p.offset + p.bytes > t.offset)!;
      return badTensor(t.name, `its bytes ${t.offset}–${t.offset + t.bytes} overlap those of "${previous.name}".`, `바이트 범위 ${t.offset}–${t.offset + t.bytes}가 "${previous.name}"의 범위와 겹칩니다.`);
    }
    if (t.offset > covered) gaps += t.offset - covered;
    covered = t.offset + t.bytes;
  }
  if (gaps > 0) warnings.push({ en: `${gaps} bytes between tensors belong to none (the safetensors library refuses such files).`, ko: `텐서 사이의 ${gaps}바이트가 어느 텐서에도 속하지 않습니다(safetensors 라이브러리는 이런 파일을 거부합니다).` });
  if (dataBytes > covered) warnings.push({ en: `${dataBytes - covered} bytes after the last tensor belong to none.`, ko: `마지막 텐서 뒤의 ${dataBytes - covered}바이트가 어느 텐서에도 속하지 않습니다.` });
  return { ok: true, value: { tensors, metadata, headerBytes: header.length, dataBytes, warnings } };
}
