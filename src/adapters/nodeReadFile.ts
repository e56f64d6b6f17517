import { readFile } from 'node:fs/promises';
import { workspaceReadFile, type ReadExtensionFile } from './extensionFiles';

/**
 * The Node host reads local extension files with `fs`: in a remote extension host `workspace.fs`
 * round-trips through the workbench, which made the first hover wait ~150 ms for atlas.json's 2 MB.
 */
export const nodeReadFile: ReadExtensionFile = (uri) => (uri.scheme === 'file' ? readFile(uri.fsPath, 'utf8') : workspaceReadFile(uri));
