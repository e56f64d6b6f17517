import * as vscode from 'vscode';
import type { Lang } from '../../core/knowledge/schema';
import { uiLanguage } from '../i18n';
import { plannerText } from './hostText';
import type { AnchorPlan, ScriptPlans } from './scriptPlans';

export const OPEN_PLANNER_COMMAND = 'llmAtlas.openPlanner';

/** The lens's title and tooltip: the one-line answer and where its inputs came from, or why there is none. */
export async function lensText(plan: AnchorPlan, lang: Lang): Promise<{ title: string; tooltip: string }> {
  const { originLines, planSummary } = await import('../../core/planner/summary');
  const { outcome } = plan;
  if (!outcome.ok) return { title: `${plannerText('lensPrefix', lang)}: ${outcome.message[lang]}`, tooltip: plannerText('lensTooltip', lang) };
  const tooltip = [...originLines(outcome.scenario.origins, outcome.scenario.unread, lang), '', plannerText('lensTooltip', lang)].join('\n');
  return { title: planSummary(outcome.plan, outcome.scenario.settings, lang), tooltip };
}

/** A lens above each trainer and vLLM `LLM(...)` call: the per-GPU answer, opening the Planner. */
export class PlannerCodeLensProvider implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly plans: ScriptPlans) {}

  async provideCodeLenses(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    const lang = uiLanguage();
    const plans = await this.plans.forDocument(document);
    return Promise.all(
      plans.map(async (plan) => {
        const { title, tooltip } = await lensText(plan, lang);
        const position = document.positionAt(plan.anchor.start);
        return new vscode.CodeLens(new vscode.Range(position, position), {
          title,
          tooltip,
          command: OPEN_PLANNER_COMMAND,
          arguments: [document.uri.toString(), plan.anchor.start],
        });
      }),
    );
  }

  /** Titles are localised: they are re-read when the language changes. */
  refresh(): void {
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }
}
