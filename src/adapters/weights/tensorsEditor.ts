import * as vscode from 'vscode';
import { pick } from '../../core/present/format';
import { parseMessage } from '../../core/protocol/common';
import { TensorsInbound, type TensorsContent, type TensorsInit } from '../../core/protocol/tensors';
import { TENSORS_VIEW_TYPE } from '../../core/protocol/viewTypes';
import { tensorsStrings, tensorsView } from '../../core/weights/view';
import { onLanguageChange, t, uiLanguage } from '../i18n';
import { webviewHtml, webviewResourceRoots } from '../webview/html';
import type { WeightsFiles } from './files';
import { loadWeightsFile } from './loadWeights';

/** The command that opens a weights file in the tensors page (used by the CodeLenses). */
export const OPEN_TENSORS_COMMAND = 'llmAtlas.openTensors';

/** The one lens of a weights-related file: its summary, opening the tensors of `file` when there is one. */
export function tensorsLens(title: string, file: vscode.Uri | undefined): vscode.CodeLens {
  const command: vscode.Command = file ? { title, command: OPEN_TENSORS_COMMAND, arguments: [file], tooltip: t('Open the tensors') } : { title, command: '' };
  return new vscode.CodeLens(new vscode.Range(0, 0, 0, 0), command);
}

/**
 * The read-only custom editor of .safetensors and .gguf files: the host reads the header (bounded),
 * the page shows totals, storage types, metadata and the searchable tensor tree. Nothing is editable,
 * so the document is just its URI.
 */
export class TensorsEditorProvider implements vscode.CustomReadonlyEditorProvider {
  private readonly open = new Set<{ panel: vscode.WebviewPanel; uri: vscode.Uri }>();

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly files: WeightsFiles,
  ) {}

  openCustomDocument(uri: vscode.Uri): vscode.CustomDocument {
    return { uri, dispose: () => undefined };
  }

  resolveCustomEditor(document: vscode.CustomDocument, panel: vscode.WebviewPanel): void {
    const { extensionUri } = this.context;
    panel.webview.options = { enableScripts: true, localResourceRoots: webviewResourceRoots(extensionUri) };
    panel.webview.html = webviewHtml(panel.webview, extensionUri, 'tensors', t('Tensors'), uiLanguage());
    const entry = { panel, uri: document.uri };
    this.open.add(entry);
    const subscription = panel.webview.onDidReceiveMessage((raw: unknown) => {
      const message = parseMessage(TensorsInbound, raw);
      if (message?.type === 'ready') void this.post(entry);
    });
    panel.onDidDispose(() => {
      subscription.dispose();
      this.open.delete(entry);
    });
  }

  /** Re-sends every open page its content (after a language change). */
  refreshAll(): void {
    for (const entry of this.open) void this.post(entry);
  }

  private async post(entry: { panel: vscode.WebviewPanel; uri: vscode.Uri }): Promise<void> {
    const lang = uiLanguage();
    const report = await loadWeightsFile(this.files, entry.uri);
    const content: TensorsContent = report.ok
      ? { kind: 'weights', view: tensorsView(report.value, lang) }
      : { kind: 'error', title: t('This file cannot be summarised'), message: pick(report.error.message, lang) };
    const message: TensorsInit = { type: 'init', language: lang, strings: tensorsStrings(lang), content };
    await entry.panel.webview.postMessage(message);
  }
}

export function registerTensorsEditor(context: vscode.ExtensionContext, files: WeightsFiles): void {
  const provider = new TensorsEditorProvider(context, files);
  context.subscriptions.push(
    vscode.window.registerCustomEditorProvider(TENSORS_VIEW_TYPE, provider, { supportsMultipleEditorsPerDocument: true }),
    vscode.commands.registerCommand(OPEN_TENSORS_COMMAND, async (uri: unknown) => {
      const target = uri instanceof vscode.Uri ? uri : typeof uri === 'string' ? vscode.Uri.parse(uri) : undefined;
      if (!target) return false;
      await vscode.commands.executeCommand('vscode.openWith', target, TENSORS_VIEW_TYPE);
      return true;
    }),
    onLanguageChange(() => provider.refreshAll()),
  );
}
