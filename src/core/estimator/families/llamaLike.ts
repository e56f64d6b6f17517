/**
 * The Llama-style decoder shared by Llama, Mistral, Mixtral, Qwen2 and Gemma (`…ForCausalLM`): token table,
 * pre-norm layers of grouped-query attention and a gated MLP (gate, up, down) with two RMSNorms each, a
 * final RMSNorm and an LM head (none when tied). What differs per type is listed in each spec, taken from
 * the type's configuration class and attention module:
 * - Llama: `attention_bias` (Q, K, V and O) and `mlp_bias`, both off by default; K/V heads default to the
 *   query heads.
 * - Mistral: no biases; 8 K/V heads and a 4096-token sliding window by default.
 * - Mixtral: Mistral's attention, and `num_local_experts` gated MLPs per layer behind a bias-free router;
 *   each token uses `num_experts_per_tok` of them.
 * - Qwen2: Q, K and V always have biases (O does not); the window applies only with `use_sliding_window`.
 * - Gemma: `head_dim` 256 by default (not hidden / heads) and a tied LM head.
 * `head_dim` from the config wins everywhere; without it the hidden size must split evenly across heads.
 */
import { attention, gatedMlp, group, leaf, linear, outputHead, rmsNorm, sum, table } from '../blocks';
import { RANGES, type ConfigReader } from '../configReader';
import { fail } from '../failure';
import { headSize, kvGroupingWarnings, type FamilyCounter } from '../family';
import { LABEL, expertsLabel, layersLabel } from '../labels';
import type { BreakdownNode, LinearModule } from '../types';

interface LlamaLikeSpec {
  displayName: string;
  countedAs: string;
  vocab: number;
  hidden: number;
  intermediate: number;
  layers: number;
  heads: number;
  /** Default of `num_key_value_heads` when the key is absent; undefined ⇒ the number of query heads. */
  kvHeads?: number;
  /** Default of `head_dim`; undefined ⇒ hidden / heads. */
  headDim?: number;
  positions: number;
  tied: boolean;
  /** Where attention biases come from: the `attention_bias` flag, always on Q/K/V (Qwen2), or never. */
  attentionBias: 'flag' | 'qkv' | 'none';
  /** Whether the `mlp_bias` flag exists (Llama). */
  mlpBiasFlag: boolean;
  /** Sliding window default, and whether it needs `use_sliding_window` (Qwen2). Absent ⇒ none. */
  window?: { default: number | null; gated: boolean };
  /** Mixture of experts defaults. */
  moe?: { experts: number; perToken: number };
}

function slidingWindow(config: ConfigReader, spec: LlamaLikeSpec): number | undefined {
  if (spec.window === undefined) return undefined;
  if (spec.window.gated && !config.bool('use_sliding_window', false)) return undefined;
  const value = config.nullableInt('sliding_window', RANGES.positions);
  return (value === undefined ? spec.window.default : value) ?? undefined;
}

function llamaLike(spec: LlamaLikeSpec): FamilyCounter {
  return (config) => {
    const vocab = config.int('vocab_size', spec.vocab, RANGES.vocab);
    const hidden = config.int('hidden_size', spec.hidden, RANGES.width);
    const intermediate = config.int('intermediate_size', spec.intermediate, RANGES.width);
    const layers = config.int('num_hidden_layers', spec.layers, RANGES.layers);
    const heads = config.int('num_attention_heads', spec.heads, RANGES.heads);
    const kvSetting = config.nullableInt('num_key_value_heads', RANGES.heads);
    const kvHeads = (kvSetting === undefined ? spec.kvHeads : kvSetting) ?? heads;
    const headDim =
      config.optionalInt('head_dim', RANGES.width) ??
      spec.headDim ??
      headSize(hidden, heads, { hidden: 'hidden_size', heads: 'num_attention_heads' });
    const positions = config.int('max_position_embeddings', spec.positions, RANGES.positions);
    const tied = config.bool('tie_word_embeddings', spec.tied);
    const flagBias = spec.attentionBias === 'flag' && config.bool('attention_bias', false);
    const bias = { qkv: flagBias || spec.attentionBias === 'qkv', output: flagBias };
    const mlpBias = spec.mlpBiasFlag && config.bool('mlp_bias', false);
    const window = slidingWindow(config, spec);

    const attentionNode = leaf('attention', LABEL.selfAttention, attention(hidden, heads * headDim, kvHeads * headDim, bias));
    const norms = leaf('norms', LABEL.norms, 2 * rmsNorm(hidden));
    const expert = gatedMlp(hidden, intermediate, mlpBias);
    const embeddings = table('embeddings', LABEL.tokenEmbeddings, vocab * hidden);
    const finalNorm = leaf('finalNorm', LABEL.finalNorm, rmsNorm(hidden));
    const head = outputHead(vocab, hidden, tied);
    const outside = [embeddings, finalNorm, head];

    const linearModules: LinearModule[] = [
      { name: 'q_proj', inputs: hidden, outputs: heads * headDim, bias: bias.qkv, count: layers },
      { name: 'k_proj', inputs: hidden, outputs: kvHeads * headDim, bias: bias.qkv, count: layers },
      { name: 'v_proj', inputs: hidden, outputs: kvHeads * headDim, bias: bias.qkv, count: layers },
      { name: 'o_proj', inputs: heads * headDim, outputs: hidden, bias: bias.output, count: layers },
    ];
    let layerChildren: BreakdownNode[];
    let activeParameters: number | undefined;
    let moeShape: { experts: number; expertsPerToken: number } | undefined;
    if (spec.moe === undefined) {
      layerChildren = [attentionNode, leaf('feedForward', LABEL.gatedFeedForward, expert), norms];
      linearModules.push(
        { name: 'gate_proj', inputs: hidden, outputs: intermediate, bias: mlpBias, count: layers },
        { name: 'up_proj', inputs: hidden, outputs: intermediate, bias: mlpBias, count: layers },
        { name: 'down_proj', inputs: intermediate, outputs: hidden, bias: mlpBias, count: layers },
      );
    } else {
      const experts = config.int(['num_local_experts', 'num_experts'], spec.moe.experts, RANGES.experts);
      const perToken = config.int('num_experts_per_tok', spec.moe.perToken, RANGES.experts);
      if (perToken > experts) {
        fail('out-of-range', 'num_experts_per_tok', {
          en: `"num_experts_per_tok" (${perToken}) cannot exceed the number of experts (${experts}).`,
          ko: `"num_experts_per_tok"(${perToken})는 전문가 수(${experts})보다 클 수 없습니다.`,
        });
      }
      const router = leaf('router', LABEL.router, linear(hidden, experts, false));
      layerChildren = [
        attentionNode,
        group('experts', expertsLabel(experts), [leaf('expert', LABEL.expert, expert)], experts),
        router,
        norms,
      ];
      // A token passes through attention, the router and its top-k experts in every layer.
      activeParameters = layers * (attentionNode.parameters + router.parameters + perToken * expert + norms.parameters) + sum(outside);
      moeShape = { experts, expertsPerToken: perToken };
      // Mixtral's expert Linears as checkpoints and PEFT name them: w1 (gate), w3 (up), w2 (down).
      const instances = layers * experts;
      linearModules.push(
        { name: 'gate', inputs: hidden, outputs: experts, bias: false, count: layers },
        { name: 'w1', inputs: hidden, outputs: intermediate, bias: false, count: instances, expert: true },
        { name: 'w3', inputs: hidden, outputs: intermediate, bias: false, count: instances, expert: true },
        { name: 'w2', inputs: intermediate, outputs: hidden, bias: false, count: instances, expert: true },
      );
    }
    if (!tied) linearModules.push({ name: 'lm_head', inputs: hidden, outputs: vocab, bias: false, count: 1 });

    return {
      displayName: spec.displayName,
      architecture: 'decoder-only',
      countedAs: spec.countedAs,
      breakdown: [embeddings, group('layers', layersLabel(layers), layerChildren, layers), finalNorm, head],
      shape: {
        layers,
        hidden,
        heads,
        kvHeads,
        headDim,
        intermediate,
        vocab,
        contextLength: positions,
        ...(window === undefined ? {} : { slidingWindow: window }),
        ...moeShape,
        kvCache: [
          window === undefined
            ? { layers, kind: 'full', valuesPerToken: 2 * kvHeads * headDim }
            : { layers, kind: 'sliding', valuesPerToken: 2 * kvHeads * headDim, window },
        ],
        linearModules,
      },
      ...(activeParameters === undefined ? {} : { activeParameters }),
      warnings: kvGroupingWarnings(heads, kvHeads),
    };
  };
}

export const llama = llamaLike({
  displayName: 'Llama',
  countedAs: 'LlamaForCausalLM',
  vocab: 32000,
  hidden: 4096,
  intermediate: 11008,
  layers: 32,
  heads: 32,
  positions: 2048,
  tied: false,
  attentionBias: 'flag',
  mlpBiasFlag: true,
});

export const mistral = llamaLike({
  displayName: 'Mistral',
  countedAs: 'MistralForCausalLM',
  vocab: 32000,
  hidden: 4096,
  intermediate: 14336,
  layers: 32,
  heads: 32,
  kvHeads: 8,
  positions: 4096 * 32,
  tied: false,
  attentionBias: 'none',
  mlpBiasFlag: false,
  window: { default: 4096, gated: false },
});

export const mixtral = llamaLike({
  displayName: 'Mixtral (sparse mixture of experts)',
  countedAs: 'MixtralForCausalLM',
  vocab: 32000,
  hidden: 4096,
  intermediate: 14336,
  layers: 32,
  heads: 32,
  kvHeads: 8,
  positions: 4096 * 32,
  tied: false,
  attentionBias: 'none',
  mlpBiasFlag: false,
  window: { default: null, gated: false },
  moe: { experts: 8, perToken: 2 },
});

export const qwen2 = llamaLike({
  displayName: 'Qwen2',
  countedAs: 'Qwen2ForCausalLM',
  vocab: 151936,
  hidden: 4096,
  intermediate: 22016,
  layers: 32,
  heads: 32,
  kvHeads: 32,
  positions: 32768,
  tied: false,
  attentionBias: 'qkv',
  mlpBiasFlag: false,
  window: { default: 4096, gated: true },
});

export const gemma = llamaLike({
  displayName: 'Gemma',
  countedAs: 'GemmaForCausalLM',
  vocab: 256000,
  hidden: 3072,
  intermediate: 24576,
  layers: 28,
  heads: 16,
  kvHeads: 16,
  headDim: 256,
  positions: 8192,
  tied: true,
  attentionBias: 'flag',
  mlpBiasFlag: false,
});
