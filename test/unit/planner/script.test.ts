/** Reading training and serving scripts: the samples, and the variations real scripts use. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { readScript, scenarioFor, type ScriptAnchor } from '../../../src/core/planner';
import { knownModel } from './fixtures';

const sample = (name: string) => readFileSync(`samples/${name}`, 'utf8');

/** 1-based line of the first occurrence of `needle` in `text`. */
function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  assert.ok(index >= 0, needle);
  return text.slice(0, index).split('\n').length;
}

function one(text: string): ScriptAnchor {
  const anchors = readScript(text);
  assert.equal(anchors.length, 1, `one anchor, got ${anchors.length}`);
  return anchors[0];
}

describe('samples/qlora_sft.py', () => {
  const text = sample('qlora_sft.py');
  const anchor = one(text);
  const scenario = scenarioFor({ anchor, model: knownModel(anchor.inputs.modelId!.ok ? anchor.inputs.modelId!.value : '') });

  test('the SFTTrainer call is the anchor; the model id is followed through model_id = "…"', () => {
    assert.equal(anchor.className, 'SFTTrainer');
    assert.equal(anchor.line + 1, lineOf(text, 'trainer = SFTTrainer('));
    assert.deepEqual(anchor.inputs.modelId, { ok: true, value: 'mistralai/Mistral-7B-v0.1', line: lineOf(text, 'model_id = ') - 1, text: 'model_id' });
  });

  test('QLoRA: NF4 with double quantization, r = 16 on seven projections, paged 8-bit AdamW, 4 × 2048 tokens, checkpointing', () => {
    const s = scenario.settings;
    assert.equal(s.mode, 'training');
    assert.equal(s.method, 'qlora');
    assert.equal(s.weights, 'nf4-dq');
    assert.equal(s.loraRank, 16);
    assert.deepEqual(s.loraTargets, ['q_proj', 'k_proj', 'v_proj', 'o_proj', 'gate_proj', 'up_proj', 'down_proj']);
    assert.equal(s.optimizer, 'adamw-8bit');
    assert.equal(s.batch, 4);
    assert.equal(s.gradientAccumulation, 4);
    assert.equal(s.context, 2048);
    assert.equal(s.recompute, 'full');
    assert.equal(s.fusedAttention, true);
    assert.equal(s.tokens, 1000 * 4 * 4 * 1 * 2048);
  });

  test('each setting says where it came from: code lines, or a named default', () => {
    const o = scenario.origins;
    assert.deepEqual(o.loraRank, { from: 'code', line: lineOf(text, '    r=16,') - 1, text: 'r=16' });
    assert.deepEqual(o.context, { from: 'code', line: lineOf(text, 'max_length = 2048') - 1, text: 'max_length=max_length' });
    assert.equal(o.optimizer?.from, 'code');
    assert.equal(o.gpus?.from, 'default');
    assert.equal(o.gpu?.from, 'default');
    assert.deepEqual(scenario.unread, []);
  });
});

describe('samples/serve_vllm.py', () => {
  const text = sample('serve_vllm.py');
  const anchor = one(text);
  const scenario = scenarioFor({ anchor, model: knownModel('mistralai/Mixtral-8x7B-v0.1') });

  test('LLM(...) is a serving anchor with its literal engine arguments', () => {
    assert.equal(anchor.kind, 'serving');
    assert.deepEqual(anchor.inputs.modelId, { ok: true, value: 'mistralai/Mixtral-8x7B-v0.1', line: lineOf(text, 'MODEL = ') - 1, text: 'model=MODEL' });
    const s = scenario.settings;
    assert.deepEqual([s.mode, s.context, s.kvDtype, s.gpus, s.memoryUtilization, s.weights], ['inference', 32768, 'fp8', 2, 0.9, 'bf16']);
    assert.deepEqual(scenario.origins.weights, { from: 'config', field: 'torch_dtype' });
  });
});

describe('samples/train_clm.py', () => {
  test('a model named through a config dict is reported as not read, with its text', () => {
    const anchor = one(sample('train_clm.py'));
    const id = anchor.inputs.modelId;
    assert.ok(id && !id.ok);
    assert.equal(id.text, 'cfg["model_name_or_path"]');
    assert.match(id.reason.en, /not a literal/);
    assert.match(id.reason.ko, /리터럴이 아니어서/);
  });
});

describe('script variations', () => {
  test('DeepSpeed inline dict (ZeRO-3 with CPU offload) and FSDP option strings', () => {
    const ds = one(`args = TrainingArguments(deepspeed={"zero_optimization": {"stage": 3, "offload_optimizer": {"device": "cpu"}}})
model = AutoModelForCausalLM.from_pretrained("meta-llama/Llama-2-7b-hf", torch_dtype="bfloat16")
Trainer(model=model, args=args)`);
    const s = scenarioFor({ anchor: ds, model: knownModel('meta-llama/Llama-2-7b-hf') }).settings;
    assert.deepEqual([s.sharding, s.offloadOptimizer, s.offloadParameters, s.precision, s.method], ['zero3', true, false, 'mixed', 'full']);
    const fsdp = one(`Trainer(model=AutoModelForCausalLM.from_pretrained("gpt2"), args=TrainingArguments(fsdp=["shard_grad_op", "auto_wrap"]))`);
    assert.equal(scenarioFor({ anchor: fsdp, model: knownModel('openai-community/gpt2') }).settings.sharding, 'zero2');
  });

  test('a DeepSpeed JSON file is read when the host found it, and named as unread when not', () => {
    const anchor = one(`Trainer(model=AutoModelForCausalLM.from_pretrained("gpt2"), args=TrainingArguments(deepspeed="ds_zero2.json"))`);
    const model = knownModel('openai-community/gpt2');
    assert.equal(scenarioFor({ anchor, model, deepspeedFile: { zero_optimization: { stage: 2 } } }).settings.sharding, 'zero2');
    const missing = scenarioFor({ anchor, model });
    assert.equal(missing.settings.sharding, 'none');
    assert.match(missing.unread[0].reason.en, /ds_zero2\.json" was not found/);
  });

  test('load_in_4bit without a BitsAndBytesConfig is FP4 without double quantization, as bitsandbytes defaults', () => {
    const anchor = one(`model = AutoModelForCausalLM.from_pretrained("mistralai/Mistral-7B-v0.1", load_in_4bit=True)
model = get_peft_model(model, LoraConfig(r=4))
trainer = Trainer(model=model)`);
    const scenario = scenarioFor({ anchor, model: knownModel('mistralai/Mistral-7B-v0.1') });
    assert.deepEqual([scenario.settings.method, scenario.settings.weights, scenario.settings.loraRank], ['qlora', 'fp4', 4]);
    assert.deepEqual(scenario.settings.loraTargets, ['q_proj', 'v_proj'], "PEFT's default for mistral");
    assert.equal(scenario.origins.loraTargets?.from, 'default');
    assert.equal(scenario.settings.batch, 8, 'TrainingArguments default');
  });

  test('SFTTrainer(model="org/name") names the model directly; SFTConfig defaults apply', () => {
    const anchor = one(`SFTTrainer(model="Qwen/Qwen2-0.5B", args=SFTConfig(output_dir="x"))`);
    assert.ok(anchor.inputs.modelId?.ok && anchor.inputs.modelId.value === 'Qwen/Qwen2-0.5B');
    const s = scenarioFor({ anchor, model: knownModel('Qwen/Qwen2-0.5B') }).settings;
    assert.deepEqual([s.context, s.recompute, s.method], [1024, 'full', 'full']);
  });

  test('values that are not literals are named with the reason, and their defaults used', () => {
    const anchor = one(`import os
batch = int(os.environ["BATCH"])
args = TrainingArguments(per_device_train_batch_size=batch, optim="galore_adamw", **extra)
Trainer(model=AutoModelForCausalLM.from_pretrained("gpt2"), args=args)`);
    const scenario = scenarioFor({ anchor, model: knownModel('openai-community/gpt2') });
    const texts = scenario.unread.map((u) => u.text).sort();
    assert.deepEqual(texts, ['extra', 'optim="galore_adamw"', 'per_device_train_batch_size=batch']);
    assert.match(scenario.unread.find((u) => u.text.startsWith('per_device'))!.reason.en, /`int\(os.environ\["BATCH"\]\)` is not a literal/);
    assert.equal(scenario.settings.batch, 8);
    assert.equal(scenario.settings.optimizer, 'adamw');
    assert.equal(scenario.origins.batch?.from, 'unread');
  });

  test('files without a trainer or LLM call, huge files and binary noise give no anchors', () => {
    assert.deepEqual(readScript('import torch\nprint(1)\n'), []);
    assert.deepEqual(readScript('x'.repeat(3 * 1024 * 1024)), []);
    assert.deepEqual(readScript('\u0000\u0001Trainer(\uFFFF'), readScript('\u0000\u0001Trainer(\uFFFF'));
    assert.doesNotThrow(() => readScript(`Trainer(${'('.repeat(10000)}`));
  });
});
