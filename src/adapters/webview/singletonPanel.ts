import * as vscode from 'vscode';
import { uiLanguage } from '../i18n';
import { webviewHtml, webviewResourceRoots } from './html';

export interface SingletonPanelOptions<Inbound> {
  viewType: string;
  /** Folder name under webview/ and bundle name under dist/webview/. */
  app: string;
  title(): string;
  /** Where a new panel opens; the active group unless the panel says otherwise. */
  column?(): vscode.ViewColumn;
  /** Validates a message from the page; anything unrecognised returns undefined and is ignored. */
  parse(raw: unknown): Inbound | undefined;
  handle(message: Inbound, panel: SingletonPanel<Inbound>): void | Thenable<void>;
}

/**
 * One webview panel of a kind: revealed if open, created otherwise, restored after a window reload
 * through a serializer (the page keeps its own control state with `setState`).
 */
export class SingletonPanel<Inbound> {
  private panel: vscode.WebviewPanel | undefined;

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly options: SingletonPanelOptions<Inbound>,
  ) {
    context.subscriptions.push(
      vscode.window.registerWebviewPanelSerializer(options.viewType, {
        deserializeWebviewPanel: async (panel) => this.attach(panel),
      }),
    );
  }

  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  show(): void {
    if (this.panel) {
      this.panel.reveal(undefined, false);
      return;
    }
    const column = this.options.column?.() ?? vscode.ViewColumn.Active;
    const panel = vscode.window.createWebviewPanel(this.options.viewType, this.options.title(), column, {
      enableScripts: true,
      retainContextWhenHidden: false,
      localResourceRoots: webviewResourceRoots(this.context.extensionUri),
    });
    this.attach(panel);
  }

  post(message: unknown): Thenable<boolean> {
    return this.panel?.webview.postMessage(message) ?? Promise.resolve(false);
  }

  /** Retitles the panel and reloads nothing: the page re-renders from the next init message. */
  retitle(): void {
    if (this.panel) this.panel.title = this.options.title();
  }

  private attach(panel: vscode.WebviewPanel): void {
    this.panel = panel;
    panel.webview.options = { enableScripts: true, localResourceRoots: webviewResourceRoots(this.context.extensionUri) };
    panel.iconPath = vscode.Uri.joinPath(this.context.extensionUri, 'media', 'atlas.svg');
    panel.webview.html = webviewHtml(panel.webview, this.context.extensionUri, this.options.app, this.options.title(), uiLanguage());
    const subscriptions = [
      panel.webview.onDidReceiveMessage((raw: unknown) => {
        const message = this.options.parse(raw);
        if (message !== undefined) void this.options.handle(message, this);
      }),
    ];
    panel.onDidDispose(() => {
      this.panel = undefined;
      subscriptions.forEach((s) => s.dispose());
    });
  }
}
