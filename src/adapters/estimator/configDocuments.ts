import * as vscode from 'vscode';
import { DEFAULT_MAX_TEXT_LENGTH, estimateFromPythonCall, findConfigCallAt, type EstimateResult } from '../../core/estimator';
import { analyseConfigText, type ConfigAnalysis } from './configFields';

export interface PythonCallEstimate {
  result: EstimateResult;
  range: vscode.Range;
  /** Offset of the call in the document, to find it again from a command link. */
  start: number;
  className: string;
}

export const JSON_LANGUAGES = ['json', 'jsonc'];
/** Python documents past this size are not scanned for config calls (real scripts are far smaller). */
const MAX_PYTHON_TEXT_LENGTH = 2 * 1024 * 1024;
const CONFIG_CALL = /[A-Za-z_]\w*Config\s*\(/;

function isConfigFileName(uri: vscode.Uri): boolean {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1).toLowerCase() === 'config.json';
}

/** The document's length without copying its text: big files are turned away before `getText()`. */
function textLength(document: vscode.TextDocument): number {
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
}

export function tooLargeResult(characters: number, limit = DEFAULT_MAX_TEXT_LENGTH): EstimateResult {
  const mb = (n: number) => (n / (1024 * 1024)).toFixed(1);
  return {
    ok: false,
    error: {
      code: 'too-large',
      message: {
        en: `The file is ${mb(characters)} MB; configs over ${mb(limit)} MB are not read (a real config.json is a few KB).`,
        ko: `파일 크기가 ${mb(characters)} MB입니다. ${mb(limit)} MB가 넘는 설정은 읽지 않습니다(실제 config.json은 몇 KB 정도입니다).`,
      },
    },
  };
}

/**
 * Estimates of open documents, computed once per document version. Work is bounded: oversized files
 * are refused from their length alone, and each version is parsed at most once.
 */
export class ConfigEstimates implements vscode.Disposable {
  private readonly json = new Map<string, { version: number; analysis: ConfigAnalysis }>();
  /** Per Python document: its text when it has config calls (undefined otherwise), and estimates by call offset. */
  private readonly python = new Map<string, { version: number; text?: string; calls: Map<number, EstimateResult | undefined> }>();
  private readonly subscription = vscode.workspace.onDidCloseTextDocument((document) => {
    this.json.delete(document.uri.toString());
    this.python.delete(document.uri.toString());
  });

  /** The analysis of a JSON document (any JSON when `explicit`), or undefined for other documents. */
  forJson(document: vscode.TextDocument, { explicit = false } = {}): ConfigAnalysis | undefined {
    if (!JSON_LANGUAGES.includes(document.languageId) && !explicit) return undefined;
    const key = document.uri.toString();
    const cached = this.json.get(key);
    const analysis = cached?.version === document.version ? cached.analysis : this.analyse(document);
    if (cached?.version !== document.version) this.json.set(key, { version: document.version, analysis });
    return analysis.isModelConfig || explicit ? analysis : undefined;
  }

  private analyse(document: vscode.TextDocument): ConfigAnalysis {
    const length = textLength(document);
    const isConfigFile = isConfigFileName(document.uri);
    if (length > DEFAULT_MAX_TEXT_LENGTH) {
      return { result: tooLargeResult(length), isModelConfig: isConfigFile, fieldsRead: new Set(), invalidJson: false };
    }
    return analyseConfigText(document.getText(), isConfigFile);
  }

  /** The estimate of the supported config-class call around `position` in a Python document. */
  forPythonCall(document: vscode.TextDocument, position: vscode.Position): PythonCallEstimate | undefined {
    const key = document.uri.toString();
    let entry = this.python.get(key);
    if (entry?.version !== document.version) {
      const text = textLength(document) <= MAX_PYTHON_TEXT_LENGTH ? document.getText() : undefined;
      entry = { version: document.version, text: text !== undefined && CONFIG_CALL.test(text) ? text : undefined, calls: new Map() };
      this.python.set(key, entry);
    }
    const { text } = entry;
    if (text === undefined) return undefined;
    const call = findConfigCallAt(text, document.offsetAt(position));
    if (call === undefined) return undefined;
    if (!entry.calls.has(call.start)) entry.calls.set(call.start, estimateFromPythonCall(text.slice(call.start, call.end)));
    const result = entry.calls.get(call.start);
    if (result === undefined) return undefined;
    return { result, range: new vscode.Range(document.positionAt(call.start), document.positionAt(call.end)), start: call.start, className: call.className };
  }

  dispose(): void {
    this.subscription.dispose();
    this.json.clear();
    this.python.clear();
  }
}
