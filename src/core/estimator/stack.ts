/**
 * A stack of layers, described one layer at a time (which design it uses, how it caches keys and values),
 * summed into breakdown groups, Linear-module counts, KV-cache groups and the parameters a token skips.
 * Layers with the same design share one breakdown group even when they are not adjacent (DeepSeek's dense
 * first layers, Qwen-MoE's `mlp_only_layers`); layers that cache alike share one KV-cache group (Gemma's
 * sliding and global layers have the same weights but different caches).
 */
import { group } from './blocks';
import { joinParts, type Part } from './parts';
import type { Bilingual, BreakdownNode, KvCacheGroup, LinearModule } from './types';

export type LayerCache = Omit<KvCacheGroup, 'layers'>;

export interface LayerDesign {
  /** Breakdown key of the group of layers with this design (unique within a stack). */
  key: string;
  label: (count: number) => Bilingual;
  parts: Part[];
}

export interface StackLayer {
  design: LayerDesign;
  /** Absent for layers that keep no cache at all (encoder layers). */
  cache?: LayerCache;
}

export interface Stack {
  layers: number;
  nodes: BreakdownNode[];
  linearModules: LinearModule[];
  kvCache: KvCacheGroup[];
  /** Parameters a token does not use (unselected routed experts), summed over the layers. */
  inactive: number;
  /** Experts per MoE layer and how many a token uses, when some layer routes. */
  routing?: { experts: number; perToken: number | undefined };
}

export function buildStack(layers: readonly StackLayer[]): Stack {
  const designs = new Map<LayerDesign, number>();
  for (const layer of layers) designs.set(layer.design, (designs.get(layer.design) ?? 0) + 1);

  const nodes: BreakdownNode[] = [];
  const linears: LinearModule[] = [];
  let inactive = 0;
  let routing: Stack['routing'];
  for (const [design, count] of designs) {
    const layer = joinParts(design.parts);
    nodes.push(group(design.key, design.label(count), layer.nodes, count));
    for (const module of layer.linears) linears.push({ ...module, count: module.count * count });
    inactive += layer.inactive * count;
    routing ??= layer.routing;
  }
  return {
    layers: layers.length,
    nodes,
    linearModules: mergeLinearModules(linears),
    kvCache: mergeCaches(layers),
    inactive,
    ...(routing ? { routing } : {}),
  };
}

/** Sums the counts of identical modules (same name, shape, bias and expert flag), keeping first-seen order. */
export function mergeLinearModules(modules: readonly LinearModule[]): LinearModule[] {
  const merged = new Map<string, LinearModule>();
  for (const module of modules) {
    const key = `${module.name}|${module.inputs}|${module.outputs}|${module.bias}|${module.expert ?? false}`;
    const seen = merged.get(key);
    if (seen) seen.count += module.count;
    else merged.set(key, { ...module });
  }
  return [...merged.values()];
}

function mergeCaches(layers: readonly StackLayer[]): KvCacheGroup[] {
  // Counted by object first (families share one cache object between layers), then merged by value.
  const byObject = new Map<LayerCache, number>();
  for (const { cache } of layers) if (cache) byObject.set(cache, (byObject.get(cache) ?? 0) + 1);
  const merged = new Map<string, KvCacheGroup>();
  for (const [cache, count] of byObject) {
    const key = `${cache.kind}|${cache.valuesPerToken}|${cache.window ?? ''}|${cache.stateValues ?? ''}`;
    const seen = merged.get(key);
    if (seen) seen.layers += count;
    else merged.set(key, { layers: count, ...cache });
  }
  return [...merged.values()];
}

/** `count` layers of one design caching alike (the same objects, so that the stack counts them fast). */
export function uniformLayers(count: number, design: LayerDesign, cache?: LayerCache): StackLayer[] {
  const layer: StackLayer = cache ? { design, cache } : { design };
  return Array.from({ length: count }, () => layer);
}

/** Standard attention cache: K and V of every KV head, in full or within a window. */
export function attentionCache(kvHeads: number, headDim: number, window?: number): LayerCache {
  const valuesPerToken = 2 * kvHeads * headDim;
  return window === undefined ? { kind: 'full', valuesPerToken } : { kind: 'sliding', valuesPerToken, window };
}
