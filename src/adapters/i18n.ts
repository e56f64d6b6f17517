import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import koBundle from '../../l10n/bundle.l10n.ko.json';
import type { Lang } from '../core/knowledge/schema';

export const LANGUAGE_SETTING = 'llmAtlas.language';

type LanguageSetting = 'auto' | Lang;

function languageSetting(): LanguageSetting {
  const value = vscode.workspace.getConfiguration().get<string>(LANGUAGE_SETTING, 'auto');
  return value === 'en' || value === 'ko' ? value : 'auto';
}

/** The language explanations and UI use: the explicit setting, else VS Code's display language. */
export function uiLanguage(): Lang {
  const setting = languageSetting();
  if (setting !== 'auto') return setting;
  return vscode.env.language.toLowerCase().startsWith('ko') ? 'ko' : 'en';
}

let configuredFor: LanguageSetting | undefined;

/**
 * Translates a runtime string. With `auto` it goes through `vscode.l10n` (VS Code's display
 * language); an explicit choice cannot, so `@vscode/l10n` is pointed at the chosen bundle instead.
 */
export function t(message: string, ...args: Array<string | number>): string {
  const setting = languageSetting();
  if (setting === 'auto') return vscode.l10n.t(message, ...args);
  if (configuredFor !== setting) {
    l10n.config({ contents: setting === 'ko' ? koBundle : {} });
    configuredFor = setting;
  }
  return l10n.t(message, ...args);
}

/** Calls `listener` whenever the user changes `llmAtlas.language`, so a surface can re-render. */
export function onLanguageChange(listener: () => void): vscode.Disposable {
  return vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration(LANGUAGE_SETTING)) listener();
  });
}
