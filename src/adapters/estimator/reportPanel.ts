import * as vscode from 'vscode';
import { DEFAULT_MAX_TEXT_LENGTH, type EstimateResult, type ModelEstimate } from '../../core/estimator';
import { parseMessage } from '../../core/protocol/common';
import { EstimatorInbound, type EstimatorInit, type ReportContent } from '../../core/protocol/estimatorReport';
import { ESTIMATOR_REPORT_VIEW_TYPE } from '../../core/protocol/viewTypes';
import { onLanguageChange, t, uiLanguage } from '../i18n';
import { SingletonPanel } from '../webview/singletonPanel';
import { tooLargeResult, type ConfigEstimates } from './configDocuments';
import { DEFAULT_BUDGET, errorContent, figuresFor, figuresMessage, reportContent, reportStrings, type Budget } from './reportContent';
import { SHOW_ON_CHART_COMMAND, modelLabel, targetFromArguments, userModelArgument, type EstimateTarget } from './estimateTarget';
import { Debounced } from '../debounced';

/** Where the report's subject is kept, so a reloaded window reopens the same report. */
const TARGET_STATE_KEY = 'llmAtlas.estimatorReport.target';
const REFRESH_DELAY_MS = 300;

interface StoredTarget {
  uri: string;
  callOffset?: number;
}

/**
 * The report panel: one at a time, about one target (a config file or a Python config call). The host
 * keeps the estimate and the budget; the page sends budget edits and gets recomputed figures back.
 */
export class EstimatorReport implements vscode.Disposable {
  private readonly panel: SingletonPanel<EstimatorInbound>;
  private target: EstimateTarget | undefined;
  private budget: Budget = DEFAULT_BUDGET;
  private current: { estimate: ModelEstimate; label: string } | undefined;
  private readonly refresh = new Debounced(REFRESH_DELAY_MS, () => void this.postInit());
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly estimates: ConfigEstimates,
  ) {
    this.panel = new SingletonPanel<EstimatorInbound>(context, {
      viewType: ESTIMATOR_REPORT_VIEW_TYPE,
      app: 'estimator',
      title: () => `LLM Atlas: ${t('Model Estimate')}`,
      parse: (raw) => parseMessage(EstimatorInbound, raw),
      handle: (message) => this.handle(message),
    });
    this.subscriptions = [
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.panel.isOpen && this.target?.callOffset === undefined && e.document.uri.toString() === this.target?.uri.toString()) {
          this.refresh.schedule();
        }
      }),
      onLanguageChange(() => {
        if (this.panel.isOpen) {
          this.panel.retitle();
          void this.postInit();
        }
      }),
    ];
  }

  /** Shows the report for `target`, with the default budget. */
  async open(target: EstimateTarget): Promise<void> {
    this.target = target;
    this.budget = DEFAULT_BUDGET;
    const stored: StoredTarget = { uri: target.uri.toString(), ...(target.callOffset !== undefined ? { callOffset: target.callOffset } : {}) };
    await this.context.workspaceState.update(TARGET_STATE_KEY, stored);
    const wasOpen = this.panel.isOpen;
    this.panel.show();
    // A new page asks for its content with "ready"; an open one is sent the new content now.
    if (wasOpen) await this.postInit();
  }

  private async handle(message: EstimatorInbound): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.target ??= this.restoredTarget();
        await this.postInit();
        return;
      case 'setBudget':
        this.budget = { tokens: message.tokens, context: message.context };
        if (this.current) await this.panel.post(figuresMessage(this.current.estimate, this.budget, uiLanguage(), message.seq));
        return;
      case 'showOnChart':
        await this.showOnChart();
        return;
    }
  }

  private restoredTarget(): EstimateTarget | undefined {
    const stored = this.context.workspaceState.get<StoredTarget>(TARGET_STATE_KEY);
    return targetFromArguments(stored?.uri, stored?.callOffset);
  }


  private async postInit(): Promise<void> {
    const lang = uiLanguage();
    const message: EstimatorInit = { type: 'init', language: lang, strings: reportStrings(lang), content: await this.content() };
    await this.panel.post(message);
  }

  private async content(): Promise<ReportContent> {
    this.current = undefined;
    const target = this.target;
    if (!target) return { kind: 'empty' };
    const lang = uiLanguage();
    const outcome = await this.estimate(target);
    if (typeof outcome === 'string') return { kind: 'error', title: reportStrings(lang).errorTitle, message: outcome };
    const { result, className } = outcome;
    if (!result.ok) return errorContent(result.error, lang);
    this.current = { estimate: result.estimate, label: modelLabel(target, result.estimate, className) };
    return reportContent(result.estimate, this.current.label, this.budget, lang);
  }

  /** The target's estimate, or why the host could not get one (a localised message). */
  private async estimate(target: EstimateTarget): Promise<{ result: EstimateResult; className?: string } | string> {
    const alreadyOpen = vscode.workspace.textDocuments.some((d) => d.uri.toString() === target.uri.toString());
    try {
      if (!alreadyOpen) {
        // Checked before opening: a huge file is never loaded into a document.
        const { size } = await vscode.workspace.fs.stat(target.uri);
        if (size > DEFAULT_MAX_TEXT_LENGTH) return { result: tooLargeResult(size) };
      }
      const document = await vscode.workspace.openTextDocument(target.uri);
      if (target.callOffset === undefined) return { result: this.estimates.forJson(document, { explicit: true })!.result };
      const call = this.estimates.forPythonCall(document, document.positionAt(target.callOffset));
      if (call) return { result: call.result, className: call.className };
      return t('There is no supported config-class call at this place any more.');
    } catch (error) {
      return t('The file could not be read: {0}', error instanceof Error ? error.message : String(error));
    }
  }

  private async showOnChart(): Promise<void> {
    if (!this.current) return;
    const { estimate, label } = this.current;
    const argument = userModelArgument(label, estimate, figuresFor(estimate, this.budget).tokens);
    try {
      await vscode.commands.executeCommand(SHOW_ON_CHART_COMMAND, argument);
    } catch {
      void vscode.window.showWarningMessage(t('The scaling charts could not show this model.'));
    }
  }

  dispose(): void {
    this.refresh.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }
}
