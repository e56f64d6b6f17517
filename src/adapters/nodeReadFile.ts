import { readFileSync } from 'node:fs';
import { workspaceReadFile, type ReadExtensionFile } from './extensionFiles';

/**
 * The Node host reads local extension files with `fs`: in a remote extension host `workspace.fs`
 * round-trips through the workbench, which made the first hover wait ~150 ms for atlas.json's 2 MB.
 * Synchronously: reading takes a few milliseconds, while yielding to the event loop lets whatever the
 * host has queued (other extensions starting, say) run before the hover that is waiting.
 */
export const nodeReadFile: ReadExtensionFile = async (uri) => (uri.scheme === 'file' ? readFileSync(uri.fsPath, 'utf8') : workspaceReadFile(uri));
