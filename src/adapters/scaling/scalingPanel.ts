import * as vscode from 'vscode';
import { parseMessage } from '../../core/protocol/common';
import {
  ScalingInbound,
  ShowOnChartArgument,
  type ExportMessage,
  type Focus,
  type FocusTarget,
  type ScalingInit,
} from '../../core/protocol/scalingCharts';
import { SCALING_VIEW_TYPE } from '../../core/protocol/viewTypes';
import { chartTargetFor } from '../../core/scaling/chartTargets';
import type { AtlasService } from '../atlas/atlasService';
import { onLanguageChange, t, uiLanguage } from '../i18n';
import { SingletonPanel } from '../webview/singletonPanel';
import { atlasChartData } from './atlasChartData';
import { exportBytes } from './exportPayload';
import { hostText } from './hostText';

/**
 * The Scaling Charts panel. The host sends the language and the atlas-derived points; the page
 * holds its own text, draws and answers its controls itself. "Show on chart" requests travel as a
 * `Focus`, which the page applies once (by id) even if it is re-sent with a later init.
 */
export function registerScalingPanel(context: vscode.ExtensionContext, atlas: AtlasService): void {
  /** The latest "show on chart" request of the open panel, re-sent if its page reloads. */
  let focus: Focus | undefined;
  /** When the command that created the page ran; the page reports its first chart against it. */
  let openedAt: number | undefined;

  const panel: SingletonPanel<ScalingInbound> = new SingletonPanel<ScalingInbound>(context, {
    viewType: SCALING_VIEW_TYPE,
    app: 'scaling',
    title: () => `LLM Atlas: ${t('Scaling Charts')}`,
    parse: (raw) => parseMessage(ScalingInbound, raw),
    handle: async (message) => {
      switch (message.type) {
        case 'ready':
          return postInit();
        case 'openEntry':
          await vscode.commands.executeCommand('llmAtlas.openCard', message.entryId);
          return;
        case 'export':
          return saveExport(message);
      }
    },
  });

  async function postInit(): Promise<void> {
    const language = uiLanguage();
    const { kb } = await atlas.load();
    const message: ScalingInit = { type: 'init', language, data: atlasChartData(kb, language) };
    if (focus) message.focus = focus;
    if (openedAt !== undefined) message.openedAt = openedAt;
    openedAt = undefined;
    await panel.post(message);
  }

  async function open(target?: FocusTarget): Promise<void> {
    const wasOpen = panel.isOpen;
    if (!wasOpen) openedAt = Date.now();
    // A plain open of a new panel starts clean; an open panel keeps what it was asked to show.
    if (target) focus = { id: Date.now(), target };
    else if (!wasOpen) focus = undefined;
    panel.show();
    if (wasOpen && target && focus) await panel.post({ type: 'focus', focus });
  }

  /** Resolves true once the panel shows the target, false when the argument was refused (with a warning). */
  async function showOnChart(argument: unknown): Promise<boolean> {
    const language = uiLanguage();
    const parsed = parseMessage(ShowOnChartArgument, argument);
    if (parsed === undefined) {
      void vscode.window.showWarningMessage(hostText('invalidArgument', language));
      return false;
    }
    if (typeof parsed !== 'string') {
      await open({ kind: 'user', model: parsed.userModel, ...(parsed.tab ? { tab: parsed.tab } : {}) });
      return true;
    }
    const { kb } = await atlas.load();
    const target = chartTargetFor(kb, parsed);
    if (!target) {
      void vscode.window.showWarningMessage(hostText('notOnChart', language, parsed));
      return false;
    }
    await open(target.kind === 'model' ? { kind: 'entry', entryId: target.entryId } : target);
    return true;
  }

  async function saveExport(message: ExportMessage): Promise<void> {
    const bytes = exportBytes(message);
    if (!bytes) return;
    const language = uiLanguage();
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const png = message.format === 'png';
    const uri = await vscode.window.showSaveDialog({
      ...(folder ? { defaultUri: vscode.Uri.joinPath(folder, message.filename) } : {}),
      filters: png ? { [hostText('pngFilter', language)]: ['png'] } : { [hostText('csvFilter', language)]: ['csv'] },
      title: hostText(png ? 'savePng' : 'saveCsv', language),
    });
    if (!uri) return;
    try {
      await vscode.workspace.fs.writeFile(uri, bytes);
      await panel.post({ type: 'saved', name: uri.path.slice(uri.path.lastIndexOf('/') + 1) });
    } catch (error) {
      void vscode.window.showErrorMessage(hostText('saveFailed', language, error instanceof Error ? error.message : String(error)));
    }
  }

  context.subscriptions.push(
    vscode.commands.registerCommand('llmAtlas.showScalingCharts', () => open()),
    vscode.commands.registerCommand('llmAtlas.showOnScalingChart', (argument: unknown) => showOnChart(argument)),
    onLanguageChange(() => {
      if (panel.isOpen) {
        panel.retitle();
        void postInit();
      }
    }),
  );
}
