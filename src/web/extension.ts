import type * as vscode from 'vscode';
import { activateAtlas } from '../adapters/activate';

/** Web-worker extension host entry (vscode.dev, code-server's browser host). */
export function activate(context: vscode.ExtensionContext) {
  return activateAtlas(context);
}

export function deactivate(): void {}
