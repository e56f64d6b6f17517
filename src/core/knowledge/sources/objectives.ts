import type { Source } from '../schema';

export const SOURCES: Record<string, Source> = {};
