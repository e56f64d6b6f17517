import * as vscode from 'vscode';
import type { KnowledgeBase } from '../../core/knowledge/knowledgeBase';
import { parseMessage } from '../../core/protocol/common';
import { SidebarInbound, type FileTerms, type QuickAction, type SidebarInit, type SidebarOutbound } from '../../core/protocol/sidebar';
import { SIDEBAR_VIEW_ID } from '../../core/protocol/viewTypes';
import { browseGroups } from '../../core/sidebar/browseGroups';
import { entryRows } from '../../core/sidebar/entryRows';
import type { FileTermScan } from '../../core/sidebar/fileTerms';
import type { AtlasService } from '../atlas/atlasService';
import { onLanguageChange, t, uiLanguage } from '../i18n';
import { webviewHtml, webviewResourceRoots } from '../webview/html';
import { FileTermsTracker } from './fileTermsTracker';

/** What each quick action runs, and its label. Actions whose command is not registered are not offered. */
const QUICK_ACTIONS: Record<QuickAction, { command: string; title: () => string }> = {
  scalingCharts: { command: 'llmAtlas.showScalingCharts', title: () => t('Scaling Charts') },
  architectureCards: { command: 'llmAtlas.showArchitectureCards', title: () => t('Architecture Cards') },
  estimateFromConfig: { command: 'llmAtlas.estimateModelFromConfig', title: () => t('Estimate Model from Config') },
};

async function initMessage(kb: KnowledgeBase): Promise<SidebarInit> {
  const lang = uiLanguage();
  const registered = new Set(await vscode.commands.getCommands(true));
  return {
    type: 'init',
    language: lang,
    strings: {
      searchPlaceholder: t('Search the atlas…'),
      searchLabel: t('Search the atlas'),
      actions: t('Quick actions'),
      inThisFile: t('In this file'),
      browse: t('Browse'),
      results: t('Results'),
      noResults: t('No matching entries.'),
      noEditor: t('Open a file to see the atlas terms it uses.'),
      noTerms: t('No atlas terms in this file.'),
      revealHint: t('Show the next occurrence'),
    },
    entries: entryRows(kb, lang),
    groups: browseGroups(kb, lang),
    actions: (Object.keys(QUICK_ACTIONS) as QuickAction[])
      .filter((id) => registered.has(QUICK_ACTIONS[id].command))
      .map((id) => ({ id, title: QUICK_ACTIONS[id].title() })),
  };
}

function scanNote(scan: FileTermScan): string | undefined {
  if (!scan.stoppedBy) return undefined;
  const scannedKb = Math.round(scan.scannedChars / 1024);
  return scan.stoppedBy === 'size'
    ? t('Large file: only the first {0} KB were scanned.', scannedKb)
    : t('The scan stopped after {0} KB to keep the editor responsive.', scannedKb);
}

function fileTermsMessage(document: vscode.TextDocument | undefined, scan: FileTermScan | undefined): FileTerms {
  if (!document || !scan) return { type: 'fileTerms', file: null, terms: [] };
  const note = scanNote(scan);
  return { type: 'fileTerms', file: vscode.workspace.asRelativePath(document.uri, false), terms: scan.terms, ...(note ? { note } : {}) };
}

/**
 * The "LLM Atlas" sidebar: search, browse, "In this file" and quick actions. The page renders;
 * this side owns the data (atlas, search, file scans) and answers its validated messages.
 * Without `retainContextWhenHidden` the page is rebuilt each time the view is shown: it restores
 * its own state (`getState`) and asks for the data again with `ready`.
 */
class SidebarViewProvider implements vscode.WebviewViewProvider, vscode.Disposable {
  private view: vscode.WebviewView | undefined;
  private readonly tracker: FileTermsTracker;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly atlas: AtlasService,
  ) {
    this.tracker = new FileTermsTracker(atlas);
    this.tracker.onDidChange(() => {
      const { document, scan } = this.tracker.current;
      // A file whose scan is still running keeps the previous list rather than flashing "no terms".
      if (!document || scan) void this.post(fileTermsMessage(document, scan));
    });
  }

  resolveWebviewView(view: vscode.WebviewView): void {
    this.view = view;
    view.webview.options = { enableScripts: true, localResourceRoots: webviewResourceRoots(this.extensionUri) };
    view.webview.html = webviewHtml(view.webview, this.extensionUri, 'sidebar', 'LLM Atlas', uiLanguage());
    const subscriptions = [
      view.webview.onDidReceiveMessage((raw: unknown) => {
        const message = parseMessage(SidebarInbound, raw);
        if (message) void this.handle(message);
      }),
      view.onDidChangeVisibility(() => this.tracker.setEnabled(view.visible)),
    ];
    view.onDidDispose(() => {
      subscriptions.forEach((s) => s.dispose());
      this.tracker.setEnabled(false);
      if (this.view === view) this.view = undefined;
    });
    this.tracker.setEnabled(view.visible);
  }

  /** Sends the page everything again in the current language. */
  async refresh(): Promise<void> {
    if (!this.view) return;
    const { kb } = await this.atlas.load();
    await this.post(await initMessage(kb));
    const { document, scan } = this.tracker.current;
    await this.post(fileTermsMessage(document, scan));
  }

  dispose(): void {
    this.tracker.dispose();
  }

  private async handle(message: SidebarInbound): Promise<void> {
    switch (message.type) {
      case 'ready':
        return this.refresh();
      case 'search': {
        const { search } = await this.atlas.load();
        const entryIds = search.search(message.query).map((hit) => hit.entry.id);
        await this.post({ type: 'searchResults', seq: message.seq, entryIds });
        return;
      }
      case 'openEntry':
        await vscode.commands.executeCommand('llmAtlas.openCard', message.entryId);
        return;
      case 'revealTerm':
        await this.tracker.revealNext(message.entryId);
        return;
      case 'runAction':
        await vscode.commands.executeCommand(QUICK_ACTIONS[message.action].command);
        return;
    }
  }

  private post(message: SidebarOutbound): Thenable<boolean> {
    return this.view?.webview.postMessage(message) ?? Promise.resolve(false);
  }
}

export function registerSidebar(context: vscode.ExtensionContext, atlas: AtlasService): void {
  const provider = new SidebarViewProvider(context.extensionUri, atlas);
  context.subscriptions.push(
    provider,
    vscode.window.registerWebviewViewProvider(SIDEBAR_VIEW_ID, provider),
    onLanguageChange(() => void provider.refresh()),
  );
}
