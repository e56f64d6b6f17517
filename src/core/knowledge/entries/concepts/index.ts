import type { Entry } from '../../schema';

export const CONCEPT_ENTRIES: Entry[] = [];
