/**
 * BLOOM and MPT: ALiBi decoders (no position tables) with one fused QKV Linear and a 4·hidden MLP.
 * - BLOOM (`BloomForCausalLM`): a LayerNorm right after the token table, biases on every Linear and
 *   LayerNorm, tied head. `n_embed` (older configs) overrides `hidden_size`.
 * - MPT (`MptForCausalLM`): as Transformers 5.18 builds it, whatever the config says: no biases at all
 *   (LayerNorms keep only their weight), an MLP of exactly 4·d_model and full multi-head attention; the
 *   head is tied. Configs asking otherwise (`expansion_ratio`, `no_bias: false`, multi-query attention)
 *   are flagged, since MosaicML's own code would build something else.
 */
import { layerNorm, leaf, rmsNorm } from '../blocks';
import { RANGES, type ConfigReader } from '../configReader';
import { decoderModel, finalNorm, tokenTable } from '../decoder';
import { headSize, type FamilyCounter } from '../family';
import { LABEL } from '../labels';
import { linearPart, mlpSpecs } from '../parts';
import { attentionCache, uniformLayers } from '../stack';
import type { Bilingual } from '../types';
import { normsPart, uniformDesign } from './llamaLike';

/** ALiBi has no length limit of its own; figures use this context when the config states none. */
const ASSUMED_CONTEXT = 2048;

function assumedContextWarning(key: string): Bilingual {
  return {
    en: `ALiBi positions have no fixed length and the config has no "${key}": ${ASSUMED_CONTEXT} tokens are used as the context.`,
    ko: `ALiBi 위치 방식에는 정해진 길이가 없고 설정에 "${key}"도 없어 문맥 길이를 ${ASSUMED_CONTEXT} 토큰으로 잡았습니다.`,
  };
}

export const bloom: FamilyCounter = (config) => {
  const vocab = config.int('vocab_size', 250880, RANGES.vocab);
  const hidden = config.int(['n_embed', 'hidden_size'], 64, RANGES.width);
  const layers = config.int(['n_layer', 'num_hidden_layers'], 2, RANGES.layers);
  const heads = config.int(['n_head', 'num_attention_heads'], 8, RANGES.heads);
  const tied = config.bool('tie_word_embeddings', true);
  const context = config.optionalInt('seq_length', RANGES.positions);
  const headDim = headSize(hidden, heads, { hidden: 'hidden_size', heads: 'n_head' });
  const design = uniformDesign([
    linearPart('attention', LABEL.selfAttention, [
      { name: 'query_key_value', inputs: hidden, outputs: 3 * hidden, bias: true },
      { name: 'dense', inputs: hidden, outputs: hidden, bias: true },
    ]),
    linearPart('feedForward', LABEL.feedForward, mlpSpecs(hidden, 4 * hidden, true, ['dense_h_to_4h', 'dense_4h_to_h'])),
    normsPart(2 * layerNorm(hidden)),
  ]);
  return decoderModel({
    displayName: 'BLOOM',
    countedAs: 'BloomForCausalLM',
    embeddings: [tokenTable(vocab, hidden), leaf('embeddingNorm', LABEL.embeddingNorm, layerNorm(hidden))],
    layers: uniformLayers(layers, design, attentionCache(heads, headDim)),
    tail: [finalNorm(layerNorm(hidden))],
    head: { vocab, inputs: hidden, tied },
    shape: { hidden, heads, kvHeads: heads, headDim, intermediate: 4 * hidden, vocab, contextLength: context ?? ASSUMED_CONTEXT },
    warnings: context === undefined ? [assumedContextWarning('seq_length')] : [],
  });
};

function mptWarnings(config: ConfigReader): Bilingual[] {
  const warnings: Bilingual[] = [];
  const ratio = config.rawValue('expansion_ratio');
  if (ratio !== undefined && ratio !== 4) {
    warnings.push({
      en: `expansion_ratio is ${String(ratio).slice(0, 20)}, but Transformers' MPT always builds an MLP of 4·d_model; the count follows Transformers.`,
      ko: `expansion_ratio가 ${String(ratio).slice(0, 20)}이지만 Transformers의 MPT는 항상 4·d_model 폭의 MLP를 만듭니다. 파라미터 수는 Transformers를 따랐습니다.`,
    });
  }
  if (config.bool('no_bias', true) === false) {
    warnings.push({
      en: 'no_bias is false, but Transformers\' MPT has no biases anywhere; the count follows Transformers.',
      ko: 'no_bias가 false이지만 Transformers의 MPT에는 편향이 전혀 없습니다. 파라미터 수는 Transformers를 따랐습니다.',
    });
  }
  const attention = config.child('attn_config');
  if (attention && attention.string('attn_type', 'multihead_attention') !== 'multihead_attention') {
    warnings.push({
      en: 'attn_config.attn_type asks for multi-query attention, but Transformers\' MPT builds full multi-head attention; the count and the KV cache follow Transformers.',
      ko: 'attn_config.attn_type이 멀티 쿼리 어텐션을 지정하지만 Transformers의 MPT는 일반 멀티헤드 어텐션을 만듭니다. 파라미터 수와 KV 캐시는 Transformers를 따랐습니다.',
    });
  }
  return warnings;
}

export const mpt: FamilyCounter = (config) => {
  const vocab = config.int('vocab_size', 50368, RANGES.vocab);
  const hidden = config.int(['d_model', 'hidden_size'], 2048, RANGES.width);
  const layers = config.int(['n_layers', 'num_hidden_layers'], 24, RANGES.layers);
  const heads = config.int(['n_heads', 'num_attention_heads'], 16, RANGES.heads);
  const context = config.int('max_seq_len', 2048, RANGES.positions);
  const tied = config.bool('tie_word_embeddings', true);
  const headDim = headSize(hidden, heads, { hidden: 'd_model', heads: 'n_heads' });
  const design = uniformDesign([
    linearPart('attention', LABEL.selfAttention, [
      { name: 'Wqkv', inputs: hidden, outputs: 3 * hidden, bias: false },
      { name: 'out_proj', inputs: hidden, outputs: hidden, bias: false },
    ]),
    linearPart('feedForward', LABEL.feedForward, mlpSpecs(hidden, 4 * hidden, false, ['up_proj', 'down_proj'])),
    // LayerNorms whose bias Transformers removes: a weight each.
    normsPart(2 * rmsNorm(hidden)),
  ]);
  return decoderModel({
    displayName: 'MPT',
    countedAs: 'MptForCausalLM',
    embeddings: [tokenTable(vocab, hidden)],
    layers: uniformLayers(layers, design, attentionCache(heads, headDim)),
    tail: [finalNorm(rmsNorm(hidden))],
    head: { vocab, inputs: hidden, tied },
    shape: { hidden, heads, kvHeads: heads, headDim, intermediate: 4 * hidden, vocab, contextLength: context },
    warnings: mptWarnings(config),
  });
};
