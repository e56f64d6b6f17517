/**
 * Activation memory of training, after Korthikanti et al. 2022 (§4.1, Table 2): with 16-bit activations and
 * 1-byte dropout masks, one GPT layer stores sbh·(34 + 5·a·s/h) bytes for s tokens, batch b, width h and a
 * heads: attention 11sbh + 5as²b, MLP 19sbh, the two norms 4sbh. The same accounting is applied to the
 * model's real shapes, so GQA (narrower K and V), an explicit head_dim and gated MLPs come out right and the
 * paper's formula is recovered exactly for a GPT layer (q = kv = h, MLP 4h, not gated):
 *   attention: 2sbh (Q/K/V input) + 2sbq (Q) + 2sb·kv (K) + 2sb·kv (V) + 2sbq (output projection input) + sbh (mask)
 *   MLP:       2sbh (input) + 2sbi per stored intermediate (2 of them, 4 when gated) + sbh (mask)
 *   scores:    5as²b (softmax output, its dropout mask and output); not stored by FlashAttention
 * Selective recomputation (§5) drops the score term; full recomputation keeps each layer's input, 2sbh, and
 * recomputes one layer at a time during the backward pass (that layer's full set counted once). Outside the
 * layers (§4.3): the embedding dropout mask sbh, the final norm and head inputs 4sbh and fp32 logits 4sbv.
 */
import type { PlannerModel } from './model';

export type Recompute = 'none' | 'selective' | 'full';

export interface ActivationInputs {
  /** Sequences per GPU per micro-batch. */
  batch: number;
  /** Tokens per sequence. */
  sequence: number;
  recompute: Recompute;
  /** FlashAttention / fused SDPA: the s×s score tensors are never stored. */
  fusedAttention: boolean;
}

export interface ActivationMemory {
  /** Stored by one layer without recomputation, linear part (bytes). */
  linearPerLayer: number;
  /** The 5as²b score tensors of one layer (0 with fused attention). */
  scoresPerLayer: number;
  /** All layers, under the chosen recomputation. */
  layers: number;
  /** Embedding mask, final norm and head inputs, fp32 logits. */
  output: number;
  total: number;
}

/** Bytes per token one layer stores (excluding the score tensors). */
export function linearBytesPerToken(model: PlannerModel): number {
  const h = model.hidden;
  const q = model.heads * model.headDim;
  const kv = model.kvHeads * model.headDim;
  const attention = 3 * h + 4 * q + 4 * kv;
  const intermediates = model.gatedMlp ? 4 : 2;
  // A token passes through its top-k experts: each stores its own copy of the MLP activations.
  const mlp = (3 * h + 2 * intermediates * model.intermediate) * (model.expertsPerToken ?? 1);
  return attention + mlp + 4 * h;
}

export function activationMemory(model: PlannerModel, input: ActivationInputs): ActivationMemory {
  const { batch: b, sequence: s } = input;
  const tokens = s * b;
  const linearPerLayer = tokens * linearBytesPerToken(model);
  const scoresPerLayer = input.fusedAttention ? 0 : 5 * model.heads * s * s * b;
  const L = model.layers;
  let layers: number;
  switch (input.recompute) {
    case 'none':
      layers = L * (linearPerLayer + scoresPerLayer);
      break;
    case 'selective':
      layers = L * linearPerLayer;
      break;
    case 'full':
      layers = L * 2 * tokens * model.hidden + linearPerLayer + scoresPerLayer;
      break;
  }
  const output = tokens * model.hidden + 4 * tokens * model.hidden + 4 * tokens * model.vocab;
  return { linearPerLayer, scoresPerLayer, layers, output, total: layers + output };
}
