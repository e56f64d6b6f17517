import * as vscode from 'vscode';

/** Commands that hovers may link to; only these are trusted in hover Markdown. */
export const HOVER_COMMANDS = ['llmAtlas.openCard', 'llmAtlas.showOnScalingChart'];

export function commandLink(command: string, ...args: unknown[]): string {
  return vscode.Uri.parse(`command:${command}?${encodeURIComponent(JSON.stringify(args))}`).toString();
}
