/**
 * "In this file": which atlas terms a document mentions, how often, and where. It runs on every
 * editor switch and (debounced) edit, so it is bounded: it reads at most `maxChars` characters,
 * spends at most `budgetMs` matching, and works in chunks so that the caller can scan in short
 * slices and let the editor breathe in between.
 */

/** The part of the matcher this needs: every match in a text, in order, with offsets into it. */
export interface TermFinder {
  findAll(text: string): ReadonlyArray<{ entryId: string; start: number; end: number }>;
}

export interface TermOccurrence {
  start: number;
  end: number;
}

export interface FileTermCount {
  entryId: string;
  count: number;
}

export interface FileTermScan {
  /** Most frequent first; ties in order of first appearance. */
  terms: FileTermCount[];
  /** Each term's occurrences, in document order. */
  occurrences: ReadonlyMap<string, readonly TermOccurrence[]>;
  scannedChars: number;
  /** Set when the scan ended before the document did. */
  stoppedBy?: 'size' | 'time';
  /** Time spent matching, excluding any pauses between slices. */
  elapsedMs: number;
}

export interface ScanLimits {
  maxChars: number;
  /** Total matching time allowed, over all slices. */
  budgetMs: number;
  /** Text handed to the matcher at once; time is checked between chunks. */
  chunkChars: number;
}

export const DEFAULT_SCAN_LIMITS: ScanLimits = { maxChars: 2_000_000, budgetMs: 1000, chunkChars: 16 * 1024 };

/**
 * Where a chunk starting at `start` should end: at a line break when there is one, else at a space,
 * so that no term is cut in two (a term spanning a line break at a chunk edge may still be missed).
 */
export function chunkEnd(text: string, start: number, limit: number): number {
  if (limit >= text.length) return text.length;
  const lineBreak = text.lastIndexOf('\n', limit - 1);
  if (lineBreak >= start) return lineBreak + 1;
  const space = text.lastIndexOf(' ', limit - 1);
  return space > start ? space + 1 : limit;
}

export interface ScanOptions {
  /** Length of the whole document when `text` is only its start (a huge file is never copied whole). */
  documentLength?: number;
  limits?: ScanLimits;
  now?: () => number;
}

/** Scans `text` chunk by chunk; `step` runs one time slice, `result` reads what was found so far. */
export class FileTermScanner {
  private readonly occurrences = new Map<string, TermOccurrence[]>();
  private readonly end: number;
  private readonly documentLength: number;
  private readonly limits: ScanLimits;
  private readonly now: () => number;
  private scanned = 0;
  private elapsedMs = 0;

  constructor(
    private readonly text: string,
    private readonly finder: TermFinder,
    { documentLength = text.length, limits = DEFAULT_SCAN_LIMITS, now = () => performance.now() }: ScanOptions = {},
  ) {
    this.end = Math.min(text.length, limits.maxChars);
    this.documentLength = documentLength;
    this.limits = limits;
    this.now = now;
  }

  get done(): boolean {
    return this.scanned >= this.end || this.elapsedMs > this.limits.budgetMs;
  }

  /** Scans for about `sliceMs` (at least one chunk); true once the scan is over. */
  step(sliceMs = Infinity): boolean {
    const started = this.now();
    let last = started;
    while (!this.done) {
      const stop = chunkEnd(this.text, this.scanned, Math.min(this.end, this.scanned + this.limits.chunkChars));
      for (const match of this.finder.findAll(this.text.slice(this.scanned, stop))) {
        let list = this.occurrences.get(match.entryId);
        if (!list) this.occurrences.set(match.entryId, (list = []));
        list.push({ start: this.scanned + match.start, end: this.scanned + match.end });
      }
      this.scanned = stop;
      const now = this.now();
      this.elapsedMs += now - last;
      last = now;
      if (now - started >= sliceMs) break;
    }
    return this.done;
  }

  result(): FileTermScan {
    const terms = [...this.occurrences].map(([entryId, list]) => ({ entryId, count: list.length, first: list[0].start }));
    terms.sort((a, b) => b.count - a.count || a.first - b.first);
    const stoppedBy = this.scanned >= this.documentLength ? undefined : this.scanned < this.end ? 'time' : 'size';
    return {
      terms: terms.map(({ entryId, count }) => ({ entryId, count })),
      occurrences: this.occurrences,
      scannedChars: this.scanned,
      ...(stoppedBy ? { stoppedBy } : {}),
      elapsedMs: this.elapsedMs,
    };
  }
}

/**
 * The first occurrence starting after `offset`, wrapping to the first one; undefined if there are
 * none. `occurrences` must be in document order (as `scanFileTerms` returns them).
 */
export function nextOccurrence(occurrences: readonly TermOccurrence[], offset: number): TermOccurrence | undefined {
  let low = 0;
  let high = occurrences.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (occurrences[mid].start > offset) high = mid;
    else low = mid + 1;
  }
  return occurrences[low] ?? occurrences[0];
}
