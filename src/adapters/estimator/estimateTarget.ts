import * as vscode from 'vscode';
import type { ModelEstimate } from '../../core/estimator';
import { commandLink } from '../atlas/commandLinks';
import { documentOffsetFrom } from '../documentOffset';

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

/** Reads the command's arguments (documentOffset.ts); the offset is the config-class call's. */
export function targetFromArguments(first: unknown, second: unknown): EstimateTarget | undefined {
  const target = documentOffsetFrom(first, second);
  return target && (target.offset === undefined ? { uri: target.uri } : { uri: target.uri, callOffset: target.offset });
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
