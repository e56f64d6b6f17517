import * as vscode from 'vscode';
import type { AtlasService } from '../atlas/atlasService';
import { onLanguageChange } from '../i18n';
import { registerConfigWeights } from './configWeights';
import { workspaceFiles, type WeightsFiles } from './files';
import { registerHfCacheHover } from './hfCacheHover';
import { registerIndexDocuments } from './indexDocuments';
import { registerTensorsEditor } from './tensorsEditor';

/** What the host can do with weights: ranged file reads, and a local Hugging Face cache (Node only). */
export interface WeightsHost {
  files: WeightsFiles;
  /** The hub cache folder, resolved on each use; absent in the web-worker host, which has no local disk. */
  hubCache?: () => vscode.Uri;
}

/** The web-worker host: whole small files through workspace.fs, no local cache. */
export const WEB_WEIGHTS_HOST: WeightsHost = { files: workspaceFiles };

/** The weights surfaces: the tensors editor, index.json and config.json lenses and hovers, the HF-cache hover. */
export function registerWeights(context: vscode.ExtensionContext, atlas: AtlasService, host: WeightsHost = WEB_WEIGHTS_HOST): void {
  registerTensorsEditor(context, host.files);
  const index = registerIndexDocuments(context, host.files);
  const config = registerConfigWeights(context, host.files);
  if (host.hubCache) registerHfCacheHover(context, host.hubCache, host.files, atlas);
  context.subscriptions.push(
    onLanguageChange(() => {
      index.refresh();
      config.refresh();
    }),
  );
}
