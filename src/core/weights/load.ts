/**
 * Bounded header reads over any byte source (Node file handle, `workspace.fs` bytes, an in-memory
 * buffer in tests): the 8-byte safetensors length then exactly the header; GGUF prefixes that grow
 * until the header fits. Tensor data is never requested.
 */
import { GGUF_MAX_HEADER_BYTES, nextGgufReadSize, parseGguf, type GgufHeader } from './gguf';
import { SAFETENSORS_PREFIX_BYTES, parseSafetensorsHeader, safetensorsHeaderLength, type SafetensorsHeader } from './safetensors';
import { joinShards, parseShardIndex, type ShardIndex } from './shardIndex';
import { failure, type Bilingual, type Parsed, type TensorInfo } from './types';

export interface ByteSource {
  size: number;
  /** Up to `length` bytes from `offset` (fewer at the end of the file). */
  read(offset: number, length: number): Promise<Uint8Array>;
}

/** A file the host will not read (too big to read whole where ranged reads are impossible), with why. */
export class SourceUnavailable extends Error {
  constructor(readonly reason: Bilingual) {
    super(reason.en);
  }
}

/** First GGUF read: enough for most headers, a 150k-token vocabulary included (then one parse). */
const GGUF_FIRST_READ = 4 * 1024 * 1024;

async function guarded<T>(work: () => Promise<Parsed<T>>): Promise<Parsed<T>> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof SourceUnavailable) return failure('unreadable', error.reason.en, error.reason.ko);
    const why = error instanceof Error ? error.message : String(error);
    return failure('unreadable', `The file could not be read: ${why}`, `파일을 읽을 수 없습니다: ${why}`);
  }
}

export function readSafetensorsHeader(source: ByteSource): Promise<Parsed<SafetensorsHeader>> {
  return guarded(async () => {
    const prefix = await source.read(0, Math.min(SAFETENSORS_PREFIX_BYTES, source.size));
    const length = safetensorsHeaderLength(prefix, source.size);
    if (!length.ok) return length;
    const header = await source.read(SAFETENSORS_PREFIX_BYTES, length.value);
    if (header.length !== length.value) {
      return failure('truncated', 'The file ended while its header was read (it changed on disk?).', '헤더를 읽는 중에 파일이 끝났습니다(디스크에서 파일이 바뀌었을 수 있습니다).');
    }
    return parseSafetensorsHeader(header, source.size);
  });
}

export function readGgufHeader(source: ByteSource): Promise<Parsed<GgufHeader>> {
  return guarded(async () => {
    let size = Math.min(source.size, GGUF_FIRST_READ);
    let bytes = await source.read(0, size);
    for (;;) {
      const parsed = parseGguf(bytes, source.size);
      if (parsed.ok || !('need' in parsed)) return parsed;
      const next = nextGgufReadSize(size, parsed.need, source.size);
      if (next <= bytes.length || next > GGUF_MAX_HEADER_BYTES) {
        return failure('truncated', 'The file ended while its header was read.', '헤더를 읽는 중에 파일이 끝났습니다.');
      }
      // Only the missing part is read; the prefix already read is kept.
      const more = await source.read(bytes.length, next - bytes.length);
      const grown = new Uint8Array(bytes.length + more.length);
      grown.set(bytes);
      grown.set(more, bytes.length);
      if (more.length === 0) return failure('truncated', 'The file ended while its header was read.', '헤더를 읽는 중에 파일이 끝났습니다.');
      bytes = grown;
      size = bytes.length;
    }
  });
}

export interface Checkpoint {
  index?: ShardIndex;
  /** Shard files read, in index order (one file for an unsharded checkpoint). */
  files: string[];
  tensors: TensorInfo[];
  warnings: Bilingual[];
  /** __metadata__ of the first file. */
  metadata: Record<string, string>;
}

/**
 * A sharded checkpoint from its index text: every shard's header, joined. `open` gives a shard's bytes
 * (or undefined when it is missing); a missing or broken shard is a warning, not a failure, so the
 * rest is still summarised — unless no shard could be read.
 */
export async function readShardedCheckpoint(indexText: string, open: (file: string) => Promise<ByteSource | undefined>): Promise<Parsed<Checkpoint>> {
  const index = parseShardIndex(indexText);
  if (!index.ok) return index;
  const read: Array<{ file: string; header: SafetensorsHeader }> = [];
  const warnings: Bilingual[] = [];
  const results = await Promise.all(
    index.value.shards.map(async (file) => {
      try {
        return { file, source: await open(file) };
      } catch (error) {
        return { file, source: undefined, refused: error instanceof SourceUnavailable ? error.reason : undefined };
      }
    }),
  );
  for (const { file, source, refused } of results as Array<{ file: string; source?: ByteSource; refused?: Bilingual }>) {
    if (refused) {
      warnings.push({ en: `${file}: ${refused.en}`, ko: `${file}: ${refused.ko}` });
      continue;
    }
    if (!source) {
      warnings.push({ en: `Shard ${file} is missing.`, ko: `샤드 ${file}가 없습니다.` });
      continue;
    }
    const header = await readSafetensorsHeader(source);
    if (header.ok) read.push({ file, header: header.value });
    else warnings.push({ en: `${file}: ${header.error.message.en}`, ko: `${file}: ${header.error.message.ko}` });
  }
  if (read.length === 0) {
    return failure('unreadable', `None of the ${index.value.shards.length} shards could be read. ${warnings[0]?.en ?? ''}`.trim(), `샤드 ${index.value.shards.length}개 중 하나도 읽지 못했습니다. ${warnings[0]?.ko ?? ''}`.trim());
  }
  const joined = joinShards(index.value, read);
  return {
    ok: true,
    value: { index: index.value, files: read.map((r) => r.file), tensors: joined.tensors, warnings: [...warnings, ...joined.warnings], metadata: read[0].header.metadata },
  };
}

/** An in-memory byte source (tests, and the web host where a whole small file is read at once). */
export function memorySource(bytes: Uint8Array, onRead?: (offset: number, length: number) => void): ByteSource {
  return {
    size: bytes.length,
    async read(offset, length) {
      onRead?.(offset, length);
      return bytes.subarray(offset, Math.min(bytes.length, offset + length));
    },
  };
}
