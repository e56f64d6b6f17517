import * as vscode from 'vscode';
import type { TermMatch, TermMatcher } from '../../core/matcher';
import { CONTEXT_SPAN } from '../../core/matcher/scopes';

/**
 * The atlas term at a position, read from a bounded window of the document rather than the line
 * alone: `r=8` on its own line needs the `LoraConfig(` above it. Offsets come back as a range.
 */
export function termAtPosition(matcher: TermMatcher, document: vscode.TextDocument, position: vscode.Position): { match: TermMatch; range: vscode.Range } | undefined {
  // Characters read around the cursor: enough for a contextual spelling's call or object, and its
  // neighbours. Read here, not at load: the matcher is in a chunk the Node host loads on first use.
  const span = CONTEXT_SPAN + 512;
  const at = document.offsetAt(position);
  const start = document.positionAt(Math.max(0, at - span));
  const end = document.positionAt(at + span);
  const base = document.offsetAt(start);
  const match = matcher.matchAt(document.getText(new vscode.Range(start, end)), at - base);
  if (!match) return undefined;
  return { match, range: new vscode.Range(document.positionAt(base + match.start), document.positionAt(base + match.end)) };
}
