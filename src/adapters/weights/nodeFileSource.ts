import { open } from 'node:fs/promises';
import type { ByteSource } from '../../core/weights/load';

/**
 * Ranged reads of a local file with Node's `fs`: each read opens, reads its range and closes, so no
 * handle outlives a request. No `vscode` import: the benchmark uses it in plain Node.
 */
export async function nodeFileSource(path: string): Promise<ByteSource> {
  const handle = await open(path, 'r');
  const { size } = await handle.stat().finally(() => handle.close());
  return {
    size,
    async read(offset, length) {
      const file = await open(path, 'r');
      try {
        const buffer = new Uint8Array(Math.max(0, Math.min(length, size - offset)));
        const { bytesRead } = await file.read(buffer, 0, buffer.length, offset);
        return buffer.subarray(0, bytesRead);
      } finally {
        await file.close();
      }
    },
  };
}
