import * as vscode from 'vscode';
import { DEFAULT_SCAN_LIMITS, FileTermScanner, nextOccurrence, type FileTermScan, type TermFinder } from '../../core/sidebar/fileTerms';
import type { AtlasService } from '../atlas/atlasService';
import { Debounced } from '../debounced';

/** Edits are rescanned once typing pauses this long. */
const EDIT_DEBOUNCE_MS = 400;

/** Longest the scan holds the extension host at a time; hovers and other work run in between. */
const SLICE_MS = 10;

/** Documents that are not the user's files: the Output panel's logs. */
const IGNORED_SCHEMES = new Set(['output']);

/**
 * Scans at most the first `maxChars` of a document (without copying the rest of it) in slices of
 * SLICE_MS. Gives up, returning undefined, as soon as `wanted()` turns false between slices.
 */
export async function scanDocument(document: vscode.TextDocument, finder: TermFinder, wanted: () => boolean = () => true): Promise<FileTermScan | undefined> {
  const documentLength = document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
  const max = DEFAULT_SCAN_LIMITS.maxChars;
  const text = documentLength > max ? document.getText(new vscode.Range(new vscode.Position(0, 0), document.positionAt(max))) : document.getText();
  const scanner = new FileTermScanner(text, finder, { documentLength });
  while (!scanner.step(SLICE_MS)) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (!wanted()) return undefined;
  }
  return scanner.result();
}

/** Whether the document is still open in an editor tab (perhaps behind a preview it opened). */
function isInATab(document: vscode.TextDocument): boolean {
  const uri = document.uri.toString();
  return vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === uri));
}

/**
 * Follows the active text editor and keeps the scan of its document current: at once on an
 * editor switch, debounced on edits. It works only while the sidebar is visible. Switching to a
 * non-text editor (an explanation's preview, a panel) keeps the last file while its tab is open.
 */
export class FileTermsTracker implements vscode.Disposable {
  private document: vscode.TextDocument | undefined;
  private scanned: { version: number; scan: FileTermScan } | undefined;
  private scanning: Promise<void> | undefined;
  private enabled = false;
  private readonly edited = new Debounced(EDIT_DEBOUNCE_MS, () => void this.refresh());
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly subscriptions: vscode.Disposable[];
  readonly onDidChange = this.changed.event;

  constructor(private readonly atlas: AtlasService) {
    this.subscriptions = [
      this.changed,
      vscode.window.onDidChangeActiveTextEditor((editor) => this.follow(editor)),
      vscode.window.tabGroups.onDidChangeTabs(() => this.follow(vscode.window.activeTextEditor)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.document && e.contentChanges.length > 0 && this.enabled) {
          this.edited.schedule();
        }
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document === this.document) this.track(undefined);
      }),
    ];
  }

  /** The file the list describes and its latest scan (undefined until the first scan ends). */
  get current(): { document: vscode.TextDocument | undefined; scan: FileTermScan | undefined } {
    return { document: this.document, scan: this.scanned?.scan };
  }

  /** Scanning happens only while the sidebar is visible. */
  setEnabled(enabled: boolean): void {
    this.enabled = enabled;
    this.edited.dispose();
    if (!enabled) return;
    this.follow(vscode.window.activeTextEditor);
    void this.refresh(); // edits made while hidden were not scanned
  }

  /** Selects and reveals the next occurrence of `entryId` after the cursor, rescanning if the file changed. */
  async revealNext(entryId: string): Promise<boolean> {
    const document = this.document;
    if (!document) return false;
    await this.refresh();
    const occurrences = this.scanned?.scan.occurrences.get(entryId);
    if (!occurrences || this.document !== document) return false;
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
    const selection = editor?.selection;
    // From an empty cursor the occurrence under it counts as next; from a selection, the one after it.
    const after = !selection ? -1 : selection.isEmpty ? document.offsetAt(selection.active) - 1 : document.offsetAt(selection.start);
    const next = nextOccurrence(occurrences, after);
    if (!next) return false;
    const range = new vscode.Range(document.positionAt(next.start), document.positionAt(next.end));
    // The sidebar keeps focus, so Enter steps through the occurrences one by one.
    const shown = await vscode.window.showTextDocument(document, { viewColumn: editor?.viewColumn, preserveFocus: true, selection: range });
    shown.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    return true;
  }

  dispose(): void {
    this.edited.dispose();
    this.subscriptions.forEach((s) => s.dispose());
  }

  private follow(editor: vscode.TextEditor | undefined): void {
    if (editor && !IGNORED_SCHEMES.has(editor.document.uri.scheme)) {
      if (editor.document !== this.document) this.track(editor.document);
    } else if (this.document && !isInATab(this.document)) {
      this.track(undefined);
    }
  }

  private track(document: vscode.TextDocument | undefined): void {
    this.edited.dispose();
    this.document = document;
    this.scanned = undefined;
    this.changed.fire();
    void this.refresh();
  }

  /** Brings the scan up to date with the tracked document; concurrent callers share one scan. */
  private refresh(): Promise<void> {
    if (this.scanning || !this.isStale()) return this.scanning ?? Promise.resolve();
    this.scanning = (async () => {
      try {
        // Re-checked after each scan: the document may have changed, or been swapped, meanwhile.
        while (this.isStale()) {
          const { matcher } = await this.atlas.load();
          const document = this.document;
          if (!document || !this.enabled) break;
          const version = document.version;
          const scan = await scanDocument(document, matcher, () => this.enabled && this.document === document && document.version === version);
          if (!scan) continue; // outdated midway: start again on the current text
          this.scanned = { version, scan };
          this.changed.fire();
        }
      } finally {
        this.scanning = undefined;
      }
    })();
    return this.scanning;
  }

  private isStale(): boolean {
    return this.enabled && this.document !== undefined && this.scanned?.version !== this.document.version;
  }
}
