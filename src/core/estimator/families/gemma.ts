/**
 * Gemma, Gemma 2 and Gemma 3 (`…ForCausalLM`; Gemma 3 with images as `Gemma3ForConditionalGeneration`).
 * All three have `head_dim` 256 by default (not hidden / heads), weight-only RMSNorms and a tied LM head.
 * - Gemma: two norms per layer, every layer attends globally.
 * - Gemma 2: four norms per layer (before and after attention and MLP); layers alternate sliding (even
 *   layer indices, 4096 tokens by default) and global, as `layer_types` records.
 * - Gemma 3: Gemma 2's layer plus RMSNorms of head_dim on queries and keys; five sliding layers for every
 *   global one (`sliding_window_pattern`, 6 by default: every sixth layer is global).
 * - Gemma 3 with vision: a SigLIP vision tower (patch embedding, encoder, final LayerNorm and, unless
 *   `vision_use_head` is false, an attention-pooling head) and a projector from the vision width to the
 *   text width with an RMSNorm, before the Gemma 3 text model; the LM head is tied to its token table.
 */
import { attention, group, layerNorm, leaf, linear, mlp, rmsNorm, sum, table } from '../blocks';
import { RANGES, type ConfigReader } from '../configReader';
import { readDecoderSizes, type DecoderDefaults, type DecoderSizes } from '../decoder';
import type { FamilyCounter, FamilyModel } from '../family';
import { LABEL, layersLabel } from '../labels';
import { mlpSpecs, qkvoSpecs } from '../parts';
import { mergeLinearModules } from '../stack';
import type { BreakdownNode, LinearModule } from '../types';
import { allBias, attentionLayers, attentionPart, gatedFeedForward, llamaStyleModel, normsPart, qkNormPart, slidingWindow, uniformDesign } from './llamaLike';

interface GemmaSpec {
  displayName: string;
  countedAs: string;
  defaults: DecoderDefaults;
  normsPerLayer: 2 | 4;
  qkNorms: boolean;
  /** Which layers slide, and the default window; absent ⇒ none does. */
  window?: { fallback: number; slides: (config: ConfigReader) => (index: number) => boolean };
}

function gemmaText(spec: GemmaSpec) {
  return (config: ConfigReader): { model: FamilyModel; sizes: DecoderSizes } => {
    const sizes = readDecoderSizes(config, spec.defaults);
    const parts = [attentionPart(sizes, allBias(config.bool('attention_bias', false)))];
    if (spec.qkNorms) parts.push(qkNormPart(2 * rmsNorm(sizes.headDim)));
    parts.push(gatedFeedForward(sizes.hidden, sizes.intermediate), normsPart(spec.normsPerLayer * rmsNorm(sizes.hidden)));
    const design = uniformDesign(parts);
    const window = spec.window ? slidingWindow(config, spec.window.fallback) : undefined;
    const slides = spec.window ? spec.window.slides(config) : () => false;
    const model = llamaStyleModel({
      displayName: spec.displayName,
      countedAs: spec.countedAs,
      sizes,
      layers: attentionLayers(config, sizes, () => design, window, slides, spec.window !== undefined),
      finalNormParameters: rmsNorm(sizes.hidden),
    });
    return { model, sizes };
  };
}

const GEMMA3_TEXT: GemmaSpec = {
  displayName: 'Gemma 3',
  countedAs: 'Gemma3ForCausalLM',
  defaults: { vocab: 262208, hidden: 2304, intermediate: 9216, layers: 26, heads: 8, kvHeads: 4, headDim: 256, positions: 131072, tied: true },
  normsPerLayer: 4,
  qkNorms: true,
  window: {
    fallback: 4096,
    slides: (config) => {
      const pattern = config.int('sliding_window_pattern', 6, RANGES.layers);
      return (index) => (index + 1) % pattern !== 0;
    },
  },
};

export const gemma: FamilyCounter = (config) =>
  gemmaText({
    displayName: 'Gemma',
    countedAs: 'GemmaForCausalLM',
    defaults: { vocab: 256000, hidden: 3072, intermediate: 24576, layers: 28, heads: 16, kvHeads: 16, headDim: 256, positions: 8192, tied: true },
    normsPerLayer: 2,
    qkNorms: false,
  })(config).model;

export const gemma2: FamilyCounter = (config) =>
  gemmaText({
    displayName: 'Gemma 2',
    countedAs: 'Gemma2ForCausalLM',
    defaults: { vocab: 256000, hidden: 2304, intermediate: 9216, layers: 26, heads: 8, kvHeads: 4, headDim: 256, positions: 8192, tied: true },
    normsPerLayer: 4,
    qkNorms: false,
    window: { fallback: 4096, slides: () => (index) => (index + 1) % 2 === 1 },
  })(config).model;

export const gemma3Text: FamilyCounter = (config) => gemmaText(GEMMA3_TEXT)(config).model;

/** SigLIP's vision transformer, as `SiglipVisionModel` builds it from a `vision_config`. */
function siglipVision(vision: ConfigReader | undefined): { node: BreakdownNode; hidden: number; linears: LinearModule[] } {
  const read = (key: string, fallback: number) => (vision ? vision.int(key, fallback, RANGES.width) : fallback);
  const hidden = read('hidden_size', 768);
  const inner = read('intermediate_size', 3072);
  const layers = vision ? vision.int('num_hidden_layers', 12, RANGES.layers) : 12;
  const channels = read('num_channels', 3);
  const imageSize = read('image_size', 224);
  const patch = read('patch_size', 16);
  const usesHead = vision ? vision.bool('vision_use_head', true) : true;
  const patches = Math.floor(imageSize / patch) ** 2;

  const fullAttention = attention(hidden, hidden, hidden, { qkv: true, output: true });
  const children: BreakdownNode[] = [
    leaf('patchEmbedding', LABEL.patchEmbedding, linear(channels * patch * patch, hidden, true) + patches * hidden),
    group(
      'layers',
      layersLabel(layers),
      [
        leaf('attention', LABEL.selfAttention, fullAttention),
        leaf('feedForward', LABEL.feedForward, mlp(hidden, inner, true)),
        leaf('norms', LABEL.norms, 2 * layerNorm(hidden)),
      ],
      layers,
    ),
    leaf('finalNorm', LABEL.finalNorm, layerNorm(hidden)),
  ];
  // Probe vector, nn.MultiheadAttention (fused in-projection), LayerNorm and MLP.
  if (usesHead) children.push(leaf('head', LABEL.visionHead, hidden + fullAttention + layerNorm(hidden) + mlp(hidden, inner, true)));
  const mlpLinears = mlpSpecs(hidden, inner, true, ['fc1', 'fc2']);
  const linears: LinearModule[] = [
    ...qkvoSpecs({ hidden, heads: 1, kvHeads: 1, headDim: hidden, bias: allBias(true), names: ['q_proj', 'k_proj', 'v_proj', 'out_proj'] }),
    ...mlpLinears,
  ].map((spec) => ({ ...spec, count: layers }));
  // The head's MultiheadAttention keeps a fused in-projection (no Linear) but its out_proj is one.
  if (usesHead) linears.push(...[{ name: 'out_proj', inputs: hidden, outputs: hidden, bias: true }, ...mlpLinears].map((spec) => ({ ...spec, count: 1 })));
  return { node: group('visionTower', LABEL.visionTower, children), hidden, linears };
}

export const gemma3: FamilyCounter = (config) => {
  const textConfig = config.child('text_config');
  const text = gemmaText(GEMMA3_TEXT)(textConfig ?? config);
  const vision = siglipVision(config.child('vision_config'));
  const tied = config.bool('tie_word_embeddings', true);
  const { model, sizes } = text;
  // The text model's parts without its head become the language model; the head follows the top config.
  const languageModel = group('languageModel', LABEL.languageModel, model.breakdown.slice(0, -1));
  const projector = leaf('projector', LABEL.projector, vision.hidden * sizes.hidden + rmsNorm(vision.hidden));
  const outputHead = tied ? table('head', LABEL.tiedHead, 0) : table('head', LABEL.head, linear(sizes.hidden, sizes.vocab, false));
  const breakdown = [vision.node, projector, languageModel, outputHead];
  const textLinears = (model.shape.linearModules ?? []).filter((module) => module.name !== 'lm_head');
  const linearModules = mergeLinearModules([
    ...vision.linears,
    ...textLinears,
    ...(tied ? [] : [{ name: 'lm_head', inputs: sizes.hidden, outputs: sizes.vocab, bias: false, count: 1 }]),
  ]);
  return {
    ...model,
    displayName: 'Gemma 3 (with vision)',
    countedAs: 'Gemma3ForConditionalGeneration',
    breakdown,
    shape: { ...model.shape, linearModules },
    ...(model.activeParameters === undefined ? {} : { activeParameters: sum(breakdown) }),
  };
};
