import type { Source } from '../schema';

/**
 * Joins the source registries (one per area of the atlas). Each paper is registered once, under
 * one key (first author's surname + year); a key registered twice is a data bug, reported at load.
 */
export function mergeSources(...registries: Record<string, Source>[]): Record<string, Source> {
  const merged: Record<string, Source> = {};
  for (const registry of registries) {
    for (const [key, source] of Object.entries(registry)) {
      if (Object.prototype.hasOwnProperty.call(merged, key)) throw new Error(`Source key "${key}" is registered twice`);
      merged[key] = source;
    }
  }
  return merged;
}
