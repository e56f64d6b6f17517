/**
 * The planner's view of a model: the estimator's exact counts and shape, plus what the config says about how
 * the checkpoint is stored (dtype, pre-quantization). Plain data, so the Planner page can recompute plans
 * itself when a slider moves.
 */
import { kvCacheGroups } from '../estimator/kvCache';
import type { Architecture, BreakdownNode, KvCacheGroup, LinearModule, ModelEstimate } from '../estimator/types';

export type CheckpointDtype = 'float32' | 'bfloat16' | 'float16';

export interface CheckpointQuantization {
  method: 'gptq' | 'awq' | 'bitsandbytes-4bit' | 'bitsandbytes-8bit' | 'fp8' | 'other';
  bits?: number;
  groupSize?: number;
  /** The method name as the config spells it, for `other`. */
  name?: string;
}

export interface PlannerModel {
  /** How the user named it (Hub id or folder). */
  label: string;
  modelType: string;
  displayName: string;
  architecture: Architecture;
  /** false ⇒ the estimator's generic approximation. */
  supported: boolean;
  totalParameters: number;
  activeParameters: number;
  /** Vocabulary and position tables and an untied output head. */
  embeddingParameters: number;
  /** All transformer blocks (encoder and decoder of an encoder–decoder). */
  layers: number;
  hidden: number;
  heads: number;
  kvHeads: number;
  headDim: number;
  intermediate: number;
  vocab: number;
  contextLength: number;
  experts?: number;
  expertsPerToken?: number;
  /** Whether the feed-forward is gated (gate, up, down); undefined when the shape does not say. */
  gatedMlp?: boolean;
  /** How each group of layers caches K and V; absent for encoder-only models. */
  kvCache?: KvCacheGroup[];
  /** Absent when the estimator's family does not list its Linear modules yet. */
  linearModules?: LinearModule[];
  checkpointDtype?: CheckpointDtype;
  checkpointQuantization?: CheckpointQuantization;
}

const GATE_NAMES = new Set(['gate_proj', 'w1', 'wi_0', 'gate_up_proj']);

function embeddingParameters(nodes: readonly BreakdownNode[]): number {
  return nodes.reduce((total, node) => {
    if (node.embedding) return total + node.parameters;
    return node.children ? total + (node.count ?? 1) * embeddingParameters(node.children) : total;
  }, 0);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function checkpointDtypeOf(config: Record<string, unknown>): CheckpointDtype | undefined {
  const raw = config.torch_dtype ?? config.dtype;
  if (raw === 'float32' || raw === 'bfloat16' || raw === 'float16') return raw;
  return undefined;
}

export function checkpointQuantizationOf(config: Record<string, unknown>): CheckpointQuantization | undefined {
  const q = config.quantization_config;
  if (!isRecord(q)) return undefined;
  const method = typeof q.quant_method === 'string' ? q.quant_method.toLowerCase() : '';
  const int = (...keys: string[]) => {
    for (const key of keys) if (typeof q[key] === 'number' && Number.isInteger(q[key])) return q[key] as number;
    return undefined;
  };
  if (method === 'gptq' || method === 'awq') {
    const bits = int('bits', 'w_bit') ?? 4;
    const groupSize = int('group_size', 'q_group_size') ?? 128;
    return { method, bits, groupSize };
  }
  if (method === 'bitsandbytes') return q.load_in_8bit === true ? { method: 'bitsandbytes-8bit', bits: 8 } : { method: 'bitsandbytes-4bit', bits: 4 };
  if (method === 'fp8') return { method: 'fp8', bits: 8 };
  return method ? { method: 'other', name: method.slice(0, 60) } : undefined;
}

function gatedFrom(estimate: ModelEstimate, config: Record<string, unknown>): boolean | undefined {
  const modules = estimate.shape.linearModules;
  if (modules !== undefined) return modules.some((m) => GATE_NAMES.has(m.name));
  const activation = [config.feed_forward_proj, config.hidden_act, config.hidden_activation].find((v) => typeof v === 'string') as string | undefined;
  if (activation?.startsWith('gated')) return true;
  return undefined;
}

/** The planner's model from an estimate and the config it came from. */
export function plannerModelFrom(estimate: ModelEstimate, config: Record<string, unknown>, label: string): PlannerModel {
  const { shape } = estimate;
  const model: PlannerModel = {
    label: label.slice(0, 200),
    modelType: estimate.modelType,
    displayName: estimate.displayName,
    architecture: estimate.architecture,
    supported: estimate.supported,
    totalParameters: estimate.totalParameters,
    activeParameters: estimate.activeParameters,
    embeddingParameters: embeddingParameters(estimate.breakdown),
    layers: shape.layers + (shape.decoderLayers ?? 0),
    hidden: shape.hidden,
    heads: shape.heads,
    kvHeads: shape.kvHeads,
    headDim: shape.headDim,
    intermediate: shape.intermediate,
    vocab: shape.vocab,
    contextLength: shape.contextLength,
  };
  if (shape.experts !== undefined) model.experts = shape.experts;
  if (shape.expertsPerToken !== undefined) model.expertsPerToken = shape.expertsPerToken;
  const gated = gatedFrom(estimate, config);
  if (gated !== undefined) model.gatedMlp = gated;
  const kv = kvCacheGroups(estimate);
  if (kv !== undefined) model.kvCache = kv.map((g) => ({ ...g }));
  if (shape.linearModules !== undefined) model.linearModules = shape.linearModules.map((m) => ({ ...m }));
  const dtype = checkpointDtypeOf(config);
  if (dtype !== undefined) model.checkpointDtype = dtype;
  const quantization = checkpointQuantizationOf(config);
  if (quantization !== undefined) model.checkpointQuantization = quantization;
  return model;
}

/** Parameters in the Linear layers a weight quantizer converts: every block Linear, not the output head. */
export function quantizableParameters(model: PlannerModel): { parameters: number; exact: boolean } {
  if (model.linearModules !== undefined) {
    const parameters = model.linearModules
      .filter((m) => m.name !== 'lm_head')
      .reduce((total, m) => total + m.count * m.inputs * m.outputs, 0);
    return { parameters, exact: true };
  }
  // Without the module list: everything but the embedding tables and head (norms and biases included).
  return { parameters: model.totalParameters - model.embeddingParameters, exact: false };
}

/** The transformer blocks' parameters, per block (for the layer ZeRO-3 gathers at a time). */
export function parametersPerLayer(model: PlannerModel): number {
  return (model.totalParameters - model.embeddingParameters) / Math.max(1, model.layers);
}
