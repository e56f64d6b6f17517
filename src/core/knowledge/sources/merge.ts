import type { Source } from '../schema';

/**
 * Joins source registries. Keys follow one convention (first author's surname + year), so two
 * registries may both define a paper they cite; they must then point at the same URL. A key that
 * names two different documents is a data bug, reported at load time.
 */
export function mergeSources(...registries: Record<string, Source>[]): Record<string, Source> {
  const merged: Record<string, Source> = {};
  for (const registry of registries) {
    for (const [key, source] of Object.entries(registry)) {
      const existing = merged[key];
      if (existing && existing.url !== source.url) {
        throw new Error(`Source key "${key}" names two documents: ${existing.url} and ${source.url}`);
      }
      merged[key] ??= source;
    }
  }
  return merged;
}
