/**
 * ALBERT (`AlbertModel`, with pooler). Two parameter savings: factorized embeddings (tables of
 * `embedding_size` columns, then one Linear up to the hidden size) and cross-layer sharing: only
 * `num_hidden_groups` groups of `inner_group_num` layers hold weights, reused across all
 * `num_hidden_layers` steps; the pooler is one Linear named `pooler`. Defaults from `AlbertConfig` (the xxlarge shape): vocab 30000, embedding 128,
 * hidden 4096, 12 layers, 1 group, 64 heads, intermediate 16384, 1 inner layer. The Linear modules are
 * counted once per distinct (shared) layer, as PEFT wraps them.
 */
import { bertEmbeddings, group, leaf, linear } from '../blocks';
import { RANGES } from '../configReader';
import { encoderLayerParts, poolerNode } from '../encoder';
import { headSize, type FamilyCounter } from '../family';
import { LABEL, layerGroupLabel, sharedLayersLabel } from '../labels';
import { joinParts } from '../parts';
import { mergeLinearModules } from '../stack';
import { relativePositionWarnings } from './bertLike';

export const albert: FamilyCounter = (config) => {
  const vocab = config.int('vocab_size', 30000, RANGES.vocab);
  const embeddingSize = config.int('embedding_size', 128, RANGES.width);
  const hidden = config.int('hidden_size', 4096, RANGES.width);
  const layers = config.int('num_hidden_layers', 12, RANGES.layers);
  const groups = config.int('num_hidden_groups', 1, RANGES.layers);
  const heads = config.int('num_attention_heads', 64, RANGES.heads);
  const intermediate = config.int('intermediate_size', 16384, RANGES.width);
  const innerLayers = config.int('inner_group_num', 1, RANGES.layers);
  const positions = config.int('max_position_embeddings', 512, RANGES.positions);
  const typeVocab = config.int('type_vocab_size', 2, RANGES.typeVocab);
  const headDim = headSize(hidden, heads, { hidden: 'hidden_size', heads: 'num_attention_heads' });

  // One group = `innerLayers` distinct layers; every group is built even if fewer steps use it.
  const layer = joinParts(encoderLayerParts(hidden, intermediate, { q: 'query', k: 'key', v: 'value', o: 'dense', up: 'ffn', down: 'ffn_output' }));
  const oneGroup = group('group', layerGroupLabel(innerLayers), layer.nodes, innerLayers);
  const distinct = groups * innerLayers;
  const pooler = poolerNode(hidden);
  return {
    displayName: 'ALBERT',
    architecture: 'encoder-only',
    countedAs: 'AlbertModel (with pooler)',
    breakdown: [
      bertEmbeddings(vocab, positions, typeVocab, embeddingSize),
      leaf('embeddingProjection', LABEL.embeddingProjection, linear(embeddingSize, hidden, true)),
      group('layers', sharedLayersLabel(groups, layers), [oneGroup], groups),
      pooler.node,
    ],
    shape: {
      layers,
      hidden,
      heads,
      kvHeads: heads,
      headDim,
      intermediate,
      vocab,
      contextLength: positions,
      linearModules: mergeLinearModules([
        { name: 'embedding_hidden_mapping_in', inputs: embeddingSize, outputs: hidden, bias: true, count: 1 },
        ...layer.linears.map((module) => ({ ...module, count: module.count * distinct })),
        { ...pooler.linear, name: 'pooler' },
      ]),
    },
    warnings: relativePositionWarnings(config),
  };
};
