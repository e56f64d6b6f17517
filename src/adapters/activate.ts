import type * as vscode from 'vscode';
import { registerAtlasCommands } from './atlas/atlasCommands';
import { AtlasService } from './atlas/atlasService';
import { registerAtlasHover } from './atlas/hoverProvider';
import { registerScalingPanel } from './scaling/scalingPanel';

/**
 * Wires the extension into VS Code. Shared by the Node and web-worker entries; registration only,
 * nothing heavy: the atlas and its indexes load on first use.
 */
export function activateAtlas(context: vscode.ExtensionContext): void {
  const atlas = new AtlasService(context.extensionUri);
  registerAtlasHover(context, atlas);
  registerAtlasCommands(context, atlas);
  registerScalingPanel(context);
}
