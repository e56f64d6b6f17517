/**
 * DeepSeek-V2 and DeepSeek-V3 (`DeepseekV2ForCausalLM`, `DeepseekV3ForCausalLM`; Kimi K2 and other
 * V3-shaped checkpoints too), as Transformers 5.18 builds them.
 * - Multi-head latent attention (MLA): queries through a low-rank `q_a_proj` → RMSNorm → `q_b_proj` (or one
 *   `q_proj` when `q_lora_rank` is null), keys and values through `kv_a_proj_with_mqa` (the `kv_lora_rank`
 *   latent plus one shared RoPE key of `qk_rope_head_dim`) → RMSNorm → `kv_b_proj` to every head's
 *   no-RoPE key and value; `attention_bias` on the down-projections and the output. What a generating
 *   model needs to keep per token is the latent and the RoPE key (`latent` KV-cache groups).
 * - The first `first_k_dense_replace` layers have a dense gated MLP of `intermediate_size`; every later
 *   layer routes among `n_routed_experts` of `moe_intermediate_size` and adds `n_shared_experts` shared
 *   ones (one MLP of n_shared × moe_intermediate_size). Transformers 5.18 makes every layer from
 *   `first_k_dense_replace` on a MoE layer: it does not read `moe_layer_freq`.
 * - The router is a bare [experts × hidden] weight; V3's score-correction bias is a buffer, not counted.
 * - The multi-token-prediction layers of V3 checkpoints (`num_nextn_predict_layers`) are not built.
 * - V2 uses `mlp_bias` on its dense and shared MLPs; V3 has no MLP biases.
 */
import { rmsNorm } from '../blocks';
import { RANGES, type ConfigReader } from '../configReader';
import { expertsPerToken, readDecoderSizes, type DecoderDefaults } from '../decoder';
import type { FamilyCounter } from '../family';
import { LABEL, denseLayersLabel, moeLayersLabel } from '../labels';
import { gatedSpecs, linearPart, plainPart, routedExperts, type LinearSpec, type Part } from '../parts';
import type { LayerDesign, StackLayer } from '../stack';
import type { Bilingual } from '../types';
import { gatedFeedForward, llamaStyleModel, normsPart, uniformDesign } from './llamaLike';

interface DeepseekSpec {
  displayName: string;
  countedAs: string;
  defaults: DecoderDefaults & {
    moeIntermediate: number;
    routed: number;
    shared: number;
    perToken: number | undefined;
    firstDense: number;
    qLoraRank: number | null;
  };
  mlpBiasFlag: boolean;
}

interface Mla {
  qLoraRank: number | undefined;
  kvLoraRank: number;
  nope: number;
  rope: number;
  value: number;
}

function readMla(config: ConfigReader, qLoraDefault: number | null): Mla {
  const qSetting = config.nullableInt('q_lora_rank', RANGES.width);
  return {
    qLoraRank: (qSetting === undefined ? qLoraDefault : qSetting) ?? undefined,
    kvLoraRank: config.int('kv_lora_rank', 512, RANGES.width),
    nope: config.int('qk_nope_head_dim', 128, RANGES.width),
    rope: config.int('qk_rope_head_dim', 64, RANGES.width),
    value: config.int('v_head_dim', 128, RANGES.width),
  };
}

function latentAttention(hidden: number, heads: number, mla: Mla, bias: boolean): Part {
  const qHead = mla.nope + mla.rope;
  const query: LinearSpec[] =
    mla.qLoraRank === undefined
      ? [{ name: 'q_proj', inputs: hidden, outputs: heads * qHead, bias: false }]
      : [
          { name: 'q_a_proj', inputs: hidden, outputs: mla.qLoraRank, bias },
          { name: 'q_b_proj', inputs: mla.qLoraRank, outputs: heads * qHead, bias: false },
        ];
  const specs: LinearSpec[] = [
    ...query,
    { name: 'kv_a_proj_with_mqa', inputs: hidden, outputs: mla.kvLoraRank + mla.rope, bias },
    { name: 'kv_b_proj', inputs: mla.kvLoraRank, outputs: heads * (mla.nope + mla.value), bias: false },
    { name: 'o_proj', inputs: heads * mla.value, outputs: hidden, bias },
  ];
  const norms = rmsNorm(mla.kvLoraRank) + (mla.qLoraRank === undefined ? 0 : rmsNorm(mla.qLoraRank));
  return linearPart('attention', LABEL.latentAttention, specs, norms);
}

function deepseek(spec: DeepseekSpec): FamilyCounter {
  return (config) => {
    const { defaults } = spec;
    const sizes = readDecoderSizes(config, defaults);
    const mla = readMla(config, defaults.qLoraRank);
    // V2/V3 attention modules use qk_nope + qk_rope as the query/key head size, not head_dim.
    sizes.headDim = mla.nope + mla.rope;
    const experts = config.int(['n_routed_experts', 'num_local_experts', 'num_experts'], defaults.routed, RANGES.experts);
    const perToken = expertsPerToken(config, 'num_experts_per_tok', defaults.perToken, experts);
    const shared = config.int('n_shared_experts', defaults.shared, { min: 0, max: RANGES.experts.max });
    const moeInner = config.int('moe_intermediate_size', defaults.moeIntermediate, RANGES.width);
    const firstDense = config.int('first_k_dense_replace', defaults.firstDense, { min: 0, max: RANGES.layers.max });
    const mlpBias = spec.mlpBiasFlag && config.bool('mlp_bias', false);

    const attention = latentAttention(sizes.hidden, sizes.heads, mla, config.bool('attention_bias', false));
    const norms = normsPart(2 * rmsNorm(sizes.hidden));
    const moeParts = [
      attention,
      plainPart('router', LABEL.router, experts * sizes.hidden),
      routedExperts({ experts, perToken, hidden: sizes.hidden, inner: moeInner }),
      ...(shared > 0 ? [linearPart('sharedExpert', LABEL.sharedExpert, gatedSpecs(sizes.hidden, shared * moeInner, mlpBias))] : []),
      norms,
    ];
    const denseParts = [attention, gatedFeedForward(sizes.hidden, sizes.intermediate, mlpBias), norms];
    const dense: LayerDesign = firstDense >= sizes.layers ? uniformDesign(denseParts) : { key: 'denseLayers', label: denseLayersLabel, parts: denseParts };
    const moe: LayerDesign = firstDense === 0 ? uniformDesign(moeParts) : { key: 'moeLayers', label: moeLayersLabel, parts: moeParts };
    const cache = { kind: 'latent' as const, valuesPerToken: mla.kvLoraRank + mla.rope };
    const layers: StackLayer[] = Array.from({ length: sizes.layers }, (_, index) => ({ design: index < firstDense ? dense : moe, cache }));

    return llamaStyleModel({
      displayName: spec.displayName,
      countedAs: spec.countedAs,
      sizes,
      layers,
      finalNormParameters: rmsNorm(sizes.hidden),
      warnings: deepseekWarnings(config),
    });
  };
}

function deepseekWarnings(config: ConfigReader): Bilingual[] {
  const warnings: Bilingual[] = [];
  const frequency = config.optionalInt('moe_layer_freq', RANGES.layers);
  if (frequency !== undefined && frequency !== 1) {
    warnings.push({
      en: `moe_layer_freq is ${frequency}, but Transformers 5.18 makes every layer from first_k_dense_replace on a mixture-of-experts layer; the count follows Transformers.`,
      ko: `moe_layer_freq가 ${frequency}이지만 Transformers 5.18은 first_k_dense_replace 이후의 모든 레이어를 전문가 혼합 레이어로 만듭니다. 파라미터 수는 Transformers를 따랐습니다.`,
    });
  }
  const mtp = config.optionalInt('num_nextn_predict_layers', RANGES.layers);
  if (mtp !== undefined && mtp > 0) {
    warnings.push({
      en: `The checkpoint also stores ${mtp} multi-token-prediction layer${mtp === 1 ? '' : 's'} (num_nextn_predict_layers), which Transformers does not build; they are not in this count.`,
      ko: `체크포인트에는 다중 토큰 예측 레이어 ${mtp}개(num_nextn_predict_layers)가 더 들어 있지만 Transformers는 이를 만들지 않으므로 이 수에 포함하지 않았습니다.`,
    });
  }
  return warnings;
}

export const deepseekV2 = deepseek({
  displayName: 'DeepSeek-V2',
  countedAs: 'DeepseekV2ForCausalLM',
  defaults: {
    vocab: 102400,
    hidden: 4096,
    intermediate: 11008,
    layers: 32,
    heads: 32,
    headDim: 192,
    positions: 2048,
    tied: false,
    moeIntermediate: 1407,
    routed: 64,
    shared: 2,
    perToken: undefined,
    firstDense: 0,
    qLoraRank: 1536,
  },
  mlpBiasFlag: true,
});

export const deepseekV3 = deepseek({
  displayName: 'DeepSeek-V3',
  countedAs: 'DeepseekV3ForCausalLM',
  defaults: {
    vocab: 129280,
    hidden: 7168,
    intermediate: 18432,
    layers: 61,
    heads: 128,
    kvHeads: 128,
    headDim: 192,
    positions: 4096,
    tied: false,
    moeIntermediate: 2048,
    routed: 256,
    shared: 1,
    perToken: 8,
    firstDense: 3,
    qLoraRank: 1536,
  },
  mlpBiasFlag: false,
});
