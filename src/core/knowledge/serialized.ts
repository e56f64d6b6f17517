import { KnowledgeBase } from './knowledgeBase';
import type { Entry, Source } from './schema';

/**
 * The atlas as shipped: a JSON file beside the bundles, read on first use, so that the
 * extension-host bundle stays small and activation does no work.
 */
export interface SerializedAtlas {
  entries: Entry[];
  sources: Record<string, Source>;
}

export function serializeAtlas(kb: KnowledgeBase): SerializedAtlas {
  return { entries: [...kb.entries], sources: { ...kb.sources } };
}

export function deserializeAtlas(json: string): KnowledgeBase {
  const data = JSON.parse(json) as SerializedAtlas;
  if (!Array.isArray(data?.entries) || typeof data.sources !== 'object') throw new Error('atlas.json is not an atlas');
  return new KnowledgeBase(data.entries, data.sources);
}
