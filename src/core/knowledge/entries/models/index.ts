import type { Entry } from '../../schema';

export const MODEL_ENTRIES: Entry[] = [];
