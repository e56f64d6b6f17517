/**
 * The BERT-style post-LN encoder layer (biased Q, K, V, attention output, two-matrix MLP, two LayerNorms)
 * as parts with their Linear modules, and an encoder-only model around a stack of them. Encoders keep no
 * KV cache, so their models have none.
 */
import { layerNorm, leaf, linear } from './blocks';
import type { FamilyModel } from './family';
import { LABEL, layersLabel } from './labels';
import { linearPart, mlpSpecs, plainPart, qkvoSpecs, type LinearSpec, type Part } from './parts';
import { buildStack, mergeLinearModules } from './stack';
import type { Bilingual, BreakdownNode, LinearModule, ModelShape } from './types';

export interface EncoderNames {
  q: string;
  k: string;
  v: string;
  o: string;
  up: string;
  down: string;
}

/** BERT's names: attention.self.query/key/value, attention.output.dense, intermediate.dense, output.dense. */
export const BERT_NAMES: EncoderNames = { q: 'query', k: 'key', v: 'value', o: 'dense', up: 'dense', down: 'dense' };

export function encoderLayerParts(hidden: number, inner: number, names: EncoderNames = BERT_NAMES, extraAttention: LinearSpec[] = []): Part[] {
  return [
    linearPart('attention', LABEL.selfAttention, [
      ...qkvoSpecs({ hidden, heads: 1, kvHeads: 1, headDim: hidden, bias: { qkv: true, output: true }, names: [names.q, names.k, names.v, names.o] }),
      ...extraAttention,
    ]),
    linearPart('feedForward', LABEL.feedForward, mlpSpecs(hidden, inner, true, [names.up, names.down])),
    plainPart('norms', LABEL.norms, 2 * layerNorm(hidden)),
  ];
}

/** `pooler.dense` (hidden × hidden + tanh), as `AutoModel` builds it for BERT-style models. */
export function poolerNode(hidden: number): { node: BreakdownNode; linear: LinearModule } {
  return { node: leaf('pooler', LABEL.pooler, linear(hidden, hidden, true)), linear: { name: 'dense', inputs: hidden, outputs: hidden, bias: true, count: 1 } };
}

export function encoderModel(options: {
  displayName: string;
  countedAs: string;
  embeddings: BreakdownNode[];
  layers: number;
  parts: Part[];
  after?: BreakdownNode[];
  extraLinears?: LinearModule[];
  shape: Omit<ModelShape, 'layers' | 'kvCache' | 'linearModules'>;
  warnings: Bilingual[];
}): FamilyModel {
  const design = { key: 'layers', label: layersLabel, parts: options.parts };
  const stack = buildStack(Array.from({ length: options.layers }, () => ({ design })));
  return {
    displayName: options.displayName,
    architecture: 'encoder-only',
    countedAs: options.countedAs,
    breakdown: [...options.embeddings, ...stack.nodes, ...(options.after ?? [])],
    shape: { layers: options.layers, ...options.shape, linearModules: mergeLinearModules([...stack.linearModules, ...(options.extraLinears ?? [])]) },
    warnings: options.warnings,
  };
}

