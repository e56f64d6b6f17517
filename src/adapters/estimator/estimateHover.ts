import * as vscode from 'vscode';
import { deriveFigures, type EstimateResult } from '../../core/estimator';
import { estimateErrorMarkdown, estimateHoverMarkdown } from '../../core/present/estimateMarkdown';
import { uiLanguage } from '../i18n';
import { JSON_LANGUAGES, type ConfigEstimates } from './configDocuments';
import { IDENTITY_FIELDS, topLevelMemberAt } from './configFields';
import { ESTIMATE_HOVER_COMMANDS, modelLabel, openReportLink, showOnChartLink, userModelArgument, type EstimateTarget } from './estimateTarget';

/**
 * The estimate hover: on a config.json's `model_type`, `architectures` or any field the count reads, and
 * on a Python config-class call. All text comes from the core; this only locates and links.
 */
export class EstimateHoverProvider implements vscode.HoverProvider {
  constructor(private readonly estimates: ConfigEstimates) {}

  provideHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    if (!vscode.workspace.getConfiguration('llmAtlas.hover').get<boolean>('enabled', true)) return undefined;
    return JSON_LANGUAGES.includes(document.languageId) ? this.jsonHover(document, position) : this.pythonHover(document, position);
  }

  private jsonHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const analysis = this.estimates.forJson(document);
    if (!analysis) return undefined;
    const offset = document.offsetAt(position);
    const { result, text } = analysis;
    // A file refused for its size is not read at all: the hover answers on its first line.
    if (text === undefined) return position.line === 0 ? hover(result, { uri: document.uri }) : undefined;
    const member = topLevelMemberAt(text, offset);
    if (!member) return undefined;
    const relevant =
      analysis.invalidJson ||
      IDENTITY_FIELDS.has(member.key) ||
      analysis.fieldsRead.has(member.key) ||
      (!result.ok && result.error.field === member.key);
    if (!relevant) return undefined;
    const onKey = offset <= member.keyEnd;
    const range = onKey
      ? new vscode.Range(document.positionAt(member.keyStart), document.positionAt(member.keyEnd))
      : new vscode.Range(document.positionAt(member.valueStart), document.positionAt(member.valueEnd));
    return hover(result, { uri: document.uri }, range);
  }

  private pythonHover(document: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const call = this.estimates.forPythonCall(document, position);
    if (!call) return undefined;
    return hover(call.result, { uri: document.uri, callOffset: call.start }, call.range, call.className);
  }
}

function hover(result: EstimateResult, target: EstimateTarget, range?: vscode.Range, className?: string): vscode.Hover {
  const lang = uiLanguage();
  let text: string;
  if (result.ok) {
    const { estimate } = result;
    const tokens = deriveFigures(estimate).tokens;
    text = estimateHoverMarkdown(estimate, lang, {
      openReport: openReportLink(target),
      showOnChart: showOnChartLink(userModelArgument(modelLabel(target, estimate, className), estimate, tokens)),
    });
  } else {
    text = estimateErrorMarkdown(result.error, lang);
  }
  const markdown = new vscode.MarkdownString(text);
  markdown.isTrusted = { enabledCommands: ESTIMATE_HOVER_COMMANDS };
  return new vscode.Hover(markdown, range);
}

export function registerEstimateHover(context: vscode.ExtensionContext, estimates: ConfigEstimates): void {
  const selector = [...JSON_LANGUAGES, 'python'].map((language) => ({ language }));
  context.subscriptions.push(vscode.languages.registerHoverProvider(selector, new EstimateHoverProvider(estimates)));
}
