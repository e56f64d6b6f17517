/**
 * Phi-1/1.5/2 (`PhiForCausalLM`). Attention and MLP run in parallel off one LayerNorm per layer; every
 * Linear has a bias, including the LM head, whose bias stays separate even when its weight is tied.
 * `qk_layernorm` adds a LayerNorm(head_dim) on queries and one on keys. Rotary embeddings cover only
 * `partial_rotary_factor` of each head and have no weights. Defaults from `PhiConfig` (phi-1): vocab 51200,
 * hidden 2048, intermediate 8192, 24 layers, 32 heads, K/V heads = heads, 2048 positions, untied head.
 */
import { attention, group, layerNorm, leaf, linear, mlp, table } from '../blocks';
import { RANGES } from '../configReader';
import { headSize, kvGroupingWarnings, type FamilyCounter } from '../family';
import { LABEL, layersLabel } from '../labels';
import type { BreakdownNode } from '../types';

export const phi: FamilyCounter = (config) => {
  const vocab = config.int('vocab_size', 51200, RANGES.vocab);
  const hidden = config.int('hidden_size', 2048, RANGES.width);
  const intermediate = config.int('intermediate_size', 8192, RANGES.width);
  const layers = config.int('num_hidden_layers', 24, RANGES.layers);
  const heads = config.int('num_attention_heads', 32, RANGES.heads);
  const kvHeads = config.optionalInt('num_key_value_heads', RANGES.heads) ?? heads;
  const headDim =
    config.optionalInt('head_dim', RANGES.width) ?? headSize(hidden, heads, { hidden: 'hidden_size', heads: 'num_attention_heads' });
  const positions = config.int('max_position_embeddings', 2048, RANGES.positions);
  const tied = config.bool('tie_word_embeddings', false);
  const qkNorm = config.bool('qk_layernorm', false);

  const layer: BreakdownNode[] = [
    leaf('attention', LABEL.selfAttention, attention(hidden, heads * headDim, kvHeads * headDim, { qkv: true, output: true })),
  ];
  if (qkNorm) layer.push(leaf('qkNorms', LABEL.qkNorms, 2 * layerNorm(headDim)));
  layer.push(leaf('feedForward', LABEL.feedForward, mlp(hidden, intermediate, true)), leaf('norms', LABEL.norms, layerNorm(hidden)));

  return {
    displayName: 'Phi',
    architecture: 'decoder-only',
    countedAs: 'PhiForCausalLM',
    breakdown: [
      table('embeddings', LABEL.tokenEmbeddings, vocab * hidden),
      group('layers', layersLabel(layers), layer, layers),
      leaf('finalNorm', LABEL.finalNorm, layerNorm(hidden)),
      tied ? table('head', LABEL.tiedHeadBias, vocab) : table('head', LABEL.head, linear(hidden, vocab, true)),
    ],
    shape: { layers, hidden, heads, kvHeads, headDim, intermediate, vocab, contextLength: positions },
    warnings: kvGroupingWarnings(heads, kvHeads),
  };
};
