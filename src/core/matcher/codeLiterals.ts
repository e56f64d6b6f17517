import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import { claim, NO_ALSO, RANK, type Candidate, type Recogniser } from './candidate';
import { isIdentChar } from './chars';
import { isIdentifierSpelling } from './identifiers';

/** The literal spellings with their one owner (ambiguous ones left out): the matcher index's share. */
export type LiteralIndex = [spelling: string, entryId: string][];

export function buildLiteralIndex(kb: KnowledgeBase): LiteralIndex {
  const owners = new Map<string, string | null>();
  for (const entry of kb.entries) {
    for (const code of entry.code) {
      const letters = code.replace(/[^A-Za-z]/g, '').length;
      if (!isIdentifierSpelling(code) && code.length >= 4 && letters >= 2) claim(owners, code, entry.id, (a, b) => a === b);
    }
  }
  return [...owners].filter((pair): pair is [string, string] => pair[1] !== null);
}

/**
 * Code spellings that are not plain identifiers: special tokens ("[MASK]", "<|endoftext|>") and dotted
 * names ("nn.MultiheadAttention", "F.scaled_dot_product_attention"). Matched verbatim, never inside
 * an identifier. Too-short spellings ("<s>", "##") are skipped: HTML and Markdown are full of them.
 */
export class CodeLiteralRecogniser implements Recogniser {
  /** Spellings by first code unit, longest first. */
  private readonly byFirst = new Map<number, { spelling: string; entryId: string }[]>();
  /** Where any spelling starts: the regular-expression engine skips the rest of the text natively. */
  private readonly anyStart: RegExp | undefined;

  constructor(literals: LiteralIndex) {
    for (const [spelling, entryId] of literals) {
      const first = spelling.charCodeAt(0);
      const list = this.byFirst.get(first) ?? [];
      list.push({ spelling, entryId });
      list.sort((a, b) => b.spelling.length - a.spelling.length);
      this.byFirst.set(first, list);
    }
    if (literals.length > 0) this.anyStart = new RegExp(literals.map(([spelling]) => escapeRegExp(spelling)).join('|'), 'g');
  }

  scan(text: string, from: number, to: number, emit: (candidate: Candidate) => void): void {
    const anyStart = this.anyStart;
    if (!anyStart) return;
    anyStart.lastIndex = from;
    for (let hit = anyStart.exec(text); hit && hit.index < to; hit = anyStart.exec(text)) {
      const i = hit.index;
      const found = this.byFirst.get(text.charCodeAt(i))?.find(({ spelling }) => text.startsWith(spelling, i) && standsAlone(text, i, i + spelling.length));
      if (found) {
        emit({ entryId: found.entryId, start: i, end: i + found.spelling.length, via: 'code-key', also: NO_ALSO, rank: RANK.codeKey });
        anyStart.lastIndex = i + found.spelling.length;
      } else {
        anyStart.lastIndex = i + 1;
      }
    }
  }
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** An edge that is an identifier character must not continue an identifier. */
function standsAlone(text: string, start: number, end: number): boolean {
  const cutsBefore = isIdentChar(text.charCodeAt(start)) && start > 0 && isIdentChar(text.charCodeAt(start - 1));
  const cutsAfter = isIdentChar(text.charCodeAt(end - 1)) && end < text.length && isIdentChar(text.charCodeAt(end));
  return !cutsBefore && !cutsAfter;
}
