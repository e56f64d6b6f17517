/**
 * Reads a training or serving script: for each `Trainer`/`SFTTrainer`/`Seq2SeqTrainer` call and each vLLM
 * `LLM(...)` call, the literal arguments of the calls that decide its memory — the model load
 * (`from_pretrained`), `BitsAndBytesConfig`, `GPTQConfig`/`AwqConfig`, `LoraConfig`, `TrainingArguments`/
 * `SFTConfig`, `prepare_model_for_kbit_training` — following names through simple assignments in the file.
 * A value that is not a literal is reported with its text and the reason, never guessed.
 */
import { keywordArgument, lastPart, positionalArgument, readPythonModule, unpackedArguments, type PyCall, type PythonModule, type PyValue } from '../python';
import type { Bilingual } from '../estimator/types';

export type Read<T> =
  | { ok: true; value: T; /** 0-based line of the literal. */ line: number; /** The argument as written. */ text: string }
  | { ok: false; line: number; text: string; reason: Bilingual };

export type DeepSpeedSetting =
  | { kind: 'file'; path: string }
  | { kind: 'inline'; stage?: number; offloadOptimizer: boolean; offloadParameters: boolean };

export interface TrainingArgumentsReading {
  className: string;
  line: number;
  batch?: Read<number>;
  gradientAccumulation?: Read<number>;
  gradientCheckpointing?: Read<boolean>;
  bf16?: Read<boolean>;
  fp16?: Read<boolean>;
  optim?: Read<string>;
  maxLength?: Read<number>;
  deepspeed?: Read<DeepSpeedSetting>;
  fsdp?: Read<string>;
  maxSteps?: Read<number>;
}

export interface ScriptInputs {
  /** The model load call used (`…from_pretrained`), and whether several were found. */
  modelLoad?: { line: number; name: string; several: boolean };
  modelId?: Read<string>;
  dtype?: Read<string>;
  attention?: Read<string>;
  load4bit?: Read<boolean>;
  load8bit?: Read<boolean>;
  quantType?: Read<string>;
  doubleQuant?: Read<boolean>;
  grouped?: Read<{ method: 'gptq' | 'awq'; bits: number; groupSize: number | 'channel' }>;
  /** Unsloth's `FastLanguageModel.from_pretrained(max_seq_length=…)`. */
  loadMaxLength?: Read<number>;
  lora?: { line: number; r?: Read<number>; alpha?: Read<number>; targets?: Read<string[] | 'all-linear'>; dropout?: Read<number> };
  training?: TrainingArgumentsReading;
  /** `prepare_model_for_kbit_training`: enables gradient checkpointing unless told not to. */
  kbitPreparation?: { line: number; gradientCheckpointing?: Read<boolean> };
  /** `model.gradient_checkpointing_enable()`. */
  checkpointingEnabled?: { line: number };
  serving?: {
    maxModelLen?: Read<number>;
    kvCacheDtype?: Read<string>;
    tensorParallel?: Read<number>;
    memoryUtilization?: Read<number>;
    dtype?: Read<string>;
    quantization?: Read<string>;
  };
  /** `**kwargs` / `*args` passed to a call that matters: whatever they set is not read. */
  unpacked: Array<{ line: number; text: string }>;
}

export interface ScriptAnchor {
  kind: 'training' | 'serving';
  /** The trainer or `LLM` class as written in the code, without module prefix. */
  className: string;
  /** Offsets of the call. */
  start: number;
  end: number;
  line: number;
  inputs: ScriptInputs;
}

const TRAINERS = new Set(['Trainer', 'Seq2SeqTrainer', 'SFTTrainer']);
const ARGUMENT_CLASSES = new Set(['TrainingArguments', 'Seq2SeqTrainingArguments', 'SFTConfig']);
const SERVING = new Set(['LLM']);
/** `…ForCausalLM.from_pretrained`, `AutoModel…`, Unsloth's `FastLanguageModel` — not tokenizers, configs or processors. */
const MODEL_CLASS = /^(?:Auto\w*Model\w*|\w*(?:Model|ForCausalLM|LMHeadModel|ForConditionalGeneration|ForSeq2SeqLM|ForMaskedLM)\w*)$/;
const NOT_MODEL = /(?:Tokenizer|Config|Processor|FeatureExtractor|ImageProcessor)/;

/** Files the planner reads: real scripts are far smaller; anything bigger is not parsed. */
export const MAX_SCRIPT_LENGTH = 2 * 1024 * 1024;
/** A cheap test before parsing: only files that call a trainer or vLLM's LLM are read. */
export const ANCHOR_HINT = /\b(?:Trainer|SFTTrainer|Seq2SeqTrainer|LLM)\s*\(/;

function isModelLoad(call: PyCall): boolean {
  if (!call.name.endsWith('.from_pretrained')) return false;
  const receiver = lastPart(call.name.slice(0, -'.from_pretrained'.length));
  return MODEL_CLASS.test(receiver) && !NOT_MODEL.test(receiver);
}

/** `dtype` also accepts a constant such as `torch.bfloat16` (read as its name). */
type Kind = 'string' | 'number' | 'integer' | 'boolean' | 'dtype';

const KIND_TEXT: Record<Kind, Bilingual> = {
  string: { en: 'a string', ko: '문자열' },
  dtype: { en: 'a dtype (such as torch.bfloat16 or "bfloat16")', ko: 'dtype(torch.bfloat16이나 "bfloat16" 같은 값)' },
  number: { en: 'a number', ko: '숫자' },
  integer: { en: 'a whole number', ko: '정수' },
  boolean: { en: 'True or False', ko: 'True 또는 False' },
};

function shorten(text: string, max = 60): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}

class Reader {
  constructor(readonly module: PythonModule) {}

  line(value: { start: number }): number {
    return this.module.lineOf(value.start);
  }

  /** Why a value could not be read, in both languages. */
  private why(reason: 'not-literal' | 'unassigned' | 'reassigned' | 'too-deep', text: string): Bilingual {
    switch (reason) {
      case 'not-literal':
        return { en: `\`${text}\` is not a literal, so its value is not known before the script runs.`, ko: `\`${text}\`은(는) 리터럴이 아니어서 스크립트를 실행하기 전에는 값을 알 수 없습니다.` };
      case 'unassigned':
        return { en: `\`${text}\` is not assigned a literal in this file.`, ko: `\`${text}\`에 이 파일 안에서 리터럴 값이 대입되지 않았습니다.` };
      case 'reassigned':
        return { en: `\`${text}\` is assigned more than once in this file, so which value applies is not known.`, ko: `\`${text}\`이(가) 이 파일에서 여러 번 대입되어 어느 값이 쓰이는지 알 수 없습니다.` };
      case 'too-deep':
        return { en: `\`${text}\` is assigned through too many names to follow.`, ko: `\`${text}\`은(는) 너무 여러 이름을 거쳐 대입되어 따라갈 수 없습니다.` };
    }
  }

  /** A value as a literal of `kind`, following names; a text and reason when it is not one. */
  literal<T>(value: PyValue, kind: Kind, keyword?: string): Read<T> {
    const written = this.module.snippet(value);
    const text = keyword === undefined ? written : `${keyword}=${written}`;
    const resolved = this.module.resolve(value);
    if (!resolved.ok) return { ok: false, line: this.line(value), text, reason: this.why(resolved.reason, shorten(resolved.text)) };
    const found = resolved.value;
    if (found.kind === 'name' && kind === 'dtype' && /^torch\.\w+$/.test(found.name)) {
      return { ok: true, value: lastPart(found.name) as T, line: this.line(found), text };
    }
    if (found.kind === 'literal') {
      const v = found.value;
      const matches =
        ((kind === 'string' || kind === 'dtype') && typeof v === 'string') ||
        (kind === 'boolean' && typeof v === 'boolean') ||
        (kind === 'number' && typeof v === 'number') ||
        (kind === 'integer' && typeof v === 'number' && Number.isSafeInteger(v));
      if (matches) return { ok: true, value: v as T, line: this.line(found), text };
    } else {
      return { ok: false, line: this.line(value), text, reason: this.why('not-literal', this.module.snippet(found)) };
    }
    return {
      ok: false,
      line: this.line(value),
      text,
      reason: { en: `\`${written}\` is not ${KIND_TEXT[kind].en}.`, ko: `\`${written}\`은(는) ${KIND_TEXT[kind].ko}이(가) 아닙니다.` },
    };
  }

  keyword<T>(call: PyCall | undefined, keyword: string, kind: Kind): Read<T> | undefined {
    if (call === undefined) return undefined;
    const value = keywordArgument(call, keyword);
    return value === undefined ? undefined : this.literal<T>(value, kind, keyword);
  }

  /** The call a value is (or is assigned), when its class is one of `names`. */
  callOf(value: PyValue | undefined, names: ReadonlySet<string> | ((call: PyCall) => boolean)): PyCall | undefined {
    if (value === undefined) return undefined;
    const resolved = this.module.resolve(value);
    if (!resolved.ok || resolved.value.kind !== 'call') return undefined;
    const call = resolved.value.call;
    const accept = typeof names === 'function' ? names(call) : names.has(lastPart(call.name));
    return accept ? call : undefined;
  }

  callsNamed(names: ReadonlySet<string> | ((call: PyCall) => boolean)): PyCall[] {
    return this.module.calls.filter((call) => (typeof names === 'function' ? names(call) : names.has(lastPart(call.name))));
  }

  /** `target_modules`: a list of names, "all-linear", or another string (kept as a one-item list). */
  targets(call: PyCall): Read<string[] | 'all-linear'> | undefined {
    const value = keywordArgument(call, 'target_modules');
    if (value === undefined) return undefined;
    const text = `target_modules=${this.module.snippet(value)}`;
    const resolved = this.module.resolve(value);
    if (resolved.ok && resolved.value.kind === 'list') {
      const items = resolved.value.items.map((item) => this.module.resolve(item));
      if (items.every((item) => item.ok && item.value.kind === 'literal' && typeof item.value.value === 'string')) {
        const names = items.map((item) => (item.ok && item.value.kind === 'literal' ? String(item.value.value) : ''));
        return { ok: true, value: names, line: this.line(resolved.value), text };
      }
    }
    const single = this.literal<string>(value, 'string', 'target_modules');
    if (single.ok) return { ...single, value: single.value === 'all-linear' ? 'all-linear' : [single.value] };
    return { ...single, text };
  }

  deepspeed(call: PyCall): Read<DeepSpeedSetting> | undefined {
    const value = keywordArgument(call, 'deepspeed');
    if (value === undefined) return undefined;
    const resolved = this.module.resolve(value);
    const text = `deepspeed=${this.module.snippet(value)}`;
    if (resolved.ok && resolved.value.kind === 'literal' && typeof resolved.value.value === 'string') {
      return { ok: true, value: { kind: 'file', path: resolved.value.value }, line: this.line(resolved.value), text };
    }
    if (resolved.ok && resolved.value.kind === 'dict') {
      const zero = resolved.value.entries.find((e) => e.key === 'zero_optimization')?.value;
      const zeroEntries = zero?.kind === 'dict' ? zero.entries : [];
      const stage = zeroEntries.find((e) => e.key === 'stage')?.value;
      const offloaded = (key: string) => {
        const entry = zeroEntries.find((e) => e.key === key)?.value;
        const device = entry?.kind === 'dict' ? entry.entries.find((e) => e.key === 'device')?.value : undefined;
        return device?.kind === 'literal' && (device.value === 'cpu' || device.value === 'nvme');
      };
      return {
        ok: true,
        value: {
          kind: 'inline',
          ...(stage?.kind === 'literal' && typeof stage.value === 'number' ? { stage: stage.value } : {}),
          offloadOptimizer: offloaded('offload_optimizer'),
          offloadParameters: offloaded('offload_param'),
        },
        line: this.line(resolved.value),
        text,
      };
    }
    return this.literal<DeepSpeedSetting>(value, 'string', 'deepspeed');
  }

  /** `fsdp="full_shard auto_wrap"` or a list of options, joined by spaces. */
  fsdp(call: PyCall): Read<string> | undefined {
    const value = keywordArgument(call, 'fsdp');
    if (value === undefined) return undefined;
    const resolved = this.module.resolve(value);
    if (resolved.ok && resolved.value.kind === 'list') {
      const parts = resolved.value.items.filter((i): i is Extract<PyValue, { kind: 'literal' }> => i.kind === 'literal' && typeof i.value === 'string');
      if (parts.length === resolved.value.items.length) return { ok: true, value: parts.map((p) => p.value).join(' '), line: this.line(resolved.value), text: `fsdp=${this.module.snippet(value)}` };
    }
    if (resolved.ok && resolved.value.kind === 'literal' && typeof resolved.value.value === 'boolean') {
      return { ok: true, value: resolved.value.value ? 'full_shard' : '', line: this.line(resolved.value), text: `fsdp=${this.module.snippet(value)}` };
    }
    return this.literal<string>(value, 'string', 'fsdp');
  }

  unpacked(call: PyCall | undefined, into: ScriptInputs): void {
    if (call === undefined) return;
    for (const value of unpackedArguments(call)) into.unpacked.push({ line: this.line(value), text: this.module.snippet(value) });
  }
}

/** The model a trainer's `model=` argument names, following `get_peft_model(model, …)` and the like. */
function modelLoadOf(reader: Reader, value: PyValue | undefined, depth = 0): PyCall | undefined {
  if (value === undefined || depth > 4) return undefined;
  const resolved = reader.module.resolve(value);
  if (!resolved.ok || resolved.value.kind !== 'call') return undefined;
  const call = resolved.value.call;
  if (isModelLoad(call)) return call;
  return modelLoadOf(reader, positionalArgument(call, 0) ?? keywordArgument(call, 'model'), depth + 1);
}

function readModelLoad(reader: Reader, call: PyCall, inputs: ScriptInputs, several: boolean): void {
  inputs.modelLoad = { line: reader.line(call), name: call.name, several };
  const id = positionalArgument(call, 0) ?? ['pretrained_model_name_or_path', 'model_name', 'model_id'].map((k) => keywordArgument(call, k)).find(Boolean);
  if (id !== undefined) inputs.modelId = reader.literal<string>(id, 'string');
  inputs.dtype = reader.keyword<string>(call, 'torch_dtype', 'dtype') ?? reader.keyword<string>(call, 'dtype', 'dtype');
  inputs.attention = reader.keyword<string>(call, 'attn_implementation', 'string');
  inputs.load4bit = reader.keyword<boolean>(call, 'load_in_4bit', 'boolean');
  inputs.load8bit = reader.keyword<boolean>(call, 'load_in_8bit', 'boolean');
  inputs.loadMaxLength = reader.keyword<number>(call, 'max_seq_length', 'integer');
  reader.unpacked(call, inputs);
  const quantization = keywordArgument(call, 'quantization_config');
  if (quantization === undefined) return;
  const bnb = reader.callOf(quantization, new Set(['BitsAndBytesConfig']));
  if (bnb) {
    inputs.load4bit = reader.keyword<boolean>(bnb, 'load_in_4bit', 'boolean') ?? inputs.load4bit;
    inputs.load8bit = reader.keyword<boolean>(bnb, 'load_in_8bit', 'boolean') ?? inputs.load8bit;
    inputs.quantType = reader.keyword<string>(bnb, 'bnb_4bit_quant_type', 'string');
    inputs.doubleQuant = reader.keyword<boolean>(bnb, 'bnb_4bit_use_double_quant', 'boolean');
    reader.unpacked(bnb, inputs);
    return;
  }
  const grouped = reader.callOf(quantization, new Set(['GPTQConfig', 'AwqConfig']));
  if (grouped) {
    const bits = reader.keyword<number>(grouped, 'bits', 'integer');
    const group = reader.keyword<number>(grouped, 'group_size', 'integer');
    const method = lastPart(grouped.name) === 'GPTQConfig' ? 'gptq' : 'awq';
    inputs.grouped = {
      ok: true,
      value: { method, bits: bits?.ok ? bits.value : 4, groupSize: group?.ok ? (group.value === -1 ? 'channel' : group.value) : 128 },
      line: reader.line(grouped),
      text: reader.module.snippet(grouped, 80),
    };
    return;
  }
  const resolved = reader.module.resolve(quantization);
  inputs.load4bit = {
    ok: false,
    line: reader.line(quantization),
    text: `quantization_config=${reader.module.snippet(quantization)}`,
    reason: resolved.ok
      ? { en: 'This quantization config is not one the planner reads (BitsAndBytesConfig, GPTQConfig, AwqConfig).', ko: '플래너가 읽는 양자화 설정(BitsAndBytesConfig, GPTQConfig, AwqConfig)이 아닙니다.' }
      : { en: `\`${resolved.text}\` is not a config call the planner can follow.`, ko: `\`${resolved.text}\`은(는) 플래너가 따라갈 수 있는 설정 호출이 아닙니다.` },
  };
}

function readTrainingArguments(reader: Reader, call: PyCall, inputs: ScriptInputs): TrainingArgumentsReading {
  reader.unpacked(call, inputs);
  const training: TrainingArgumentsReading = { className: lastPart(call.name), line: reader.line(call) };
  const set = <K extends keyof TrainingArgumentsReading>(key: K, value: TrainingArgumentsReading[K] | undefined) => {
    if (value !== undefined) training[key] = value;
  };
  set('batch', reader.keyword<number>(call, 'per_device_train_batch_size', 'integer'));
  set('gradientAccumulation', reader.keyword<number>(call, 'gradient_accumulation_steps', 'integer'));
  set('gradientCheckpointing', reader.keyword<boolean>(call, 'gradient_checkpointing', 'boolean'));
  set('bf16', reader.keyword<boolean>(call, 'bf16', 'boolean'));
  set('fp16', reader.keyword<boolean>(call, 'fp16', 'boolean'));
  set('optim', reader.keyword<string>(call, 'optim', 'string'));
  set('maxLength', reader.keyword<number>(call, 'max_length', 'integer') ?? reader.keyword<number>(call, 'max_seq_length', 'integer'));
  set('deepspeed', reader.deepspeed(call));
  set('fsdp', reader.fsdp(call));
  set('maxSteps', reader.keyword<number>(call, 'max_steps', 'integer'));
  return training;
}

function readLora(reader: Reader, call: PyCall, inputs: ScriptInputs): void {
  reader.unpacked(call, inputs);
  const lora: NonNullable<ScriptInputs['lora']> = { line: reader.line(call) };
  const r = reader.keyword<number>(call, 'r', 'integer');
  if (r) lora.r = r;
  const alpha = reader.keyword<number>(call, 'lora_alpha', 'number');
  if (alpha) lora.alpha = alpha;
  const targets = reader.targets(call);
  if (targets) lora.targets = targets;
  const dropout = reader.keyword<number>(call, 'lora_dropout', 'number');
  if (dropout) lora.dropout = dropout;
  inputs.lora = lora;
}

/** The one call of a kind in the file, or the first when there are several (flagged by the caller). */
function only(calls: readonly PyCall[]): PyCall | undefined {
  return calls[0];
}

function trainingAnchor(reader: Reader, trainer: PyCall): ScriptAnchor {
  const inputs: ScriptInputs = { unpacked: [] };
  reader.unpacked(trainer, inputs);
  const loads = reader.callsNamed(isModelLoad);
  const modelArgument = keywordArgument(trainer, 'model') ?? positionalArgument(trainer, 0);
  const load = modelLoadOf(reader, modelArgument) ?? only(loads);
  if (load) readModelLoad(reader, load, inputs, loads.length > 1);
  else if (modelArgument !== undefined) inputs.modelId = reader.literal<string>(modelArgument, 'string', 'model'); // SFTTrainer(model="org/name")

  const args = reader.callOf(keywordArgument(trainer, 'args') ?? positionalArgument(trainer, 1), ARGUMENT_CLASSES) ?? only(reader.callsNamed(ARGUMENT_CLASSES));
  if (args) inputs.training = readTrainingArguments(reader, args, inputs);

  const peft = reader.callOf(keywordArgument(trainer, 'peft_config'), new Set(['LoraConfig']));
  const viaGetPeft = reader
    .callsNamed(new Set(['get_peft_model']))
    .map((call) => reader.callOf(positionalArgument(call, 1) ?? keywordArgument(call, 'peft_config'), new Set(['LoraConfig'])))
    .find(Boolean);
  const loraCall = peft ?? viaGetPeft ?? only(reader.callsNamed(new Set(['LoraConfig'])));
  if (loraCall) readLora(reader, loraCall, inputs);

  const prep = only(reader.callsNamed(new Set(['prepare_model_for_kbit_training'])));
  if (prep) {
    const checkpointing = reader.keyword<boolean>(prep, 'use_gradient_checkpointing', 'boolean');
    inputs.kbitPreparation = { line: reader.line(prep), ...(checkpointing ? { gradientCheckpointing: checkpointing } : {}) };
  }
  const enable = reader.module.calls.find((c) => lastPart(c.name) === 'gradient_checkpointing_enable');
  if (enable) inputs.checkpointingEnabled = { line: reader.line(enable) };
  return { kind: 'training', className: lastPart(trainer.name), start: trainer.start, end: trainer.end, line: reader.line(trainer), inputs };
}

function servingAnchor(reader: Reader, llm: PyCall): ScriptAnchor {
  const inputs: ScriptInputs = { unpacked: [] };
  reader.unpacked(llm, inputs);
  const model = keywordArgument(llm, 'model') ?? positionalArgument(llm, 0);
  if (model !== undefined) inputs.modelId = reader.literal<string>(model, 'string', keywordArgument(llm, 'model') ? 'model' : undefined);
  const serving: NonNullable<ScriptInputs['serving']> = {};
  const set = <K extends keyof NonNullable<ScriptInputs['serving']>>(key: K, value: NonNullable<ScriptInputs['serving']>[K] | undefined) => {
    if (value !== undefined) serving[key] = value;
  };
  set('maxModelLen', reader.keyword<number>(llm, 'max_model_len', 'integer'));
  set('kvCacheDtype', reader.keyword<string>(llm, 'kv_cache_dtype', 'string'));
  set('tensorParallel', reader.keyword<number>(llm, 'tensor_parallel_size', 'integer'));
  set('memoryUtilization', reader.keyword<number>(llm, 'gpu_memory_utilization', 'number'));
  set('dtype', reader.keyword<string>(llm, 'dtype', 'dtype'));
  set('quantization', reader.keyword<string>(llm, 'quantization', 'string'));
  inputs.serving = serving;
  return { kind: 'serving', className: lastPart(llm.name), start: llm.start, end: llm.end, line: reader.line(llm), inputs };
}

/** Every trainer and `LLM(...)` call of a script, with what the code says about it. */
export function readScript(text: string): ScriptAnchor[] {
  if (typeof text !== 'string' || text.length > MAX_SCRIPT_LENGTH || !ANCHOR_HINT.test(text)) return [];
  const reader = new Reader(readPythonModule(text));
  const anchors: ScriptAnchor[] = [];
  for (const call of reader.module.calls) {
    const name = lastPart(call.name);
    if (TRAINERS.has(name)) anchors.push(trainingAnchor(reader, call));
    else if (SERVING.has(name) && (call.name === 'LLM' || call.name === 'vllm.LLM')) anchors.push(servingAnchor(reader, call));
  }
  return anchors;
}
