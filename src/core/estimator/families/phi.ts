/**
 * Phi-1/1.5/2 (`PhiForCausalLM`). Attention and MLP run in parallel off one LayerNorm per layer; every
 * Linear has a bias, including the LM head, whose bias stays separate even when its weight is tied.
 * `qk_layernorm` adds a LayerNorm(head_dim) on queries and one on keys. Rotary embeddings cover only
 * `partial_rotary_factor` of each head and have no weights. Defaults from `PhiConfig` (phi-1): vocab 51200,
 * hidden 2048, intermediate 8192, 24 layers, 32 heads, K/V heads = heads, 2048 positions, untied head.
 */
import { layerNorm } from '../blocks';
import { decoderModel, finalNorm, readDecoderSizes, tokenTable } from '../decoder';
import { kvGroupingWarnings, type FamilyCounter } from '../family';
import { LABEL } from '../labels';
import { linearPart, mlpSpecs, qkvoSpecs } from '../parts';
import { attentionCache, uniformLayers } from '../stack';
import { allBias, normsPart, qkNormPart, uniformDesign } from './llamaLike';

export const phi: FamilyCounter = (config) => {
  const sizes = readDecoderSizes(config, { vocab: 51200, hidden: 2048, intermediate: 8192, layers: 24, heads: 32, positions: 2048, tied: false });
  const { vocab, hidden, heads, kvHeads, headDim, intermediate } = sizes;
  const parts = [linearPart('attention', LABEL.selfAttention, qkvoSpecs({ ...sizes, bias: allBias(true), names: ['q_proj', 'k_proj', 'v_proj', 'dense'] }))];
  if (config.bool('qk_layernorm', false)) parts.push(qkNormPart(2 * layerNorm(headDim)));
  parts.push(linearPart('feedForward', LABEL.feedForward, mlpSpecs(hidden, intermediate, true, ['fc1', 'fc2'])), normsPart(layerNorm(hidden)));
  const design = uniformDesign(parts);
  return decoderModel({
    displayName: 'Phi',
    countedAs: 'PhiForCausalLM',
    embeddings: [tokenTable(vocab, hidden)],
    layers: uniformLayers(sizes.layers, design, attentionCache(kvHeads, headDim)),
    tail: [finalNorm(layerNorm(hidden))],
    head: { vocab, inputs: hidden, tied: sizes.tied, bias: true },
    shape: { hidden, heads, kvHeads, headDim, intermediate, vocab, contextLength: sizes.positions },
    warnings: kvGroupingWarnings(heads, kvHeads),
  });
};
