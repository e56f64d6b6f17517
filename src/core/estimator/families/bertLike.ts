/**
 * BERT, RoBERTa, XLM-RoBERTa, ELECTRA and Longformer: the same post-LN encoder, counted as the base model
 * `AutoModel` loads.
 * - BERT / RoBERTa / XLM-RoBERTa: `…Model` with the pooler (dense d×d + tanh), as `AutoModel` builds them
 *   (`add_pooling_layer=True`). Masked-LM heads are not part of the base model.
 * - ELECTRA: `ElectraModel`, which has no pooler. Its token/position/type tables have `embedding_size`
 *   columns, followed by a Linear(embedding_size → hidden) when the two differ.
 * - Longformer: RoBERTa's layout (with pooler) plus a second set of Q, K, V projections per layer for the
 *   global tokens (`query_global`, `key_global`, `value_global`).
 * Defaults from `BertConfig`, `RobertaConfig` (vocab 50265), `XLMRobertaConfig` (vocab 30522, as the class
 * says), `ElectraConfig` (the small model) and `LongformerConfig`.
 */
import { bertEmbeddings, leaf, linear } from '../blocks';
import { RANGES, type ConfigReader } from '../configReader';
import { encoderLayerParts, encoderModel, poolerNode } from '../encoder';
import { headSize, type FamilyCounter } from '../family';
import { LABEL } from '../labels';
import { linearPart, type Part } from '../parts';
import type { Bilingual, BreakdownNode, LinearModule } from '../types';

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
  /** Longformer's extra projections for global attention. */
  globalAttention?: boolean;
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

    const embeddings: BreakdownNode[] = [bertEmbeddings(vocab, positions, typeVocab, width)];
    const extraLinears: LinearModule[] = [];
    if (width !== hidden) {
      embeddings.push(leaf('embeddingProjection', LABEL.embeddingProjection, linear(width, hidden, true)));
      extraLinears.push({ name: 'embeddings_project', inputs: width, outputs: hidden, bias: true, count: 1 });
    }
    const parts: Part[] = encoderLayerParts(hidden, intermediate);
    if (spec.globalAttention) {
      const global = ['query_global', 'key_global', 'value_global'].map((name) => ({ name, inputs: hidden, outputs: hidden, bias: true }));
      parts.splice(1, 0, linearPart('globalAttention', LABEL.globalAttention, global));
    }
    const after: BreakdownNode[] = [];
    if (spec.pooler) {
      const pooler = poolerNode(hidden);
      after.push(pooler.node);
      extraLinears.push(pooler.linear);
    }
    return encoderModel({
      displayName: spec.displayName,
      countedAs: spec.countedAs,
      embeddings,
      layers,
      parts,
      after,
      extraLinears,
      shape: { hidden, heads, kvHeads: heads, headDim, intermediate, vocab, contextLength: positions },
      warnings: relativePositionWarnings(config),
    });
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

const BASE = { hidden: 768, layers: 12, heads: 12, intermediate: 3072 };

export const bert = encoder({ displayName: 'BERT', countedAs: 'BertModel (with pooler)', vocab: 30522, ...BASE, pooler: true });

export const roberta = encoder({ displayName: 'RoBERTa', countedAs: 'RobertaModel (with pooler)', vocab: 50265, ...BASE, pooler: true });

export const xlmRoberta = encoder({ displayName: 'XLM-RoBERTa', countedAs: 'XLMRobertaModel (with pooler)', vocab: 30522, ...BASE, pooler: true });

export const longformer = encoder({
  displayName: 'Longformer',
  countedAs: 'LongformerModel (with pooler)',
  vocab: 30522,
  ...BASE,
  pooler: true,
  globalAttention: true,
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
