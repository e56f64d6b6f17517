import * as vscode from 'vscode';

/** Reads a text file the extension ships (dist/atlas.json, dist/known-configs.json), whole. */
export type ReadExtensionFile = (uri: vscode.Uri) => Promise<string>;

/** `workspace.fs` reads extension files in every host, the web worker included. */
export const workspaceReadFile: ReadExtensionFile = async (uri) => new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
