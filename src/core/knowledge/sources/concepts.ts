import type { Source } from '../schema';

/** Papers and official pages behind the atlas's concepts. */
export const CONCEPT_SOURCES: Record<string, Source> = {};
