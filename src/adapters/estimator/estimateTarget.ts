import * as vscode from 'vscode';
import type { ModelEstimate } from '../../core/estimator';
import { commandLink } from '../atlas/commandLinks';

export const ESTIMATE_COMMAND = 'llmAtlas.estimateModelFromConfig';
export const SHOW_ON_CHART_COMMAND = 'llmAtlas.showOnScalingChart';
/** The only commands estimate hovers may run. */
export const ESTIMATE_HOVER_COMMANDS = [ESTIMATE_COMMAND, SHOW_ON_CHART_COMMAND];

/** What a report is about: a JSON config, or the config-class call starting at `callOffset` in a Python file. */
export interface EstimateTarget {
  uri: vscode.Uri;
  callOffset?: number;
}

/** The argument the scaling charts accept to plot the user's own model. */
export interface UserModelArgument {
  userModel: { label: string; parameters: number; trainingTokens: number };
}

/**
 * Reads the command's arguments: a Uri (CodeLens, explorer), or a Uri string and optional call offset
 * (command links, where arguments travel as JSON). Anything else means "no target given".
 */
export function targetFromArguments(first: unknown, second: unknown): EstimateTarget | undefined {
  let uri: vscode.Uri | undefined;
  if (first instanceof vscode.Uri) uri = first;
  else if (typeof first === 'string' && first.length < 4096) {
    try {
      uri = vscode.Uri.parse(first, true);
    } catch {
      return undefined;
    }
  }
  if (uri === undefined) return undefined;
  return Number.isSafeInteger(second) && (second as number) >= 0 ? { uri, callOffset: second as number } : { uri };
}

export function openReportLink(target: EstimateTarget): string {
  const args: unknown[] = [target.uri.toString()];
  if (target.callOffset !== undefined) args.push(target.callOffset);
  return commandLink(ESTIMATE_COMMAND, ...args);
}

/**
 * The model's name on a chart: the folder of a config.json (Hub checkouts are named after the model),
 * else the file name, then the config class for a Python call.
 */
export function modelLabel(target: EstimateTarget, estimate: ModelEstimate, className?: string): string {
  const parts = target.uri.path.split('/').filter(Boolean);
  const file = parts.at(-1) ?? '';
  const name = file.toLowerCase() === 'config.json' && parts.length > 1 ? parts.at(-2)! : file.replace(/\.(json|jsonc|py|ipynb)$/i, '');
  const base = name || estimate.displayName;
  return (className ? `${className} (${base})` : base).slice(0, 120);
}

export function userModelArgument(label: string, estimate: ModelEstimate, trainingTokens: number): UserModelArgument {
  return { userModel: { label, parameters: estimate.totalParameters, trainingTokens } };
}

export function showOnChartLink(argument: UserModelArgument): string {
  return commandLink(SHOW_ON_CHART_COMMAND, argument);
}
