/** Each planner formula against a value computed here independently, by hand from the model's dimensions. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  GIB,
  activationMemory,
  decodeTokensPerSecondBound,
  forwardFlopsPerToken,
  formatCost,
  kvBytesPerSequence,
  kvBytesPerValue,
  kvGroupsPerGpu,
  largestBatch,
  longestContext,
  loraTrainable,
  modelStates,
  parseWeightFormat,
  trainingFlopsPerToken,
  trainingSeconds,
  weightFormatId,
  weightMemory,
  type ModelStateInputs,
} from '../../../src/core/planner';
import type { KvCacheGroup } from '../../../src/core/estimator';
import { knownModel, withoutLinearModules } from './fixtures';

const mistral = knownModel('mistralai/Mistral-7B-v0.1');
const llama2 = knownModel('meta-llama/Llama-2-7b-hf');
const mixtral = knownModel('mistralai/Mixtral-8x7B-v0.1');
const gpt2 = knownModel('openai-community/gpt2');

describe('weight formats', () => {
  test('bits per weight: bitsandbytes, GPTQ/AWQ groups, GGML tensor types and GGUF file types', () => {
    const bits = (id: string) => formatCost(parseWeightFormat(id)!, 4096).bits;
    assert.equal(bits('nf4'), 4.5);
    assert.equal(bits('fp4-dq'), 4 + 8 / 64 + 32 / (64 * 256));
    assert.equal(bits('gptq-4-g128'), 4 + 20 / 128);
    assert.equal(bits('awq-4-g32'), 4 + 20 / 32);
    assert.equal(bits('gptq-8-gchannel'), 8 + 24 / 4096);
    assert.equal(bits('gguf-Q4_K'), (8 * 144) / 256);
    assert.equal(bits('gguf-Q5_K'), (8 * 176) / 256);
    assert.equal(bits('gguf-Q6_K'), 6.5633, 'Q6_K is also a file type: its measured mix wins');
    assert.equal(bits('gguf-Q4_K_M'), 4.8944);
    assert.ok(formatCost(parseWeightFormat('gguf-Q4_K_M')!, 4096).measured);
    assert.equal(bits('bf16'), 16);
  });

  test('ids parse and print back; anything else is refused', () => {
    for (const id of ['fp32', 'bf16', 'fp16', 'fp8', 'int8', 'nf4', 'nf4-dq', 'fp4', 'gptq-4-g128', 'awq-4-g64', 'gptq-3-gchannel', 'gguf-Q8_0', 'gguf-IQ2_XS']) {
      assert.equal(weightFormatId(parseWeightFormat(id)!), id);
    }
    for (const bad of ['', 'int4', 'gptq-5-g128', 'gptq-4-g100', 'gguf-Q9_X', 'gguf-', 'NF4', 'bf16 ']) assert.equal(parseWeightFormat(bad), undefined, bad);
  });

  test('NF4 with double quantization on Mistral-7B: the Linear layers at 4.127 bits, the rest in 16 bits', () => {
    const [h, kv, i, L, v] = [4096, 8 * 128, 14336, 32, 32000];
    const linear = L * (h * h + 2 * h * kv + h * h + 3 * h * i);
    const rest = mistral.totalParameters - linear; // embeddings, norms, untied head
    assert.equal(rest, 2 * v * h + (2 * L + 1) * h);
    const memory = weightMemory(mistral, parseWeightFormat('nf4-dq')!);
    assert.equal(memory.converted, linear);
    assert.ok(Math.abs(memory.bytes - ((linear * (4 + 8 / 64 + 32 / (64 * 256))) / 8 + 2 * rest)) < 1);
    assert.ok(memory.exact);
  });

  test('a family without its Linear modules is approximated, and says so', () => {
    const memory = weightMemory(withoutLinearModules(gpt2), parseWeightFormat('nf4')!);
    assert.equal(memory.exact, false);
    assert.equal(memory.converted, gpt2.totalParameters - gpt2.embeddingParameters);
  });

  test('float formats cover every parameter, every expert included (Mixtral in bf16: 2 bytes × 46.7B)', () => {
    assert.equal(weightMemory(mixtral, parseWeightFormat('bf16')!).bytes, 2 * mixtral.totalParameters);
  });
});

describe('KV cache', () => {
  const hybrid: KvCacheGroup[] = [
    { layers: 5, kind: 'sliding', valuesPerToken: 2 * 4 * 256, window: 1024 },
    { layers: 1, kind: 'full', valuesPerToken: 2 * 4 * 256 },
    { layers: 2, kind: 'none', valuesPerToken: 0, stateValues: 1000 },
  ];

  test('sliding layers cap at their window, full layers grow, stateless layers keep only their state', () => {
    const context = 32768;
    const expected = (5 * 2048 * 1024 + 1 * 2048 * context) * 2 + 2 * 1000 * 2;
    assert.equal(kvBytesPerSequence(hybrid, context, 'bf16'), expected);
    assert.equal(kvBytesPerSequence(hybrid, 512, 'bf16'), 6 * 2048 * 512 * 2 + 2 * 1000 * 2);
  });

  test('cache dtypes: fp16 2 bytes, fp8 1, llama.cpp q8_0 34 bytes and q4_0 18 bytes per 32 values', () => {
    assert.deepEqual(
      (['fp32', 'bf16', 'fp16', 'fp8', 'q8_0', 'q4_0'] as const).map(kvBytesPerValue),
      [4, 2, 2, 1, 34 / 32, 18 / 32],
    );
  });

  test('tensor parallelism splits K/V heads, keeps at least one head per GPU, and replicates an MLA latent', () => {
    const groups = mistral.kvCache!; // 8 K/V heads
    const one = kvBytesPerSequence(groups, 4096, 'bf16');
    assert.equal(kvBytesPerSequence(kvGroupsPerGpu(groups, 8, 2), 4096, 'bf16'), one / 2);
    assert.equal(kvBytesPerSequence(kvGroupsPerGpu(groups, 8, 16), 4096, 'bf16'), one / 8);
    const latent: KvCacheGroup[] = [{ layers: 60, kind: 'latent', valuesPerToken: 576 }];
    assert.deepEqual(kvGroupsPerGpu(latent, 1, 8), latent);
  });

  test('the longest context and the largest batch are the exact limits', () => {
    const groups = llama2.kvCache!;
    const budget = 20 * GIB;
    const longest = longestContext(groups, 'bf16', 3, budget)!;
    assert.ok(3 * kvBytesPerSequence(groups, longest, 'bf16') <= budget);
    assert.ok(3 * kvBytesPerSequence(groups, longest + 1, 'bf16') > budget);
    const most = largestBatch(groups, 'bf16', 4096, budget);
    assert.equal(most, Math.floor(budget / (4096 * 512 * 1024)));
    assert.equal(longestContext(mistral.kvCache!, 'bf16', 1, 10 * GIB), Infinity, 'a sliding-only cache stops growing');
    assert.equal(longestContext(groups, 'bf16', 1, 100), undefined, 'not one token fits');
  });
});

describe('activations', () => {
  test("Llama-2-7B: Korthikanti's accounting with the gated MLP, by hand", () => {
    const [s, b, h, a, i, L, v] = [4096, 2, 4096, 32, 11008, 32, 32000];
    const perToken = 3 * h + 4 * h + 4 * h + (3 * h + 8 * i) + 4 * h; // attention, gated MLP, norms
    const eager = activationMemory(llama2, { batch: b, sequence: s, recompute: 'none', fusedAttention: false });
    assert.equal(eager.linearPerLayer, s * b * perToken);
    assert.equal(eager.scoresPerLayer, 5 * a * s * s * b);
    assert.equal(eager.output, s * b * h * 5 + 4 * s * b * v);
    assert.equal(eager.total, L * (s * b * perToken + 5 * a * s * s * b) + eager.output);
    const fused = activationMemory(llama2, { batch: b, sequence: s, recompute: 'none', fusedAttention: true });
    assert.equal(fused.scoresPerLayer, 0);
  });

  test('GQA narrows K and V: Mistral stores 2 × 2·(h − kv) fewer bytes per token per layer than MHA would', () => {
    const mha = { ...mistral, kvHeads: mistral.heads };
    const perLayer = (m: typeof mistral) => activationMemory(m, { batch: 1, sequence: 1, recompute: 'selective', fusedAttention: true }).linearPerLayer;
    assert.equal(perLayer(mha) - perLayer(mistral), 2 * 2 * (4096 - 1024));
  });

  test('a mixture of experts stores the MLP activations of each of its top-k experts', () => {
    const dense = { ...mixtral, expertsPerToken: 1 };
    const perLayer = (m: typeof mixtral) => activationMemory(m, { batch: 1, sequence: 1, recompute: 'selective', fusedAttention: true }).linearPerLayer;
    assert.equal(perLayer(mixtral) - perLayer(dense), 3 * 4096 + 8 * 14336);
  });

  test('activations scale linearly with the batch under every recomputation setting', () => {
    for (const recompute of ['none', 'selective', 'full'] as const) {
      const one = activationMemory(llama2, { batch: 1, sequence: 1024, recompute, fusedAttention: false }).total;
      const five = activationMemory(llama2, { batch: 5, sequence: 1024, recompute, fusedAttention: false }).total;
      assert.equal(five, 5 * one, recompute);
    }
  });
});

describe('model states', () => {
  const base: ModelStateInputs = {
    method: 'full',
    baseWeightBytes: 2 * llama2.totalParameters,
    precision: 'mixed',
    optimizer: 'adamw',
    adapterParameters: 0,
    gpus: 1,
    sharding: 'none',
    offloadOptimizer: false,
    offloadParameters: false,
  };
  const P = llama2.totalParameters;
  const total = (input: ModelStateInputs) => {
    const st = modelStates(llama2, input);
    return st.weights + st.adapters + st.gradients + st.optimizer;
  };

  test('full fine-tuning: 16 bytes/param mixed, 8 pure bf16, 16 in fp32; 8-bit Adam 2 + 2 + 4 + 2', () => {
    assert.equal(total(base), 16 * P);
    assert.equal(total({ ...base, precision: 'bf16' }), 8 * P);
    assert.equal(total({ ...base, precision: 'fp32', baseWeightBytes: 4 * P }), 16 * P);
    assert.equal(total({ ...base, optimizer: 'adamw-8bit' }), 10 * P);
    assert.equal(total({ ...base, optimizer: 'sgd' }), 8 * P);
    assert.equal(total({ ...base, optimizer: 'adafactor', precision: 'bf16' }), 4 * P);
  });

  test('LoRA: frozen base, and 4 + 4 + 8 bytes per fp32 adapter parameter with AdamW', () => {
    const A = 1_000_000;
    const st = modelStates(llama2, { ...base, method: 'lora', adapterParameters: A });
    assert.deepEqual([st.weights, st.adapters, st.gradients, st.optimizer], [2 * P, 4 * A, 4 * A, 8 * A]);
  });

  test('ZeRO stages divide what they shard by N and replicate the rest; offloading leaves the GPU', () => {
    const n = 8;
    const at = (sharding: ModelStateInputs['sharding']) => modelStates(llama2, { ...base, gpus: n, sharding });
    assert.equal(at('zero1').optimizer, (12 * P) / n);
    assert.equal(at('zero1').gradients, 2 * P);
    assert.equal(at('zero2').gradients, (2 * P) / n);
    assert.equal(at('zero2').weights, 2 * P);
    const z3 = at('zero3');
    assert.equal(z3.weights - z3.gatheredLayer, (2 * P) / n);
    assert.equal(z3.gatheredLayer, (2 * (P - llama2.embeddingParameters)) / llama2.layers);
    assert.equal(modelStates(llama2, { ...base, gpus: n, sharding: 'zero2', offloadOptimizer: true }).optimizer, 0);
    assert.deepEqual(modelStates(llama2, { ...base, gpus: n }), modelStates(llama2, base), 'plain data parallelism: the same per GPU');
  });

  test('LoRA targets: names, all-linear (no output head), dotted paths, and names that match nothing', () => {
    const modules = llama2.linearModules!;
    const perLayer = (r: number, ...dims: Array<[number, number]>) => 32 * dims.reduce((t, [i, o]) => t + r * (i + o), 0);
    assert.equal(loraTrainable(modules, 16, 'all-linear').parameters, perLayer(16, [4096, 4096], [4096, 4096], [4096, 4096], [4096, 4096], [4096, 11008], [4096, 11008], [11008, 4096]));
    assert.equal(loraTrainable(modules, 8, ['self_attn.q_proj']).parameters, perLayer(8, [4096, 4096]));
    assert.equal(loraTrainable(modules, 8, ['.*\\.(q_proj|v_proj)']).parameters, perLayer(8, [4096, 4096], [4096, 4096]));
    assert.deepEqual(loraTrainable(modules, 8, ['q_proj', 'c_attn']).unmatched, ['c_attn']);
  });
});

describe('compute and time', () => {
  test("Kaplan's forward FLOPs: 2N + 2·n_layer·n_ctx·d_attn (GPT-2 at 1024 tokens)", () => {
    assert.equal(forwardFlopsPerToken(gpt2, 1024), 2 * 124_439_808 + 2 * 12 * 1024 * 768);
  });

  test('a mixture of experts computes with its active parameters (Mixtral: 12.9B of 46.7B)', () => {
    assert.equal(forwardFlopsPerToken(mixtral, 1), 2 * mixtral.activeParameters + 2 * 32 * 4096);
    assert.ok(mixtral.activeParameters < 0.3 * mixtral.totalParameters);
  });

  test('training is 3× forward, LoRA 2×; time = FLOPs / (GPUs · peak · MFU)', () => {
    const forward = forwardFlopsPerToken(llama2, 4096);
    assert.equal(trainingFlopsPerToken(llama2, 4096, 'full'), 3 * forward);
    assert.equal(trainingFlopsPerToken(llama2, 4096, 'qlora'), 2 * forward);
    assert.equal(trainingSeconds(1e21, 8, 1000, 0.5), 1e21 / (8 * 1000e12 * 0.5));
  });

  test('decode bound: bandwidth over bytes read per token, times tensor-parallel GPUs', () => {
    assert.equal(decodeTokensPerSecondBound(14e9, 2000, 1), 2000e9 / 14e9);
    assert.equal(decodeTokensPerSecondBound(14e9, 2000, 4), (4 * 2000e9) / 14e9);
  });
});
