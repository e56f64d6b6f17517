import * as vscode from 'vscode';
import type { ReadExtensionFile } from '../extensionFiles';
import { onLanguageChange, uiLanguage } from '../i18n';
import { documentOffsetFrom } from '../documentOffset';
import { OPEN_PLANNER_COMMAND, PlannerCodeLensProvider } from './plannerCodeLens';
import { PlannerPanel, type PlannerTarget } from './plannerPanel';
import { plannerText } from './hostText';
import { ScriptPlans } from './scriptPlans';

/** The planner's surfaces: the CodeLens on trainer and `LLM(...)` calls, and the Planner panel. */
export function registerPlanner(context: vscode.ExtensionContext, readFile: ReadExtensionFile, hubCache?: () => vscode.Uri): void {
  const plans = new ScriptPlans(context.extensionUri, readFile, hubCache);
  const lenses = new PlannerCodeLensProvider(plans);
  const panel = new PlannerPanel(context, plans);
  context.subscriptions.push(
    plans,
    lenses,
    panel,
    vscode.languages.registerCodeLensProvider({ language: 'python' }, lenses),
    vscode.commands.registerCommand(OPEN_PLANNER_COMMAND, async (first: unknown, second: unknown) => {
      const target = documentOffsetFrom(first, second) ?? activeEditorTarget();
      if (!target) {
        void vscode.window.showInformationMessage(plannerText('noAnchor', uiLanguage()));
        return false;
      }
      await panel.open(target);
      return true;
    }),
    onLanguageChange(() => lenses.refresh()),
  );
}

/** The active Python editor: the call around the cursor, else the file's first. */
function activeEditorTarget(): PlannerTarget | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'python') return undefined;
  return { uri: editor.document.uri, offset: editor.document.offsetAt(editor.selection.active) };
}
