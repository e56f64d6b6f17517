import * as vscode from 'vscode';
import type { KnowledgeBase } from '../../core/knowledge/knowledgeBase';
import { deserializeAtlas } from '../../core/knowledge/serialized';
import { TermMatcher } from '../../core/matcher';

export interface LoadedAtlas {
  kb: KnowledgeBase;
  matcher: TermMatcher;
}

/**
 * Loads dist/atlas.json and builds the matcher on first use, once. `workspace.fs` reads extension
 * files in both the Node and the web-worker hosts.
 */
export class AtlasService {
  private loading: Promise<LoadedAtlas> | undefined;

  constructor(private readonly extensionUri: vscode.Uri) {}

  load(): Promise<LoadedAtlas> {
    this.loading ??= (async () => {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(this.extensionUri, 'dist', 'atlas.json'));
      const kb = deserializeAtlas(new TextDecoder().decode(bytes));
      return { kb, matcher: new TermMatcher(kb) };
    })();
    // A failed read (file replaced mid-update, say) is not cached: the next use tries again.
    this.loading.catch(() => (this.loading = undefined));
    return this.loading;
  }
}
