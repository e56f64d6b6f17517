/**
 * The pre-norm decoders that grew out of Llama (`…ForCausalLM`): a token table, layers of grouped-query
 * attention and a gated MLP (gate, up, down) with their norms, a final norm and an LM head (none when tied).
 * What differs per type is taken from its configuration class and attention module in Transformers 5.18:
 * - Llama, Granite: `attention_bias` (Q, K, V, O) and `mlp_bias`, off by default; K/V heads default to the
 *   query heads. Granite's multipliers are scalars, not weights.
 * - Mistral: no biases; 8 K/V heads and a 4096-token window on every layer by default (`sliding_window:
 *   null` turns it off, as in v0.3).
 * - Qwen2: Q, K and V always have biases (O does not). Qwen3: `attention_bias` on all four and an RMSNorm of
 *   head_dim on queries and on keys. Both slide only with `use_sliding_window`, on layers from
 *   `max_window_layers` on.
 * - OLMo: LayerNorms without weights (no norm parameters at all). OLMo 2: RMSNorms after attention and
 *   after the MLP, and RMSNorms over the full query and key widths.
 * - Phi-3: one fused `qkv_proj` and one fused `gate_up_proj`; a window on every layer when set.
 * - StableLM: LayerNorms with biases (one per layer with `use_parallel_residual`), Q/K/V biases with
 *   `use_qkv_bias`, per-head LayerNorms on queries and keys with `qk_layernorm`; head size is always
 *   hidden / heads.
 * - StarCoder 2: LayerNorms with biases, `use_bias` on every Linear, a two-matrix MLP (c_fc, c_proj), tied
 *   head, and a window on every layer when set.
 * - Cohere (Command R, Aya): attention and MLP in parallel off one weight-only LayerNorm, per-head
 *   LayerNorms on queries and keys with `use_qk_norm`, tied head.
 * `head_dim` from the config wins where the attention module reads it; otherwise hidden / heads.
 */
import { layerNorm, rmsNorm } from '../blocks';
import { RANGES, type ConfigReader } from '../configReader';
import { decoderModel, finalNorm, layerKinds, readDecoderSizes, tokenTable, type DecoderDefaults, type DecoderSizes } from '../decoder';
import { kvGroupingWarnings, type FamilyCounter, type FamilyModel } from '../family';
import { LABEL, layersLabel } from '../labels';
import { gatedSpecs, linearPart, mlpSpecs, plainPart, qkvoSpecs, type Part } from '../parts';
import { attentionCache, type LayerDesign, type StackLayer } from '../stack';
import type { Bilingual } from '../types';

/** Biases of Q, K, V and O. */
export interface AttentionBias {
  q: boolean;
  k: boolean;
  v: boolean;
  o: boolean;
}

export function allBias(on: boolean): AttentionBias {
  return { q: on, k: on, v: on, o: on };
}

/** Q, K, V and O as one breakdown leaf, with `extra` parameters (Q/K norms, sinks) counted in it. */
export function attentionPart(sizes: DecoderSizes, bias: AttentionBias, extra = 0, label: Bilingual = LABEL.selfAttention): Part {
  const specs = qkvoSpecs({ hidden: sizes.hidden, heads: sizes.heads, kvHeads: sizes.kvHeads, headDim: sizes.headDim, bias });
  return linearPart('attention', label, specs, extra);
}

export function qkNormPart(parameters: number): Part {
  return plainPart('qkNorms', LABEL.qkNorms, parameters);
}

export function gatedFeedForward(hidden: number, inner: number, bias = false): Part {
  return linearPart('feedForward', LABEL.gatedFeedForward, gatedSpecs(hidden, inner, bias));
}

export function normsPart(parameters: number): Part {
  return plainPart('norms', LABEL.norms, parameters);
}

/** One design shared by every layer. */
export function uniformDesign(parts: Part[]): LayerDesign {
  return { key: 'layers', label: layersLabel, parts };
}

/** The window a sliding layer keeps (`sliding_window`, or the class default; null turns windows off). */
export function slidingWindow(config: ConfigReader, fallback: number | null): number | undefined {
  const value = config.nullableInt('sliding_window', RANGES.positions);
  return (value === undefined ? fallback : value) ?? undefined;
}

/**
 * Layers that all attend alike except for the window: `slides(i)` says which layers slide, overridden by
 * `layer_types` for the config classes that have that field (`readsLayerTypes`).
 */
export function attentionLayers(
  config: ConfigReader,
  sizes: DecoderSizes,
  design: (index: number) => LayerDesign,
  window: number | undefined,
  slides: (index: number) => boolean,
  readsLayerTypes = false,
): StackLayer[] {
  const kinds = layerKinds(config, sizes.layers, (index) => (window !== undefined && slides(index) ? 'sliding' : 'full'), readsLayerTypes);
  const full = attentionCache(sizes.kvHeads, sizes.headDim);
  const sliding = attentionCache(sizes.kvHeads, sizes.headDim, window);
  return kinds.map((kind, index) => ({ design: design(index), cache: kind === 'sliding' ? sliding : full }));
}

/** A Llama-style model around its layers: token table, final norm, LM head. */
export function llamaStyleModel(options: {
  displayName: string;
  countedAs: string;
  sizes: DecoderSizes;
  layers: StackLayer[];
  finalNormParameters: number;
  /** An LM-head bias (kept even when the weight is tied). */
  headBias?: boolean;
  warnings?: Bilingual[];
}): FamilyModel {
  const { sizes, layers } = options;
  const windows = layers.flatMap((layer) => (layer.cache?.window === undefined ? [] : [layer.cache.window]));
  return decoderModel({
    displayName: options.displayName,
    countedAs: options.countedAs,
    embeddings: [tokenTable(sizes.vocab, sizes.hidden)],
    layers,
    tail: [finalNorm(options.finalNormParameters)],
    head: { vocab: sizes.vocab, inputs: sizes.hidden, tied: sizes.tied, bias: options.headBias ?? false },
    shape: {
      hidden: sizes.hidden,
      heads: sizes.heads,
      kvHeads: sizes.kvHeads,
      headDim: sizes.headDim,
      intermediate: sizes.intermediate,
      vocab: sizes.vocab,
      contextLength: sizes.positions,
      ...(windows.length > 0 ? { slidingWindow: Math.min(...windows) } : {}),
    },
    warnings: [...kvGroupingWarnings(sizes.heads, sizes.kvHeads), ...(options.warnings ?? [])],
  });
}

/** Llama-style dense decoders with RMSNorms: attention, gated MLP, two norms per layer. */
function denseRmsDecoder(options: {
  displayName: string;
  countedAs: string;
  defaults: DecoderDefaults;
  bias: (config: ConfigReader) => AttentionBias;
  mlpBias?: boolean;
  /** Parameters of the query/key norms of one layer, from the sizes (Qwen3, OLMo 2). */
  qkNorms?: (sizes: DecoderSizes) => number;
  window?: { fallback: number | null; slides: (config: ConfigReader) => (index: number) => boolean; readsLayerTypes?: boolean };
}): FamilyCounter {
  return (config) => {
    const sizes = readDecoderSizes(config, options.defaults);
    const mlpBias = options.mlpBias === true && config.bool('mlp_bias', false);
    const parts = [attentionPart(sizes, options.bias(config))];
    if (options.qkNorms) parts.push(qkNormPart(options.qkNorms(sizes)));
    parts.push(gatedFeedForward(sizes.hidden, sizes.intermediate, mlpBias), normsPart(2 * rmsNorm(sizes.hidden)));
    const design = uniformDesign(parts);
    const window = options.window ? slidingWindow(config, options.window.fallback) : undefined;
    const slides = options.window ? options.window.slides(config) : () => false;
    return llamaStyleModel({
      displayName: options.displayName,
      countedAs: options.countedAs,
      sizes,
      layers: attentionLayers(config, sizes, () => design, window, slides, options.window?.readsLayerTypes),
      finalNormParameters: rmsNorm(sizes.hidden),
    });
  };
}

const attentionBiasFlag = (config: ConfigReader): AttentionBias => allBias(config.bool('attention_bias', false));

/** Qwen2/Qwen3: a window only with `use_sliding_window`, and only on layers from `max_window_layers` on. */
export function qwenWindowRule(config: ConfigReader, defaultMaxWindowLayers: number): (index: number) => boolean {
  const enabled = config.bool('use_sliding_window', false);
  const from = config.int('max_window_layers', defaultMaxWindowLayers, RANGES.layers);
  return (index) => enabled && index >= from;
}

const everyLayer = () => () => true;

export const llama = denseRmsDecoder({
  displayName: 'Llama',
  countedAs: 'LlamaForCausalLM',
  defaults: { vocab: 32000, hidden: 4096, intermediate: 11008, layers: 32, heads: 32, positions: 2048, tied: false },
  bias: attentionBiasFlag,
  mlpBias: true,
});

export const granite = denseRmsDecoder({
  displayName: 'Granite',
  countedAs: 'GraniteForCausalLM',
  defaults: { vocab: 32000, hidden: 4096, intermediate: 11008, layers: 32, heads: 32, positions: 2048, tied: false },
  bias: attentionBiasFlag,
  mlpBias: true,
});

export const mistral = denseRmsDecoder({
  displayName: 'Mistral',
  countedAs: 'MistralForCausalLM',
  defaults: { vocab: 32000, hidden: 4096, intermediate: 14336, layers: 32, heads: 32, kvHeads: 8, positions: 4096 * 32, tied: false },
  bias: () => allBias(false),
  window: { fallback: 4096, slides: everyLayer },
});

export const qwen2 = denseRmsDecoder({
  displayName: 'Qwen2',
  countedAs: 'Qwen2ForCausalLM',
  defaults: { vocab: 151936, hidden: 4096, intermediate: 22016, layers: 32, heads: 32, kvHeads: 32, positions: 32768, tied: false },
  bias: () => ({ q: true, k: true, v: true, o: false }),
  window: { fallback: 4096, slides: (config) => qwenWindowRule(config, 28), readsLayerTypes: true },
});

export const qwen3 = denseRmsDecoder({
  displayName: 'Qwen3',
  countedAs: 'Qwen3ForCausalLM',
  defaults: { vocab: 151936, hidden: 4096, intermediate: 22016, layers: 32, heads: 32, kvHeads: 32, headDim: 128, positions: 32768, tied: false },
  bias: attentionBiasFlag,
  qkNorms: (sizes) => 2 * rmsNorm(sizes.headDim),
  window: { fallback: 4096, slides: (config) => qwenWindowRule(config, 28), readsLayerTypes: true },
});

const OLMO_DEFAULTS: DecoderDefaults = { vocab: 50304, hidden: 4096, intermediate: 11008, layers: 32, heads: 32, positions: 2048, tied: false };

export const olmo2 = denseRmsDecoder({
  displayName: 'OLMo 2',
  countedAs: 'Olmo2ForCausalLM',
  defaults: OLMO_DEFAULTS,
  bias: attentionBiasFlag,
  qkNorms: (sizes) => rmsNorm(sizes.heads * sizes.headDim) + rmsNorm(sizes.kvHeads * sizes.headDim),
});

/** OLMo (1): `OlmoLayerNorm` has no weights, so the layers and the final norm hold no norm parameters. */
export const olmo: FamilyCounter = (config) => {
  const sizes = readDecoderSizes(config, OLMO_DEFAULTS);
  const design = uniformDesign([attentionPart(sizes, attentionBiasFlag(config)), gatedFeedForward(sizes.hidden, sizes.intermediate)]);
  return llamaStyleModel({
    displayName: 'OLMo',
    countedAs: 'OlmoForCausalLM',
    sizes,
    layers: attentionLayers(config, sizes, () => design, undefined, () => false),
    finalNormParameters: 0,
  });
};

export const phi3: FamilyCounter = (config) => {
  const sizes = readDecoderSizes(config, { vocab: 32064, hidden: 3072, intermediate: 8192, layers: 32, heads: 32, positions: 4096, tied: false });
  const { hidden, heads, kvHeads, headDim, intermediate } = sizes;
  const design = uniformDesign([
    linearPart('attention', LABEL.selfAttention, [
      { name: 'qkv_proj', inputs: hidden, outputs: (heads + 2 * kvHeads) * headDim, bias: false },
      { name: 'o_proj', inputs: heads * headDim, outputs: hidden, bias: false },
    ]),
    linearPart('feedForward', LABEL.gatedFeedForward, [
      { name: 'gate_up_proj', inputs: hidden, outputs: 2 * intermediate, bias: false },
      { name: 'down_proj', inputs: intermediate, outputs: hidden, bias: false },
    ]),
    normsPart(2 * rmsNorm(hidden)),
  ]);
  return llamaStyleModel({
    displayName: 'Phi-3',
    countedAs: 'Phi3ForCausalLM',
    sizes,
    layers: attentionLayers(config, sizes, () => design, slidingWindow(config, null), () => true),
    finalNormParameters: rmsNorm(hidden),
  });
};

export const stablelm: FamilyCounter = (config) => {
  const sizes = readDecoderSizes(config, { vocab: 50304, hidden: 2560, intermediate: 6912, layers: 32, heads: 32, kvHeads: 32, positions: 4096, tied: false }, { readsHeadDim: false });
  const qkvBias = config.bool('use_qkv_bias', false);
  const parallel = config.bool('use_parallel_residual', false);
  const parts = [
    linearPart(
      'attention',
      LABEL.selfAttention,
      qkvoSpecs({ ...sizes, bias: { q: qkvBias, k: qkvBias, v: qkvBias, o: false }, outputInputs: sizes.hidden }),
    ),
  ];
  // One bias-free LayerNorm per head, for the query heads and for the K/V heads.
  if (config.bool('qk_layernorm', false)) parts.push(qkNormPart((sizes.heads + sizes.kvHeads) * sizes.headDim));
  parts.push(gatedFeedForward(sizes.hidden, sizes.intermediate), normsPart((parallel ? 1 : 2) * layerNorm(sizes.hidden)));
  const design = uniformDesign(parts);
  return llamaStyleModel({
    displayName: 'StableLM',
    countedAs: 'StableLmForCausalLM',
    sizes,
    layers: attentionLayers(config, sizes, () => design, undefined, () => false),
    finalNormParameters: layerNorm(sizes.hidden),
  });
};

export const starcoder2: FamilyCounter = (config) => {
  const sizes = readDecoderSizes(config, { vocab: 49152, hidden: 3072, intermediate: 12288, layers: 30, heads: 24, kvHeads: 2, positions: 4096, tied: true });
  const bias = config.bool('use_bias', true);
  const design = uniformDesign([
    attentionPart(sizes, allBias(bias)),
    linearPart('feedForward', LABEL.feedForward, mlpSpecs(sizes.hidden, sizes.intermediate, bias, ['c_fc', 'c_proj'])),
    normsPart(2 * layerNorm(sizes.hidden)),
  ]);
  return llamaStyleModel({
    displayName: 'StarCoder 2',
    countedAs: 'Starcoder2ForCausalLM',
    sizes,
    layers: attentionLayers(config, sizes, () => design, slidingWindow(config, null), () => true),
    finalNormParameters: layerNorm(sizes.hidden),
  });
};

export const cohere: FamilyCounter = (config) => {
  const sizes = readDecoderSizes(config, { vocab: 256000, hidden: 8192, intermediate: 22528, layers: 40, heads: 64, positions: 8192, tied: true });
  const parts = [attentionPart(sizes, attentionBiasFlag(config))];
  // CohereLayerNorm of shape (heads, head_dim): a weight per query head and per K/V head.
  if (config.bool('use_qk_norm', false)) parts.push(qkNormPart((sizes.heads + sizes.kvHeads) * sizes.headDim));
  parts.push(gatedFeedForward(sizes.hidden, sizes.intermediate), normsPart(rmsNorm(sizes.hidden)));
  const design = uniformDesign(parts);
  return llamaStyleModel({
    displayName: 'Cohere (Command R)',
    countedAs: 'CohereForCausalLM',
    sizes,
    layers: attentionLayers(config, sizes, () => design, undefined, () => false),
    finalNormParameters: rmsNorm(sizes.hidden),
  });
};

export type { DecoderSizes };
