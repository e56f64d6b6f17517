/**
 * OPT (`OPTForCausalLM`): BART's decoder on its own. A token table of `word_embed_proj_dim` columns (with
 * `project_in` / `project_out` Linears to and from the hidden size when the two differ, as in OPT-350m),
 * learned positions with 2 extra rows, layers of biased attention and MLP (`enable_bias`) with two
 * LayerNorms (without weights when `layer_norm_elementwise_affine` is false), a final LayerNorm only when
 * `do_layer_norm_before` (and not `_remove_final_layer_norm`), and a head tied to the token table.
 * Defaults from `OPTConfig` (opt-125m).
 */
import { layerNorm, leaf, linear, table } from '../blocks';
import { RANGES } from '../configReader';
import { decoderModel, finalNorm } from '../decoder';
import { headSize, type FamilyCounter } from '../family';
import { LABEL } from '../labels';
import { linearPart, mlpSpecs, qkvoSpecs } from '../parts';
import { attentionCache, uniformLayers } from '../stack';
import { allBias, normsPart, uniformDesign } from './llamaLike';
import type { BreakdownNode, LinearModule } from '../types';

/** Rows OPT's learned position table adds (fairseq's padding offset). */
const POSITION_OFFSET = 2;

export const opt: FamilyCounter = (config) => {
  const vocab = config.int('vocab_size', 50272, RANGES.vocab);
  const hidden = config.int('hidden_size', 768, RANGES.width);
  const layers = config.int('num_hidden_layers', 12, RANGES.layers);
  const heads = config.int('num_attention_heads', 12, RANGES.heads);
  const ffn = config.int('ffn_dim', 3072, RANGES.width);
  const positions = config.int('max_position_embeddings', 2048, RANGES.positions);
  const embedWidth = config.optionalInt('word_embed_proj_dim', RANGES.width) ?? hidden;
  const bias = config.bool('enable_bias', true);
  const affine = config.bool('layer_norm_elementwise_affine', true);
  const normBefore = config.bool('do_layer_norm_before', true);
  const removeFinal = config.bool('_remove_final_layer_norm', false);
  const tied = config.bool('tie_word_embeddings', true);
  const headDim = headSize(hidden, heads, { hidden: 'hidden_size', heads: 'num_attention_heads' });
  const norm = affine ? layerNorm(hidden) : 0;

  const design = uniformDesign([
    linearPart('attention', LABEL.selfAttention, qkvoSpecs({ hidden, heads, kvHeads: heads, headDim, bias: allBias(bias), names: ['q_proj', 'k_proj', 'v_proj', 'out_proj'] })),
    linearPart('feedForward', LABEL.feedForward, mlpSpecs(hidden, ffn, bias, ['fc1', 'fc2'])),
    normsPart(2 * norm),
  ]);
  const embeddings: BreakdownNode[] = [
    table('embeddings', LABEL.tokenEmbeddings, vocab * embedWidth),
    table('position', LABEL.positionEmbeddings, (positions + POSITION_OFFSET) * hidden),
  ];
  const tail: BreakdownNode[] = [];
  const projections: LinearModule[] = [];
  if (embedWidth !== hidden) {
    embeddings.push(leaf('embeddingProjection', LABEL.embeddingProjection, linear(embedWidth, hidden, false)));
    tail.push(leaf('projectOut', LABEL.projectOut, linear(hidden, embedWidth, false)));
    projections.push(
      { name: 'project_in', inputs: embedWidth, outputs: hidden, bias: false, count: 1 },
      { name: 'project_out', inputs: hidden, outputs: embedWidth, bias: false, count: 1 },
    );
  }
  if (normBefore && !removeFinal) tail.unshift(finalNorm(norm));
  return decoderModel({
    displayName: 'OPT',
    countedAs: 'OPTForCausalLM',
    embeddings,
    layers: uniformLayers(layers, design, attentionCache(heads, headDim)),
    tail,
    head: { vocab, inputs: embedWidth, tied },
    extraLinears: projections,
    shape: { hidden, heads, kvHeads: heads, headDim, intermediate: ffn, vocab, contextLength: positions },
    warnings: [],
  });
};
