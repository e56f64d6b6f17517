import type * as vscode from 'vscode';
import { activateAtlas } from './adapters/activate';
import { activationExports, type AtlasExports } from './adapters/activationTiming';
import { nodeReadFile } from './adapters/nodeReadFile';
import { nodeWeightsHost } from './adapters/weights/nodeHost';

/** Desktop / remote (Node) extension host entry. */
export function activate(context: vscode.ExtensionContext): AtlasExports {
  const started = performance.now();
  activateAtlas(context, nodeWeightsHost(), nodeReadFile);
  return activationExports(started, performance.now());
}

export function deactivate(): void {}
