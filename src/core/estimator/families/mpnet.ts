/**
 * MPNet (`MPNetModel`, with pooler): BERT's post-LN layer with attention Linears named q, k, v, o, no
 * token-type table, and one relative-position bias table (buckets × heads) shared by every layer.
 * Defaults from `MPNetConfig` (mpnet-base): vocab 30527, hidden 768, 12 layers, 12 heads, 3072, 512
 * positions, 32 buckets.
 */
import { bertEmbeddings, leaf } from '../blocks';
import { RANGES } from '../configReader';
import { encoderLayerParts, encoderModel, poolerNode } from '../encoder';
import { headSize, type FamilyCounter } from '../family';
import { LABEL } from '../labels';

export const mpnet: FamilyCounter = (config) => {
  const vocab = config.int('vocab_size', 30527, RANGES.vocab);
  const hidden = config.int('hidden_size', 768, RANGES.width);
  const layers = config.int('num_hidden_layers', 12, RANGES.layers);
  const heads = config.int('num_attention_heads', 12, RANGES.heads);
  const intermediate = config.int('intermediate_size', 3072, RANGES.width);
  const positions = config.int('max_position_embeddings', 512, RANGES.positions);
  const buckets = config.int('relative_attention_num_buckets', 32, RANGES.buckets);
  const headDim = headSize(hidden, heads, { hidden: 'hidden_size', heads: 'num_attention_heads' });
  const pooler = poolerNode(hidden);
  return encoderModel({
    displayName: 'MPNet',
    countedAs: 'MPNetModel (with pooler)',
    embeddings: [bertEmbeddings(vocab, positions, 0, hidden)],
    layers,
    parts: encoderLayerParts(hidden, intermediate, { q: 'q', k: 'k', v: 'v', o: 'o', up: 'dense', down: 'dense' }),
    after: [leaf('relativeBias', LABEL.relativeBiasShared, buckets * heads), pooler.node],
    extraLinears: [pooler.linear],
    shape: { hidden, heads, kvHeads: heads, headDim, intermediate, vocab, contextLength: positions },
    warnings: [],
  });
};
