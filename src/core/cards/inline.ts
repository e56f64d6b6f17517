import type { Inline } from './viewModel';

/**
 * Splits the atlas's inline Markdown (`code`, **bold**, *emphasis*, [text](https://…)) into runs the
 * page turns into DOM nodes, so no HTML is ever built from data. Anything else stays literal text.
 */
const PATTERN = /`([^`]+)`|\*\*([^*]+)\*\*|\*([^*\s][^*]*)\*|\[([^\]]+)\]\((https?:\/\/[^\s)]+)\)/g;

export function parseInline(markdown: string): Inline[] {
  const runs: Inline[] = [];
  let last = 0;
  for (const match of markdown.matchAll(PATTERN)) {
    const index = match.index ?? 0;
    if (index > last) runs.push({ text: markdown.slice(last, index) });
    const [, code, bold, em, linkText, href] = match;
    if (code !== undefined) runs.push({ text: code, code: true });
    else if (bold !== undefined) runs.push({ text: bold, bold: true });
    else if (em !== undefined) runs.push({ text: em, em: true });
    else runs.push({ text: linkText, href });
    last = index + match[0].length;
  }
  if (last < markdown.length) runs.push({ text: markdown.slice(last) });
  return runs;
}
