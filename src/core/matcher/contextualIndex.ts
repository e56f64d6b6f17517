import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { ContextRule, ContextualIndex } from './contextual';
import { isEverydayWord } from './everydayWords';

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** Code spellings specific enough to vouch for a contextual one beside them: `do_sample`, `LoraConfig`, `q_proj`.
 * Contextual spellings never vouch for each other: `{"top_k": 5, "temperature": 20}` may be a search API. */
const isDistinctive = (s: string): boolean => IDENTIFIER.test(s) && !isEverydayWord(s) && (/[_\d]/.test(s) || /[a-z][A-Z]/.test(s));

/** The atlas's contextual spellings grouped by form, and the spellings that count as evidence. */
export function buildContextualIndex(kb: KnowledgeBase): ContextualIndex {
  // Null-prototype records: a spelling such as `constructor` must not meet Object.prototype.
  const index: ContextualIndex = { argument: Object.create(null), key: Object.create(null), value: Object.create(null), evidence: [] };
  const evidence = new Set<string>();
  for (const entry of kb.entries) {
    for (const code of entry.code) if (isDistinctive(code)) evidence.add(code);
    for (const spelling of entry.contextual ?? []) {
      const rule: ContextRule = { entryId: entry.id };
      if (spelling.within?.length) rule.within = [...spelling.within];
      if (spelling.of) rule.of = spelling.of;
      const rules = (index[spelling.as][spelling.spelling] ??= []);
      rules.push(rule);
    }
  }
  index.evidence = [...evidence];
  return index;
}
