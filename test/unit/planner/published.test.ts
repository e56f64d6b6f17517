/**
 * The planner against published measurements and statements. Each check names its source and the tolerance
 * the published figure's own rounding allows; the figure itself was read in the cited paper or file.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  GIB,
  acceleratorById,
  activationMemory,
  kvBytesPerSequence,
  kvBytesPerToken,
  loraTrainable,
  modelStates,
  parseWeightFormat,
  planFor,
  weightMemory,
  type PlanSettings,
} from '../../../src/core/planner';
import { DEEPSEEK_V2_CACHE, GPT3, LLAMA_31, LLAMA_3_8B, LLAMA_65B, MT_NLG, OPT_13B, knownModel, modelFromConfig } from './fixtures';

/** |ours / published − 1| ≤ tolerance. */
function within(ours: number, published: number, tolerance: number, what: string): void {
  const difference = ours / published - 1;
  assert.ok(Math.abs(difference) <= tolerance, `${what}: ours ${ours}, published ${published}, difference ${(difference * 100).toFixed(2)}% > ${tolerance * 100}%`);
}

const KiB = 1024;

describe('KV cache per token, against published figures', () => {
  test('Llama-2-7B (MHA, 32 heads of 128, 32 layers): 512 KiB per token in 16 bits (exact)', () => {
    const model = knownModel('meta-llama/Llama-2-7b-hf');
    assert.equal(kvBytesPerToken(model.kvCache!, 'bf16'), 512 * KiB);
  });

  test('Llama-3-8B (GQA, 8 K/V heads): 128 KiB per token in bf16, a quarter of MHA (exact)', () => {
    const model = modelFromConfig(LLAMA_3_8B);
    assert.equal(kvBytesPerToken(model.kvCache!, 'bf16'), 128 * KiB);
  });

  test('OPT-13B: "800 KB" per token and "as much as 1.6 GB" for a 2048-token request (vLLM paper §3; 1% and 5%)', () => {
    // 2 × 5120 × 40 × 2 bytes = 819,200 B = 800 KiB; the paper's KB are binary here.
    within(kvBytesPerToken(OPT_13B.kvCache!, 'fp16'), 800 * KiB, 0.01, 'per token');
    within(kvBytesPerSequence(OPT_13B.kvCache!, 2048, 'fp16') / 1e9, 1.6, 0.05, 'per 2048-token request, GB');
  });

  test('Mistral 7B: the rolling buffer "reduces the cache memory usage by 8x" at 32k tokens (Mistral 7B §2; exact)', () => {
    const model = knownModel('mistralai/Mistral-7B-v0.1');
    const windowed = kvBytesPerSequence(model.kvCache!, 32768, 'bf16');
    const full = kvBytesPerToken(model.kvCache!, 'bf16') * 32768;
    assert.equal(full / windowed, 8);
  });

  test('DeepSeek-V2 MLA: (d_c + d_h^R)·l = 576 × 60 ≈ 34.6K elements per token (Appendix C.2), = GQA with 2.25 groups (Table 1; 0.5%)', () => {
    within(kvBytesPerToken(DEEPSEEK_V2_CACHE, 'bf16') / 2, 34.6e3, 0.005, 'elements per token');
    // Table 1: MLA's (d_c + d_h^R) = 9/2·d_h equals GQA's 2·n_g·d_h with n_g = 2.25.
    assert.equal(576 / (2 * 128), 2.25);
  });
});

describe('activation memory, against Korthikanti et al. 2022', () => {
  const s = 2048;
  test('Equation 1, no parallelism: one GPT-3 layer stores sbh·(34 + 5as/h) bytes (exact)', () => {
    const memory = activationMemory(GPT3, { batch: 1, sequence: s, recompute: 'none', fusedAttention: false });
    const h = 12288;
    const a = 96;
    assert.equal(memory.linearPerLayer + memory.scoresPerLayer, s * h * (34 + (5 * a * s) / h));
  });

  test('§5: 5as/h = 80 for GPT-3 and 64 for MT-NLG; selective recomputation saves "70% and 65%" (1 point)', () => {
    for (const [model, ratio, saving] of [
      [GPT3, 80, 0.7],
      [MT_NLG, 64, 0.65],
    ] as const) {
      const full = activationMemory(model, { batch: 1, sequence: s, recompute: 'none', fusedAttention: false });
      const selective = activationMemory(model, { batch: 1, sequence: s, recompute: 'selective', fusedAttention: false });
      assert.equal(full.scoresPerLayer / (s * model.hidden), ratio, model.label);
      const saved = 1 - selective.layers / full.layers;
      assert.ok(Math.abs(saved - saving) <= 0.01, `${model.label}: saves ${(saved * 100).toFixed(1)}%`);
    }
  });

  test('§5: full recomputation stores 2sbhL, plus the one layer being recomputed (exact)', () => {
    const memory = activationMemory(GPT3, { batch: 1, sequence: s, recompute: 'full', fusedAttention: false });
    assert.equal(memory.layers, 2 * s * 12288 * 96 + memory.linearPerLayer + memory.scoresPerLayer);
  });
});

describe('training memory, against published statements', () => {
  test('ZeRO Figure 1 (Ψ = 7.5B, K = 12, N_d = 64): 120 GB baseline, 31.4 GB P_os, 16.6 GB P_os+g, 1.9 GB P_os+g+p (0.5%, 1%)', () => {
    const model = { ...GPT3, totalParameters: 7.5e9, activeParameters: 7.5e9 };
    const states = (sharding: 'none' | 'zero1' | 'zero2' | 'zero3') => {
      const st = modelStates(model, {
        method: 'full',
        baseWeightBytes: 2 * 7.5e9,
        precision: 'mixed',
        optimizer: 'adamw',
        adapterParameters: 0,
        gpus: 64,
        sharding,
        offloadOptimizer: false,
        offloadParameters: false,
      });
      // The figure counts model states only, without the layer ZeRO-3 gathers while computing.
      return (st.weights - st.gatheredLayer + st.gradients + st.optimizer) / 1e9;
    };
    within(states('none'), 120, 0.005, 'baseline');
    within(states('zero1'), 31.4, 0.005, 'P_os');
    within(states('zero2'), 16.6, 0.005, 'P_os+g');
    within(states('zero3'), 1.9, 0.015, 'P_os+g+p');
  });

  test('QLoRA: a 65B model fine-tunes on "a single 48GB GPU"; full 16-bit fine-tuning needs "more than 780 GB" (Dettmers et al. 2023, abstract and §1)', () => {
    const model = modelFromConfig(LLAMA_65B, 'huggyllama/llama-65b');
    // Guanaco-65B's recipe (qlora.py): NF4 + double quantization, LoRA r = 64 on every Linear, batch 1 of at
    // most 16 + 512 tokens, gradient checkpointing, paged 32-bit AdamW.
    const settings: PlanSettings = {
      mode: 'training',
      gpu: 'h100',
      gpus: 1,
      batch: 1,
      context: 528,
      weights: 'nf4-dq',
      overheadGiB: 1,
      method: 'qlora',
      precision: 'bf16',
      optimizer: 'adamw',
      loraRank: 64,
      loraTargets: 'all-linear',
      recompute: 'full',
      fusedAttention: true,
      sharding: 'none',
      offloadOptimizer: false,
      offloadParameters: false,
      gradientAccumulation: 16,
      tokens: 1e9,
      mfu: 0.4,
      kvDtype: 'bf16',
      memoryUtilization: null,
    };
    const qlora = planFor(model, settings);
    assert.ok(qlora.totalBytes <= 48 * GIB, `QLoRA 65B: ${(qlora.totalBytes / GIB).toFixed(1)} GiB`);
    const full = planFor(model, { ...settings, method: 'full', precision: 'mixed', weights: 'bf16' });
    assert.ok(full.totalBytes > 780e9, `full 16-bit: ${(full.totalBytes / 1e9).toFixed(0)} GB`);
  });

  test('QLoRA §3: double quantization takes the constants from 0.5 to 0.127 bits per parameter, "approximately 3 GB" for 65B (5%)', () => {
    const model = modelFromConfig(LLAMA_65B);
    const single = weightMemory(model, parseWeightFormat('nf4')!);
    const double = weightMemory(model, parseWeightFormat('nf4-dq')!);
    assert.ok(Math.abs(double.cost.bits - 4.127) < 0.0005 && single.cost.bits === 4.5);
    within((single.bytes - double.bytes) / 1e9, 3, 0.05, 'saving, GB');
  });

  test('LoRA on Llama-2-7b-hf, r = 8 on q_proj and v_proj: "trainable params: 4,194,304 || all params: 6,742,609,920" (llama-recipes log; exact)', () => {
    const model = knownModel('meta-llama/Llama-2-7b-hf');
    const lora = loraTrainable(model.linearModules!, 8, ['q_proj', 'v_proj']);
    assert.equal(lora.parameters, 4_194_304);
    assert.equal(model.totalParameters + lora.parameters, 6_742_609_920);
  });

  test('LoRA §7.1: on GPT-3 a budget of 18M parameters is r = 8 on one weight type, r = 4 on two, r = 2 on all four (5%)', () => {
    const modules = GPT3.linearModules!;
    for (const [rank, targets] of [
      [8, ['q_proj']],
      [4, ['q_proj', 'v_proj']],
      [2, ['q_proj', 'k_proj', 'v_proj', 'o_proj']],
    ] as const) {
      within(loraTrainable(modules, rank, targets).parameters, 18e6, 0.05, `r=${rank} on ${targets.join(',')}`);
    }
  });
});

describe('compute, against published figures', () => {
  test('Mixtral 8x7B: "47B parameters, but only uses 13B active parameters during inference" (Mixtral of Experts §1; 1%)', () => {
    const model = knownModel('mistralai/Mixtral-8x7B-v0.1');
    within(model.totalParameters, 47e9, 0.01, 'total');
    within(model.activeParameters, 13e9, 0.01, 'active');
  });

  test('Llama 3 405B: 3.8 × 10²⁵ FLOPs for 15.6T tokens, 6·N·D (The Llama 3 Herd of Models §1; 1%)', () => {
    const model = modelFromConfig(LLAMA_31['405B']);
    within(6 * model.activeParameters * 15.6e12, 3.8e25, 0.01, 'training FLOPs');
  });

  test('Llama 3 Table 4: 430 TFLOPs per H100 is 43% BF16 MFU, against our dense peak (1 point)', () => {
    const peak = acceleratorById('h100')!.bf16DenseTflops!;
    assert.ok(Math.abs(430 / peak - 0.43) <= 0.01, `${((430 / peak) * 100).toFixed(1)}%`);
  });
});

describe('GGUF file sizes, against llama.cpp tools/quantize/README.md (Llama 3.1)', () => {
  // The bits per weight were measured on the 8B model; the 70B and 405B rows check that they carry over.
  test('F32 sizes 32.1, 280.9 and 1,625.1 GB; Q4_K_M 4.9, 43.1 and 249.1 GB for 8B, 70B, 405B (1%)', () => {
    const rows = [
      ['8B', 32.1, 4.9],
      ['70B', 280.9, 43.1],
      ['405B', 1625.1, 249.1],
    ] as const;
    for (const [size, fp32, q4km] of rows) {
      const model = modelFromConfig(LLAMA_31[size]);
      within(weightMemory(model, parseWeightFormat('fp32')!).bytes / 1e9, fp32, 0.01, `${size} F32`);
      within(weightMemory(model, parseWeightFormat('gguf-Q4_K_M')!).bytes / 1e9, q4km, 0.01, `${size} Q4_K_M`);
    }
  });
});
