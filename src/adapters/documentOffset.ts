import * as vscode from 'vscode';

/** A document, and optionally an offset into it (the call a command is about). */
export interface DocumentOffset {
  uri: vscode.Uri;
  offset?: number;
}

/**
 * A Uri (CodeLens, explorer) or a Uri string (command links and stored state carry arguments as JSON),
 * with an optional non-negative integer offset. Anything else means "no target given".
 */
export function documentOffsetFrom(first: unknown, second: unknown): DocumentOffset | undefined {
  let uri: vscode.Uri | undefined;
  if (first instanceof vscode.Uri) uri = first;
  else if (typeof first === 'string' && first.length < 4096) {
    try {
      uri = vscode.Uri.parse(first, true);
    } catch {
      return undefined;
    }
  }
  if (uri === undefined) return undefined;
  return Number.isSafeInteger(second) && (second as number) >= 0 ? { uri, offset: second as number } : { uri };
}
