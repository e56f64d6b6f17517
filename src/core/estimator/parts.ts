/**
 * The parts a layer is made of (attention, feed-forward, experts, norms), each carrying its parameter count
 * for the breakdown together with the `nn.Linear` modules it holds, so that counts, LoRA targets and active
 * parameters all come from one description. A family describes one layer as a list of parts; `stack.ts`
 * repeats layers and sums them up.
 */
import { group, leaf, linear } from './blocks';
import { LABEL, expertsLabel } from './labels';
import type { Bilingual, BreakdownNode, LinearModule } from './types';

/** One `nn.Linear` (or GPT-2-style `Conv1D`) of a layer, named as PEFT's `target_modules` matches it. */
export interface LinearSpec {
  name: string;
  inputs: number;
  outputs: number;
  bias: boolean;
}

export interface Part {
  /** What the part adds to one layer's breakdown. */
  nodes: BreakdownNode[];
  /** Its Linear modules in one layer; `count` is the number of instances in one layer (experts for MoE). */
  linears: LinearModule[];
  /** Parameters of one layer a token does not use: the routed experts it is not sent to. */
  inactive: number;
  /** Set on the routed experts of a mixture-of-experts layer. */
  routing?: { experts: number; perToken: number | undefined };
}

export function parametersOf(specs: readonly LinearSpec[]): number {
  return specs.reduce((total, spec) => total + linear(spec.inputs, spec.outputs, spec.bias), 0);
}

function modules(specs: readonly LinearSpec[], count = 1, expert = false): LinearModule[] {
  return specs.map((spec) => ({ ...spec, count, ...(expert ? { expert: true as const } : {}) }));
}

/**
 * A breakdown leaf made of Linear modules, plus `extra` parameters that belong to it but are not Linears
 * (attention sinks, per-head norms, a router held as a bare weight).
 */
export function linearPart(key: string, label: Bilingual, specs: readonly LinearSpec[], extra = 0): Part {
  return { nodes: [leaf(key, label, parametersOf(specs) + extra)], linears: modules(specs), inactive: 0 };
}

/** Parameters with no Linear inside (norms, a conv, an SSM's A and D). */
export function plainPart(key: string, label: Bilingual, parameters: number): Part {
  return { nodes: [leaf(key, label, parameters)], linears: [], inactive: 0 };
}

/** Q, K, V and output projections of multi-, grouped- or multi-query attention. */
export function qkvoSpecs(options: {
  hidden: number;
  heads: number;
  kvHeads: number;
  headDim: number;
  bias: { qkv: boolean; output: boolean } | { q: boolean; k: boolean; v: boolean; o: boolean };
  names?: readonly [string, string, string, string];
  /** Width the output projection reads, when it differs from heads × head_dim (StableLM: the hidden size). */
  outputInputs?: number;
}): LinearSpec[] {
  const { hidden, heads, kvHeads, headDim } = options;
  const [q, k, v, o] = options.names ?? ['q_proj', 'k_proj', 'v_proj', 'o_proj'];
  const bias = 'qkv' in options.bias ? { q: options.bias.qkv, k: options.bias.qkv, v: options.bias.qkv, o: options.bias.output } : options.bias;
  return [
    { name: q, inputs: hidden, outputs: heads * headDim, bias: bias.q },
    { name: k, inputs: hidden, outputs: kvHeads * headDim, bias: bias.k },
    { name: v, inputs: hidden, outputs: kvHeads * headDim, bias: bias.v },
    { name: o, inputs: options.outputInputs ?? heads * headDim, outputs: hidden, bias: bias.o },
  ];
}

/** Gate, up and down projections of a gated (SwiGLU/GeGLU) feed-forward. */
export function gatedSpecs(hidden: number, inner: number, bias = false, names: readonly [string, string, string] = ['gate_proj', 'up_proj', 'down_proj']): LinearSpec[] {
  return [
    { name: names[0], inputs: hidden, outputs: inner, bias },
    { name: names[1], inputs: hidden, outputs: inner, bias },
    { name: names[2], inputs: inner, outputs: hidden, bias },
  ];
}

/** Up and down projections of a two-matrix feed-forward. */
export function mlpSpecs(hidden: number, inner: number, bias: boolean, names: readonly [string, string]): LinearSpec[] {
  return [
    { name: names[0], inputs: hidden, outputs: inner, bias },
    { name: names[1], inputs: inner, outputs: hidden, bias },
  ];
}

/**
 * The routed experts of a mixture-of-experts layer. Transformers 5 keeps them as 3-D parameters of one
 * `…Experts` module (`gate_up_proj` [E, 2·I, H] and `down_proj` [E, H, I]), listed here per expert with
 * `expert: true`; PEFT reaches them through `target_parameters`, not `target_modules`. `perToken` undefined
 * means the config does not say how many experts a token uses (the active count is then unknown).
 */
export function routedExperts(options: {
  experts: number;
  perToken: number | undefined;
  hidden: number;
  inner: number;
  /** gpt-oss: a bias per expert on both projections. */
  bias?: boolean;
}): Part {
  const { experts, perToken, hidden, inner } = options;
  const bias = options.bias ?? false;
  const specs: LinearSpec[] = [
    { name: 'gate_up_proj', inputs: hidden, outputs: 2 * inner, bias },
    { name: 'down_proj', inputs: inner, outputs: hidden, bias },
  ];
  const oneExpert = parametersOf(specs);
  return {
    nodes: [group('experts', expertsLabel(experts), [leaf('expert', LABEL.expert, oneExpert)], experts)],
    linears: modules(specs, experts, true),
    inactive: perToken === undefined ? 0 : (experts - perToken) * oneExpert,
    routing: { experts, perToken },
  };
}

/** Merges parts into one list of nodes and linears (for a layer). */
export function joinParts(parts: readonly Part[]): Part {
  const routing = parts.find((part) => part.routing)?.routing;
  return {
    nodes: parts.flatMap((part) => part.nodes),
    linears: parts.flatMap((part) => part.linears),
    inactive: parts.reduce((total, part) => total + part.inactive, 0),
    ...(routing ? { routing } : {}),
  };
}
