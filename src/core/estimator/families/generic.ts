/**
 * Fallback for model types the estimator does not know: the textbook approximation
 * N ≈ L·(4·d² + 2·d·d_ff) + V·d, i.e. 12·L·d² + embeddings when d_ff = 4·d (Kaplan et al. 2020, §2.1),
 * plus an untied output head when the config says so. Labelled as an estimate everywhere it appears.
 */
import { group, leaf, outputHead, table } from '../blocks';
import { RANGES } from '../configReader';
import { headSize, type FamilyCounter } from '../family';
import { LABEL, genericLayersLabel } from '../labels';
import type { Bilingual } from '../types';

const LAYER_KEYS = ['num_hidden_layers', 'n_layer', 'num_layers', 'n_layers'];
const HIDDEN_KEYS = ['hidden_size', 'n_embd', 'd_model', 'dim'];
const HEAD_KEYS = ['num_attention_heads', 'n_head', 'num_heads', 'n_heads'];
const VOCAB_KEYS = ['vocab_size', 'n_vocab', 'padded_vocab_size'];
const FFN_KEYS = ['intermediate_size', 'n_inner', 'd_ff', 'ffn_dim', 'ffn_hidden_size'];
const CONTEXT_KEYS = ['max_position_embeddings', 'n_positions', 'max_seq_len', 'seq_length', 'n_ctx'];
const ASSUMED_CONTEXT = 2048;

export function generic(modelType: string | undefined): FamilyCounter {
  return (config) => {
    const layers = config.int(LAYER_KEYS, undefined, RANGES.layers);
    const hidden = config.int(HIDDEN_KEYS, undefined, RANGES.width);
    const vocab = config.optionalInt(VOCAB_KEYS, RANGES.vocab);
    const heads = config.optionalInt(HEAD_KEYS, RANGES.heads);
    const kvHeads = config.optionalInt('num_key_value_heads', RANGES.heads);
    const intermediate = config.optionalInt(FFN_KEYS, RANGES.width) ?? 4 * hidden;
    const context = config.optionalInt(CONTEXT_KEYS, RANGES.positions);
    const tied = config.bool('tie_word_embeddings', true);
    const encoderDecoder = config.bool('is_encoder_decoder', false);
    const headDim =
      heads === undefined
        ? hidden
        : (config.optionalInt('head_dim', RANGES.width) ?? headSize(hidden, heads, { hidden: HIDDEN_KEYS[0], heads: HEAD_KEYS[0] }));

    const what = modelType === undefined ? { en: 'The config has no model_type', ko: '설정에 model_type이 없으므로' } : {
      en: `model_type "${modelType.slice(0, 40)}" is not one the estimator knows`,
      ko: `model_type "${modelType.slice(0, 40)}"은(는) 추정기가 아는 종류가 아니므로`,
    };
    const warnings: Bilingual[] = [
      {
        en: `${what.en}: this is the generic estimate ≈ L·(4·d² + 2·d·d_ff) + V·d (= 12·L·d² + embeddings when d_ff = 4·d). Biases, norms, position tables and any grouped-query or mixture-of-experts savings are not counted.`,
        ko: `${what.ko} 일반 근사식 ≈ L·(4·d² + 2·d·d_ff) + V·d (d_ff = 4·d이면 12·L·d² + 임베딩)로 추정했습니다. 편향, 정규화, 위치 표, 그룹 쿼리 어텐션이나 전문가 혼합에 따른 차이는 반영하지 않았습니다.`,
      },
    ];
    if (vocab === undefined) {
      warnings.push({ en: 'No vocab_size: the embeddings are left out.', ko: 'vocab_size가 없어 임베딩은 빼고 셌습니다.' });
    }
    if (heads === undefined) {
      warnings.push({
        en: 'No num_attention_heads: attention is treated as one full-width head (the count and the KV cache of multi-head attention do not depend on the split).',
        ko: 'num_attention_heads가 없어 어텐션을 전체 폭의 헤드 하나로 보았습니다(멀티헤드 어텐션의 파라미터 수와 KV 캐시는 헤드 분할과 무관합니다).',
      });
    }
    if (context === undefined) {
      warnings.push({
        en: `No context length in the config: ${ASSUMED_CONTEXT} tokens assumed.`,
        ko: `설정에 문맥 길이가 없어 ${ASSUMED_CONTEXT} 토큰으로 가정했습니다.`,
      });
    }

    const vocabSize = vocab ?? 0;
    return {
      displayName: modelType === undefined ? 'Unknown model (generic estimate)' : `${modelType.slice(0, 40)} (generic estimate)`,
      architecture: encoderDecoder ? 'encoder-decoder' : 'decoder-only',
      countedAs: 'generic formula L·(4·d² + 2·d·d_ff) + V·d: an approximation, not an exact count',
      breakdown: [
        table('embeddings', LABEL.tokenEmbeddings, vocabSize * hidden),
        group(
          'layers',
          genericLayersLabel(layers),
          [
            leaf('attention', LABEL.selfAttention, 4 * hidden * hidden),
            leaf('feedForward', LABEL.feedForward, 2 * hidden * intermediate),
          ],
          layers,
        ),
        outputHead(vocabSize, hidden, tied),
      ],
      shape: {
        layers,
        hidden,
        heads: heads ?? 1,
        kvHeads: kvHeads ?? heads ?? 1,
        headDim,
        intermediate,
        vocab: vocabSize,
        contextLength: context ?? ASSUMED_CONTEXT,
      },
      warnings,
    };
  };
}
