import * as vscode from 'vscode';
import type { KnowledgeBase } from '../../core/knowledge/knowledgeBase';
import { hoverMarkdown, type HoverDetail, type HoverLinks } from '../../core/present/hoverMarkdown';
import { chartTargetFor } from '../../core/scaling/chartTargets';
import { uiLanguage } from '../i18n';
import type { AtlasService } from './atlasService';
import { HOVER_COMMANDS, commandLink } from './commandLinks';
import { termAtPosition } from './termAtPosition';

export const HOVER_LANGUAGES_SETTING = 'llmAtlas.hover.languages';

/** Links for a hover; "Show on scaling chart" only for entries the charts can show. */
function hoverLinks(kb: KnowledgeBase): HoverLinks {
  return {
    openCard: (entryId) => commandLink('llmAtlas.openCard', entryId),
    showOnChart: (entryId) => (chartTargetFor(kb, entryId) ? commandLink('llmAtlas.showOnScalingChart', entryId) : undefined),
  };
}

/** Explains the atlas term under the cursor. All the work is in the core: matcher and Markdown. */
export class AtlasHoverProvider implements vscode.HoverProvider {
  constructor(private readonly atlas: AtlasService) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const settings = vscode.workspace.getConfiguration('llmAtlas.hover');
    if (!settings.get<boolean>('enabled', true)) return undefined;
    const { kb, matcher } = await this.atlas.load();
    const found = termAtPosition(matcher, document, position);
    if (!found) return undefined;
    const { match, range } = found;
    const detail = settings.get<HoverDetail>('detail', 'compact');
    const subject = { ...match, hfId: match.via === 'hf-id' ? match.text : undefined };
    const text = hoverMarkdown(kb, subject, uiLanguage(), detail === 'detailed' ? 'detailed' : 'compact', hoverLinks(kb));
    if (!text) return undefined;
    const markdown = new vscode.MarkdownString(text);
    markdown.isTrusted = { enabledCommands: HOVER_COMMANDS };
    return new vscode.Hover(markdown, range);
  }
}

/** Registers the hover for the languages in the setting, re-registering when it changes. */
export function registerAtlasHover(context: vscode.ExtensionContext, atlas: AtlasService): void {
  registerForHoverLanguages(context, new AtlasHoverProvider(atlas));
}

/** Registers a hover provider for the languages of `llmAtlas.hover.languages`, following the setting. */
export function registerForHoverLanguages(context: vscode.ExtensionContext, provider: vscode.HoverProvider): void {
  let registration: vscode.Disposable | undefined;
  const register = () => {
    registration?.dispose();
    const languages = vscode.workspace.getConfiguration().get<string[]>(HOVER_LANGUAGES_SETTING, []);
    registration = vscode.languages.registerHoverProvider(languages.map((language) => ({ language })), provider);
  };
  register();
  context.subscriptions.push(
    { dispose: () => registration?.dispose() },
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(HOVER_LANGUAGES_SETTING)) register();
    }),
  );
}
