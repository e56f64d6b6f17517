/**
 * Mamba and Mamba-2 (`MambaForCausalLM`, `Mamba2ForCausalLM`): attention-free stacks of selective
 * state-space mixers, each behind an RMSNorm, with a final RMSNorm. No layer keeps a per-token KV cache;
 * each keeps a fixed-size state per sequence (the depthwise conv's last `conv_kernel` inputs and the SSM
 * state), recorded as `none` KV-cache groups with `stateValues`.
 * - Mamba: inner width expand·hidden (Transformers recomputes it, ignoring a saved `intermediate_size`);
 *   `in_proj` to 2·inner, a depthwise conv, `x_proj` to Δ-rank + 2·state, `dt_proj` back to inner,
 *   A (inner × state) and D, `out_proj`. Δ-rank `time_step_rank` is ⌈hidden / 16⌉ when "auto". Tied head.
 * - Mamba-2: heads of `head_dim` (heads · head_dim must equal expand · hidden), `n_groups` groups of B and C;
 *   one `in_proj` to inner + conv width + heads, a depthwise conv over inner + 2·groups·state channels, a Δ
 *   bias, A and D per head, a gated RMSNorm over inner, `out_proj`. Untied head.
 */
import { rmsNorm } from '../blocks';
import { RANGES, type ConfigReader } from '../configReader';
import { decoderModel, finalNorm, tokenTable } from '../decoder';
import { fail } from '../failure';
import type { FamilyCounter } from '../family';
import { LABEL } from '../labels';
import { linearPart, type LinearSpec } from '../parts';
import type { Bilingual } from '../types';
import { normsPart, uniformDesign } from './llamaLike';

/** Recurrent models have no length limit; figures use this context. */
const ASSUMED_CONTEXT = 2048;

const CONTEXT_NOTE: Bilingual = {
  en: `A state-space model has no context limit and keeps no KV cache; ${ASSUMED_CONTEXT} tokens are used as the context for the figures.`,
  ko: `상태 공간 모델은 문맥 길이 제한이 없고 KV 캐시도 두지 않습니다. 비용 계산에는 문맥 길이를 ${ASSUMED_CONTEXT} 토큰으로 잡았습니다.`,
};

/** Depthwise Conv1d over `channels` with a kernel of `kernel` (weight [channels, 1, kernel]). */
function depthwiseConv(channels: number, kernel: number, bias: boolean): number {
  return channels * kernel + (bias ? channels : 0);
}

function timeStepRank(config: ConfigReader, hidden: number): number {
  const raw = config.rawValue('time_step_rank');
  return raw === undefined || raw === 'auto' ? Math.ceil(hidden / 16) : config.int('time_step_rank', undefined, RANGES.width);
}

function ssmModel(options: {
  displayName: string;
  countedAs: string;
  vocab: number;
  hidden: number;
  layers: number;
  inner: number;
  tied: boolean;
  mixer: LinearSpec[];
  /** Conv, A, D, Δ bias and gated norm: the mixer's parameters outside its Linears. */
  mixerExtra: number;
  stateValues: number;
}) {
  const design = uniformDesign([linearPart('mixer', LABEL.ssmMixer, options.mixer, options.mixerExtra), normsPart(rmsNorm(options.hidden))]);
  return decoderModel({
    displayName: options.displayName,
    countedAs: options.countedAs,
    embeddings: [tokenTable(options.vocab, options.hidden)],
    layers: Array.from({ length: options.layers }, () => ({ design, cache: { kind: 'none' as const, valuesPerToken: 0, stateValues: options.stateValues } })),
    tail: [finalNorm(rmsNorm(options.hidden))],
    head: { vocab: options.vocab, inputs: options.hidden, tied: options.tied },
    shape: { hidden: options.hidden, heads: 0, kvHeads: 0, headDim: 0, intermediate: options.inner, vocab: options.vocab, contextLength: ASSUMED_CONTEXT },
    warnings: [CONTEXT_NOTE],
  });
}

export const mamba: FamilyCounter = (config) => {
  const vocab = config.int('vocab_size', 50280, RANGES.vocab);
  const hidden = config.int('hidden_size', 768, RANGES.width);
  const state = config.int('state_size', 16, RANGES.width);
  const layers = config.int('num_hidden_layers', 32, RANGES.layers);
  const expand = config.int('expand', 2, RANGES.heads);
  const kernel = config.int('conv_kernel', 4, RANGES.width);
  const bias = config.bool('use_bias', false);
  const convBias = config.bool('use_conv_bias', true);
  const rank = timeStepRank(config, hidden);
  const inner = expand * hidden;
  const mixer: LinearSpec[] = [
    { name: 'in_proj', inputs: hidden, outputs: 2 * inner, bias },
    { name: 'x_proj', inputs: inner, outputs: rank + 2 * state, bias: false },
    { name: 'dt_proj', inputs: rank, outputs: inner, bias: true },
    { name: 'out_proj', inputs: inner, outputs: hidden, bias },
  ];
  return ssmModel({
    displayName: 'Mamba',
    countedAs: 'MambaForCausalLM',
    vocab,
    hidden,
    layers,
    inner,
    tied: config.bool('tie_word_embeddings', true),
    mixer,
    // Conv, A (inner × state) and D (inner).
    mixerExtra: depthwiseConv(inner, kernel, convBias) + inner * state + inner,
    stateValues: inner * kernel + inner * state,
  });
};

export const mamba2: FamilyCounter = (config) => {
  const vocab = config.int('vocab_size', 32768, RANGES.vocab);
  const hidden = config.int('hidden_size', 4096, RANGES.width);
  const state = config.int('state_size', 128, RANGES.width);
  const layers = config.int('num_hidden_layers', 64, RANGES.layers);
  const heads = config.int('num_heads', 128, RANGES.heads);
  const headDim = config.int('head_dim', 64, RANGES.width);
  const expand = config.int('expand', 2, RANGES.heads);
  const kernel = config.int('conv_kernel', 4, RANGES.width);
  const groups = config.int('n_groups', 8, RANGES.heads);
  const bias = config.bool('use_bias', false);
  const convBias = config.bool('use_conv_bias', true);
  const inner = expand * hidden;
  if (inner !== heads * headDim) {
    fail('out-of-range', 'num_heads', {
      en: `"num_heads" × "head_dim" (${heads} × ${headDim}) must equal "expand" × "hidden_size" (${inner}); Mamba2Config refuses other shapes.`,
      ko: `"num_heads" × "head_dim"(${heads} × ${headDim})은 "expand" × "hidden_size"(${inner})와 같아야 합니다. Mamba2Config는 다른 형태를 거부합니다.`,
    });
  }
  const convChannels = inner + 2 * groups * state;
  const mixer: LinearSpec[] = [
    { name: 'in_proj', inputs: hidden, outputs: inner + convChannels + heads, bias },
    { name: 'out_proj', inputs: inner, outputs: hidden, bias },
  ];
  return ssmModel({
    displayName: 'Mamba-2',
    countedAs: 'Mamba2ForCausalLM',
    vocab,
    hidden,
    layers,
    inner,
    tied: config.bool('tie_word_embeddings', false),
    mixer,
    // Conv, Δ bias, A and D per head, gated RMSNorm over inner.
    mixerExtra: depthwiseConv(convChannels, kernel, convBias) + 3 * heads + rmsNorm(inner),
    stateValues: convChannels * kernel + heads * headDim * state,
  });
};

