import type * as vscode from 'vscode';
import { activateAtlas } from './adapters/activate';

/** Desktop / remote (Node) extension host entry. */
export function activate(context: vscode.ExtensionContext) {
  return activateAtlas(context);
}

export function deactivate(): void {}
