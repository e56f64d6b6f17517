import * as vscode from 'vscode';
import { pick } from '../../core/present/format';
import { comparisonMarkdown, comparisonSummary, weightsMarkdown } from '../../core/weights/present';
import type { Parsed } from '../../core/weights/types';
import { t, uiLanguage } from '../i18n';
import type { WeightsFiles } from './files';
import { loadFolderWeights, type FolderWeights } from './loadWeights';
import { OPEN_TENSORS_COMMAND, tensorsLens } from './tensorsEditor';

/** Keys of a config.json whose hover also shows the weights beside it. */
const HOVER_KEYS = /^\s*"(model_type|architectures|quantization_config|tie_word_embeddings|num_hidden_layers)"\s*:/;

const isConfig = (d: vscode.TextDocument) => /(^|\/)config\.json$/i.test(d.uri.path);

/** Per config.json version: its folder's weights, read once. */
class FolderWeightsCache {
  private readonly cache = new Map<string, { version: number; result: Promise<Parsed<FolderWeights> | undefined> }>();

  constructor(private readonly files: WeightsFiles) {}

  get(document: vscode.TextDocument): Promise<Parsed<FolderWeights> | undefined> | undefined {
    if (!isConfig(document)) return undefined;
    const key = document.uri.toString();
    const cached = this.cache.get(key);
    if (cached?.version === document.version) return cached.result;
    const result = loadFolderWeights(this.files, vscode.Uri.joinPath(document.uri, '..'), document.getText()).catch(() => undefined);
    this.cache.set(key, { version: document.version, result });
    return result;
  }

  forget(document: vscode.TextDocument): void {
    this.cache.delete(document.uri.toString());
  }
}

/** Under the estimator's lens on a config.json beside weights: the weights' count against the config's. */
class ConfigWeightsLens implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly folders: FolderWeightsCache) {}

  async provideCodeLenses(document: vscode.TextDocument): Promise<vscode.CodeLens[]> {
    const found = await this.folders.get(document);
    if (!found) return [];
    const lang = uiLanguage();
    let title: string;
    if (!found.ok) title = `LLM Atlas: ${pick(found.error.message, lang)}`;
    else if (found.value.report.comparison) title = `LLM Atlas: ${comparisonSummary(found.value.report.comparison, lang)}`;
    else title = `LLM Atlas: ${t('Weights on disk: {0} parameters', found.value.report.summary.parameters.toLocaleString('en-US'))}`;
    return [tensorsLens(title, found.ok ? found.value.firstFile : undefined)];
  }

  refresh(): void {
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }
}

class ConfigWeightsHover implements vscode.HoverProvider {
  constructor(private readonly folders: FolderWeightsCache) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    if (!vscode.workspace.getConfiguration('llmAtlas.hover').get<boolean>('enabled', true)) return undefined;
    if (!isConfig(document) || !HOVER_KEYS.test(document.lineAt(position.line).text)) return undefined;
    const found = await this.folders.get(document);
    if (!found?.ok) return undefined;
    const lang = uiLanguage();
    const { report, firstFile } = found.value;
    const link = `[${t('Open the tensors')}](command:${OPEN_TENSORS_COMMAND}?${encodeURIComponent(JSON.stringify([firstFile.toString()]))})`;
    const title = pick({ en: 'Weights in this folder', ko: '이 폴더의 가중치' }, lang);
    const text = report.comparison
      ? [weightsMarkdown(report.summary, lang, { title, links: [link] }), '', comparisonMarkdown(report.comparison, lang)].join('\n')
      : weightsMarkdown(report.summary, lang, { title, links: [link] });
    const markdown = new vscode.MarkdownString(text);
    markdown.isTrusted = { enabledCommands: [OPEN_TENSORS_COMMAND] };
    return new vscode.Hover(markdown);
  }
}

export function registerConfigWeights(context: vscode.ExtensionContext, files: WeightsFiles): { refresh(): void } {
  const folders = new FolderWeightsCache(files);
  const lens = new ConfigWeightsLens(folders);
  const selector = ['json', 'jsonc'].map((language) => ({ language, pattern: '**/config.json' }));
  context.subscriptions.push(
    lens,
    vscode.languages.registerCodeLensProvider(selector, lens),
    vscode.languages.registerHoverProvider(selector, new ConfigWeightsHover(folders)),
    vscode.workspace.onDidCloseTextDocument((d) => folders.forget(d)),
  );
  return lens;
}
