/**
 * BERT, RoBERTa and ELECTRA: the same post-LN encoder, counted as the base model `AutoModel` loads.
 * - BERT / RoBERTa: `BertModel` / `RobertaModel` with the pooler (dense d×d + tanh), as `AutoModel`
 *   builds them (`add_pooling_layer=True`). Masked-LM heads are not part of the base model.
 * - ELECTRA: `ElectraModel`, which has no pooler. Its token/position/type tables have `embedding_size`
 *   columns, followed by a Linear(embedding_size → hidden) when the two differ.
 * Defaults from `BertConfig`, `RobertaConfig` (vocab 50265, pad 1) and `ElectraConfig` (the small model).
 */
import { bertEmbeddings, biasedEncoderLayer, group, leaf, linear } from '../blocks';
import { RANGES, type ConfigReader } from '../configReader';
import { headSize, type FamilyCounter } from '../family';
import { LABEL, layersLabel } from '../labels';
import type { Bilingual, BreakdownNode } from '../types';

interface EncoderSpec {
  displayName: string;
  countedAs: string;
  vocab: number;
  hidden: number;
  layers: number;
  heads: number;
  intermediate: number;
  /** Width of the embedding tables when it may differ from the hidden size (ELECTRA). */
  embeddingSize?: number;
  pooler: boolean;
}

function encoder(spec: EncoderSpec): FamilyCounter {
  return (config) => {
    const vocab = config.int('vocab_size', spec.vocab, RANGES.vocab);
    const hidden = config.int('hidden_size', spec.hidden, RANGES.width);
    const layers = config.int('num_hidden_layers', spec.layers, RANGES.layers);
    const heads = config.int('num_attention_heads', spec.heads, RANGES.heads);
    const intermediate = config.int('intermediate_size', spec.intermediate, RANGES.width);
    const positions = config.int('max_position_embeddings', 512, RANGES.positions);
    const typeVocab = config.int('type_vocab_size', 2, RANGES.typeVocab);
    const width = spec.embeddingSize === undefined ? hidden : config.int('embedding_size', spec.embeddingSize, RANGES.width);
    const headDim = headSize(hidden, heads, { hidden: 'hidden_size', heads: 'num_attention_heads' });

    const breakdown: BreakdownNode[] = [bertEmbeddings(vocab, positions, typeVocab, width)];
    if (width !== hidden) breakdown.push(leaf('embeddingProjection', LABEL.embeddingProjection, linear(width, hidden, true)));
    breakdown.push(group('layers', layersLabel(layers), biasedEncoderLayer(hidden, intermediate), layers));
    if (spec.pooler) breakdown.push(leaf('pooler', LABEL.pooler, linear(hidden, hidden, true)));

    return {
      displayName: spec.displayName,
      architecture: 'encoder-only',
      countedAs: spec.countedAs,
      breakdown,
      shape: { layers, hidden, heads, kvHeads: heads, headDim, intermediate, vocab, contextLength: positions },
      warnings: relativePositionWarnings(config),
    };
  };
}

/** Relative position variants add per-layer distance tables this estimator does not count. */
export function relativePositionWarnings(config: ConfigReader): Bilingual[] {
  const kind = config.string('position_embedding_type', 'absolute');
  if (kind === 'absolute') return [];
  return [
    {
      en: `position_embedding_type "${kind}" adds a distance-embedding table to every attention layer; it is not included in this count.`,
      ko: `position_embedding_type "${kind}"는 어텐션 레이어마다 거리 임베딩 표를 추가하는데, 이 수에는 포함하지 않았습니다.`,
    },
  ];
}

export const bert = encoder({
  displayName: 'BERT',
  countedAs: 'BertModel (with pooler)',
  vocab: 30522,
  hidden: 768,
  layers: 12,
  heads: 12,
  intermediate: 3072,
  pooler: true,
});

export const roberta = encoder({
  displayName: 'RoBERTa',
  countedAs: 'RobertaModel (with pooler)',
  vocab: 50265,
  hidden: 768,
  layers: 12,
  heads: 12,
  intermediate: 3072,
  pooler: true,
});

export const electra = encoder({
  displayName: 'ELECTRA',
  countedAs: 'ElectraModel (no pooler; the discriminator/generator heads are not included)',
  vocab: 30522,
  hidden: 256,
  layers: 12,
  heads: 4,
  intermediate: 1024,
  embeddingSize: 128,
  pooler: false,
});
