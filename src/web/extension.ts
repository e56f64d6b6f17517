import type * as vscode from 'vscode';
import { activateAtlas } from '../adapters/activate';
import { activationExports, type AtlasExports } from '../adapters/activationTiming';

/** Web-worker extension host entry (vscode.dev, code-server's browser host). */
export function activate(context: vscode.ExtensionContext): AtlasExports {
  const started = performance.now();
  activateAtlas(context);
  return activationExports(started, performance.now());
}

export function deactivate(): void {}
