import * as vscode from 'vscode';
import { parseMessage } from '../../core/protocol/common';
import { SCALING_VIEW_TYPE, ScalingInbound, type ScalingInit } from '../../core/protocol/scalingCharts';
import { t, uiLanguage } from '../i18n';
import { SingletonPanel } from '../webview/singletonPanel';

function initMessage(): ScalingInit {
  return {
    type: 'init',
    language: uiLanguage(),
    strings: { title: t('Scaling Charts') },
  };
}

export function registerScalingPanel(context: vscode.ExtensionContext): SingletonPanel<ScalingInbound> {
  const panel = new SingletonPanel<ScalingInbound>(context, {
    viewType: SCALING_VIEW_TYPE,
    app: 'scaling',
    title: () => `LLM Atlas: ${t('Scaling Charts')}`,
    parse: (raw) => parseMessage(ScalingInbound, raw),
    handle: async (message, self) => {
      if (message.type === 'ready') await self.post(initMessage());
      else if (message.type === 'openEntry') await vscode.commands.executeCommand('llmAtlas.explainEntry', message.entryId);
    },
  });
  context.subscriptions.push(
    vscode.commands.registerCommand('llmAtlas.showScalingCharts', () => panel.show()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('llmAtlas.language') && panel.isOpen) {
        panel.retitle();
        void panel.post(initMessage());
      }
    }),
  );
  return panel;
}
