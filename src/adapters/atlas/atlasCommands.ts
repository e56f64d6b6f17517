import * as vscode from 'vscode';
import { headlineFigure } from '../../core/present/hoverMarkdown';
import { kindName, pick } from '../../core/present/format';
import { t, uiLanguage } from '../i18n';
import type { AtlasService } from './atlasService';
import { termAtPosition } from './termAtPosition';

async function explainTermAtCursor(atlas: AtlasService): Promise<boolean> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage(t('Open a file and place the cursor on a model term to explain it.'));
    return false;
  }
  const { matcher } = await atlas.load();
  const position = editor.selection.active;
  const match = termAtPosition(matcher, editor.document, position)?.match;
  if (!match) {
    void vscode.window.showInformationMessage(t('No atlas term at the cursor.'));
    return false;
  }
  return vscode.commands.executeCommand<boolean>('llmAtlas.openCard', match.entryId);
}

interface EntryItem extends vscode.QuickPickItem {
  entryId: string;
}

/** A QuickPick over every entry; the atlas's own bilingual, typo-tolerant search does the filtering. */
async function searchAtlas(atlas: AtlasService): Promise<string | undefined> {
  const { kb, search } = await atlas.load();
  const lang = uiLanguage();
  const toItem = (entryId: string): EntryItem => {
    const entry = kb.get(entryId)!;
    const figure = headlineFigure(entry, lang);
    return {
      entryId,
      label: lang === 'ko' && entry.nameKo !== entry.name ? `${entry.name} · ${entry.nameKo}` : entry.name,
      description: [kindName(entry.kind, lang), figure].filter(Boolean).join(' · '),
      detail: pick(entry.summary, lang),
      alwaysShow: true,
    };
  };
  const pickItem = vscode.window.createQuickPick<EntryItem>();
  pickItem.placeholder = t('Search the atlas: models, architectures, objectives, scaling laws…');
  pickItem.matchOnDescription = true;
  pickItem.matchOnDetail = true;
  const update = () => (pickItem.items = search.search(pickItem.value).map((hit) => toItem(hit.entry.id)));
  update();
  pickItem.onDidChangeValue(update);
  const chosen = await new Promise<string | undefined>((resolve) => {
    pickItem.onDidAccept(() => resolve(pickItem.selectedItems[0]?.entryId));
    pickItem.onDidHide(() => resolve(undefined));
    pickItem.show();
  });
  pickItem.dispose();
  if (chosen) await vscode.commands.executeCommand('llmAtlas.openCard', chosen);
  return chosen;
}

export function registerAtlasCommands(context: vscode.ExtensionContext, atlas: AtlasService): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('llmAtlas.explainTermAtCursor', () => explainTermAtCursor(atlas)),
    vscode.commands.registerCommand('llmAtlas.search', () => searchAtlas(atlas)),
  );
}
