import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import { buildLiteralIndex, type LiteralIndex } from './codeLiterals';
import type { ContextualIndex } from './contextual';
import { buildContextualIndex } from './contextualIndex';
import { buildHfIdIndex, type HfIdIndex } from './hfIds';
import { buildIdentifierIndex, type IdentifierIndex } from './identifiers';
import { buildPhraseIndex, type PhraseIndex } from './phrases';

/**
 * What the matcher derives from the atlas, as plain JSON: built once at build time into dist/ (with
 * the atlas) and loaded with it, so that the first hover does not tokenise 1,500 aliases or split
 * every code spelling — it only fills maps.
 */
export interface MatcherIndex {
  /** Bumped when the shape changes: an index of another version is rebuilt rather than misread. */
  version: number;
  hfIds: HfIdIndex;
  identifiers: IdentifierIndex;
  literals: LiteralIndex;
  phrases: PhraseIndex;
  contextual: ContextualIndex;
}

export const MATCHER_INDEX_VERSION = 3;

export function buildMatcherIndex(kb: KnowledgeBase): MatcherIndex {
  return {
    version: MATCHER_INDEX_VERSION,
    hfIds: buildHfIdIndex(kb),
    identifiers: buildIdentifierIndex(kb),
    literals: buildLiteralIndex(kb),
    phrases: buildPhraseIndex(kb),
    contextual: buildContextualIndex(kb),
  };
}
