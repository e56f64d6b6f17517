import * as vscode from 'vscode';
import { hoverMarkdown, type HoverDetail, type HoverLinks } from '../../core/present/hoverMarkdown';
import { uiLanguage } from '../i18n';
import type { AtlasService } from './atlasService';
import { HOVER_COMMANDS, commandLink } from './commandLinks';

export const HOVER_LANGUAGES_SETTING = 'llmAtlas.hover.languages';

const links: HoverLinks = {
  openCard: (entryId) => commandLink('llmAtlas.openCard', entryId),
  showOnChart: (entryId) => commandLink('llmAtlas.showOnScalingChart', entryId),
};

/** Explains the atlas term under the cursor. All the work is in the core: matcher and Markdown. */
export class AtlasHoverProvider implements vscode.HoverProvider {
  constructor(private readonly atlas: AtlasService) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const settings = vscode.workspace.getConfiguration('llmAtlas.hover');
    if (!settings.get<boolean>('enabled', true)) return undefined;
    const { kb, matcher } = await this.atlas.load();
    const line = document.lineAt(position.line).text;
    const match = matcher.matchAt(line, position.character);
    if (!match) return undefined;
    const detail = settings.get<HoverDetail>('detail', 'compact');
    const subject = { ...match, hfId: match.via === 'hf-id' ? match.text : undefined };
    const text = hoverMarkdown(kb, subject, uiLanguage(), detail === 'detailed' ? 'detailed' : 'compact', links);
    if (!text) return undefined;
    const markdown = new vscode.MarkdownString(text);
    markdown.isTrusted = { enabledCommands: HOVER_COMMANDS };
    return new vscode.Hover(markdown, new vscode.Range(position.line, match.start, position.line, match.end));
  }
}

/** Registers the hover for the languages in the setting, re-registering when it changes. */
export function registerAtlasHover(context: vscode.ExtensionContext, atlas: AtlasService): void {
  const provider = new AtlasHoverProvider(atlas);
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
