/**
 * BART (`BartModel`; `BartForConditionalGeneration` adds nothing when its LM head is tied, and its
 * `final_logits_bias` is a buffer). Defaults from `BartConfig` (bart-large): vocab 50265, 1024 positions,
 * 12+12 layers, 16 heads, FFN 4096, d_model 1024. Position tables have max_position_embeddings + 2 rows
 * (fairseq's offset for padding), one per stack, each followed by `layernorm_embedding`. Every Linear has a
 * bias. The token table is shared by encoder and decoder.
 */
import { group, layerNorm, leaf, outputHead, table } from '../blocks';
import { RANGES } from '../configReader';
import { headSize, type FamilyCounter } from '../family';
import { LABEL } from '../labels';
import { qkvoSpecs } from '../parts';
import { mergeLinearModules } from '../stack';
import { fairseqStacks } from './fairseqStacks';
import type { BreakdownNode } from '../types';

/** Rows fairseq adds to each learned position table. */
const POSITION_OFFSET = 2;

export const bart: FamilyCounter = (config) => {
  const vocab = config.int('vocab_size', 50265, RANGES.vocab);
  const positions = config.int('max_position_embeddings', 1024, RANGES.positions);
  const hidden = config.int('d_model', 1024, RANGES.width);
  const encoderLayers = config.int('encoder_layers', 12, RANGES.layers);
  const encoderFfn = config.int('encoder_ffn_dim', 4096, RANGES.width);
  const encoderHeads = config.int('encoder_attention_heads', 16, RANGES.heads);
  const decoderLayers = config.int('decoder_layers', 12, RANGES.layers);
  const decoderFfn = config.int('decoder_ffn_dim', 4096, RANGES.width);
  const decoderHeads = config.int('decoder_attention_heads', 16, RANGES.heads);
  const tied = config.bool('tie_word_embeddings', true);
  headSize(hidden, encoderHeads, { hidden: 'd_model', heads: 'encoder_attention_heads' });
  const headDim = headSize(hidden, decoderHeads, { hidden: 'd_model', heads: 'decoder_attention_heads' });

  const attentionSpecs = qkvoSpecs({ hidden, heads: 1, kvHeads: 1, headDim: hidden, bias: { qkv: true, output: true }, names: ['q_proj', 'k_proj', 'v_proj', 'out_proj'] });
  const stackEmbeddings = (): BreakdownNode[] => [
    table('position', LABEL.positionEmbeddings, (positions + POSITION_OFFSET) * hidden),
    leaf('embeddingNorm', LABEL.embeddingNorm, layerNorm(hidden)),
  ];
  const { encoder, decoder } = fairseqStacks({ hidden, encoderLayers, encoderFfn, decoderLayers, decoderFfn, decoderHeads, headDim, attention: attentionSpecs });

  return {
    displayName: 'BART',
    architecture: 'encoder-decoder',
    countedAs: tied ? 'BartModel (= BartForConditionalGeneration: the LM head is tied)' : 'BartForConditionalGeneration',
    breakdown: [
      table('embeddings', LABEL.sharedEmbeddings, vocab * hidden),
      group('encoder', LABEL.encoder, [...stackEmbeddings(), ...encoder.nodes]),
      group('decoder', LABEL.decoder, [...stackEmbeddings(), ...decoder.nodes]),
      outputHead(vocab, hidden, tied),
    ],
    shape: {
      layers: encoderLayers,
      decoderLayers,
      hidden,
      heads: decoderHeads,
      kvHeads: decoderHeads,
      headDim,
      intermediate: encoderFfn,
      vocab,
      contextLength: positions,
      kvCache: decoder.kvCache,
      linearModules: mergeLinearModules([
        ...encoder.linearModules,
        ...decoder.linearModules,
        ...(tied ? [] : [{ name: 'lm_head', inputs: hidden, outputs: vocab, bias: false, count: 1 }]),
      ]),
    },
    warnings: [],
  };
};
