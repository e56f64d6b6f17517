import * as vscode from 'vscode';
import { DEFAULT_MAX_TEXT_LENGTH, estimateFromConfigText } from '../../core/estimator';
import { parameterCount } from '../../core/present/estimateMarkdown';
import { compactNumber, escapeMarkdown, pick } from '../../core/present/format';
import { hubIdAt, modelFolderName, snapshotHash } from '../../core/weights/hfCache';
import { cacheHeading, comparisonMarkdown, weightsHeadline } from '../../core/weights/present';
import type { AtlasService } from '../atlas/atlasService';
import { registerForHoverLanguages } from '../atlas/hoverProvider';
import { uiLanguage } from '../i18n';
import { readSmallText, type WeightsFiles } from './files';
import { loadFolderWeights } from './loadWeights';

/**
 * A hover on `from_pretrained("org/name")`, `model="org/name"` or `LLM("org/name")` for an id the atlas
 * does not know, answered from the local Hugging Face cache: the snapshot refs/main points to, its
 * config.json and its weights' headers. Never downloads; says nothing when the model is not cached.
 * Its own provider, so it adds to the atlas hover instead of replacing it. Node hosts only.
 */
export class HfCacheHoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly cacheFolder: () => vscode.Uri,
    private readonly files: WeightsFiles,
    private readonly atlas: AtlasService,
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    if (!vscode.workspace.getConfiguration('llmAtlas.hover').get<boolean>('enabled', true)) return undefined;
    const line = document.lineAt(position.line).text;
    const at = hubIdAt(line, position.character);
    if (!at) return undefined;
    if (await this.atlasKnows(line, position.character)) return undefined;
    const text = await this.cachedModelMarkdown(at.id);
    if (!text) return undefined;
    return new vscode.Hover(new vscode.MarkdownString(text), new vscode.Range(position.line, at.start, position.line, at.end));
  }

  /** The atlas has this exact id (a variant), so its own hover answers. */
  private async atlasKnows(line: string, character: number): Promise<boolean> {
    try {
      const { matcher } = await this.atlas.load();
      const match = matcher.matchAt(line, character);
      return match?.via === 'hf-id' && match.variantId !== undefined;
    } catch {
      return false;
    }
  }

  async cachedModelMarkdown(id: string): Promise<string | undefined> {
    const folder = vscode.Uri.joinPath(this.cacheFolder(), modelFolderName(id));
    const ref = await readSmallText(vscode.Uri.joinPath(folder, 'refs', 'main'), 1024);
    const hash = ref === undefined ? undefined : snapshotHash(ref);
    if (!hash) return undefined;
    const snapshot = vscode.Uri.joinPath(folder, 'snapshots', hash);
    const config = await readSmallText(vscode.Uri.joinPath(snapshot, 'config.json'), DEFAULT_MAX_TEXT_LENGTH);
    if (config === undefined) return undefined;
    const lang = uiLanguage();
    const lines = [cacheHeading(id, hash, lang), ''];
    const estimate = estimateFromConfigText(config);
    if (estimate.ok) {
      const e = estimate.estimate;
      const exact = e.supported ? '' : '≈';
      lines.push(`- ${pick({ en: 'config.json', ko: 'config.json' }, lang)}: ${exact}${parameterCount(e.totalParameters, lang)} (${compactNumber(e.totalParameters)}) · ${escapeMarkdown(e.countedAs)}`);
    } else {
      lines.push(`- config.json: ${escapeMarkdown(pick(estimate.error.message, lang))}`);
    }
    const weights = await loadFolderWeights(this.files, snapshot, config).catch(() => undefined);
    if (weights?.ok) {
      lines.push(`- ${pick({ en: 'Weights', ko: '가중치' }, lang)}: ${weightsHeadline(weights.value.report.summary, lang)}`);
      if (weights.value.report.comparison) lines.push('', comparisonMarkdown(weights.value.report.comparison, lang));
    } else if (weights) {
      lines.push(`- ${escapeMarkdown(pick(weights.error.message, lang))}`);
    } else {
      lines.push(`- ${pick({ en: 'No safetensors weights in this snapshot (only the config was read).', ko: '이 스냅숏에는 safetensors 가중치가 없어 설정만 읽었습니다.' }, lang)}`);
    }
    return lines.join('\n');
  }
}

export function registerHfCacheHover(context: vscode.ExtensionContext, cacheFolder: () => vscode.Uri, files: WeightsFiles, atlas: AtlasService): void {
  registerForHoverLanguages(context, new HfCacheHoverProvider(cacheFolder, files, atlas));
}
