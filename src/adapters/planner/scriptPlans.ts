import * as vscode from 'vscode';
import type { Bilingual } from '../../core/estimator/types';
import type { Plan } from '../../core/planner/plan';
import type { PlannerModel } from '../../core/planner/model';
import type { Scenario } from '../../core/planner/scenario';
import type { ScriptAnchor } from '../../core/planner/script';
import type { ReadExtensionFile } from '../extensionFiles';
import { plannerMessage } from './hostText';
import { ModelResolver, type ModelSource } from './modelResolver';

export type AnchorOutcome =
  | { ok: true; model: PlannerModel; scenario: Scenario; plan: Plan; source: ModelSource }
  | { ok: false; message: Bilingual };

export interface AnchorPlan {
  anchor: ScriptAnchor;
  outcome: AnchorOutcome;
}

/** The planner's engine, loaded on first use so that activation does not evaluate it. */
async function engine() {
  const [script, scenario, model, plan, estimate] = await Promise.all([
    import('../../core/planner/script'),
    import('../../core/planner/scenario'),
    import('../../core/planner/model'),
    import('../../core/planner/plan'),
    import('../../core/estimator/estimate'),
  ]);
  return { ...script, ...scenario, ...model, ...plan, ...estimate };
}

/**
 * The plans of the trainer and LLM calls of open Python documents, computed once per document version.
 * Reading is bounded: files without such a call, or over the planner's size limit, are not parsed.
 */
export class ScriptPlans implements vscode.Disposable {
  private readonly cache = new Map<string, { version: number; plans: Promise<AnchorPlan[]> }>();
  private readonly resolver: ModelResolver;
  private readonly subscription = vscode.workspace.onDidCloseTextDocument((d) => this.cache.delete(d.uri.toString()));

  constructor(
    extensionUri: vscode.Uri,
    readFile: ReadExtensionFile,
    private readonly hubCache?: () => vscode.Uri,
  ) {
    this.resolver = new ModelResolver(extensionUri, readFile, hubCache);
  }

  forDocument(document: vscode.TextDocument): Promise<AnchorPlan[]> {
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    if (cached?.version === document.version) return cached.plans;
    const plans = this.compute(document);
    this.cache.set(key, { version: document.version, plans });
    plans.catch(() => this.cache.delete(key));
    return plans;
  }

  /** The plan of the call around `offset`, else of the call nearest to it (the file may have changed). */
  async at(document: vscode.TextDocument, offset?: number): Promise<AnchorPlan | undefined> {
    const plans = await this.forDocument(document);
    if (offset === undefined) return plans[0];
    const around = plans.find((p) => p.anchor.start <= offset && offset <= p.anchor.end);
    if (around) return around;
    return plans.reduce<AnchorPlan | undefined>((best, p) => (best === undefined || Math.abs(p.anchor.start - offset) < Math.abs(best.anchor.start - offset) ? p : best), undefined);
  }

  private async compute(document: vscode.TextDocument): Promise<AnchorPlan[]> {
    const { ANCHOR_HINT, MAX_SCRIPT_LENGTH, readScript } = await engine();
    const length = document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
    if (length > MAX_SCRIPT_LENGTH) return [];
    const text = document.getText();
    if (!ANCHOR_HINT.test(text)) return [];
    const anchors = readScript(text);
    return Promise.all(anchors.map(async (anchor) => ({ anchor, outcome: await this.outcome(anchor, document.uri) })));
  }

  private async outcome(anchor: ScriptAnchor, script: vscode.Uri): Promise<AnchorOutcome> {
    const { plannerModelFrom, scenarioFor, planFor, estimateFromConfig, estimateFromConfigText } = await engine();
    const id = anchor.inputs.modelId;
    if (id === undefined) return { ok: false, message: plannerMessage('modelMissing') };
    if (!id.ok) return { ok: false, message: { en: plannerMessage('modelUnread', id.reason.en).en, ko: plannerMessage('modelUnread', id.reason.ko).ko } };
    const resolved = await this.resolver.resolve(id.value, script);
    const name = id.value.slice(id.value.lastIndexOf('/') + 1);
    if (resolved === undefined) {
      const message = this.hubCache ? plannerMessage('modelNotFoundOrCached', id.value, name, this.hubCache().fsPath) : plannerMessage('modelNotFound', id.value, name);
      return { ok: false, message };
    }
    const result = typeof resolved.config === 'string' ? estimateFromConfigText(resolved.config) : estimateFromConfig(resolved.config);
    if (!result.ok) {
      return { ok: false, message: { en: plannerMessage('modelInvalid', id.value, result.error.message.en).en, ko: plannerMessage('modelInvalid', id.value, result.error.message.ko).ko } };
    }
    const config = typeof resolved.config === 'string' ? (JSON.parse(resolved.config) as Record<string, unknown>) : resolved.config;
    const model = plannerModelFrom(result.estimate, config, resolved.label);
    const ds = anchor.inputs.training?.deepspeed;
    const deepspeedFile = ds?.ok && ds.value.kind === 'file' ? await this.resolver.readJson(ds.value.path, script) : undefined;
    const scenario = scenarioFor({ anchor, model, ...(deepspeedFile !== undefined ? { deepspeedFile } : {}) });
    return { ok: true, model, scenario, plan: planFor(model, scenario.settings), source: resolved.source };
  }

  dispose(): void {
    this.subscription.dispose();
    this.cache.clear();
  }
}
