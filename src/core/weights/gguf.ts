/**
 * The GGUF header, read without the tensor data: magic "GGUF", version (2 or 3), tensor and key–value
 * counts, the metadata key–values, then one info per tensor (name, dimensions, ggml type, offset into
 * the data section, which starts at the next multiple of `general.alignment`, default 32).
 * Format: llama.cpp `docs/gguf.md` and `gguf-py/gguf/gguf_reader.py`, https://github.com/ggml-org/llama.cpp.
 *
 * The header has no length field, so the caller reads a prefix of the file and `parseGguf` says either
 * what it found or how many bytes it needs (`need`), up to GGUF_MAX_HEADER_BYTES. Every count read
 * from the file is checked against the bytes that could hold it before anything is allocated.
 */
import { ggmlTensorBytes, ggmlTypeById } from './ggmlTypes';
import { failure, type Bilingual, type Parsed, type TensorInfo } from './types';

/** Tokenizer vocabularies make headers of a few MB (150k tokens + merges ≈ 10 MB); this is far above. */
export const GGUF_MAX_HEADER_BYTES = 256 * 1024 * 1024;
export const GGUF_DEFAULT_ALIGNMENT = 32;
/** String values longer than this are kept cut (a chat template is a few KB; the length is kept whole). */
export const GGUF_MAX_KEPT_STRING = 64 * 1024;
const GGML_MAX_DIMS = 4;

const VALUE_TYPES = ['u8', 'i8', 'u16', 'i16', 'u32', 'i32', 'f32', 'bool', 'string', 'array', 'u64', 'i64', 'f64'] as const;
export type GgufValueType = (typeof VALUE_TYPES)[number];
const FIXED_SIZE: Partial<Record<GgufValueType, number>> = { u8: 1, i8: 1, bool: 1, u16: 2, i16: 2, u32: 4, i32: 4, f32: 4, u64: 8, i64: 8, f64: 8 };

export type GgufValue =
  | { type: 'string'; value: string; length: number }
  | { type: 'array'; itemType: GgufValueType; length: number }
  | { type: Exclude<GgufValueType, 'string' | 'array'>; value: number | boolean };

export interface GgufHeader {
  version: number;
  metadata: Map<string, GgufValue>;
  tensors: TensorInfo[];
  alignment: number;
  /** Where tensor data starts in the file (end of the header, aligned). */
  dataStart: number;
  warnings: Bilingual[];
}

export type GgufParse = Parsed<GgufHeader> | { ok: false; need: number };

class OutOfBytes extends Error {
  constructor(readonly needed: number) {
    super('out of bytes');
  }
}

class BadFile extends Error {
  constructor(readonly result: ReturnType<typeof failure>) {
    super(result.error.message.en);
  }
}

/** A little-endian cursor over the bytes read so far; running off their end asks for more. */
class Cursor {
  private readonly view: DataView;
  private readonly decoder = new TextDecoder('utf-8');
  at = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly fileSize: number,
  ) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }

  private take(n: number): number {
    const start = this.at;
    if (start + n > this.fileSize) {
      throw new BadFile(failure('truncated', `The header runs past the end of the file (byte ${start + n} of ${this.fileSize}): truncated, or the counts in it are wrong.`, `헤더가 파일 끝(${this.fileSize}바이트)을 넘어 ${start + n}바이트까지 이어집니다. 파일이 잘렸거나 헤더의 개수가 틀렸습니다.`));
    }
    if (start + n > this.bytes.length) throw new OutOfBytes(start + n);
    this.at += n;
    return start;
  }

  u32(): number {
    return this.view.getUint32(this.take(4), true);
  }

  /** A u64 that must fit a safe integer (counts, lengths, offsets, dimensions). */
  count(what: string): number {
    const value = this.view.getBigUint64(this.take(8), true);
    if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new BadFile(failure('invalid-header', `${what} is ${value}: not a plausible size.`, `${what} 값이 ${value}라 크기로 볼 수 없습니다.`));
    return Number(value);
  }

  /** A string: u64 length, then UTF-8 bytes; kept up to `keep` characters' worth of bytes. */
  string(keep = GGUF_MAX_KEPT_STRING): { value: string; length: number } {
    const length = this.count('A string length');
    const start = this.take(length);
    if (keep === 0) return { value: '', length };
    const kept = this.bytes.subarray(start, start + Math.min(length, keep));
    return { value: this.decoder.decode(kept), length };
  }

  scalar(type: GgufValueType): number | boolean {
    const at = this.take(FIXED_SIZE[type]!);
    const v = this.view;
    switch (type) {
      case 'u8': return v.getUint8(at);
      case 'i8': return v.getInt8(at);
      case 'bool': return v.getUint8(at) !== 0;
      case 'u16': return v.getUint16(at, true);
      case 'i16': return v.getInt16(at, true);
      case 'u32': return v.getUint32(at, true);
      case 'i32': return v.getInt32(at, true);
      case 'f32': return v.getFloat32(at, true);
      case 'f64': return v.getFloat64(at, true);
      case 'u64': return Number(v.getBigUint64(at, true));
      case 'i64': return Number(v.getBigInt64(at, true));
      default: throw new Error(`not a scalar: ${type}`);
    }
  }

  /** Skips `n` items of `size` bytes each, checking first that the file can hold them. */
  skip(n: number, size: number): void {
    this.take(n * size);
  }

  remaining(): number {
    return this.fileSize - this.at;
  }
}

function valueType(id: number): GgufValueType {
  const type = VALUE_TYPES[id];
  if (type === undefined) throw new BadFile(failure('invalid-header', `Unknown metadata value type ${id}.`, `알 수 없는 메타데이터 값 형식 ${id}입니다.`));
  return type;
}

function readValue(cursor: Cursor, type: GgufValueType): GgufValue {
  if (type === 'string') return { type, ...cursor.string() };
  if (type !== 'array') return { type, value: cursor.scalar(type) } as GgufValue;
  const itemType = valueType(cursor.u32());
  const length = cursor.count('An array length');
  // Each item takes at least one byte (a string at least eight): a lying length stops here.
  const minimum = itemType === 'string' || itemType === 'array' ? 8 : FIXED_SIZE[itemType]!;
  if (length * minimum > cursor.remaining()) {
    throw new BadFile(failure('truncated', `An array claims ${length} items of ${itemType}: more than the file's remaining ${cursor.remaining()} bytes can hold.`, `배열에 ${itemType} 항목이 ${length}개 있다고 적혀 있지만 파일의 남은 ${cursor.remaining()}바이트에는 들어갈 수 없습니다.`));
  }
  // Vocabulary entries are skipped, not decoded: only the count is kept.
  if (itemType === 'string') for (let i = 0; i < length; i++) cursor.string(0);
  else if (itemType === 'array') throw new BadFile(failure('invalid-header', 'Arrays of arrays are not part of GGUF metadata.', '배열의 배열은 GGUF 메타데이터에 없습니다.'));
  else cursor.skip(length, FIXED_SIZE[itemType]!);
  return { type, itemType, length };
}

function dataSectionProblem(t: TensorInfo, en: string, ko: string) {
  return failure('bad-tensor', `Tensor "${t.name}": ${en}`, `텐서 "${t.name}": ${ko}`);
}

/** Parses the header from `bytes`, the first bytes of a file of `fileSize` bytes. */
export function parseGguf(bytes: Uint8Array, fileSize: number): GgufParse {
  const cursor = new Cursor(bytes, fileSize);
  try {
    const magic = cursor.u32();
    if (magic !== 0x46554747) return failure('bad-magic', 'Not a GGUF file: it does not start with "GGUF".', 'GGUF 파일이 아닙니다. "GGUF"로 시작하지 않습니다.');
    const version = cursor.u32();
    if (version !== 2 && version !== 3) {
      return failure('unsupported-version', `GGUF version ${version} is not read (versions 2 and 3 are).`, `GGUF 버전 ${version}은 읽지 않습니다(버전 2와 3만 읽습니다).`);
    }
    const tensorCount = cursor.count('The tensor count');
    const kvCount = cursor.count('The metadata count');
    // A key–value takes at least 8 (key length) + 4 (type) + 1 bytes, a tensor info 8 + 4 + 4 + 8.
    if (kvCount * 13 + tensorCount * 24 > cursor.remaining()) {
      return failure('truncated', `The header claims ${tensorCount} tensors and ${kvCount} metadata entries: more than the file's ${fileSize} bytes can hold.`, `헤더에 텐서 ${tensorCount}개와 메타데이터 ${kvCount}개가 있다고 적혀 있지만 ${fileSize}바이트 파일에는 들어갈 수 없습니다.`);
    }
    const metadata = new Map<string, GgufValue>();
    for (let i = 0; i < kvCount; i++) {
      const key = cursor.string(1024).value;
      metadata.set(key, readValue(cursor, valueType(cursor.u32())));
    }
    const alignmentValue = metadata.get('general.alignment');
    const alignment = alignmentValue && alignmentValue.type === 'u32' ? Number(alignmentValue.value) : GGUF_DEFAULT_ALIGNMENT;
    if (!Number.isInteger(alignment) || alignment <= 0 || alignment % 8 !== 0) {
      return failure('invalid-header', `general.alignment is ${alignment}: it must be a positive multiple of 8.`, `general.alignment가 ${alignment}입니다. 8의 양의 배수여야 합니다.`);
    }
    const tensors: TensorInfo[] = [];
    for (let i = 0; i < tensorCount; i++) {
      const name = cursor.string(1024).value;
      const dims = cursor.u32();
      if (dims > GGML_MAX_DIMS) return failure('bad-tensor', `Tensor "${name}" has ${dims} dimensions (ggml allows ${GGML_MAX_DIMS}).`, `텐서 "${name}"의 차원이 ${dims}개입니다(ggml은 최대 ${GGML_MAX_DIMS}개).`);
      const shape: number[] = [];
      for (let d = 0; d < dims; d++) shape.push(cursor.count(`A dimension of "${name}"`));
      const typeId = cursor.u32();
      const offset = cursor.count(`The offset of "${name}"`);
      const type = ggmlTypeById(typeId);
      if (!type) return failure('bad-tensor', `Tensor "${name}" has ggml type ${typeId}, which llama.cpp does not define (or removed).`, `텐서 "${name}"의 ggml 형식 ${typeId}는 llama.cpp에 없거나 삭제된 형식입니다.`);
      const elements = shape.reduce((a, b) => a * b, 1);
      const size = Number.isSafeInteger(elements) && (shape[0] ?? 1) % type.blockSize === 0 ? ggmlTensorBytes(type, elements) : undefined;
      if (size === undefined) {
        return failure('bad-tensor', `Tensor "${name}" of shape [${shape.join(', ')}] does not split into whole ${type.name} blocks of ${type.blockSize}.`, `텐서 "${name}"(shape [${shape.join(', ')}])는 ${type.blockSize}개 단위의 ${type.name} 블록으로 나누어떨어지지 않습니다.`);
      }
      tensors.push({ name, dtype: type.name, shape, elements, bytes: size, offset });
    }
    const dataStart = Math.ceil(cursor.at / alignment) * alignment;
    const warnings: Bilingual[] = [];
    const dataBytes = fileSize - dataStart;
    let misaligned = 0;
    for (const t of tensors) {
      if (t.offset + t.bytes > dataBytes) {
        return dataSectionProblem(t, `its ${t.bytes} bytes at offset ${t.offset} run past the end of the data section (${Math.max(0, dataBytes)} bytes): offsets out of range, or a truncated file.`, `오프셋 ${t.offset}의 ${t.bytes}바이트가 데이터 영역(${Math.max(0, dataBytes)}바이트) 끝을 넘습니다. 오프셋이 범위를 벗어났거나 파일이 잘렸습니다.`);
      }
      if (t.offset % alignment !== 0) misaligned++;
    }
    const byOffset = [...tensors].filter((t) => t.bytes > 0).sort((a, b) => a.offset - b.offset);
    for (let i = 1; i < byOffset.length; i++) {
      const previous = byOffset[i - 1];
      if (byOffset[i].offset < previous.offset + previous.bytes) {
        return dataSectionProblem(byOffset[i], `its data at offset ${byOffset[i].offset} overlaps that of "${previous.name}".`, `오프셋 ${byOffset[i].offset}의 데이터가 "${previous.name}"의 데이터와 겹칩니다.`);
      }
    }
    if (misaligned > 0) warnings.push({ en: `${misaligned} tensors start off the ${alignment}-byte alignment.`, ko: `텐서 ${misaligned}개가 ${alignment}바이트 정렬에서 벗어난 위치에서 시작합니다.` });
    return { ok: true, value: { version, metadata, tensors, alignment, dataStart, warnings } };
  } catch (error) {
    if (error instanceof OutOfBytes) {
      if (error.needed > GGUF_MAX_HEADER_BYTES) {
        return failure('header-too-large', `The header goes on past ${GGUF_MAX_HEADER_BYTES / (1024 * 1024)} MiB; larger headers are not read.`, `헤더가 ${GGUF_MAX_HEADER_BYTES / (1024 * 1024)} MiB를 넘어 이어집니다. 이보다 큰 헤더는 읽지 않습니다.`);
      }
      return { ok: false, need: error.needed };
    }
    if (error instanceof BadFile) return error.result;
    throw error;
  }
}

/** How many bytes to read next after a `need`: at least double, so a header is re-parsed O(log n) times. */
export function nextGgufReadSize(current: number, need: number, fileSize: number): number {
  return Math.min(fileSize, GGUF_MAX_HEADER_BYTES, Math.max(need, current * 2));
}

/** A metadata value as a plain number / string / boolean, or undefined. */
export function ggufScalar(metadata: ReadonlyMap<string, GgufValue>, key: string): number | string | boolean | undefined {
  const v = metadata.get(key);
  if (!v || v.type === 'array') return undefined;
  return v.value;
}
