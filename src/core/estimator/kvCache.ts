/**
 * The KV-cache layout of a model: the groups its counter recorded, or, for counters that do not record
 * one, the classic layout read off the shape (every decoder layer caches K and V for each head of size
 * head_dim, capped at the sliding window when there is one).
 */
import type { KvCacheGroup, ModelEstimate } from './types';

export function kvCacheGroups(estimate: Pick<ModelEstimate, 'architecture' | 'shape'>): KvCacheGroup[] | undefined {
  const { shape } = estimate;
  if (shape.kvCache !== undefined) return shape.kvCache;
  if (estimate.architecture === 'encoder-only') return undefined;
  const layers = estimate.architecture === 'encoder-decoder' ? (shape.decoderLayers ?? shape.layers) : shape.layers;
  const valuesPerToken = 2 * shape.kvHeads * shape.headDim;
  return [
    shape.slidingWindow === undefined
      ? { layers, kind: 'full', valuesPerToken }
      : { layers, kind: 'sliding', valuesPerToken, window: shape.slidingWindow },
  ];
}
