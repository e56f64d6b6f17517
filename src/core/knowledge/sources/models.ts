import type { Source } from '../schema';

/** Papers and official pages that introduce the atlas's models. */
export const MODEL_SOURCES: Record<string, Source> = {};
