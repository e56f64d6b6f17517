import * as vscode from 'vscode';
import { onLanguageChange, t } from '../i18n';
import { ConfigEstimates, JSON_LANGUAGES } from './configDocuments';
import { registerEstimateCodeLens } from './estimateCodeLens';
import { registerEstimateHover } from './estimateHover';
import { ESTIMATE_COMMAND, targetFromArguments, type EstimateTarget } from './estimateTarget';
import { EstimatorReport } from './reportPanel';

/** The config estimator's surfaces: hover, CodeLens, the "Estimate Model from Config" command and its report. */
export function registerEstimator(context: vscode.ExtensionContext): void {
  const estimates = new ConfigEstimates();
  const report = new EstimatorReport(context, estimates);
  const lenses = registerEstimateCodeLens(context, estimates);
  registerEstimateHover(context, estimates);
  context.subscriptions.push(
    estimates,
    report,
    vscode.commands.registerCommand(ESTIMATE_COMMAND, async (first: unknown, second: unknown) => {
      const target = targetFromArguments(first, second) ?? activeEditorTarget(estimates) ?? (await pickConfigFile());
      if (!target) return false;
      await report.open(target);
      return true;
    }),
    onLanguageChange(() => lenses.refresh()),
  );
}

/** The active editor, when it is a model config or its cursor is in a supported Python config call. */
function activeEditorTarget(estimates: ConfigEstimates): EstimateTarget | undefined {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return undefined;
  const { document } = editor;
  if (JSON_LANGUAGES.includes(document.languageId)) return estimates.forJson(document) ? { uri: document.uri } : undefined;
  if (document.languageId !== 'python') return undefined;
  const call = estimates.forPythonCall(document, editor.selection.active);
  return call ? { uri: document.uri, callOffset: call.start } : undefined;
}

async function pickConfigFile(): Promise<EstimateTarget | undefined> {
  const picked = await vscode.window.showOpenDialog({
    canSelectMany: false,
    canSelectFolders: false,
    openLabel: t('Estimate'),
    title: t('Choose a Hugging Face model config (config.json)'),
    filters: { [t('Model config')]: ['json'] },
  });
  return picked?.[0] ? { uri: picked[0] } : undefined;
}
