/**
 * Mixture-of-experts decoders built on the Llama-style layer (`…ForCausalLM`). In Transformers 5.18 every
 * one keeps its routed experts fused in one `…Experts` module and routes with a bare [experts × hidden]
 * weight; what differs per type:
 * - Mixtral: Mistral's attention; every layer routes among `num_local_experts`.
 * - Qwen1.5/Qwen2-MoE: Q/K/V biases (`qkv_bias`), a shared expert of `shared_expert_intermediate_size` with
 *   a one-output gate, and dense layers where `mlp_only_layers` lists them or `decoder_sparse_step` skips
 *   them; sliding layers only with `use_sliding_window`, on odd layer numbers below `max_window_layers`.
 * - Qwen3-MoE: Qwen3's attention (RMSNorms on queries and keys), no shared expert, the same dense-layer
 *   rules; with `use_sliding_window` every layer slides.
 * - PhiMoE (Phi-3.5-MoE): LayerNorms with biases, a router that is an `nn.Linear`, `lm_head_bias`.
 * - gpt-oss: biases on Q, K, V, O, on the router and on every expert, one learned attention sink per head,
 *   and alternating sliding (even layers) and full layers.
 * A token uses attention, the router, any shared expert and `num_experts_per_tok` routed experts.
 */
import { layerNorm, rmsNorm } from '../blocks';
import { RANGES, type ConfigReader } from '../configReader';
import { expertsPerToken, readDecoderSizes } from '../decoder';
import type { FamilyCounter } from '../family';
import { LABEL, denseLayersLabel, moeLayersLabel } from '../labels';
import { gatedSpecs, linearPart, plainPart, routedExperts, type Part } from '../parts';
import type { LayerDesign } from '../stack';
import {
  allBias,
  attentionLayers,
  attentionPart,
  gatedFeedForward,
  llamaStyleModel,
  normsPart,
  qkNormPart,
  slidingWindow,
  uniformDesign,
} from './llamaLike';

interface Routing {
  experts: number;
  perToken: number | undefined;
}

function readRouting(config: ConfigReader, keys: readonly string[], defaults: { experts: number; perToken: number | undefined }, perTokenKeys: readonly string[] = ['num_experts_per_tok']): Routing {
  const experts = config.int(keys, defaults.experts, RANGES.experts);
  const perTokenKey = perTokenKeys.find((key) => config.nullableInt(key, RANGES.experts) !== undefined) ?? perTokenKeys[0];
  return { experts, perToken: expertsPerToken(config, perTokenKey, defaults.perToken, experts) };
}

/** The router's bare weight (and bias), as Transformers 5.18's `…TopKRouter` holds it. */
function routerPart(hidden: number, experts: number, bias = false): Part {
  return plainPart('router', LABEL.router, hidden * experts + (bias ? experts : 0));
}

/**
 * Dense and MoE layers for the Qwen-MoE rule: a layer routes unless `mlp_only_layers` lists it or its
 * 1-based number is not a multiple of `decoder_sparse_step`.
 */
function qwenMoeLayerRouting(config: ConfigReader, layers: number, experts: number): (index: number) => boolean {
  const step = config.int('decoder_sparse_step', 1, RANGES.layers);
  const denseOnly = new Set(config.intList('mlp_only_layers', { min: 0, max: RANGES.layers.max }) ?? []);
  return (index) => index < layers && !denseOnly.has(index) && experts > 0 && (index + 1) % step === 0;
}

/**
 * The design of each layer: one shared design (the usual "layers" group) when every layer routes or none
 * does, otherwise a dense group and a mixture-of-experts group. Designs are built once so that the stack
 * groups layers by them.
 */
function layerDesigns(routes: (index: number) => boolean, layers: number, dense: Part[], moe: Part[]): (index: number) => LayerDesign {
  const routed = Array.from({ length: layers }, (_, index) => routes(index));
  if (routed.every(Boolean)) {
    const design = uniformDesign(moe);
    return () => design;
  }
  if (!routed.some(Boolean)) {
    const design = uniformDesign(dense);
    return () => design;
  }
  const denseDesign: LayerDesign = { key: 'denseLayers', label: denseLayersLabel, parts: dense };
  const moeDesign: LayerDesign = { key: 'moeLayers', label: moeLayersLabel, parts: moe };
  return (index) => (routed[index] ? moeDesign : denseDesign);
}

export const mixtral: FamilyCounter = (config) => {
  const sizes = readDecoderSizes(config, { vocab: 32000, hidden: 4096, intermediate: 14336, layers: 32, heads: 32, kvHeads: 8, positions: 4096 * 32, tied: false });
  const routing = readRouting(config, ['num_local_experts', 'num_experts'], { experts: 8, perToken: 2 });
  const design = uniformDesign([
    attentionPart(sizes, allBias(false)),
    routedExperts({ ...routing, hidden: sizes.hidden, inner: sizes.intermediate }),
    routerPart(sizes.hidden, routing.experts),
    normsPart(2 * rmsNorm(sizes.hidden)),
  ]);
  return llamaStyleModel({
    displayName: 'Mixtral (sparse mixture of experts)',
    countedAs: 'MixtralForCausalLM',
    sizes,
    layers: attentionLayers(config, sizes, () => design, slidingWindow(config, null), () => true),
    finalNormParameters: rmsNorm(sizes.hidden),
  });
};

export const qwen2Moe: FamilyCounter = (config) => {
  const sizes = readDecoderSizes(config, { vocab: 151936, hidden: 2048, intermediate: 5632, layers: 24, heads: 16, kvHeads: 16, positions: 32768, tied: false });
  const routing = readRouting(config, ['num_experts'], { experts: 60, perToken: 4 });
  const moeInner = config.int('moe_intermediate_size', 1408, RANGES.width);
  const sharedInner = config.int('shared_expert_intermediate_size', 5632, RANGES.width);
  const qkvBias = config.bool('qkv_bias', true);
  const attention = attentionPart(sizes, { q: qkvBias, k: qkvBias, v: qkvBias, o: false });
  const norms = normsPart(2 * rmsNorm(sizes.hidden));
  const design = layerDesigns(
    qwenMoeLayerRouting(config, sizes.layers, routing.experts),
    sizes.layers,
    [attention, gatedFeedForward(sizes.hidden, sizes.intermediate), norms],
    [
      attention,
      routerPart(sizes.hidden, routing.experts),
      routedExperts({ ...routing, hidden: sizes.hidden, inner: moeInner }),
      linearPart('sharedExpert', LABEL.sharedExpert, gatedSpecs(sizes.hidden, sharedInner)),
      linearPart('sharedExpertGate', LABEL.sharedExpertGate, [{ name: 'shared_expert_gate', inputs: sizes.hidden, outputs: 1, bias: false }]),
      norms,
    ],
  );
  const enabled = config.bool('use_sliding_window', false);
  const maxWindowLayers = config.int('max_window_layers', 28, RANGES.layers);
  return llamaStyleModel({
    displayName: 'Qwen-MoE',
    countedAs: 'Qwen2MoeForCausalLM',
    sizes,
    layers: attentionLayers(
      config,
      sizes,
      design,
      enabled ? slidingWindow(config, 4096) : undefined,
      (index) => (index + 1) % 2 === 1 && index < maxWindowLayers,
      true,
    ),
    finalNormParameters: rmsNorm(sizes.hidden),
  });
};

export const qwen3Moe: FamilyCounter = (config) => {
  const sizes = readDecoderSizes(config, { vocab: 151936, hidden: 2048, intermediate: 6144, layers: 24, heads: 32, kvHeads: 4, positions: 32768, tied: false });
  const routing = readRouting(config, ['num_experts', 'num_local_experts'], { experts: 128, perToken: 8 });
  const moeInner = config.int('moe_intermediate_size', 768, RANGES.width);
  const attention = attentionPart(sizes, allBias(config.bool('attention_bias', false)));
  const qkNorms = qkNormPart(2 * rmsNorm(sizes.headDim));
  const norms = normsPart(2 * rmsNorm(sizes.hidden));
  const design = layerDesigns(
    qwenMoeLayerRouting(config, sizes.layers, routing.experts),
    sizes.layers,
    [attention, qkNorms, gatedFeedForward(sizes.hidden, sizes.intermediate), norms],
    [attention, qkNorms, routedExperts({ ...routing, hidden: sizes.hidden, inner: moeInner }), routerPart(sizes.hidden, routing.experts), norms],
  );
  const window = config.bool('use_sliding_window', false) ? slidingWindow(config, 4096) : undefined;
  return llamaStyleModel({
    displayName: 'Qwen3-MoE',
    countedAs: 'Qwen3MoeForCausalLM',
    sizes,
    layers: attentionLayers(config, sizes, design, window, () => true),
    finalNormParameters: rmsNorm(sizes.hidden),
  });
};

export const phimoe: FamilyCounter = (config) => {
  const sizes = readDecoderSizes(config, { vocab: 32064, hidden: 4096, intermediate: 6400, layers: 32, heads: 32, kvHeads: 8, positions: 4096 * 32, tied: false });
  const routing = readRouting(config, ['num_local_experts', 'num_experts'], { experts: 16, perToken: 2 });
  const design = uniformDesign([
    attentionPart(sizes, allBias(config.bool('attention_bias', false))),
    linearPart('router', LABEL.router, [{ name: 'router', inputs: sizes.hidden, outputs: routing.experts, bias: false }]),
    routedExperts({ ...routing, hidden: sizes.hidden, inner: sizes.intermediate }),
    normsPart(2 * layerNorm(sizes.hidden)),
  ]);
  return llamaStyleModel({
    displayName: 'PhiMoE (Phi-3.5-MoE)',
    countedAs: 'PhimoeForCausalLM',
    sizes,
    layers: attentionLayers(config, sizes, () => design, slidingWindow(config, null), () => true),
    finalNormParameters: layerNorm(sizes.hidden),
    headBias: config.bool('lm_head_bias', false),
  });
};

export const gptOss: FamilyCounter = (config) => {
  const sizes = readDecoderSizes(config, { vocab: 201088, hidden: 2880, intermediate: 2880, layers: 36, heads: 64, kvHeads: 8, headDim: 64, positions: 131072, tied: false });
  const routing = readRouting(config, ['num_local_experts', 'num_experts'], { experts: 128, perToken: 4 }, ['num_experts_per_tok', 'experts_per_token']);
  const bias = config.bool('attention_bias', true);
  const design = uniformDesign([
    attentionPart(sizes, allBias(bias), sizes.heads, LABEL.attentionWithSinks),
    routerPart(sizes.hidden, routing.experts, true),
    routedExperts({ ...routing, hidden: sizes.hidden, inner: sizes.intermediate, bias: true }),
    normsPart(2 * rmsNorm(sizes.hidden)),
  ]);
  return llamaStyleModel({
    displayName: 'gpt-oss',
    countedAs: 'GptOssForCausalLM',
    sizes,
    layers: attentionLayers(config, sizes, () => design, slidingWindow(config, 128), (index) => (index + 1) % 2 === 1, true),
    finalNormParameters: rmsNorm(sizes.hidden),
  });
};
