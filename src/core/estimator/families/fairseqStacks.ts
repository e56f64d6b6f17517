/**
 * The encoder and decoder stacks of fairseq-style encoder-decoders (BART, Whisper): attention through
 * q/k/v/out_proj, an fc1/fc2 feed-forward with biases, a LayerNorm per sub-layer; decoder layers add
 * cross-attention, and only their self-attention keeps a KV cache that grows with the output.
 */
import { layerNorm } from '../blocks';
import { LABEL, layersLabel } from '../labels';
import { linearPart, mlpSpecs, plainPart, type LinearSpec, type Part } from '../parts';
import { attentionCache, buildStack, uniformLayers, type Stack } from '../stack';

export function fairseqStacks(shape: {
  hidden: number;
  encoderLayers: number;
  encoderFfn: number;
  decoderLayers: number;
  decoderFfn: number;
  decoderHeads: number;
  headDim: number;
  /** One attention block's projections (the same in self- and cross-attention). */
  attention: LinearSpec[];
}): { encoder: Stack; decoder: Stack } {
  const { hidden, attention } = shape;
  const encoderParts: Part[] = [
    linearPart('attention', LABEL.selfAttention, attention),
    linearPart('feedForward', LABEL.feedForward, mlpSpecs(hidden, shape.encoderFfn, true, ['fc1', 'fc2'])),
    plainPart('norms', LABEL.norms, 2 * layerNorm(hidden)),
  ];
  const decoderParts: Part[] = [
    linearPart('attention', LABEL.selfAttention, attention),
    linearPart('crossAttention', LABEL.crossAttention, attention),
    linearPart('feedForward', LABEL.feedForward, mlpSpecs(hidden, shape.decoderFfn, true, ['fc1', 'fc2'])),
    plainPart('norms', LABEL.norms, 3 * layerNorm(hidden)),
  ];
  return {
    encoder: buildStack(uniformLayers(shape.encoderLayers, { key: 'layers', label: layersLabel, parts: encoderParts })),
    decoder: buildStack(uniformLayers(shape.decoderLayers, { key: 'layers', label: layersLabel, parts: decoderParts }, attentionCache(shape.decoderHeads, shape.headDim))),
  };
}
