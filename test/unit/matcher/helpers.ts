import assert from 'node:assert/strict';
import type { TermMatch, TermMatcher } from '../../../src/core/matcher';

/** The single match in `text`, or a failure that shows what was found instead. */
export function single(matcher: TermMatcher, text: string): TermMatch {
  const found = matcher.findAll(text);
  assert.equal(found.length, 1, `${JSON.stringify(text)} → ${JSON.stringify(found.map((m) => [m.text, m.entryId]))}`);
  return found[0];
}

/** What the cursor in the middle of the first `word` in `line` gets. */
export function hoverOn(matcher: TermMatcher, line: string, word: string): TermMatch | undefined {
  const at = line.indexOf(word);
  assert.ok(at >= 0, `${word} is not in ${line}`);
  return matcher.matchAt(line, at + Math.floor(word.length / 2));
}

export const summary = (matches: TermMatch[]) => matches.map((m) => `${m.text}→${m.entryId}`);

/**
 * CPU time (user + system) spent in `run`, in milliseconds. Unlike wall-clock time it hardly changes
 * when other test files share the machine's cores, so time limits stay meaningful under load.
 */
export function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}
