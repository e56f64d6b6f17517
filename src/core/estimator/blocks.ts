/**
 * Parameter counts of the building blocks Transformers uses, and helpers that assemble them into a
 * breakdown. Each formula is the size of the PyTorch module it names.
 */
import { LABEL } from './labels';
import type { Bilingual, BreakdownNode } from './types';

/** `nn.Linear(inputs, outputs, bias)`. */
export function linear(inputs: number, outputs: number, bias: boolean): number {
  return inputs * outputs + (bias ? outputs : 0);
}

/** `nn.LayerNorm(width)`: a scale and a shift. */
export function layerNorm(width: number): number {
  return 2 * width;
}

/** RMSNorm (and T5's LayerNorm): a scale only. */
export function rmsNorm(width: number): number {
  return width;
}

/** Q, K, V and output projections. `queryWidth` = heads·head_dim, `kvWidth` = kv_heads·head_dim. */
export function attention(
  hidden: number,
  queryWidth: number,
  kvWidth: number,
  bias: { qkv: boolean; output: boolean },
): number {
  return (
    linear(hidden, queryWidth, bias.qkv) +
    2 * linear(hidden, kvWidth, bias.qkv) +
    linear(queryWidth, hidden, bias.output)
  );
}

/** Two-matrix MLP (up, down). */
export function mlp(hidden: number, inner: number, bias: boolean): number {
  return linear(hidden, inner, bias) + linear(inner, hidden, bias);
}

/** Gated MLP (gate, up, down), as in SwiGLU/GeGLU feed-forwards. */
export function gatedMlp(hidden: number, inner: number, bias: boolean): number {
  return 2 * linear(hidden, inner, bias) + linear(inner, hidden, bias);
}

export function leaf(key: string, label: Bilingual, parameters: number): BreakdownNode {
  return { key, label, parameters };
}

/** A vocabulary or position table (or output head): excluded from Kaplan's non-embedding count. */
export function table(key: string, label: Bilingual, parameters: number): BreakdownNode {
  return { key, label, parameters, embedding: true };
}

/** A node whose children are repeated `count` times (layers, experts, shared groups). */
export function group(key: string, label: Bilingual, children: BreakdownNode[], count = 1): BreakdownNode {
  const node: BreakdownNode = { key, label, parameters: count * sum(children), children };
  if (count !== 1) node.count = count;
  return node;
}

export function sum(nodes: readonly BreakdownNode[]): number {
  return nodes.reduce((total, node) => total + node.parameters, 0);
}

/** The output projection: absent when tied (its weight is the token embedding, already counted). */
export function outputHead(vocab: number, hidden: number, tied: boolean): BreakdownNode {
  return tied ? table('head', LABEL.tiedHead, 0) : table('head', LABEL.head, linear(hidden, vocab, false));
}

/**
 * Token (+ optional position and token-type) tables and the embedding LayerNorm of the BERT family.
 * Tables with zero rows are left out.
 */
export function bertEmbeddings(vocab: number, positions: number, typeVocab: number, width: number): BreakdownNode {
  const children = [
    table('token', LABEL.tokenEmbeddings, vocab * width),
    table('position', LABEL.positionEmbeddings, positions * width),
  ];
  if (typeVocab > 0) children.push(table('tokenType', LABEL.tokenTypeEmbeddings, typeVocab * width));
  children.push(leaf('norm', LABEL.embeddingNorm, layerNorm(width)));
  return group('embeddings', LABEL.embeddings, children);
}

/**
 * The biased post-attention block shared by BERT, RoBERTa, ELECTRA, ALBERT, DistilBERT, GPT-2 and the
 * BART encoder: full-width attention with biases, a two-matrix MLP with biases and two LayerNorms.
 */
export function biasedEncoderLayer(hidden: number, inner: number): BreakdownNode[] {
  return [
    leaf('attention', LABEL.selfAttention, attention(hidden, hidden, hidden, { qkv: true, output: true })),
    leaf('feedForward', LABEL.feedForward, mlp(hidden, inner, true)),
    leaf('norms', LABEL.norms, 2 * layerNorm(hidden)),
  ];
}
