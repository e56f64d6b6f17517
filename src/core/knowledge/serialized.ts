import type { MatcherIndex } from '../matcher/matcherIndex';
import { KnowledgeBase } from './knowledgeBase';
import type { Entry, Source } from './schema';

/**
 * The atlas as shipped: a JSON file beside the bundles, read on first use, so that the
 * extension-host bundle stays small and activation does no work. Also what the cards webview gets.
 */
export interface SerializedAtlas {
  entries: Entry[];
  sources: Record<string, Source>;
}

/** dist/atlas.json: the build also stores the matcher's index, so the first hover only fills maps. */
interface AtlasFile extends SerializedAtlas {
  matcherIndex?: MatcherIndex;
}

export function serializeAtlas(kb: KnowledgeBase): SerializedAtlas {
  return { entries: [...kb.entries], sources: { ...kb.sources } };
}

/** The knowledge base and, when the file carries one, the matcher index built with it. */
export function deserializeAtlasWithIndex(json: string): { kb: KnowledgeBase; matcherIndex?: MatcherIndex } {
  const data = JSON.parse(json) as AtlasFile;
  if (!Array.isArray(data?.entries) || typeof data.sources !== 'object') throw new Error('atlas.json is not an atlas');
  const kb = new KnowledgeBase(data.entries, data.sources);
  return typeof data.matcherIndex === 'object' && data.matcherIndex !== null ? { kb, matcherIndex: data.matcherIndex } : { kb };
}

export function deserializeAtlas(json: string): KnowledgeBase {
  return deserializeAtlasWithIndex(json).kb;
}
