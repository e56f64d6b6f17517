import type * as vscode from 'vscode';
import { registerAtlasCommands } from './atlas/atlasCommands';
import { AtlasService } from './atlas/atlasService';
import { registerCardsPanel } from './cards/cardsPanel';
import { workspaceReadFile, type ReadExtensionFile } from './extensionFiles';
import { registerAtlasHover } from './atlas/hoverProvider';
import { registerLanguageCommand } from './languageCommand';
import { registerEstimator } from './estimator';
import { registerPlanner } from './planner';
import { registerScalingPanel } from './scaling/scalingPanel';
import { registerSidebar } from './sidebar/sidebarView';
import { registerWeights, type WeightsHost } from './weights';

/**
 * Wires the extension into VS Code. Shared by the Node and web-worker entries; registration only,
 * nothing heavy: the atlas and its indexes load on first use. The Node entry passes its own ways of
 * reading weights and the extension's files; the web-worker host has only `workspace.fs`.
 */
export function activateAtlas(context: vscode.ExtensionContext, weightsHost?: WeightsHost, readFile: ReadExtensionFile = workspaceReadFile): void {
  const atlas = new AtlasService(context.extensionUri, readFile);
  registerAtlasHover(context, atlas);
  registerAtlasCommands(context, atlas);
  registerLanguageCommand(context);
  registerCardsPanel(context, atlas);
  registerScalingPanel(context, atlas);
  registerEstimator(context);
  registerPlanner(context, readFile, weightsHost?.hubCache);
  registerSidebar(context, atlas);
  registerWeights(context, atlas, weightsHost);
}
