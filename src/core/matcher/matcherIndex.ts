import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { ContextualIndex } from './contextual';
import { buildContextualIndex } from './contextualIndex';

/**
 * What the matcher derives from the atlas, as plain JSON: built once at build time into dist/ and
 * loaded with the atlas, so that the first hover does not pay for building it.
 */
export interface MatcherIndex {
  /** Bumped when the shape changes: an index of another version is rebuilt rather than misread. */
  version: number;
  contextual: ContextualIndex;
}

export const MATCHER_INDEX_VERSION = 1;

export function buildMatcherIndex(kb: KnowledgeBase): MatcherIndex {
  return { version: MATCHER_INDEX_VERSION, contextual: buildContextualIndex(kb) };
}
