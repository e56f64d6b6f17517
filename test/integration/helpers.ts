import * as vscode from 'vscode';

export const EXTENSION_ID = 'llm-atlas.llm-atlas';

export function samplesFolder(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the integration tests run on the samples/ workspace');
  return folder.uri;
}

export function sampleUri(relative: string): vscode.Uri {
  return vscode.Uri.joinPath(samplesFolder(), relative);
}

/** The repository root (samples/ is its child). */
export function repoUri(relative: string): vscode.Uri {
  return vscode.Uri.joinPath(samplesFolder(), '..', relative);
}

export async function openSample(relative: string): Promise<vscode.TextDocument> {
  return vscode.workspace.openTextDocument(sampleUri(relative));
}

/** Position of the `nth` occurrence of `needle` in the document, `offset` characters into it. */
export function positionOf(document: vscode.TextDocument, needle: string, { nth = 0, offset = 1 } = {}): vscode.Position {
  const text = document.getText();
  let index = -1;
  for (let i = 0; i <= nth; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`"${needle}" (#${nth}) not found in ${document.uri.path}`);
  }
  return document.positionAt(index + offset);
}

function hoverText(hover: vscode.Hover): string {
  return hover.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
}

/** LLM Atlas's hover text at a position (other providers' hovers are left out), or undefined. */
export async function atlasHoverAt(uri: vscode.Uri, position: vscode.Position): Promise<string | undefined> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  const ours = hovers.map(hoverText).filter((text) => text.includes('llmAtlas.openCard'));
  return ours.length > 0 ? ours.join('\n') : undefined;
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration().update(key, value, vscode.ConfigurationTarget.Global);
}

/**
 * Resolves once `probe` gives a value, checking it now and after each change of the editor tabs
 * (webview panels open, close and retitle as tabs); rejects after `timeoutMs`.
 */
export function whenTabs<T>(what: string, probe: () => T | undefined | false, timeoutMs = 10_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      const value = probe();
      if (!value) return false;
      done();
      resolve(value);
      return true;
    };
    const listener = vscode.window.tabGroups.onDidChangeTabs(() => check());
    const timer = setTimeout(() => {
      done();
      reject(new Error(`timed out waiting for ${what}`));
    }, timeoutMs);
    const done = () => {
      listener.dispose();
      clearTimeout(timer);
    };
    check();
  });
}

/** Closes every editor and resolves once the host reports no active text editor (it lags the command). */
export async function closeAllEditors(): Promise<void> {
  const none = new Promise<void>((resolve) => {
    if (!vscode.window.activeTextEditor) return resolve();
    const listener = vscode.window.onDidChangeActiveTextEditor((editor) => {
      if (editor) return;
      listener.dispose();
      resolve();
    });
  });
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  await none;
}
