import { open } from 'node:fs/promises';
import type * as vscode from 'vscode';
import type { ByteSource } from '../../core/weights/load';
import { workspaceFiles, type WeightsFiles } from './files';

/**
 * Ranged reads with Node's `fs` (desktop and remote hosts): each read opens, reads its range and
 * closes, so no handle outlives a request. Non-file URIs go through `workspace.fs`.
 */
export const nodeFiles: WeightsFiles = {
  ranged: true,
  async open(uri: vscode.Uri): Promise<ByteSource> {
    if (uri.scheme !== 'file') return workspaceFiles.open(uri);
    const path = uri.fsPath;
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
  },
};
