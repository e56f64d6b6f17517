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

export interface Unread {
  line: number;
  text: string;
  reason: Bilingual;
}

export interface Scenario {
  settings: PlanSettings;
  origins: Origins;
  /** Values the code sets but the planner cannot read (their defaults are used instead). */
  unread: Unread[];
  /** Facts about the setup worth stating beside the figures. */
  notes: Bilingual[];
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

const DEFAULT = {
  gpu: { en: 'The script does not say which GPU: H100 80 GB assumed; choose yours in the Planner.', ko: '스크립트에 GPU 종류가 없어 H100 80 GB로 가정했습니다. 플래너에서 실제 GPU를 고르세요.' },
  gpus: { en: 'The number of GPUs is set by the launcher (torchrun, accelerate), not the script: 1 assumed.', ko: 'GPU 개수는 스크립트가 아니라 실행기(torchrun, accelerate)가 정하므로 1개로 가정했습니다.' },
  batch: { en: 'TrainingArguments default: per_device_train_batch_size = 8.', ko: 'TrainingArguments 기본값: per_device_train_batch_size = 8.' },
  gradientAccumulation: { en: 'TrainingArguments default: gradient_accumulation_steps = 1.', ko: 'TrainingArguments 기본값: gradient_accumulation_steps = 1.' },
  optimizer: { en: 'TrainingArguments default optimizer: AdamW (adamw_torch).', ko: 'TrainingArguments 기본 옵티마이저: AdamW(adamw_torch).' },
  sftLength: { en: 'SFTConfig default: max_length = 1024.', ko: 'SFTConfig 기본값: max_length = 1024.' },
  trainerLength: { en: 'The script sets no sequence length (the data collator decides): 1024 tokens assumed.', ko: '스크립트에 시퀀스 길이가 없습니다(데이터 콜레이터가 정함). 1024토큰으로 가정했습니다.' },
  sftCheckpointing: { en: 'SFTConfig default: gradient_checkpointing = True.', ko: 'SFTConfig 기본값: gradient_checkpointing = True.' },
  trainerCheckpointing: { en: 'TrainingArguments default: gradient_checkpointing = False.', ko: 'TrainingArguments 기본값: gradient_checkpointing = False.' },
  kbitCheckpointing: { en: 'prepare_model_for_kbit_training enables gradient checkpointing by default.', ko: 'prepare_model_for_kbit_training은 기본으로 그래디언트 체크포인팅을 켭니다.' },
  attention: { en: 'attn_implementation not set: Transformers uses SDPA where the model supports it, whose fused kernels do not store the attention scores.', ko: 'attn_implementation이 없으면 Transformers는 지원되는 모델에 SDPA를 쓰고, SDPA의 융합 커널은 어텐션 점수를 저장하지 않습니다.' },
  loraRank: { en: 'LoraConfig default: r = 8.', ko: 'LoraConfig 기본값: r = 8.' },
  loraTargets: { en: "target_modules not set: PEFT's default for this model type.", ko: 'target_modules가 없어 이 모델 유형에 대한 PEFT 기본값을 씁니다.' },
  quantType: { en: 'BitsAndBytesConfig default: bnb_4bit_quant_type = "fp4".', ko: 'BitsAndBytesConfig 기본값: bnb_4bit_quant_type = "fp4".' },
  doubleQuant: { en: 'BitsAndBytesConfig default: bnb_4bit_use_double_quant = False.', ko: 'BitsAndBytesConfig 기본값: bnb_4bit_use_double_quant = False.' },
  dtypeFromConfig: { en: 'torch_dtype not set: Transformers loads the checkpoint in its own dtype (dtype="auto"), read from config.json.', ko: 'torch_dtype이 없으면 Transformers는 체크포인트 자체 dtype(dtype="auto")으로 불러오며, 그 값은 config.json에서 읽었습니다.' },
  dtypeAssumed: { en: 'Neither the script nor the config gives a dtype: bf16 assumed.', ko: '스크립트와 config 모두 dtype이 없어 bf16으로 가정했습니다.' },
  tokens: { en: 'The script fixes no number of steps: the Chinchilla rule of thumb, 20 tokens per parameter, is assumed for the time estimate.', ko: '스크립트에 학습 스텝 수가 없어, 시간 추정에는 Chinchilla 경험칙인 파라미터당 20토큰을 가정했습니다.' },
  sharding: { en: 'No DeepSpeed or FSDP in the script: plain data parallelism (every GPU holds a full copy).', ko: '스크립트에 DeepSpeed나 FSDP가 없어 단순 데이터 병렬로 봅니다(GPU마다 전체 사본).' },
  mfu: { en: 'Model FLOPs utilization 40% assumed (PaLM: 46.2%; Llama 3 on H100: 38–43%).', ko: 'MFU 40%로 가정했습니다(PaLM 46.2%, H100에서 Llama 3 38–43%).' },
  overhead: { en: 'Runtime overhead 1 GiB assumed (CUDA context, allocator cache).', ko: '런타임 오버헤드는 1 GiB로 가정했습니다(CUDA 컨텍스트, 할당기 캐시).' },
  servingBatch: { en: 'One sequence; "what fits" shows how many vLLM can hold at once.', ko: '시퀀스 하나 기준입니다. 동시에 몇 개가 들어가는지는 "들어가는 양"에서 보여 줍니다.' },
  maxModelLen: { en: "max_model_len not set: vLLM uses the model's own context length.", ko: 'max_model_len이 없으면 vLLM은 모델 자체 문맥 길이를 씁니다.' },
  kvDtype: { en: 'kv_cache_dtype not set ("auto"): the KV cache takes the model dtype.', ko: 'kv_cache_dtype이 없으면("auto") KV 캐시는 모델 dtype을 따릅니다.' },
  tensorParallel: { en: 'vLLM default: tensor_parallel_size = 1.', ko: 'vLLM 기본값: tensor_parallel_size = 1.' },
  memoryUtilization: { en: 'vLLM default: gpu_memory_utilization = 0.9.', ko: 'vLLM 기본값: gpu_memory_utilization = 0.9.' },
  servingDtype: { en: 'vLLM dtype "auto": bf16 checkpoints run in bf16, fp16 and fp32 ones in fp16.', ko: 'vLLM dtype "auto": bf16 체크포인트는 bf16, fp16·fp32 체크포인트는 fp16으로 실행합니다.' },
} as const satisfies Record<string, Bilingual>;

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
  readonly notes: Bilingual[] = [];

  code(key: SettingKey, read: Read<unknown>): void {
    this.origins[key] = { from: 'code', line: read.line, text: read.text };
  }

  fallback(key: SettingKey, origin: Origin): void {
    this.origins[key] = origin;
  }

  /** A read's value, or `fallback` — listing it as unread, or noting the default — without touching an origin. */
  value<T>(read: Read<T> | undefined, fallback: T, reason: Bilingual): T {
    if (read?.ok) return read.value;
    if (read) this.unread.push({ line: read.line, text: read.text, reason: read.reason });
    else this.notes.push(reason);
    return fallback;
  }

  /** The value a read gives, or `fallback` (with its default origin, and the unread value listed). */
  take<T>(key: SettingKey, read: Read<T> | undefined, fallback: T, reason: Bilingual): T {
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
    const type = b.value(inputs.quantType, 'fp4', DEFAULT.quantType);
    const doubleQuant = b.value(inputs.doubleQuant, false, DEFAULT.doubleQuant);
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
    if (written !== 'auto') b.notes.push(DEFAULT.dtypeFromConfig);
    return { format: fromConfig, quantized4bit: false };
  }
  b.fallback('weights', { from: 'default', reason: DEFAULT.dtypeAssumed });
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
  b.fallback('sharding', { from: 'default', reason: DEFAULT.sharding });
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
    s.loraRank = b.take('loraRank', inputs.lora.r, 8, DEFAULT.loraRank);
    const defaults = PEFT_DEFAULT_TARGETS[model.modelType];
    const targets = b.take<string[] | 'all-linear'>('loraTargets', inputs.lora.targets, defaults ? [...defaults] : [], DEFAULT.loraTargets);
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
  b.fallback('precision', b.origins.weights ?? { from: 'default', reason: DEFAULT.dtypeAssumed });

  const optim = training?.optim;
  const optimName = optim?.ok ? optim.value.toLowerCase() : undefined;
  if (optimName !== undefined && OPTIMIZER_NAMES[optimName] === undefined) {
    const reason: Bilingual = { en: `The optimizer "${optim!.ok ? optim!.value : ''}" is not one the planner models; AdamW is assumed.`, ko: `옵티마이저 "${optim!.ok ? optim!.value : ''}"은(는) 플래너가 계산하지 못해 AdamW로 가정했습니다.` };
    b.unread.push({ line: optim!.line, text: optim!.text, reason });
    b.fallback('optimizer', { from: 'unread', line: optim!.line, text: optim!.text, reason });
    s.optimizer = 'adamw';
  } else {
    s.optimizer = b.take<Optimizer>('optimizer', optim?.ok ? { ...optim, value: OPTIMIZER_NAMES[optimName!] } : optim as Read<Optimizer> | undefined, 'adamw', DEFAULT.optimizer);
  }
  if (optimName?.startsWith('paged_')) {
    b.notes.push({ en: 'Paged optimizer: its state can move to CPU memory when the GPU runs short (QLoRA §3); the plan still counts it on the GPU.', ko: '페이징 옵티마이저: GPU 메모리가 모자라면 상태를 CPU 메모리로 옮길 수 있습니다(QLoRA §3). 플래너는 GPU에 있다고 보고 셉니다.' });
  }

  s.batch = b.take('batch', training?.batch, 8, DEFAULT.batch);
  s.gradientAccumulation = b.take('gradientAccumulation', training?.gradientAccumulation, 1, DEFAULT.gradientAccumulation);
  const length = training?.maxLength ?? inputs.loadMaxLength;
  s.context = b.take('context', length, 1024, isSft ? DEFAULT.sftLength : DEFAULT.trainerLength);

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
    b.fallback('recompute', kbit.gradientCheckpointing?.ok ? { from: 'code', line: kbit.gradientCheckpointing.line, text: kbit.gradientCheckpointing.text } : { from: 'default', reason: DEFAULT.kbitCheckpointing });
  } else {
    const on = b.take('recompute', explicit, isSft, isSft ? DEFAULT.sftCheckpointing : DEFAULT.trainerCheckpointing);
    s.recompute = on ? 'full' : 'none';
  }

  const attention = b.take('fusedAttention', inputs.attention, 'sdpa', DEFAULT.attention);
  s.fusedAttention = attention !== 'eager';
  if (training?.bf16?.ok === false) b.unread.push({ line: training.bf16.line, text: training.bf16.text, reason: training.bf16.reason });
  const amp = (training?.bf16?.ok && training.bf16.value) || (training?.fp16?.ok && training.fp16.value) || (isSft && !training?.fp16);
  if (!amp && format.kind === 'float' && format.name === 'fp32') {
    b.notes.push({ en: 'Neither bf16 nor fp16 is set and the weights are fp32: activations are then fp32, twice what the plan counts (it assumes 16-bit activations).', ko: 'bf16과 fp16이 모두 꺼져 있고 가중치가 fp32라 활성값도 fp32가 되어, 16비트로 센 플래너 수치의 두 배가 됩니다.' });
  }

  b.fallback('gpu', { from: 'default', reason: DEFAULT.gpu });
  b.fallback('gpus', { from: 'default', reason: DEFAULT.gpus });
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
    b.fallback('tokens', { from: 'default', reason: DEFAULT.tokens });
  }
  b.fallback('mfu', { from: 'default', reason: DEFAULT.mfu });
  b.fallback('overheadGiB', { from: 'default', reason: DEFAULT.overhead });
  return { settings: s, origins: b.origins, unread: b.unread, notes: b.notes };
}

const FP8_KV = new Set(['fp8', 'fp8_e4m3', 'fp8_e5m2', 'fp8_inc', 'fp8_ds_mla']);

function servingScenario(anchor: ScriptAnchor, model: PlannerModel): Scenario {
  const b = new Builder();
  const serving = anchor.inputs.serving ?? {};
  const s = baseSettings();
  s.mode = 'inference';
  s.method = 'full';

  const quantization = b.take<string | undefined>('weights', serving.quantization, undefined, DEFAULT.servingDtype);
  const checkpoint = model.checkpointQuantization;
  let format: WeightFormat;
  const q = quantization?.toLowerCase();
  if (q === 'fp8') format = { kind: 'fp8' };
  else if (q === 'bitsandbytes') format = { kind: 'bnb4', type: 'nf4', doubleQuant: false };
  else if ((q?.startsWith('awq') || q?.startsWith('gptq') || q === undefined) && checkpoint && (checkpoint.method === 'awq' || checkpoint.method === 'gptq')) {
    format = { kind: 'grouped', method: checkpoint.method, bits: checkpoint.bits ?? 4, groupSize: checkpoint.groupSize === -1 ? 'channel' : (checkpoint.groupSize ?? 128) };
    if (q === undefined) b.fallback('weights', { from: 'config', field: 'quantization_config' });
  } else {
    const dtype = b.take<string>('weights', serving.dtype, 'auto', DEFAULT.servingDtype);
    const chosen = dtype === 'auto' ? checkpointFloat(model) : floatFormat(dtype);
    // vLLM's "auto" serves fp32 checkpoints in fp16.
    format = chosen === undefined || (dtype === 'auto' && chosen.name === 'fp32') ? { kind: 'float', bits: 16, name: chosen?.name === 'bf16' ? 'bf16' : chosen ? 'fp16' : 'bf16' } : chosen;
    if (dtype === 'auto' && !serving.dtype && model.checkpointDtype) b.fallback('weights', { from: 'config', field: 'torch_dtype' });
  }
  s.weights = weightFormatId(format);

  s.context = b.take('context', serving.maxModelLen, model.contextLength, DEFAULT.maxModelLen);
  if (!serving.maxModelLen) b.fallback('context', { from: 'config', field: 'max_position_embeddings' });
  s.batch = 1;
  b.fallback('batch', { from: 'default', reason: DEFAULT.servingBatch });

  const modelKv: KvDtype = format.kind === 'float' && format.name === 'fp16' ? 'fp16' : format.kind === 'float' && format.name === 'fp32' ? 'fp32' : 'bf16';
  const kv = b.take<string>('kvDtype', serving.kvCacheDtype, 'auto', DEFAULT.kvDtype);
  if (FP8_KV.has(kv.toLowerCase())) s.kvDtype = 'fp8';
  else if (kv === 'auto') s.kvDtype = modelKv;
  else {
    const reason: Bilingual = { en: `kv_cache_dtype "${kv}" is not one the planner knows; the model dtype is assumed.`, ko: `kv_cache_dtype "${kv}"은(는) 플래너가 모르는 값이라 모델 dtype으로 가정했습니다.` };
    const read = serving.kvCacheDtype!;
    b.unread.push({ line: read.line, text: read.text, reason });
    b.fallback('kvDtype', { from: 'unread', line: read.line, text: read.text, reason });
    s.kvDtype = modelKv;
  }
  s.gpus = b.take('gpus', serving.tensorParallel, 1, DEFAULT.tensorParallel);
  s.memoryUtilization = b.take('memoryUtilization', serving.memoryUtilization, 0.9, DEFAULT.memoryUtilization);
  b.fallback('gpu', { from: 'default', reason: DEFAULT.gpu });
  b.fallback('overheadGiB', { from: 'default', reason: DEFAULT.overhead });
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
