/**
 * DistilBERT (`DistilBertModel`): BERT's layer, halved in depth, without token-type embeddings and
 * without a pooler; its Linears are named q_lin, k_lin, v_lin, out_lin, lin1, lin2. Defaults from
 * `DistilBertConfig`: vocab 30522, 512 positions, n_layers 6, n_heads 12, dim 768, hidden_dim 3072.
 */
import { bertEmbeddings } from '../blocks';
import { RANGES } from '../configReader';
import { encoderLayerParts, encoderModel } from '../encoder';
import { headSize, type FamilyCounter } from '../family';
import type { Bilingual } from '../types';

export const distilbert: FamilyCounter = (config) => {
  const vocab = config.int('vocab_size', 30522, RANGES.vocab);
  const positions = config.int('max_position_embeddings', 512, RANGES.positions);
  const hidden = config.int(['dim', 'hidden_size'], 768, RANGES.width);
  const layers = config.int(['n_layers', 'num_hidden_layers'], 6, RANGES.layers);
  const heads = config.int(['n_heads', 'num_attention_heads'], 12, RANGES.heads);
  const intermediate = config.int('hidden_dim', 4 * 768, RANGES.width);
  const headDim = headSize(hidden, heads, { hidden: 'dim', heads: 'n_heads' });

  const warnings: Bilingual[] = [];
  if (config.bool('sinusoidal_pos_embds', false)) {
    warnings.push({
      en: 'sinusoidal_pos_embds: the position table is fixed (not trained) but still counted, as num_parameters() does.',
      ko: 'sinusoidal_pos_embds: 위치 표는 학습되지 않는 고정값이지만 num_parameters()처럼 파라미터 수에 포함했습니다.',
    });
  }

  return encoderModel({
    displayName: 'DistilBERT',
    countedAs: 'DistilBertModel (no pooler)',
    embeddings: [bertEmbeddings(vocab, positions, 0, hidden)],
    layers,
    parts: encoderLayerParts(hidden, intermediate, { q: 'q_lin', k: 'k_lin', v: 'v_lin', o: 'out_lin', up: 'lin1', down: 'lin2' }),
    shape: { hidden, heads, kvHeads: heads, headDim, intermediate, vocab, contextLength: positions },
    warnings,
  });
};
