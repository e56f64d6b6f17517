/**
 * DeBERTa-v2 and -v3 (`DebertaV2Model`, which has no pooler), as Transformers builds it from the config:
 * - embeddings of `embedding_size` columns (the hidden size by default): tokens, positions only when
 *   `position_biased_input` (v3 turns it off), token types when `type_vocab_size` > 0, a bias-free
 *   projection to the hidden size when the widths differ, then a LayerNorm;
 * - with `relative_attention`: one table of 2 × `position_buckets` relative positions (2 ×
 *   `max_relative_positions`, or 2 × `max_position_embeddings`, without buckets), followed by a LayerNorm
 *   when `norm_rel_ebd` says "layer_norm"; separate position projections per layer (`pos_key_proj` for
 *   "c2p", `pos_query_proj` for "p2c" in `pos_att_type`) unless `share_att_key`;
 * - an extra Conv1d + LayerNorm after the first layer when `conv_kernel_size` > 0.
 * Layers are BERT's, with Q/K/V named query_proj, key_proj, value_proj.
 */
import { group, layerNorm, leaf, linear, table } from '../blocks';
import { RANGES, type ConfigReader } from '../configReader';
import { encoderLayerParts, encoderModel } from '../encoder';
import { headSize, type FamilyCounter } from '../family';
import { LABEL } from '../labels';
import type { LinearSpec } from '../parts';
import type { BreakdownNode, LinearModule } from '../types';

/** `pos_att_type` as a list ("p2c|c2p" in older configs). */
function attentionTypes(config: ConfigReader): string[] {
  const raw = config.rawValue('pos_att_type');
  if (typeof raw === 'string') return raw.toLowerCase().split('|').map((item) => item.trim());
  return config.stringList('pos_att_type') ?? [];
}

export const debertaV2: FamilyCounter = (config) => {
  const vocab = config.int('vocab_size', 128100, RANGES.vocab);
  const hidden = config.int('hidden_size', 1536, RANGES.width);
  const layers = config.int('num_hidden_layers', 24, RANGES.layers);
  const heads = config.int('num_attention_heads', 24, RANGES.heads);
  const intermediate = config.int('intermediate_size', 6144, RANGES.width);
  const positions = config.int('max_position_embeddings', 512, RANGES.positions);
  const typeVocab = config.int('type_vocab_size', 0, RANGES.typeVocab);
  const width = config.optionalInt('embedding_size', RANGES.width) ?? hidden;
  const positionInput = config.bool('position_biased_input', true);
  const relative = config.bool('relative_attention', false);
  const headDim = headSize(hidden, heads, { hidden: 'hidden_size', heads: 'num_attention_heads' });

  const tables: BreakdownNode[] = [table('token', LABEL.tokenEmbeddings, vocab * width)];
  if (positionInput) tables.push(table('position', LABEL.positionEmbeddings, positions * width));
  if (typeVocab > 0) tables.push(table('tokenType', LABEL.tokenTypeEmbeddings, typeVocab * width));
  const extraLinears: LinearModule[] = [];
  if (width !== hidden) {
    tables.push(leaf('embeddingProjection', LABEL.embeddingProjection, linear(width, hidden, false)));
    extraLinears.push({ name: 'embed_proj', inputs: width, outputs: hidden, bias: false, count: 1 });
  }
  tables.push(leaf('norm', LABEL.embeddingNorm, layerNorm(hidden)));

  const positional: LinearSpec[] = [];
  const after: BreakdownNode[] = [];
  if (relative) {
    const buckets = config.int('position_buckets', -1, { min: -1, max: RANGES.positions.max });
    const maxRelative = config.int('max_relative_positions', -1, { min: -1, max: RANGES.positions.max });
    const span = buckets > 0 ? buckets : maxRelative < 1 ? positions : maxRelative;
    const normed = config.string('norm_rel_ebd', 'none').toLowerCase().split('|').map((item) => item.trim()).includes('layer_norm');
    after.push(leaf('relativePositions', LABEL.relativePositions, 2 * span * hidden + (normed ? layerNorm(hidden) : 0)));
    if (!config.bool('share_att_key', false)) {
      const types = attentionTypes(config);
      if (types.includes('c2p')) positional.push({ name: 'pos_key_proj', inputs: hidden, outputs: hidden, bias: true });
      if (types.includes('p2c')) positional.push({ name: 'pos_query_proj', inputs: hidden, outputs: hidden, bias: true });
    }
  }
  const kernel = config.int('conv_kernel_size', 0, { min: 0, max: RANGES.width.max });
  if (kernel > 0) {
    const groups = config.int('conv_groups', 1, RANGES.heads);
    const perGroup = headSize(hidden, groups, { hidden: 'hidden_size', heads: 'conv_groups' });
    after.push(leaf('conv', LABEL.encoderConv, linear(perGroup * kernel, hidden, true) + layerNorm(hidden)));
  }
  return encoderModel({
    displayName: 'DeBERTa-v2/v3',
    countedAs: 'DebertaV2Model (no pooler)',
    embeddings: [group('embeddings', LABEL.embeddings, tables)],
    layers,
    parts: encoderLayerParts(hidden, intermediate, { q: 'query_proj', k: 'key_proj', v: 'value_proj', o: 'dense', up: 'dense', down: 'dense' }, positional),
    after,
    extraLinears,
    shape: { hidden, heads, kvHeads: heads, headDim, intermediate, vocab, contextLength: positions },
    warnings: [],
  });
};
