import * as vscode from 'vscode';
import { bytes, escapeMarkdown, groupedNumber, pick } from '../../core/present/format';
import { MAX_INDEX_BYTES, isShardIndexName } from '../../core/weights/shardIndex';
import { parameters, weightsHeadline, weightsMarkdown } from '../../core/weights/present';
import type { Parsed } from '../../core/weights/types';
import type { WeightsReport } from '../../core/weights/view';
import { t, uiLanguage } from '../i18n';
import type { WeightsFiles } from './files';
import { loadIndexReport } from './loadWeights';
import { OPEN_TENSORS_COMMAND, tensorsLens } from './tensorsEditor';

const JSON_LANGUAGES = ['json', 'jsonc'];
const CHECKPOINT_KEYS = new Set(['weight_map', 'metadata', 'total_size']);

const isIndex = (document: vscode.TextDocument) => isShardIndexName(document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1));

/** Reports of open index documents, one read of the shards' headers per document version. */
class IndexReports {
  private readonly cache = new Map<string, { version: number; report: Promise<Parsed<WeightsReport>> }>();

  constructor(private readonly files: WeightsFiles) {}

  get(document: vscode.TextDocument): Promise<Parsed<WeightsReport>> | undefined {
    if (!isIndex(document)) return undefined;
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    if (cached?.version === document.version) return cached.report;
    const length = document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
    const report: Promise<Parsed<WeightsReport>> =
      length > MAX_INDEX_BYTES
        ? Promise.resolve({ ok: false, error: { code: 'header-too-large', message: { en: `The index is over ${MAX_INDEX_BYTES / 2 ** 20} MiB and is not read.`, ko: `인덱스가 ${MAX_INDEX_BYTES / 2 ** 20} MiB를 넘어 읽지 않습니다.` } } })
        : loadIndexReport(this.files, document.uri, document.getText());
    this.cache.set(key, { version: document.version, report });
    return report;
  }

  forget(document: vscode.TextDocument): void {
    this.cache.delete(document.uri.toString());
  }
}

function firstShard(document: vscode.TextDocument, report: WeightsReport): vscode.Uri | undefined {
  const shard = report.summary.tensors.find((x) => x.shard)?.shard;
  return shard ? vscode.Uri.joinPath(document.uri, '..', shard) : undefined;
}

function openLink(uri: vscode.Uri | undefined): string[] {
  if (!uri) return [];
  return [`[${t('Open the tensors')}](command:${OPEN_TENSORS_COMMAND}?${encodeURIComponent(JSON.stringify([uri.toString()]))})`];
}

class IndexCodeLensProvider implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly reports: IndexReports) {}

  async provideCodeLenses(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    const pending = this.reports.get(document);
    if (!pending) return [];
    const report = await pending;
    const lang = uiLanguage();
    const title = report.ok ? `LLM Atlas: ${weightsHeadline(report.value.summary, lang)}` : `LLM Atlas: ${pick(report.error.message, lang)}`;
    return [tensorsLens(title, report.ok ? firstShard(document, report.value) : undefined)];
  }

  refresh(): void {
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }
}

const KEY_AT = /"((?:[^"\\]|\\.){1,1024})"\s*:/g;

class IndexHoverProvider implements vscode.HoverProvider {
  constructor(private readonly reports: IndexReports) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    if (!vscode.workspace.getConfiguration('llmAtlas.hover').get<boolean>('enabled', true)) return undefined;
    const pending = this.reports.get(document);
    if (!pending) return undefined;
    const line = document.lineAt(position.line).text;
    if (line.length > 4096) return undefined;
    let key: { name: string; range: vscode.Range } | undefined;
    KEY_AT.lastIndex = 0;
    for (let m = KEY_AT.exec(line); m; m = KEY_AT.exec(line)) {
      if (position.character >= m.index && position.character <= m.index + m[1].length + 2) {
        key = { name: m[1], range: new vscode.Range(position.line, m.index, position.line, m.index + m[1].length + 2) };
      }
    }
    if (!key) return undefined;
    const report = await pending;
    const lang = uiLanguage();
    let text: string;
    if (!report.ok) {
      if (!CHECKPOINT_KEYS.has(key.name)) return undefined;
      text = `**LLM Atlas** — ${escapeMarkdown(pick(report.error.message, lang))}`;
    } else if (CHECKPOINT_KEYS.has(key.name)) {
      const source = pick({ en: "From the shards' headers; no tensor data was read.", ko: '샤드 헤더에서 읽었습니다. 텐서 데이터는 읽지 않았습니다.' }, lang);
      text = weightsMarkdown(report.value.summary, lang, { title: report.value.title, source, comparison: report.value.comparison, warnings: report.value.warnings, links: openLink(firstShard(document, report.value)) });
    } else {
      const tensor = report.value.summary.tensors.find((x) => x.name === key!.name);
      if (!tensor) return undefined;
      const role = tensor.role === 'parameter' ? '' : ` · ${tensor.role === 'packed' ? pick({ en: 'packed', ko: '패킹됨' }, lang) : pick({ en: 'quantization state, not parameters', ko: '양자화 상태(파라미터 아님)' }, lang)}`;
      text = [
        `**${escapeMarkdown(tensor.name)}**`,
        '',
        `${tensor.dtype} [${tensor.shape.join(', ')}] · ${parameters(tensor.parameters, lang)} · ${bytes(tensor.bytes)} (${groupedNumber(tensor.bytes)} B)${role}`,
        '',
        `${escapeMarkdown(tensor.shard ?? '')}`,
      ].join('\n');
    }
    const markdown = new vscode.MarkdownString(text);
    markdown.isTrusted = { enabledCommands: [OPEN_TENSORS_COMMAND] };
    return new vscode.Hover(markdown, key.range);
  }
}

export function registerIndexDocuments(context: vscode.ExtensionContext, files: WeightsFiles): { refresh(): void } {
  const reports = new IndexReports(files);
  const lenses = new IndexCodeLensProvider(reports);
  const selector = JSON_LANGUAGES.map((language) => ({ language, pattern: '**/*.safetensors.index.json' }));
  context.subscriptions.push(
    lenses,
    vscode.languages.registerCodeLensProvider(selector, lenses),
    vscode.languages.registerHoverProvider(selector, new IndexHoverProvider(reports)),
    vscode.workspace.onDidCloseTextDocument((d) => reports.forget(d)),
  );
  return lenses;
}
