// A 400+-entry atlas for the bench, before the real new entries land: the shipped entries plus
// renamed copies (unique ids, aliases, code and contextual spellings), so the matcher's indexes,
// tries and maps have the size they will have.
import { KnowledgeBase } from '../../src/core/knowledge/knowledgeBase';
import type { Entry } from '../../src/core/knowledge/schema';

const WORDS = ['alpha', 'bravo', 'delta', 'gamma', 'kappa', 'sigma', 'omega', 'theta'];

function copyOf(entry: Entry, n: number): Entry {
  const word = `${WORDS[n % WORDS.length]}${Math.floor(n / WORDS.length)}`;
  const camel = word[0].toUpperCase() + word.slice(1);
  return {
    ...entry,
    id: `${entry.id}-${word}`,
    aliases: entry.aliases.map((alias) => `${alias} ${word}`),
    code: entry.code.map((code) => (/^[A-Z]/.test(code) ? `${code}${camel}` : `${code}_${word}`)),
    contextual: [
      { spelling: `${word}_k`, as: 'argument', within: ['generate'] },
      { spelling: `${word}_key`, as: 'key' },
      { spelling: `${word}_value`, as: 'value', of: 'attn_implementation' },
    ],
    related: [],
    model: entry.model && { ...entry.model, improvesOn: [], objectives: [], variants: (entry.model.variants ?? []).map((v) => ({ ...v, id: `${v.id}-${word}`, hfIds: v.hfIds.map((id) => `${id}-${word}`) })) },
  };
}

export function syntheticAtlas(base: KnowledgeBase, size = 420): KnowledgeBase {
  const entries = [...base.entries];
  for (let n = 0; entries.length < size; n++) entries.push(copyOf(base.entries[n % base.entries.length], n));
  return new KnowledgeBase(entries, base.sources);
}
