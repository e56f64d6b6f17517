import * as vscode from 'vscode';
import { estimateErrorSummary, estimateSummary } from '../../core/present/estimateMarkdown';
import { t, uiLanguage } from '../i18n';
import { JSON_LANGUAGES, type ConfigEstimates } from './configDocuments';
import { ESTIMATE_COMMAND } from './estimateTarget';

/** One lens at the top of a model config: the one-line summary, opening the full report. */
export class EstimateCodeLensProvider implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly estimates: ConfigEstimates) {}

  provideCodeLenses(document: vscode.TextDocument): vscode.CodeLens[] {
    const analysis = this.estimates.forJson(document);
    if (!analysis) return [];
    const lang = uiLanguage();
    const title = analysis.result.ok ? estimateSummary(analysis.result.estimate, lang) : estimateErrorSummary(analysis.result.error, lang);
    const command: vscode.Command = { title, command: ESTIMATE_COMMAND, arguments: [document.uri], tooltip: t('Open the model estimate report') };
    return [new vscode.CodeLens(new vscode.Range(0, 0, 0, 0), command)];
  }

  /** Lenses are re-read when the language changes (their text is localised). */
  refresh(): void {
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }
}

export function registerEstimateCodeLens(context: vscode.ExtensionContext, estimates: ConfigEstimates): EstimateCodeLensProvider {
  const provider = new EstimateCodeLensProvider(estimates);
  const selector = JSON_LANGUAGES.map((language) => ({ language }));
  context.subscriptions.push(provider, vscode.languages.registerCodeLensProvider(selector, provider));
  return provider;
}
