import * as vscode from 'vscode';
import { entryDocument } from '../../core/present/entryDocument';
import { uiLanguage } from '../i18n';
import type { AtlasService } from './atlasService';

export const EXPLANATION_SCHEME = 'llm-atlas';

/** Read-only Markdown documents `llm-atlas:/<entry-id>.md`, one per atlas entry, in the UI language. */
export class ExplanationDocuments implements vscode.TextDocumentContentProvider {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly atlas: AtlasService) {}

  static uri(entryId: string): vscode.Uri {
    return vscode.Uri.from({ scheme: EXPLANATION_SCHEME, path: `/${entryId}.md` });
  }

  async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
    const { kb } = await this.atlas.load();
    const id = uri.path.replace(/^\//, '').replace(/\.md$/, '');
    return entryDocument(kb, id, uiLanguage()) ?? `# ${id}\n\nNot in the atlas.\n`;
  }

  /** Re-renders open explanations (after a language change). */
  refresh(): void {
    for (const doc of vscode.workspace.textDocuments) if (doc.uri.scheme === EXPLANATION_SCHEME) this.changed.fire(doc.uri);
  }
}
