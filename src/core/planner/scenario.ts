/**
 * From what a script says to the planner's settings: every setting gets its value and where it came from —
 * the code (with its line), the model's config, or a default of the library involved (named, with the
 * library's own default) — and every value the code sets in a way that cannot be read is listed.
 */
import type { Bilingual } from '../estimator/types';
import { DEFAULT_ACCELERATOR_ID } from './accelerators';
import type { KvDtype } from './kvCache';
import type { PlannerModel } from './model';
import { weightFormatId, type WeightFormat } from './precision';
import type { Read, ScriptAnchor, ScriptInputs } from './script';
import { DEFAULT_MFU, DEFAULT_OVERHEAD_GIB, type Origin, type Origins, type PlanSettings, type SettingKey } from './settings';
import type { Optimizer, Sharding } from './training';
import type { DefaultReason } from './defaults';

export interface Unread {
  line: number;
  text: string;
  reason: Bilingual;
}

/** A fact about the setup: a library default the script relies on (by key), or a text. */
export type ScenarioNote = { key: DefaultReason } | Bilingual;

export interface Scenario {
  settings: PlanSettings;
  origins: Origins;
  /** Values the code sets but the planner cannot read (their defaults are used instead). */
  unread: Unread[];
  /** Facts about the setup worth stating beside the figures. */
  notes: ScenarioNote[];
}

/** PEFT's default `target_modules` per model type (peft/utils/constants.py), used when LoraConfig names none. */
export const PEFT_DEFAULT_TARGETS: Readonly<Record<string, readonly string[]>> = {
  llama: ['q_proj', 'v_proj'],
  mistral: ['q_proj', 'v_proj'],
  mixtral: ['q_proj', 'v_proj'],
  qwen2: ['q_proj', 'v_proj'],
  qwen3: ['q_proj', 'v_proj'],
  gemma: ['q_proj', 'v_proj'],
  gemma2: ['q_proj', 'v_proj'],
  gemma3_text: ['q_proj', 'v_proj'],
  phi: ['q_proj', 'v_proj', 'fc1', 'fc2'],
  gpt2: ['c_attn'],
  gpt_neox: ['query_key_value'],
  bert: ['query', 'value'],
  roberta: ['query', 'value'],
  electra: ['query', 'value'],
  t5: ['q', 'v'],
  bart: ['q_proj', 'v_proj'],
  opt: ['q_proj', 'v_proj'],
};

const OPTIMIZER_NAMES: Readonly<Record<string, Optimizer>> = {
  adamw_torch: 'adamw',
  adamw_torch_fused: 'adamw',
  adamw_torch_xla: 'adamw',
  adamw_torch_npu_fused: 'adamw',
  adamw_apex_fused: 'adamw',
  adamw_anyprecision: 'adamw',
  adamw_hf: 'adamw',
  paged_adamw_32bit: 'adamw',
  adamw_bnb_8bit: 'adamw-8bit',
  adamw_8bit: 'adamw-8bit',
  paged_adamw_8bit: 'adamw-8bit',
  adamw_torch_8bit: 'adamw-8bit',
  lion_32bit: 'lion',
  paged_lion_32bit: 'lion',
  lion_8bit: 'lion-8bit',
  paged_lion_8bit: 'lion-8bit',
  sgd: 'sgd',
  adafactor: 'adafactor',
};



type Float = Extract<WeightFormat, { kind: 'float' }>;

function floatFormat(dtype: string | undefined): Float | undefined {
  switch (dtype?.toLowerCase()) {
    case 'bfloat16':
    case 'bf16':
      return { kind: 'float', bits: 16, name: 'bf16' };
    case 'float16':
    case 'fp16':
    case 'half':
      return { kind: 'float', bits: 16, name: 'fp16' };
    case 'float32':
    case 'fp32':
    case 'float':
      return { kind: 'float', bits: 32, name: 'fp32' };
    default:
      return undefined;
  }
}

function checkpointFloat(model: PlannerModel): Float | undefined {
  return floatFormat(model.checkpointDtype);
}

class Builder {
  readonly origins: Origins = {};
  readonly unread: Unread[] = [];
  readonly notes: ScenarioNote[] = [];

  code(key: SettingKey, read: Read<unknown>): void {
    this.origins[key] = { from: 'code', line: read.line, text: read.text };
  }

  fallback(key: SettingKey, origin: Origin): void {
    this.origins[key] = origin;
  }

  /** A read's value, or `fallback` — listing it as unread, or noting the default — without touching an origin. */
  value<T>(read: Read<T> | undefined, fallback: T, reason: DefaultReason): T {
    if (read?.ok) return read.value;
    if (read) this.unread.push({ line: read.line, text: read.text, reason: read.reason });
    else this.notes.push({ key: reason });
    return fallback;
  }

  /** The value a read gives, or `fallback` (with its default origin, and the unread value listed). */
  take<T>(key: SettingKey, read: Read<T> | undefined, fallback: T, reason: DefaultReason): T {
    if (read?.ok) {
      this.code(key, read);
      return read.value;
    }
    if (read && !read.ok) {
      this.unread.push({ line: read.line, text: read.text, reason: read.reason });
      this.origins[key] = { from: 'unread', line: read.line, text: read.text, reason: read.reason };
    } else {
      this.origins[key] = { from: 'default', reason };
    }
    return fallback;
  }
}

function baseSettings(): PlanSettings {
  return {
    mode: 'training',
    gpu: DEFAULT_ACCELERATOR_ID,
    gpus: 1,
    batch: 1,
    context: 1024,
    weights: 'bf16',
    overheadGiB: DEFAULT_OVERHEAD_GIB,
    method: 'full',
    precision: 'mixed',
    optimizer: 'adamw',
    loraRank: 8,
    loraTargets: ['q_proj', 'v_proj'],
    recompute: 'none',
    fusedAttention: true,
    sharding: 'none',
    offloadOptimizer: false,
    offloadParameters: false,
    gradientAccumulation: 1,
    tokens: 1,
    mfu: DEFAULT_MFU,
    kvDtype: 'bf16',
    memoryUtilization: null,
  };
}

/** The base weights' storage: a quantizer in the code, a pre-quantized checkpoint, or a float dtype. */
function trainingWeights(b: Builder, inputs: ScriptInputs, model: PlannerModel): { format: WeightFormat; quantized4bit: boolean } {
  if (inputs.load4bit?.ok && inputs.load4bit.value) {
    b.code('weights', inputs.load4bit);
    const type = b.value(inputs.quantType, 'fp4', 'quantType');
    const doubleQuant = b.value(inputs.doubleQuant, false, 'doubleQuant');
    return { format: { kind: 'bnb4', type: type === 'nf4' ? 'nf4' : 'fp4', doubleQuant }, quantized4bit: true };
  }
  if (inputs.load4bit && !inputs.load4bit.ok) b.unread.push({ line: inputs.load4bit.line, text: inputs.load4bit.text, reason: inputs.load4bit.reason });
  if (inputs.load8bit?.ok && inputs.load8bit.value) {
    b.code('weights', inputs.load8bit);
    return { format: { kind: 'int8' }, quantized4bit: false };
  }
  if (inputs.grouped?.ok) {
    b.code('weights', inputs.grouped);
    return { format: { kind: 'grouped', ...inputs.grouped.value }, quantized4bit: inputs.grouped.value.bits === 4 };
  }
  const q = model.checkpointQuantization;
  if (q && (q.method === 'gptq' || q.method === 'awq')) {
    b.fallback('weights', { from: 'config', field: 'quantization_config' });
    return { format: { kind: 'grouped', method: q.method, bits: q.bits ?? 4, groupSize: q.groupSize === -1 ? 'channel' : (q.groupSize ?? 128) }, quantized4bit: (q.bits ?? 4) === 4 };
  }
  const written = inputs.dtype?.ok ? inputs.dtype.value : undefined;
  const fromCode = written !== undefined && written !== 'auto' ? floatFormat(written) : undefined;
  if (fromCode && inputs.dtype?.ok) {
    b.code('weights', inputs.dtype);
    return { format: fromCode, quantized4bit: false };
  }
  if (inputs.dtype && !inputs.dtype.ok) b.unread.push({ line: inputs.dtype.line, text: inputs.dtype.text, reason: inputs.dtype.reason });
  const fromConfig = checkpointFloat(model);
  if (fromConfig) {
    b.fallback('weights', written === 'auto' && inputs.dtype?.ok ? { from: 'code', line: inputs.dtype.line, text: inputs.dtype.text } : { from: 'config', field: 'torch_dtype' });
    if (written !== 'auto') b.notes.push({ key: 'dtypeFromConfig' });
    return { format: fromConfig, quantized4bit: false };
  }
  b.fallback('weights', { from: 'default', reason: 'dtypeAssumed' });
  return { format: { kind: 'float', bits: 16, name: 'bf16' }, quantized4bit: false };
}

function shardingFrom(b: Builder, inputs: ScriptInputs, deepspeedFile: unknown, settings: PlanSettings): void {
  const ds = inputs.training?.deepspeed;
  const fsdp = inputs.training?.fsdp;
  if (ds?.ok) {
    const inline = ds.value.kind === 'inline' ? ds.value : deepSpeedFromJson(deepspeedFile);
    if (inline === undefined) {
      const reason: Bilingual = { en: `The DeepSpeed config "${ds.value.kind === 'file' ? ds.value.path : ''}" was not found in the workspace, so its ZeRO stage is unknown.`, ko: `DeepSpeed 설정 "${ds.value.kind === 'file' ? ds.value.path : ''}"을(를) 작업 영역에서 찾지 못해 ZeRO 단계를 알 수 없습니다.` };
      b.unread.push({ line: ds.line, text: ds.text, reason });
      b.fallback('sharding', { from: 'unread', line: ds.line, text: ds.text, reason });
      return;
    }
    const stage = inline.stage ?? 0;
    settings.sharding = stage >= 3 ? 'zero3' : stage === 2 ? 'zero2' : stage === 1 ? 'zero1' : 'none';
    settings.offloadOptimizer = inline.offloadOptimizer;
    settings.offloadParameters = inline.offloadParameters;
    b.code('sharding', ds);
    return;
  }
  if (ds && !ds.ok) b.unread.push({ line: ds.line, text: ds.text, reason: ds.reason });
  if (fsdp?.ok && fsdp.value.trim() !== '') {
    const options = fsdp.value.toLowerCase();
    const mode: Sharding = options.includes('shard_grad_op') ? 'zero2' : options.includes('no_shard') ? 'none' : 'zero3';
    settings.sharding = mode;
    settings.offloadOptimizer = settings.offloadParameters = options.includes('offload');
    b.code('sharding', fsdp);
    return;
  }
  if (fsdp && !fsdp.ok) b.unread.push({ line: fsdp.line, text: fsdp.text, reason: fsdp.reason });
  b.fallback('sharding', { from: 'default', reason: 'sharding' });
}

/** The ZeRO settings of a DeepSpeed JSON config (already parsed), or undefined when there is none. */
export function deepSpeedFromJson(json: unknown): { stage?: number; offloadOptimizer: boolean; offloadParameters: boolean } | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const zero = (json as Record<string, unknown>).zero_optimization;
  if (typeof zero !== 'object' || zero === null) return { offloadOptimizer: false, offloadParameters: false };
  const z = zero as Record<string, unknown>;
  const device = (key: string) => {
    const entry = z[key];
    const d = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>).device : undefined;
    return d === 'cpu' || d === 'nvme';
  };
  return { ...(typeof z.stage === 'number' ? { stage: z.stage } : {}), offloadOptimizer: device('offload_optimizer'), offloadParameters: device('offload_param') };
}

function trainingScenario(anchor: ScriptAnchor, model: PlannerModel, deepspeedFile: unknown): Scenario {
  const b = new Builder();
  const inputs = anchor.inputs;
  const s = baseSettings();
  const training = inputs.training;
  const isSft = training?.className === 'SFTConfig' || (training === undefined && anchor.className === 'SFTTrainer');

  const { format, quantized4bit } = trainingWeights(b, inputs, model);
  if (inputs.lora) {
    s.method = quantized4bit ? 'qlora' : 'lora';
    s.loraRank = b.take('loraRank', inputs.lora.r, 8, 'loraRank');
    const defaults = PEFT_DEFAULT_TARGETS[model.modelType];
    const targets = b.take<string[] | 'all-linear'>('loraTargets', inputs.lora.targets, defaults ? [...defaults] : [], 'loraTargets');
    s.loraTargets = targets;
    if (!inputs.lora.targets && defaults === undefined) {
      b.notes.push({ en: `PEFT has no default target_modules for "${model.modelType}"; set them in LoraConfig.`, ko: `PEFT에는 "${model.modelType}"에 대한 target_modules 기본값이 없습니다. LoraConfig에 지정하세요.` });
    }
    s.weights = weightFormatId(format);
  } else {
    s.method = 'full';
    s.weights = weightFormatId(format);
    if (format.kind !== 'float') {
      b.notes.push({ en: 'Quantized weights cannot be fully fine-tuned; the plan trains them in bf16.', ko: '양자화된 가중치는 전체 미세조정할 수 없어, 플래너는 bf16으로 학습한다고 봅니다.' });
    }
  }
  const usesDeepSpeedOrFsdp = Boolean(training?.deepspeed?.ok || (training?.fsdp?.ok && training.fsdp.value.trim() !== ''));
  s.precision = usesDeepSpeedOrFsdp ? 'mixed' : format.kind === 'float' && format.name === 'fp32' ? 'fp32' : 'bf16';
  if (s.method === 'full') b.fallback('precision', b.origins.weights ?? { from: 'default', reason: 'dtypeAssumed' });

  const optim = training?.optim;
  const optimName = optim?.ok ? optim.value.toLowerCase() : undefined;
  if (optimName !== undefined && OPTIMIZER_NAMES[optimName] === undefined) {
    const reason: Bilingual = { en: `The optimizer "${optim!.ok ? optim!.value : ''}" is not one the planner models; AdamW is assumed.`, ko: `옵티마이저 "${optim!.ok ? optim!.value : ''}"은(는) 플래너가 계산하지 못해 AdamW로 가정했습니다.` };
    b.unread.push({ line: optim!.line, text: optim!.text, reason });
    b.fallback('optimizer', { from: 'unread', line: optim!.line, text: optim!.text, reason });
    s.optimizer = 'adamw';
  } else {
    s.optimizer = b.take<Optimizer>('optimizer', optim?.ok ? { ...optim, value: OPTIMIZER_NAMES[optimName!] } : optim as Read<Optimizer> | undefined, 'adamw', 'optimizer');
  }
  if (optimName?.startsWith('paged_')) {
    b.notes.push({ en: 'Paged optimizer: its state can move to CPU memory when the GPU runs short (QLoRA §3); the plan still counts it on the GPU.', ko: '페이징 옵티마이저: GPU 메모리가 모자라면 상태를 CPU 메모리로 옮길 수 있습니다(QLoRA §3). 플래너는 GPU에 있다고 보고 셉니다.' });
  }

  s.batch = b.take('batch', training?.batch, 8, 'batch');
  s.gradientAccumulation = b.take('gradientAccumulation', training?.gradientAccumulation, 1, 'gradientAccumulation');
  const length = training?.maxLength ?? inputs.loadMaxLength;
  s.context = b.take('context', length, 1024, isSft ? 'sftLength' : 'trainerLength');

  const explicit = training?.gradientCheckpointing;
  const kbit = inputs.kbitPreparation;
  const kbitOn = kbit !== undefined && (kbit.gradientCheckpointing === undefined || (kbit.gradientCheckpointing.ok && kbit.gradientCheckpointing.value));
  if (explicit?.ok && explicit.value) {
    s.recompute = 'full';
    b.code('recompute', explicit);
  } else if (inputs.checkpointingEnabled) {
    s.recompute = 'full';
    b.fallback('recompute', { from: 'code', line: inputs.checkpointingEnabled.line, text: 'gradient_checkpointing_enable()' });
  } else if (kbitOn) {
    s.recompute = 'full';
    b.fallback('recompute', kbit.gradientCheckpointing?.ok ? { from: 'code', line: kbit.gradientCheckpointing.line, text: kbit.gradientCheckpointing.text } : { from: 'default', reason: 'kbitCheckpointing' });
  } else {
    const on = b.take('recompute', explicit, isSft, isSft ? 'sftCheckpointing' : 'trainerCheckpointing');
    s.recompute = on ? 'full' : 'none';
  }

  const attention = b.take('fusedAttention', inputs.attention, 'sdpa', 'attention');
  s.fusedAttention = attention !== 'eager';
  if (training?.bf16?.ok === false) b.unread.push({ line: training.bf16.line, text: training.bf16.text, reason: training.bf16.reason });
  const amp = (training?.bf16?.ok && training.bf16.value) || (training?.fp16?.ok && training.fp16.value) || (isSft && !training?.fp16);
  if (!amp && format.kind === 'float' && format.name === 'fp32') {
    b.notes.push({ en: 'Neither bf16 nor fp16 is set and the weights are fp32: activations are then fp32, twice what the plan counts (it assumes 16-bit activations).', ko: 'bf16과 fp16이 모두 꺼져 있고 가중치가 fp32라 활성값도 fp32가 되어, 16비트로 센 플래너 수치의 두 배가 됩니다.' });
  }

  b.fallback('gpu', { from: 'default', reason: 'gpu' });
  b.fallback('gpus', { from: 'default', reason: 'gpus' });
  shardingFrom(b, inputs, deepspeedFile, s);

  const steps = training?.maxSteps;
  if (steps?.ok && steps.value > 0) {
    s.tokens = steps.value * s.batch * s.gradientAccumulation * s.gpus * s.context;
    b.code('tokens', steps);
    b.notes.push({
      en: `Tokens: max_steps × batch × accumulation × GPUs × sequence length = ${s.tokens.toLocaleString('en-US')} (every sequence counted at full length).`,
      ko: `토큰 수: max_steps × 배치 × 누적 × GPU 수 × 시퀀스 길이 = ${s.tokens.toLocaleString('en-US')}(모든 시퀀스를 최대 길이로 셈).`,
    });
  } else {
    if (steps && !steps.ok) b.unread.push({ line: steps.line, text: steps.text, reason: steps.reason });
    s.tokens = 20 * model.totalParameters;
    b.fallback('tokens', { from: 'default', reason: 'tokens' });
  }
  b.fallback('mfu', { from: 'default', reason: 'mfu' });
  b.fallback('overheadGiB', { from: 'default', reason: 'overhead' });
  return { settings: s, origins: b.origins, unread: b.unread, notes: b.notes };
}

const FP8_KV = new Set(['fp8', 'fp8_e4m3', 'fp8_e5m2', 'fp8_inc', 'fp8_ds_mla']);

function servingScenario(anchor: ScriptAnchor, model: PlannerModel): Scenario {
  const b = new Builder();
  const serving = anchor.inputs.serving ?? {};
  const s = baseSettings();
  s.mode = 'inference';
  s.method = 'full';

  const quantization = b.take<string | undefined>('weights', serving.quantization, undefined, 'servingDtype');
  const checkpoint = model.checkpointQuantization;
  let format: WeightFormat;
  const q = quantization?.toLowerCase();
  if (q === 'fp8') format = { kind: 'fp8' };
  else if (q === 'bitsandbytes') format = { kind: 'bnb4', type: 'nf4', doubleQuant: false };
  else if ((q?.startsWith('awq') || q?.startsWith('gptq') || q === undefined) && checkpoint && (checkpoint.method === 'awq' || checkpoint.method === 'gptq')) {
    format = { kind: 'grouped', method: checkpoint.method, bits: checkpoint.bits ?? 4, groupSize: checkpoint.groupSize === -1 ? 'channel' : (checkpoint.groupSize ?? 128) };
    if (q === undefined) b.fallback('weights', { from: 'config', field: 'quantization_config' });
  } else {
    const dtype = b.take<string>('weights', serving.dtype, 'auto', 'servingDtype');
    const chosen = dtype === 'auto' ? checkpointFloat(model) : floatFormat(dtype);
    // vLLM's "auto" serves fp32 checkpoints in fp16.
    format = chosen === undefined || (dtype === 'auto' && chosen.name === 'fp32') ? { kind: 'float', bits: 16, name: chosen?.name === 'bf16' ? 'bf16' : chosen ? 'fp16' : 'bf16' } : chosen;
    if (dtype === 'auto' && !serving.dtype && model.checkpointDtype) b.fallback('weights', { from: 'config', field: 'torch_dtype' });
  }
  s.weights = weightFormatId(format);

  s.context = b.take('context', serving.maxModelLen, model.contextLength, 'maxModelLen');
  if (!serving.maxModelLen) b.fallback('context', { from: 'config', field: 'max_position_embeddings' });
  s.batch = 1;
  b.fallback('batch', { from: 'default', reason: 'servingBatch' });

  const modelKv: KvDtype = format.kind === 'float' && format.name === 'fp16' ? 'fp16' : format.kind === 'float' && format.name === 'fp32' ? 'fp32' : 'bf16';
  const kv = b.take<string>('kvDtype', serving.kvCacheDtype, 'auto', 'kvDtype');
  if (FP8_KV.has(kv.toLowerCase())) s.kvDtype = 'fp8';
  else if (kv === 'auto') s.kvDtype = modelKv;
  else {
    const reason: Bilingual = { en: `kv_cache_dtype "${kv}" is not one the planner knows; the model dtype is assumed.`, ko: `kv_cache_dtype "${kv}"은(는) 플래너가 모르는 값이라 모델 dtype으로 가정했습니다.` };
    const read = serving.kvCacheDtype!;
    b.unread.push({ line: read.line, text: read.text, reason });
    b.fallback('kvDtype', { from: 'unread', line: read.line, text: read.text, reason });
    s.kvDtype = modelKv;
  }
  s.gpus = b.take('gpus', serving.tensorParallel, 1, 'tensorParallel');
  s.memoryUtilization = b.take('memoryUtilization', serving.memoryUtilization, 0.9, 'memoryUtilization');
  b.fallback('gpu', { from: 'default', reason: 'gpu' });
  b.fallback('overheadGiB', { from: 'default', reason: 'overhead' });
  return { settings: s, origins: b.origins, unread: b.unread, notes: b.notes };
}

export interface ScenarioInput {
  anchor: ScriptAnchor;
  model: PlannerModel;
  /** The DeepSpeed JSON the script names, parsed, when it was found in the workspace. */
  deepspeedFile?: unknown;
}

export function scenarioFor(input: ScenarioInput): Scenario {
  const scenario = input.anchor.kind === 'serving' ? servingScenario(input.anchor, input.model) : trainingScenario(input.anchor, input.model, input.deepspeedFile);
  for (const u of input.anchor.inputs.unpacked) {
    scenario.unread.push({
      line: u.line,
      text: u.text,
      reason: { en: `\`${u.text}\` unpacks arguments that cannot be read here; settings it may carry keep their defaults.`, ko: `\`${u.text}\`은(는) 여기서 읽을 수 없는 인자를 풀어 넣으므로, 그 안의 설정은 기본값으로 봅니다.` },
    });
  }
  const id = input.anchor.inputs.modelId;
  if (id?.ok) scenario.origins.model = { from: 'code', line: id.line, text: id.text };
  scenario.unread.sort((a, b) => a.line - b.line);
  return scenario;
}
