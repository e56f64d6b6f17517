import * as vscode from 'vscode';
import { LANGUAGE_SETTING, t } from './i18n';

interface LanguageItem extends vscode.QuickPickItem {
  value: 'auto' | 'en' | 'ko';
}

/** "LLM Atlas: Set Language…": one step to switch explanations and panels between English and Korean. */
export function registerLanguageCommand(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('llmAtlas.setLanguage', async (value?: unknown) => {
      const configuration = vscode.workspace.getConfiguration();
      if (value === 'auto' || value === 'en' || value === 'ko') {
        await configuration.update(LANGUAGE_SETTING, value, vscode.ConfigurationTarget.Global);
        return;
      }
      const current = configuration.get<string>(LANGUAGE_SETTING, 'auto');
      const items: LanguageItem[] = [
        { value: 'auto', label: t('Auto'), description: t("Follow VS Code's display language") },
        { value: 'en', label: 'English' },
        { value: 'ko', label: '한국어', description: 'Korean' },
      ];
      for (const item of items) if (item.value === current) item.detail = t('Current');
      const picked = await vscode.window.showQuickPick(items, { placeHolder: t('Language of LLM Atlas explanations and panels') });
      if (picked) await configuration.update(LANGUAGE_SETTING, picked.value, vscode.ConfigurationTarget.Global);
    }),
  );
}
