import * as vscode from 'vscode';
import type { KnowledgeBase } from '../../core/knowledge/knowledgeBase';
import type { TermMatcher } from '../../core/matcher';
import type { AtlasSearch } from '../../core/search/atlasSearch';
import { workspaceReadFile, type ReadExtensionFile } from '../extensionFiles';

export interface LoadedAtlas {
  kb: KnowledgeBase;
  matcher: TermMatcher;
  /** Built on first use: a hover never needs it. */
  readonly search: AtlasSearch;
}

/**
 * Loads dist/atlas.json (the atlas and the matcher index the build stored with it) and builds the
 * matcher on first use, once; the search index waits until something searches. The modules are imported
 * dynamically so that esbuild defers evaluating them until then: activation stays cheap.
 */
export class AtlasService {
  private loading: Promise<LoadedAtlas> | undefined;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly readFile: ReadExtensionFile = workspaceReadFile,
  ) {}

  load(): Promise<LoadedAtlas> {
    this.loading ??= (async () => {
      const [json, { deserializeAtlasWithIndex }, { TermMatcher }, { AtlasSearch }] = await Promise.all([
        this.readFile(vscode.Uri.joinPath(this.extensionUri, 'dist', 'atlas.json')),
        import('../../core/knowledge/serialized'),
        import('../../core/matcher'),
        import('../../core/search/atlasSearch'),
      ]);
      const { kb, matcherIndex } = deserializeAtlasWithIndex(json);
      let search: AtlasSearch | undefined;
      return {
        kb,
        matcher: new TermMatcher(kb, matcherIndex),
        get search() {
          return (search ??= new AtlasSearch(kb));
        },
      };
    })();
    // A failed read (file replaced mid-update, say) is not cached: the next use tries again.
    this.loading.catch(() => (this.loading = undefined));
    return this.loading;
  }
}
