import type * as vscode from 'vscode';
import type { ByteSource } from '../../core/weights/load';
import { workspaceFiles, type WeightsFiles } from './files';
import { nodeFileSource } from './nodeFileSource';

/** Ranged reads with Node's `fs` (desktop and remote hosts); non-file URIs go through `workspace.fs`. */
export const nodeFiles: WeightsFiles = {
  ranged: true,
  open(uri: vscode.Uri): Promise<ByteSource> {
    return uri.scheme === 'file' ? nodeFileSource(uri.fsPath) : workspaceFiles.open(uri);
  },
};
