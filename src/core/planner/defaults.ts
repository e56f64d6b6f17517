/**
 * Why a setting has its default value, in both languages: the library default the script relies on, or
 * the planner's stated assumption. Settings carry the key; the Planner page shows the text (the extension
 * host, which only lists which settings are defaults, does not need it).
 */
import type { Bilingual } from '../estimator/types';

export const DEFAULT_REASONS = {
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

export type DefaultReason = keyof typeof DEFAULT_REASONS;
