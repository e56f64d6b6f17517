/**
 * Models for the planner tests. Configs the estimator counts are given as the Hub publishes them (only the
 * fields that decide the count); architectures it does not count yet (OPT, GPT-3, MT-NLG, DeepSeek-V2) are
 * given directly as planner models, with the dimensions their papers state.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { estimateFromConfig, findKnownConfig, type KnownConfigTable, type LinearModule } from '../../../src/core/estimator';
import { plannerModelFrom, type PlannerModel } from '../../../src/core/planner';

export const KNOWN = JSON.parse(readFileSync('src/core/estimator/known-configs.json', 'utf8')) as KnownConfigTable;

export function modelFromConfig(config: Record<string, unknown>, label = String(config.model_type)): PlannerModel {
  const result = estimateFromConfig(config);
  if (!result.ok) assert.fail(`${label}: ${result.error.message.en}`);
  return plannerModelFrom(result.estimate, config, label);
}

export function knownModel(id: string): PlannerModel {
  const known = findKnownConfig(KNOWN, id);
  assert.ok(known, `${id} is a known config`);
  return modelFromConfig(known.config as Record<string, unknown>, known.hfId);
}

/** meta-llama/Meta-Llama-3-8B config.json (GQA: 8 K/V heads for 32 query heads). */
export const LLAMA_3_8B = {
  model_type: 'llama',
  vocab_size: 128256,
  hidden_size: 4096,
  intermediate_size: 14336,
  num_hidden_layers: 32,
  num_attention_heads: 32,
  num_key_value_heads: 8,
  max_position_embeddings: 8192,
  tie_word_embeddings: false,
  torch_dtype: 'bfloat16',
};

/** meta-llama/Llama-3.1-8B, -70B and -405B config.json. */
export const LLAMA_31 = {
  '8B': { ...LLAMA_3_8B, max_position_embeddings: 131072 },
  '70B': { ...LLAMA_3_8B, hidden_size: 8192, intermediate_size: 28672, num_hidden_layers: 80, num_attention_heads: 64, max_position_embeddings: 131072 },
  '405B': { ...LLAMA_3_8B, hidden_size: 16384, intermediate_size: 53248, num_hidden_layers: 126, num_attention_heads: 128, max_position_embeddings: 131072 },
};

/** huggyllama/llama-65b config.json (LLaMA 65B, Touvron et al. 2023, Table 2: 65.2B). */
export const LLAMA_65B = {
  model_type: 'llama',
  vocab_size: 32000,
  hidden_size: 8192,
  intermediate_size: 22016,
  num_hidden_layers: 80,
  num_attention_heads: 64,
  max_position_embeddings: 2048,
  torch_dtype: 'float16',
};

function attentionModules(hidden: number, layers: number): LinearModule[] {
  return ['q_proj', 'k_proj', 'v_proj', 'o_proj'].map((name) => ({ name, inputs: hidden, outputs: hidden, bias: true, count: layers }));
}

/** A GPT-style model (MHA, 4h non-gated MLP, tied head) from its width, heads and depth. */
export function gptStyle(label: string, hidden: number, heads: number, layers: number, vocab: number): PlannerModel {
  const perLayer = 12 * hidden * hidden + 13 * hidden;
  const embeddings = vocab * hidden;
  return {
    label,
    modelType: 'gpt',
    displayName: label,
    architecture: 'decoder-only',
    supported: true,
    totalParameters: layers * perLayer + embeddings,
    activeParameters: layers * perLayer + embeddings,
    embeddingParameters: embeddings,
    layers,
    hidden,
    heads,
    kvHeads: heads,
    headDim: hidden / heads,
    intermediate: 4 * hidden,
    vocab,
    contextLength: 2048,
    gatedMlp: false,
    kvCache: [{ layers, kind: 'full', valuesPerToken: 2 * hidden }],
    linearModules: [
      ...attentionModules(hidden, layers),
      { name: 'fc1', inputs: hidden, outputs: 4 * hidden, bias: true, count: layers },
      { name: 'fc2', inputs: 4 * hidden, outputs: hidden, bias: true, count: layers },
    ],
  };
}

/** GPT-3 175B (Brown et al. 2020, Table 2.1: d_model 12288, 96 heads, 96 layers) with Korthikanti's v = 51200. */
export const GPT3 = gptStyle('GPT-3 175B', 12288, 96, 96, 51200);
/** MT-NLG 530B as Korthikanti et al. Table 3 configures it: 128 heads, hidden 20480, 105 layers. */
export const MT_NLG = gptStyle('MT-NLG 530B', 20480, 128, 105, 51200);
/** OPT-13B (Zhang et al. 2022, Table 1: 40 layers, 40 heads, d_model 5120). */
export const OPT_13B = gptStyle('OPT-13B', 5120, 40, 40, 50272);

/**
 * DeepSeek-V2's attention (DeepSeek-V2 §3.1.2: 60 layers, 128 heads of 128, kv_lora_rank d_c = 512,
 * decoupled RoPE key d_h^R = 64): every layer caches d_c + d_h^R = 576 values per token.
 */
export const DEEPSEEK_V2_CACHE = [{ layers: 60, kind: 'latent' as const, valuesPerToken: 512 + 64 }];

/** The same model as a family that does not list its Linear modules would give (the generic estimate). */
export function withoutLinearModules(model: PlannerModel): PlannerModel {
  const copy = { ...model };
  delete copy.linearModules;
  return copy;
}
