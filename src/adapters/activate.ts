import type * as vscode from 'vscode';
import { registerScalingPanel } from './scaling/scalingPanel';

/**
 * Wires the extension into VS Code. Shared by the Node and web-worker entries; registration only,
 * nothing heavy: the atlas and its indexes load on first use.
 */
export function activateAtlas(context: vscode.ExtensionContext): void {
  registerScalingPanel(context);
}
