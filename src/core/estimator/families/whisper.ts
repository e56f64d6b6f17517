/**
 * Whisper (`WhisperForConditionalGeneration`): a speech encoder-decoder.
 * - Encoder: two Conv1d over the log-mel frames (`num_mel_bins` → d_model, then d_model → d_model, kernel
 *   3, with biases), a position table of `max_source_positions` rows (sinusoidal and frozen, but a
 *   parameter, so counted), pre-LN layers (attention without a K bias, biased MLP `fc1`/`fc2`) and a final
 *   LayerNorm.
 * - Decoder: token table, learned positions of `max_target_positions`, layers with self- and
 *   cross-attention, final LayerNorm; the output projection `proj_out` is tied to the token table unless
 *   `tie_word_embeddings` is false.
 * Defaults from `WhisperConfig` (whisper-tiny): vocab 51865, 80 mel bins, 4+4 layers, 6 heads, FFN 1536,
 * d_model 384, 1500 source and 448 target positions.
 */
import { group, layerNorm, leaf, linear, outputHead, table } from '../blocks';
import { RANGES } from '../configReader';
import { headSize, type FamilyCounter } from '../family';
import { LABEL } from '../labels';
import { qkvoSpecs } from '../parts';
import { mergeLinearModules } from '../stack';
import { fairseqStacks } from './fairseqStacks';

/** Conv1d(inputs → outputs, kernel) with a bias. */
function conv1d(inputs: number, outputs: number, kernel: number): number {
  return linear(inputs * kernel, outputs, true);
}

export const whisper: FamilyCounter = (config) => {
  const vocab = config.int('vocab_size', 51865, RANGES.vocab);
  const mels = config.int('num_mel_bins', 80, RANGES.width);
  const hidden = config.int('d_model', 384, RANGES.width);
  const encoderLayers = config.int('encoder_layers', 4, RANGES.layers);
  const encoderHeads = config.int('encoder_attention_heads', 6, RANGES.heads);
  const encoderFfn = config.int('encoder_ffn_dim', 1536, RANGES.width);
  const decoderLayers = config.int('decoder_layers', 4, RANGES.layers);
  const decoderHeads = config.int('decoder_attention_heads', 6, RANGES.heads);
  const decoderFfn = config.int('decoder_ffn_dim', 1536, RANGES.width);
  const sourcePositions = config.int('max_source_positions', 1500, RANGES.positions);
  const targetPositions = config.int('max_target_positions', 448, RANGES.positions);
  const tied = config.bool('tie_word_embeddings', true);
  headSize(hidden, encoderHeads, { hidden: 'd_model', heads: 'encoder_attention_heads' });
  const headDim = headSize(hidden, decoderHeads, { hidden: 'd_model', heads: 'decoder_attention_heads' });

  // k_proj has no bias; q_proj, v_proj and out_proj do.
  const attentionSpecs = qkvoSpecs({ hidden, heads: 1, kvHeads: 1, headDim: hidden, bias: { q: true, k: false, v: true, o: true }, names: ['q_proj', 'k_proj', 'v_proj', 'out_proj'] });
  const { encoder, decoder } = fairseqStacks({ hidden, encoderLayers, encoderFfn, decoderLayers, decoderFfn, decoderHeads, headDim, attention: attentionSpecs });

  return {
    displayName: 'Whisper',
    architecture: 'encoder-decoder',
    countedAs: 'WhisperForConditionalGeneration',
    breakdown: [
      group('encoder', LABEL.encoder, [
        leaf('convolutions', LABEL.audioConvolutions, conv1d(mels, hidden, 3) + conv1d(hidden, hidden, 3)),
        table('position', LABEL.positionEmbeddings, sourcePositions * hidden),
        ...encoder.nodes,
        leaf('finalNorm', LABEL.finalNorm, layerNorm(hidden)),
      ]),
      group('decoder', LABEL.decoder, [
        table('embeddings', LABEL.tokenEmbeddings, vocab * hidden),
        table('position', LABEL.positionEmbeddings, targetPositions * hidden),
        ...decoder.nodes,
        leaf('finalNorm', LABEL.finalNorm, layerNorm(hidden)),
      ]),
      outputHead(vocab, hidden, tied),
    ],
    shape: {
      layers: encoderLayers,
      decoderLayers,
      hidden,
      heads: decoderHeads,
      kvHeads: decoderHeads,
      headDim,
      intermediate: decoderFfn,
      vocab,
      contextLength: targetPositions,
      kvCache: decoder.kvCache,
      linearModules: mergeLinearModules([
        ...encoder.linearModules,
        ...decoder.linearModules,
        ...(tied ? [] : [{ name: 'proj_out', inputs: hidden, outputs: vocab, bias: false, count: 1 }]),
      ]),
    },
    warnings: [],
  };
};
