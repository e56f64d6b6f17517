import * as vscode from 'vscode';
import { parseMessage } from '../../core/protocol/common';
import { PlannerInbound, type PlannerInit, type ScenarioView } from '../../core/protocol/planner';
import { PLANNER_VIEW_TYPE } from '../../core/protocol/viewTypes';
import { onLanguageChange, uiLanguage } from '../i18n';
import { documentOffsetFrom } from '../documentOffset';
import { SingletonPanel } from '../webview/singletonPanel';
import { plannerMessage, plannerText } from './hostText';
import type { ScriptPlans } from './scriptPlans';
import { Debounced } from '../debounced';

const TARGET_STATE_KEY = 'llmAtlas.planner.target';
const REFRESH_DELAY_MS = 300;
const SHOW_ON_CHART_COMMAND = 'llmAtlas.showOnScalingChart';

/** What the panel plans: the trainer or LLM call at `offset` in a Python file. */
export interface PlannerTarget {
  uri: vscode.Uri;
  offset?: number;
}

interface StoredTarget {
  uri: string;
  offset?: number;
}

/**
 * The Planner panel: one at a time, about one script call. The host reads the script and resolves the
 * model; the page computes plans itself as its controls move, and keeps its settings with `setState`.
 */
export class PlannerPanel implements vscode.Disposable {
  private readonly panel: SingletonPanel<PlannerInbound>;
  private target: PlannerTarget | undefined;
  private readonly refresh = new Debounced(REFRESH_DELAY_MS, () => void this.postInit());
  private readonly subscriptions: vscode.Disposable[];

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly plans: ScriptPlans,
  ) {
    this.panel = new SingletonPanel<PlannerInbound>(context, {
      viewType: PLANNER_VIEW_TYPE,
      app: 'planner',
      title: () => plannerText('panelTitle', uiLanguage()),
      column: () => vscode.ViewColumn.Beside,
      parse: (raw) => parseMessage(PlannerInbound, raw),
      handle: (message) => this.handle(message),
    });
    this.subscriptions = [
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (this.panel.isOpen && e.document.uri.toString() === this.target?.uri.toString()) this.refresh.schedule();
      }),
      onLanguageChange(() => {
        if (!this.panel.isOpen) return;
        this.panel.retitle();
        void this.postInit();
      }),
    ];
  }

  async open(target: PlannerTarget): Promise<void> {
    // Decided before any await: a second open while the first is still starting must not race it.
    const wasOpen = this.panel.isOpen;
    this.target = target;
    this.panel.show();
    const stored: StoredTarget = { uri: target.uri.toString(), ...(target.offset !== undefined ? { offset: target.offset } : {}) };
    await this.context.workspaceState.update(TARGET_STATE_KEY, stored);
    if (wasOpen) await this.postInit();
  }

  private async handle(message: PlannerInbound): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.target ??= this.restoredTarget();
        await this.postInit();
        return;
      case 'showOnChart':
        try {
          await vscode.commands.executeCommand(SHOW_ON_CHART_COMMAND, {
            userModel: { label: message.label, parameters: message.parameters, trainingTokens: message.tokens },
            tab: 'chinchilla',
          });
        } catch {
          void vscode.window.showWarningMessage(plannerText('chartFailed', uiLanguage()));
        }
        return;
      case 'revealLine':
        await this.reveal(message.line);
        return;
    }
  }

  private restoredTarget(): PlannerTarget | undefined {
    const stored = this.context.workspaceState.get<StoredTarget>(TARGET_STATE_KEY);
    return documentOffsetFrom(stored?.uri, stored?.offset);
  }


  private async reveal(line: number): Promise<void> {
    if (!this.target) return;
    const document = await vscode.workspace.openTextDocument(this.target.uri);
    const at = new vscode.Position(Math.min(line, document.lineCount - 1), 0);
    const shown = vscode.window.visibleTextEditors.find((e) => e.document === document);
    await vscode.window.showTextDocument(document, { viewColumn: shown?.viewColumn ?? vscode.ViewColumn.One, selection: new vscode.Range(at, at) });
  }

  /** Always answers the page: an unexpected failure becomes an error message, never a silent wait. */
  private async postInit(): Promise<void> {
    let content: PlannerInit['content'];
    try {
      content = await this.content();
    } catch (error) {
      console.error('[LLM Atlas] planner:', error);
      content = { kind: 'error', message: plannerMessage('unreadable', error instanceof Error ? error.message : String(error)) };
    }
    await this.panel.post({ type: 'init', language: uiLanguage(), content } satisfies PlannerInit);
  }

  private async content(): Promise<PlannerInit['content']> {
    const target = this.target;
    if (!target) return { kind: 'empty' };
    let document: vscode.TextDocument;
    try {
      document = await vscode.workspace.openTextDocument(target.uri);
    } catch (error) {
      return { kind: 'error', message: plannerMessage('unreadable', error instanceof Error ? error.message : String(error)) };
    }
    const plan = await this.plans.at(document, target.offset);
    if (!plan) return { kind: 'error', message: plannerMessage(target.offset === undefined ? 'noAnchor' : 'gone') };
    // Keep following the call as the file is edited above it.
    this.target = { uri: target.uri, offset: plan.anchor.start };
    if (!plan.outcome.ok) return { kind: 'error', message: plan.outcome.message };
    const { scenario, model } = plan.outcome;
    const file = target.uri.path.slice(target.uri.path.lastIndexOf('/') + 1);
    const view: ScenarioView = {
      key: `${target.uri.toString()}#${plan.anchor.className}#${plan.anchor.line}`,
      title: `${file} · ${plan.anchor.className} (${uiLanguage() === 'ko' ? `${plan.anchor.line + 1}행` : `line ${plan.anchor.line + 1}`})`,
      model,
      settings: scenario.settings,
      origins: scenario.origins,
      unread: scenario.unread,
      notes: scenario.notes,
    };
    return { kind: 'plan', scenario: view };
  }

  dispose(): void {
    this.refresh.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }
}
