import type { Entry } from '../schema';

export const ENTRIES: Entry[] = [];
