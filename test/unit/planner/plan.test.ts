/** Whole plans: the parts add up, "what fits" is the real limit, and the calculators' known mistakes are avoided. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { GIB, gibText, originLines, planFor, planSummary, readScript, scenarioFor, type PlanSettings } from '../../../src/core/planner';
import { parseMessage } from '../../../src/core/protocol/common';
import { PlanSettingsView, PlannerInbound, PlannerInit, PlannerState } from '../../../src/core/protocol/planner';
import { ShowOnChartArgument } from '../../../src/core/protocol/scalingCharts';
import { readFileSync } from 'node:fs';
import { knownModel, withoutLinearModules } from './fixtures';

const llama2 = knownModel('meta-llama/Llama-2-7b-hf');
const mixtral = knownModel('mistralai/Mixtral-8x7B-v0.1');

const TRAINING: PlanSettings = {
  mode: 'training',
  gpu: 'a100-80',
  gpus: 1,
  batch: 2,
  context: 2048,
  weights: 'bf16',
  overheadGiB: 1,
  method: 'lora',
  precision: 'mixed',
  optimizer: 'adamw',
  loraRank: 16,
  loraTargets: 'all-linear',
  recompute: 'full',
  fusedAttention: true,
  sharding: 'none',
  offloadOptimizer: false,
  offloadParameters: false,
  gradientAccumulation: 1,
  tokens: 1e9,
  mfu: 0.4,
  kvDtype: 'bf16',
  memoryUtilization: null,
};

const SERVING: PlanSettings = { ...TRAINING, mode: 'inference', method: 'full', batch: 1, context: 4096, memoryUtilization: 0.9 };

describe('training plans', () => {
  test('the parts add up to the total, and the total is per GPU', () => {
    const plan = planFor(llama2, TRAINING);
    assert.equal(plan.totalBytes, plan.parts.reduce((t, p) => t + p.bytes, 0));
    assert.deepEqual(plan.parts.map((p) => p.key), ['weights', 'adapters', 'gradients', 'optimizer', 'activations', 'overhead']);
  });

  test('more GPUs without sharding change nothing per GPU: memory is never summed across GPUs', () => {
    const one = planFor(llama2, { ...TRAINING, method: 'full' });
    const eight = planFor(llama2, { ...TRAINING, method: 'full', gpus: 8 });
    assert.equal(eight.totalBytes, one.totalBytes);
    assert.ok(planFor(llama2, { ...TRAINING, method: 'full', gpus: 8, sharding: 'zero3' }).totalBytes < one.totalBytes / 4);
  });

  test('QLoRA needs less than LoRA, which needs less than full fine-tuning', () => {
    const full = planFor(llama2, { ...TRAINING, method: 'full' }).totalBytes;
    const lora = planFor(llama2, TRAINING).totalBytes;
    const qlora = planFor(llama2, { ...TRAINING, method: 'qlora', weights: 'nf4-dq' }).totalBytes;
    assert.ok(qlora < lora && lora < full, `${gibText(qlora)} < ${gibText(lora)} < ${gibText(full)}`);
  });

  test('the largest batch, the longest sequence and the fewest ZeRO-3 GPUs that fit are the exact limits', () => {
    const settings = { ...TRAINING, method: 'full' as const, recompute: 'none' as const, fusedAttention: false, gpu: 'h100', precision: 'bf16' as const, context: 512 };
    const plan = planFor(llama2, settings);
    const fits = plan.training!.fits;
    const total = (s: Partial<PlanSettings>) => planFor(llama2, { ...settings, ...s }).totalBytes;
    const budget = plan.budgetBytes;
    assert.ok(fits.maxBatch >= 1 && total({ batch: fits.maxBatch }) <= budget && total({ batch: fits.maxBatch + 1 }) > budget);
    assert.ok(total({ context: fits.maxContext }) <= budget && total({ context: fits.maxContext + 1 }) > budget);
    const big = planFor(llama2, { ...settings, precision: 'mixed', batch: 1 });
    const n = big.training!.fits.minGpusZero3!;
    assert.ok(n > 1);
    assert.ok(total({ precision: 'mixed', batch: 1, gpus: n, sharding: 'zero3' }) <= budget);
    assert.ok(total({ precision: 'mixed', batch: 1, gpus: n - 1, sharding: 'zero3' }) > budget);
  });

  test('a model without Linear modules gets no LoRA count and a warning, not a guess', () => {
    const gpt2 = withoutLinearModules(knownModel('openai-community/gpt2'));
    const plan = planFor(gpt2, { ...TRAINING, loraTargets: ['c_attn'] });
    assert.equal(plan.training!.lora, undefined);
    assert.equal(plan.parts.find((p) => p.key === 'adapters')!.bytes, 0);
    assert.match(plan.warnings[0].en, /cannot be counted exactly/);
  });

  test('a mixture of experts: memory holds every expert, compute uses the active ones', () => {
    const plan = planFor(mixtral, { ...SERVING, gpus: 2 });
    assert.equal(plan.parts[0].bytes, mixtral.totalParameters);
    assert.equal(plan.compute.forwardFlopsPerToken, 2 * mixtral.activeParameters + 2 * 32 * 4096 * 32 * 128);
  });

  test('an accelerator without a published BF16 peak gives no training time', () => {
    assert.equal(planFor(llama2, { ...TRAINING, gpu: 'm2-ultra' }).compute.trainingSeconds, null);
    assert.ok(planFor(llama2, TRAINING).compute.trainingSeconds! > 0);
  });
});

describe('serving plans', () => {
  test('vLLM: the KV pool is what the memory share leaves after weights and overhead', () => {
    const plan = planFor(llama2, SERVING);
    const pool = 0.9 * 80 * GIB - 2 * llama2.totalParameters - GIB;
    assert.equal(plan.inference!.fits.cacheBudgetBytes, pool);
    assert.equal(plan.inference!.fits.maxBatch, Math.floor(pool / (4096 * 512 * 1024)));
  });

  test('vLLM would refuse a max_model_len whose one sequence does not fit: said in a warning', () => {
    const plan = planFor(llama2, { ...SERVING, gpu: 'l4', weights: 'awq-4-g128', context: 200_000 });
    assert.match(plan.warnings.map((w) => w.en).join(' '), /vLLM would refuse to start/);
  });

  test('fp8 and q4_0 KV caches: half and 18/64 of bf16', () => {
    const bf16 = planFor(llama2, SERVING).inference!.kvBytesPerSequence;
    assert.equal(planFor(llama2, { ...SERVING, kvDtype: 'fp8' }).inference!.kvBytesPerSequence, bf16 / 2);
    assert.equal(planFor(llama2, { ...SERVING, kvDtype: 'q4_0' }).inference!.kvBytesPerSequence, (bf16 * 18) / 64);
  });
});

describe('summaries', () => {
  const text = readFileSync('samples/qlora_sft.py', 'utf8');
  const anchor = readScript(text)[0];
  const model = knownModel('mistralai/Mistral-7B-v0.1');
  const scenario = scenarioFor({ anchor, model });
  const plan = planFor(model, scenario.settings);

  test('the one-line answer lists the total and its parts, in English and Korean', () => {
    const part = (key: string) => gibText(plan.parts.find((p) => p.key === key)!.bytes);
    const adapters = gibText(['adapters', 'gradients', 'optimizer'].reduce((t, k) => t + plan.parts.find((p) => p.key === k)!.bytes, 0));
    assert.equal(
      planSummary(plan, scenario.settings, 'en'),
      `≈ ${gibText(plan.totalBytes)} GiB per GPU · weights ${part('weights')} · LoRA + 8-bit AdamW ${adapters} · activations ${part('activations')} · overhead 1.0 · fits H100 80 GB`,
    );
    assert.match(planSummary(plan, scenario.settings, 'ko'), /^GPU당 ≈ [\d.]+ GiB · 가중치 [\d.]+ · LoRA \+ 8-bit AdamW [\d.]+ · 활성값 [\d.]+ · 오버헤드 1\.0 · H100 80 GB에 들어감$/);
  });

  test('the origin lines name code lines, defaults and what was not read', () => {
    const lines = originLines(scenario.origins, scenario.unread, 'en');
    assert.match(lines[0], /^From the code: .*LoRA rank \(line \d+: r=16\)/);
    assert.match(lines.at(-1)!, /^Defaults and assumptions: .*GPU count/);
    assert.match(originLines(scenario.origins, scenario.unread, 'ko')[0], /^코드에서 읽음: .*LoRA 랭크 \(\d+행: r=16\)/);
  });
});

describe('planner protocol', () => {
  test('the settings a scenario produces are valid protocol settings; bad ones are refused', () => {
    const settings = scenarioFor({ anchor: readScript(readFileSync('samples/serve_vllm.py', 'utf8'))[0], model: mixtral }).settings;
    assert.deepEqual(parseMessage(PlanSettingsView, settings), settings);
    for (const bad of [{ batch: 0 }, { batch: 1.5 }, { weights: 'int3' }, { gpu: 'H100!' }, { context: 1e9 }, { mfu: 2 }, { loraTargets: 'q_proj' }]) {
      assert.equal(parseMessage(PlanSettingsView, { ...settings, ...bad }), undefined, JSON.stringify(bad));
    }
    assert.ok(parseMessage(PlannerState, { key: 'file:///x.py#1', settings }));
  });

  test('page messages: ready, a run for the Chinchilla chart, a line to reveal — nothing else', () => {
    assert.ok(parseMessage(PlannerInbound, { type: 'ready' }));
    assert.ok(parseMessage(PlannerInbound, { type: 'showOnChart', label: 'run', parameters: 7e9, tokens: 1e9 }));
    assert.ok(parseMessage(PlannerInbound, { type: 'revealLine', line: 12 }));
    for (const bad of [{ type: 'showOnChart', label: '', parameters: 7e9, tokens: 1 }, { type: 'showOnChart', label: 'x', parameters: -1, tokens: 1 }, { type: 'revealLine', line: -1 }, { type: 'revealLine', line: 1.5 }, { type: 'eval' }]) {
      assert.equal(parseMessage(PlannerInbound, bad), undefined, JSON.stringify(bad));
    }
    assert.equal(parseMessage(PlannerInit, { type: 'init', language: 'fr', content: { kind: 'empty' } }), undefined);
  });

  test('a planned run reaches the Scaling Charts with the Chinchilla tab; another tab name is refused', () => {
    const run = { userModel: { label: 'Mistral-7B QLoRA', parameters: 7.24e9, trainingTokens: 3.3e7 }, tab: 'chinchilla' };
    assert.deepEqual(parseMessage(ShowOnChartArgument, run), run);
    assert.equal(parseMessage(ShowOnChartArgument, { ...run, tab: 'planner' }), undefined);
  });
});
