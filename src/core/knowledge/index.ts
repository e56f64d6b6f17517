import { KnowledgeBase } from './knowledgeBase';
import { CONCEPT_ENTRIES } from './entries/concepts';
import { MODEL_ENTRIES } from './entries/models';
import { mergeSources } from './sources/merge';
import { CONCEPT_SOURCES } from './sources/concepts';
import { MODEL_SOURCES } from './sources/models';

export * from './schema';
export { KnowledgeBase } from './knowledgeBase';

/** The atlas shipped with the extension. */
export const atlas = new KnowledgeBase(
  [...MODEL_ENTRIES, ...CONCEPT_ENTRIES],
  mergeSources(MODEL_SOURCES, CONCEPT_SOURCES),
);
