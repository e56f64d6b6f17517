/**
 * T5 (`T5ForConditionalGeneration`). Defaults from `T5Config` (t5-small): vocab 32128, d_model 512, d_kv 64,
 * d_ff 2048, num_layers 6, num_decoder_layers = num_layers, num_heads 8, 32 relative-attention buckets,
 * feed_forward_proj "relu". No biases anywhere; norms are scale-only. The token table is shared by encoder
 * and decoder; the LM head is tied to it unless `tie_word_embeddings` is false (T5 v1.1, FLAN-T5), and then
 * the count is T5Model's plus the head. Only the first layer of each stack owns a relative-position bias
 * table (num_heads × buckets); the others reuse it. "gated-…" feed-forwards have two input matrices.
 */
import { attention, gatedMlp, group, leaf, mlp, outputHead, rmsNorm, table } from '../blocks';
import { RANGES, type ConfigReader } from '../configReader';
import { fail } from '../failure';
import type { FamilyCounter } from '../family';
import { LABEL, layersLabel } from '../labels';
import type { Bilingual, BreakdownNode } from '../types';

/** `feed_forward_proj` must be "ACT" or "gated-ACT", exactly as T5Config checks. */
function isGated(config: ConfigReader): boolean {
  const projection = config.string('feed_forward_proj', 'relu');
  const parts = projection.split('-');
  if (parts.length > 2 || (parts.length === 2 && parts[0] !== 'gated') || parts.some((part) => part === '')) {
    fail('out-of-range', 'feed_forward_proj', {
      en: `"feed_forward_proj" must look like "relu" or "gated-gelu", but it is "${projection.slice(0, 40)}".`,
      ko: `"feed_forward_proj"는 "relu"나 "gated-gelu" 같은 형태여야 하는데 "${projection.slice(0, 40)}"입니다.`,
    });
  }
  return parts[0] === 'gated';
}

export const t5: FamilyCounter = (config) => {
  const vocab = config.int('vocab_size', 32128, RANGES.vocab);
  const hidden = config.int(['d_model', 'hidden_size'], 512, RANGES.width);
  const headDim = config.int('d_kv', 64, RANGES.width);
  const intermediate = config.int('d_ff', 2048, RANGES.width);
  const layers = config.int(['num_layers', 'num_hidden_layers'], 6, RANGES.layers);
  const decoderLayers = config.int('num_decoder_layers', layers, RANGES.layers);
  const heads = config.int(['num_heads', 'num_attention_heads'], 8, RANGES.heads);
  const buckets = config.int('relative_attention_num_buckets', 32, RANGES.buckets);
  const gated = isGated(config);
  const tied = config.bool('tie_word_embeddings', true);
  const declaredContext = config.optionalInt('n_positions', RANGES.positions);

  const inner = heads * headDim;
  const attentionParameters = attention(hidden, inner, inner, { qkv: false, output: false });
  const feedForward = gated
    ? leaf('feedForward', LABEL.gatedFeedForward, gatedMlp(hidden, intermediate, false))
    : leaf('feedForward', LABEL.feedForward, mlp(hidden, intermediate, false));

  const stack = (key: 'encoder' | 'decoder', count: number, cross: boolean): BreakdownNode => {
    const layer = [leaf('attention', LABEL.selfAttention, attentionParameters)];
    if (cross) layer.push(leaf('crossAttention', LABEL.crossAttention, attentionParameters));
    layer.push(feedForward, leaf('norms', LABEL.norms, (cross ? 3 : 2) * rmsNorm(hidden)));
    return group(key, LABEL[key], [
      leaf('relativeBias', LABEL.relativeBias, heads * buckets),
      group('layers', layersLabel(count), layer, count),
      leaf('finalNorm', LABEL.finalNorm, rmsNorm(hidden)),
    ]);
  };

  const warnings: Bilingual[] = [];
  if (declaredContext === undefined) {
    warnings.push({
      en: 'T5 uses relative positions and has no hard length limit; 512 tokens (its pre-training length) is used as the context.',
      ko: 'T5는 상대 위치를 써서 길이 제한이 없습니다. 문맥 길이는 사전 학습 길이인 512 토큰으로 잡았습니다.',
    });
  }

  return {
    displayName: 'T5',
    architecture: 'encoder-decoder',
    countedAs: tied ? 'T5ForConditionalGeneration (= T5Model: the LM head is tied)' : 'T5ForConditionalGeneration',
    breakdown: [
      table('embeddings', LABEL.sharedEmbeddings, vocab * hidden),
      stack('encoder', layers, false),
      stack('decoder', decoderLayers, true),
      outputHead(vocab, hidden, tied),
    ],
    shape: {
      layers,
      decoderLayers,
      hidden,
      heads,
      kvHeads: heads,
      headDim,
      intermediate,
      vocab,
      contextLength: declaredContext ?? 512,
    },
    warnings,
  };
};
