/** The precision and recall corpus in test/fixtures/precision, and how a matcher scores on it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TermMatcher } from '../../../src/core/matcher';

const dir = join(__dirname, '../../fixtures/precision');
const read = (name: string) => readFileSync(join(dir, name), 'utf8');

/** Ordinary code and prose in which nothing may match. */
export const NEGATIVE_FILES = ['common-code.py', 'common-prose.md', 'modern-web-service.py', 'modern-cli-tool.py', 'modern-app-config.yaml', 'modern-api-response.json'].map((name) => ({ name, text: read(name) }));

export const POSITIVE_TEXT = read('ml-positives.py');
const labels = JSON.parse(read('ml-positives.json')) as { positives: [string, string, string | null][] };

/** The labelled terms with their offsets, found in order of appearance. */
export const POSITIVES = (() => {
  let from = 0;
  return labels.positives.map(([text, entryId, variantId]) => {
    const start = POSITIVE_TEXT.indexOf(text, from);
    if (start < 0) throw new Error(`label "${text}" is not in ml-positives.py after offset ${from}`);
    from = start + text.length;
    return { text, entryId, variantId: variantId ?? undefined, start };
  });
})();

/** Every match the cursor would get on any character of `text`, line by line. */
export function hoversOnEveryCharacter(matcher: TermMatcher, text: string): string[] {
  const hovered = text.split('\n').flatMap((line, n) =>
    [...Array(line.length + 1).keys()].flatMap((i) => {
      const match = matcher.matchAt(line, i);
      return match ? [`line ${n + 1}: ${match.text}→${match.entryId}`] : [];
    }),
  );
  return [...new Set(hovered)];
}

export interface Score {
  truePositives: number;
  falsePositives: string[];
  misses: string[];
  precision: number;
  recall: number;
}

/** Precision and recall; `variants: false` ignores variant ids (the atlas names its variants its own way). */
export function score(matcher: TermMatcher, { variants }: { variants: boolean }): Score {
  const found = matcher.findAll(POSITIVE_TEXT);
  const key = (m: { start: number; text: string; entryId: string; variantId?: string }) =>
    `${m.start}:${m.text}→${m.entryId}${variants && m.variantId ? `/${m.variantId}` : ''}`;
  const expected = new Set(POSITIVES.map(key));
  const got = new Set(found.map(key));
  const truePositives = found.filter((m) => expected.has(key(m))).length;
  const falsePositives = [
    ...found.filter((m) => !expected.has(key(m))).map(key),
    ...NEGATIVE_FILES.flatMap(({ name, text }) => matcher.findAll(text).map((m) => `${name} ${key(m)}`)),
  ];
  const misses = POSITIVES.filter((p) => !got.has(key(p))).map(key);
  return {
    truePositives,
    falsePositives,
    misses,
    precision: truePositives / (truePositives + falsePositives.length),
    recall: truePositives / POSITIVES.length,
  };
}
