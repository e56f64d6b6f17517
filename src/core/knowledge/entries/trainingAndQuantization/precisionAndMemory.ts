import type { ContextualSpelling, Entry } from '../../schema';
import { TRAINING_ARGUMENT_CALLEES } from './callees';

const trainingArgument = (spelling: string): ContextualSpelling => ({ spelling, as: 'argument', within: [...TRAINING_ARGUMENT_CALLEES] });

/** Numeric precision during training, and the memory that activations take and how to win it back. */
export const PRECISION_AND_MEMORY_ENTRIES: Entry[] = [
  {
    id: 'mixed-precision-training',
    kind: 'training',
    name: 'Mixed-precision training (bf16 / fp16)',
    nameKo: '혼합 정밀도 학습(bf16 / fp16)',
    aliases: ['mixed precision', 'mixed-precision training', 'mixed precision training', 'automatic mixed precision', 'AMP', '혼합 정밀도', '혼합 정밀도 학습', '믹스드 프리시전'],
    code: ['autocast', 'mixed_precision', 'bf16_full_eval', 'fp16_full_eval', 'fp16_opt_level', 'half_precision_backend'],
    contextual: [
      trainingArgument('bf16'),
      trainingArgument('fp16'),
      { spelling: 'bf16', as: 'key' },
      { spelling: 'fp16', as: 'key' },
      { spelling: 'bf16', as: 'value', of: 'mixed_precision' },
      { spelling: 'fp16', as: 'value', of: 'mixed_precision' },
    ],
    summary: {
      en: 'Running the matrix multiplications in 16-bit floats (bfloat16 or float16) while keeping fp32 master weights and fp32 accumulation, which roughly doubles throughput and halves activation memory.',
      ko: '행렬 곱은 16비트 부동소수점(bfloat16이나 float16)으로 계산하면서 가중치의 fp32 마스터 사본과 fp32 누산은 유지하는 학습 방식. 처리량은 대략 두 배가 되고 활성값 메모리는 절반이 된다.',
    },
    explanation: {
      en: "Micikevicius et al. showed that networks train to full accuracy when the forward and backward passes run in fp16, provided that (1) an fp32 copy of the weights receives the updates, since many updates are too small for fp16, (2) products are accumulated in fp32, and (3) the loss is scaled so that small gradients do not underflow. bfloat16 keeps fp32's 8-bit exponent (same range) with only 7 mantissa bits, so it needs no loss scaling and has become the default on A100/H100-class GPUs; fp16 has more precision but tops out at 65,504 and underflows easily. In the Trainer, `bf16=True` or `fp16=True` turns on `torch.autocast`, which picks per operation (matmuls in 16-bit, softmax, norms and losses in fp32); Accelerate calls it `mixed_precision=\"bf16\"` and DeepSpeed has `\"bf16\": {\"enabled\": true}`. Mixed precision is not the same as loading the model with `torch_dtype=torch.bfloat16`: that stores the weights themselves in 16-bit, with no fp32 master copy, which saves memory but can stall small updates.",
      ko: 'Micikevicius 외는 순전파와 역전파를 fp16으로 돌려도 세 가지를 지키면 정확도 손실 없이 학습된다는 것을 보였다. (1) 갱신은 fp32 가중치 사본이 받는다. 갱신량 상당수가 fp16으로는 표현하기에 너무 작기 때문이다. (2) 곱의 합은 fp32로 누산한다. (3) 작은 기울기가 언더플로되지 않도록 손실에 스케일을 곱한다. bfloat16은 fp32와 같은 8비트 지수(같은 표현 범위)에 가수는 7비트뿐이라 손실 스케일링이 필요 없고, A100·H100급 GPU에서 기본이 되었다. fp16은 정밀도가 더 높지만 최댓값이 65,504이고 언더플로가 쉽게 일어난다. Trainer에서 `bf16=True`나 `fp16=True`는 `torch.autocast`를 켜고, autocast는 연산마다 정밀도를 고른다(행렬 곱은 16비트, 소프트맥스·정규화·손실은 fp32). Accelerate에서는 `mixed_precision="bf16"`, DeepSpeed에서는 `"bf16": {"enabled": true}`라고 쓴다. 혼합 정밀도는 모델을 `torch_dtype=torch.bfloat16`으로 불러오는 것과 다르다. 그쪽은 가중치 자체를 16비트로 저장하고 fp32 마스터 사본이 없어 메모리는 아끼지만 작은 갱신이 묻힐 수 있다.',
    },
    keyNumbers: [
      { label: { en: 'Largest finite float16 value', ko: 'float16의 최대 유한값' }, value: 65504, unit: 'none', source: 'pytorch2026finfo' },
      { label: { en: 'Mantissa bits of bfloat16', ko: 'bfloat16의 가수 비트 수' }, value: 7, unit: 'count', source: 'pytorch2026finfo' },
    ],
    related: ['loss-scaling', 'tf32', 'fp8', 'optimizer-states', 'activation-memory', 'training-arguments', 'bfloat16', 'float16'],
    sources: ['micikevicius2018', 'pytorch2026amp', 'pytorch2026finfo', 'huggingface2026trainer'],
  },
  {
    id: 'loss-scaling',
    kind: 'training',
    name: 'Loss scaling',
    nameKo: '손실 스케일링',
    aliases: ['loss scaling', 'dynamic loss scaling', 'static loss scaling', 'loss scale', '손실 스케일링', '동적 손실 스케일링', '로스 스케일링'],
    code: ['GradScaler', 'loss_scale', 'initial_scale_power', 'loss_scale_window', 'min_loss_scale', 'init_scale'],
    summary: {
      en: 'Multiplying the loss by a large factor before the backward pass so that small fp16 gradients do not flush to zero, then dividing the gradients by it before the optimizer step.',
      ko: '역전파 전에 손실에 큰 수를 곱해 fp16의 작은 기울기가 0으로 사라지지 않게 하고, 옵티마이저 스텝 전에 기울기를 그만큼 다시 나누는 기법.',
    },
    explanation: {
      en: "Many gradient values in deep networks are smaller than fp16's smallest normal number, so in pure fp16 they underflow to zero. Scaling the loss by S scales every gradient by S through the chain rule, shifting them into fp16's range; the optimizer then sees g / S. Dynamic scaling, as in PyTorch's `GradScaler`, starts high (2¹⁶ by default), halves the scale and skips the step whenever an inf or NaN appears, and doubles it again after 2,000 clean steps. The usual loop is `scaler.scale(loss).backward()`, `scaler.unscale_(optimizer)` before clipping, `scaler.step(optimizer)`, `scaler.update()`. Skipped steps are normal at the start of fp16 training but many in a row mean the model is diverging. With bf16, whose range equals fp32's, no loss scaling is needed, one reason bf16 replaced fp16 for LLM training; DeepSpeed's `loss_scale: 0` selects dynamic scaling with `initial_scale_power` as the starting exponent.",
      ko: '심층 신경망의 기울기 값 상당수는 fp16의 가장 작은 정규수보다 작아서, 순수 fp16에서는 0으로 언더플로된다. 손실에 S를 곱하면 연쇄 법칙에 따라 모든 기울기도 S배가 되어 fp16의 범위 안으로 들어오고, 옵티마이저는 g / S를 받는다. PyTorch `GradScaler`의 동적 스케일링은 큰 값(기본 2¹⁶)에서 시작해 inf나 NaN이 나오면 스케일을 절반으로 줄이고 그 스텝을 건너뛰며, 문제없는 스텝이 2,000번 이어지면 다시 두 배로 키운다. 일반적인 루프는 `scaler.scale(loss).backward()`, 클리핑 전 `scaler.unscale_(optimizer)`, `scaler.step(optimizer)`, `scaler.update()` 순서다. fp16 학습 초반에 스텝을 건너뛰는 것은 정상이지만, 연달아 계속 건너뛴다면 모델이 발산하고 있다는 뜻이다. 표현 범위가 fp32와 같은 bf16에서는 손실 스케일링이 필요 없으며, LLM 학습에서 bf16이 fp16을 대신하게 된 이유 중 하나다. DeepSpeed에서 `loss_scale: 0`은 동적 스케일링을 고르고, 시작 지수는 `initial_scale_power`로 정한다.',
    },
    keyNumbers: [
      { label: { en: 'Initial scale of torch.amp.GradScaler', ko: 'torch.amp.GradScaler의 초기 스케일' }, value: 65536, unit: 'none', source: 'pytorch2026amp' },
      { label: { en: 'Clean steps before GradScaler doubles the scale', ko: 'GradScaler가 스케일을 두 배로 키우기 전의 정상 스텝 수' }, value: 2000, unit: 'count', source: 'pytorch2026amp' },
    ],
    related: ['mixed-precision-training', 'gradient-clipping', 'fp8', 'deepspeed'],
    sources: ['micikevicius2018', 'pytorch2026amp', 'deepspeed2026config'],
  },
  {
    id: 'tf32',
    kind: 'training',
    name: 'TF32 (TensorFloat-32)',
    nameKo: 'TF32(TensorFloat-32)',
    aliases: ['TF32', 'TensorFloat-32', 'TensorFloat32', 'TF32 mode', 'TF32 모드'],
    code: ['allow_tf32', 'set_float32_matmul_precision'],
    contextual: [trainingArgument('tf32')],
    summary: {
      en: "NVIDIA's tensor-core mode (Ampere and later) that runs fp32 matrix multiplications with a 10-bit mantissa: fp32's range, about fp16's precision, several times the speed.",
      ko: 'Ampere 이후 NVIDIA GPU의 텐서 코어 모드. fp32 행렬 곱을 가수 10비트로 계산해 fp32의 범위와 fp16에 가까운 정밀도로 몇 배 빠르게 돌린다.',
    },
    explanation: {
      en: 'TF32 is not a storage format: tensors stay fp32 in memory, and the tensor cores round the inputs of each multiplication to 1 sign, 8 exponent and 10 mantissa bits (19 bits) and accumulate in fp32. For training this is usually indistinguishable from fp32, so code that does not use mixed precision still gets much of the tensor-core speed-up. In PyTorch, convolutions use TF32 by default while matrix multiplications do not: enable them with `torch.backends.cuda.matmul.allow_tf32 = True` or `torch.set_float32_matmul_precision("high")`, or pass `tf32=True` to `TrainingArguments`. It has no effect on pre-Ampere GPUs, and it matters little once `bf16=True` is on, since the big matmuls then run in bf16 anyway. Numerical code that really needs fp32 (some losses, scientific models) should leave it off.',
      ko: 'TF32는 저장 형식이 아니다. 텐서는 메모리에서 fp32 그대로이고, 텐서 코어가 곱셈마다 입력을 부호 1, 지수 8, 가수 10비트(19비트)로 반올림한 뒤 fp32로 누산한다. 학습에서는 대개 fp32와 구별되지 않아, 혼합 정밀도를 쓰지 않는 코드도 텐서 코어 가속의 상당 부분을 얻는다. PyTorch에서 합성곱은 기본으로 TF32를 쓰지만 행렬 곱은 그렇지 않다. `torch.backends.cuda.matmul.allow_tf32 = True`나 `torch.set_float32_matmul_precision("high")`로 켜거나 `TrainingArguments`에 `tf32=True`를 넘긴다. Ampere 이전 GPU에서는 효과가 없고, `bf16=True`를 켜면 큰 행렬 곱이 어차피 bf16으로 돌아가므로 의미가 작다. fp32가 정말 필요한 수치 계산(일부 손실 함수, 과학 계산 모델)에서는 꺼 두어야 한다.',
    },
    keyNumbers: [
      { label: { en: 'Mantissa bits of TF32', ko: 'TF32의 가수 비트 수' }, value: 10, unit: 'count', source: 'nvidia2020tf32' },
      { label: { en: 'Bits TF32 actually uses (sign + exponent + mantissa)', ko: 'TF32가 실제로 쓰는 비트 수(부호 + 지수 + 가수)' }, value: 19, unit: 'count', source: 'nvidia2020tf32' },
    ],
    related: ['mixed-precision-training', 'fp8', 'training-arguments'],
    sources: ['nvidia2020tf32', 'pytorch2026amp', 'huggingface2026trainer'],
  },
  {
    id: 'gradient-checkpointing',
    kind: 'training',
    name: 'Gradient checkpointing (activation recomputation)',
    nameKo: '그래디언트 체크포인팅(활성값 재계산)',
    aliases: ['gradient checkpointing', 'activation checkpointing', 'activation recomputation', 'selective activation recomputation', '그래디언트 체크포인팅', '활성값 체크포인팅', '활성값 재계산', '액티베이션 체크포인팅'],
    code: ['gradient_checkpointing', 'gradient_checkpointing_enable', 'gradient_checkpointing_disable', 'gradient_checkpointing_kwargs', 'checkpoint_sequential', 'enable_input_require_grads', 'activation_checkpointing'],
    contextual: [{ spelling: 'use_reentrant', as: 'argument', within: ['checkpoint', 'gradient_checkpointing_enable'] }, { spelling: 'use_reentrant', as: 'key' }],
    summary: {
      en: 'Keeping only some activations (typically each layer\'s input) during the forward pass and recomputing the rest during backward, trading about one extra forward pass for a large cut in activation memory.',
      ko: '순전파 때 일부 활성값(보통 각 층의 입력)만 남기고 나머지는 역전파 때 다시 계산해, 순전파 한 번 정도의 추가 연산으로 활성값 메모리를 크게 줄이는 기법.',
    },
    explanation: {
      en: "Backpropagation needs every intermediate activation, and for a Transformer these grow with layers × batch × sequence length, often exceeding the weights. Checkpointing stores only the input of each block and reruns the block's forward pass when its gradient is needed; Chen et al. showed that an n-layer network then needs O(√n) memory at the cost of one extra forward computation. In practice training is about 20–30 % slower. `model.gradient_checkpointing_enable()` or `TrainingArguments(gradient_checkpointing=True)` wraps each decoder layer in `torch.utils.checkpoint`; pass `gradient_checkpointing_kwargs={\"use_reentrant\": False}` for the newer implementation, which works with frozen inputs. Gotchas: the KV cache must be off during training (`use_cache=False`, Transformers warns and disables it), and with PEFT on a frozen base the reentrant variant needs `enable_input_require_grads()` so that gradients reach the adapters. It is unrelated to saving training checkpoints to disk.",
      ko: '역전파에는 모든 중간 활성값이 필요하고, 트랜스포머에서는 층 수 × 배치 × 시퀀스 길이에 비례해 커져 가중치보다 커지는 경우가 많다. 체크포인팅은 각 블록의 입력만 저장해 두었다가, 그 블록의 기울기가 필요할 때 순전파를 다시 돌린다. Chen 외는 이렇게 하면 n층 네트워크가 순전파 한 번의 추가 연산으로 O(√n) 메모리만 쓴다는 것을 보였다. 실제로는 학습이 20~30% 정도 느려진다. `model.gradient_checkpointing_enable()`이나 `TrainingArguments(gradient_checkpointing=True)`는 디코더 층마다 `torch.utils.checkpoint`를 씌운다. 고정된 입력과도 잘 동작하는 새 구현을 쓰려면 `gradient_checkpointing_kwargs={"use_reentrant": False}`를 넘긴다. 함정도 있다. 학습 중에는 KV 캐시를 꺼야 하고(`use_cache=False`, Transformers가 경고하고 꺼 준다), 고정된 기본 모델 위에서 PEFT를 쓸 때 재진입(reentrant) 방식은 어댑터까지 기울기가 흐르도록 `enable_input_require_grads()`가 필요하다. 학습 체크포인트를 디스크에 저장하는 것과는 관계없다.',
    },
    keyNumbers: [
      { label: { en: 'Training slow-down stated by the Transformers documentation', ko: 'Transformers 문서가 밝힌 학습 속도 저하' }, value: 20, unit: 'percent', source: 'huggingface2026trainer', approx: true },
    ],
    related: ['activation-memory', 'gradient-accumulation', 'kv-cache', 'qlora', 'training-checkpoints', 'flash-attention'],
    sources: ['chen2016sublinear', 'korthikanti2022', 'huggingface2026trainer'],
  },
  {
    id: 'activation-memory',
    kind: 'training',
    name: 'Activation memory',
    nameKo: '활성값 메모리',
    aliases: ['activation memory', 'activations memory', 'memory for activations', '활성값 메모리', '액티베이션 메모리'],
    code: [],
    summary: {
      en: 'The memory taken by the intermediate results kept for the backward pass; it grows with batch × sequence length × hidden size × layers and, without FlashAttention, with the square of the sequence length.',
      ko: '역전파를 위해 남겨 두는 중간 결과가 차지하는 메모리. 배치 × 시퀀스 길이 × 은닉 크기 × 층 수에 비례하고, FlashAttention이 없으면 시퀀스 길이의 제곱에도 비례한다.',
    },
    explanation: {
      en: "Korthikanti et al. count, for one Transformer layer in 16-bit without parallelism or recomputation, s·b·h·(34 + 5·a·s/h) bytes, where s is the sequence length, b the micro-batch, h the hidden size and a the number of heads. The 34·sbh part comes from the inputs of the projections, the MLP, the norms and dropout masks; the 5·a·s²·b part is the attention score and softmax matrices, which dominate at long context. For a Llama-2-7B-like layer (h = 4096, a = 32) at s = 4096 and b = 1 that is about 3.3 GB per layer and over 100 GB for 32 layers, far more than the model's roughly 13.5 GB of bf16 weights. FlashAttention never materialises the score matrix, which removes the quadratic term; selective or full recomputation (gradient checkpointing) and sequence parallelism cut the rest. Memory calculators that ignore activations and sequence length, or count them only once for all layers, badly under-estimate long-context fine-tuning.",
      ko: 'Korthikanti 외는 병렬화와 재계산 없이 16비트로 학습할 때 트랜스포머 층 하나의 활성값을 s·b·h·(34 + 5·a·s/h)바이트로 센다. s는 시퀀스 길이, b는 마이크로배치, h는 은닉 크기, a는 헤드 수다. 34·sbh 부분은 투영과 MLP의 입력, 정규화, 드롭아웃 마스크에서 나오고, 5·a·s²·b 부분은 어텐션 점수와 소프트맥스 행렬로, 긴 문맥에서 대부분을 차지한다. Llama-2-7B 같은 층(h = 4096, a = 32)에서 s = 4096, b = 1이면 층 하나에 약 3.3GB, 32층이면 100GB가 넘는다. 모델 전체의 bf16 가중치 약 13.5GB보다 훨씬 크다. FlashAttention은 점수 행렬을 아예 만들지 않아 제곱 항을 없애고, 선택적 재계산이나 전체 재계산(그래디언트 체크포인팅), 시퀀스 병렬화가 나머지를 줄인다. 활성값과 시퀀스 길이를 무시하거나 모든 층을 합쳐 한 번만 세는 메모리 계산기는 긴 문맥 미세 조정을 크게 과소평가한다.',
    },
    keyNumbers: [
      { label: { en: 'Per-layer activation bytes, coefficient of s·b·h (16-bit, no recomputation)', ko: '층당 활성값 바이트에서 s·b·h의 계수(16비트, 재계산 없음)' }, value: 34, unit: 'none', source: 'korthikanti2022' },
      {
        label: { en: 'Activations of one Llama-2-7B-like layer at s = 4096, b = 1 (bytes)', ko: 's = 4096, b = 1에서 Llama-2-7B 같은 층 하나의 활성값(바이트)' },
        value: 3254779904,
        unit: 'bytes',
        source: 'korthikanti2022',
        note: {
          en: "Computed with the paper's formula: 4096 · 1 · 4096 · (34 + 5 · 32 · 4096 / 4096) = 3,254,779,904 bytes (about 3.3 GB).",
          ko: '논문의 식으로 계산한 값: 4096 · 1 · 4096 · (34 + 5 · 32 · 4096 / 4096) = 3,254,779,904바이트(약 3.3GB).',
        },
      },
      { label: { en: 'Activation-memory reduction from sequence parallelism with selective recomputation', ko: '시퀀스 병렬화와 선택적 재계산으로 얻은 활성값 메모리 감소 배수' }, value: 5, unit: 'ratio', source: 'korthikanti2022', approx: true },
    ],
    related: ['gradient-checkpointing', 'flash-attention', 'sequence-parallelism', 'batch-size', 'context-window', 'optimizer-states'],
    sources: ['korthikanti2022'],
  },
  {
    id: 'torch-compile',
    kind: 'training',
    name: 'torch.compile (compiled training and inference)',
    nameKo: 'torch.compile(컴파일된 학습과 추론)',
    aliases: ['torch.compile', 'TorchInductor', 'TorchDynamo', 'graph break', 'graph breaks', '토치 컴파일', '그래프 브레이크'],
    code: ['torch_compile', 'torch_compile_backend', 'torch_compile_mode', 'fullgraph'],
    contextual: [
      { spelling: 'reduce-overhead', as: 'value', of: 'mode' },
      { spelling: 'max-autotune', as: 'value', of: 'mode' },
      { spelling: 'reduce-overhead', as: 'value', of: 'torch_compile_mode' },
      { spelling: 'max-autotune', as: 'value', of: 'torch_compile_mode' },
      { spelling: 'inductor', as: 'value', of: 'backend' },
      { spelling: 'inductor', as: 'value', of: 'torch_compile_backend' },
    ],
    summary: {
      en: "PyTorch's just-in-time compiler: TorchDynamo captures the model's Python into graphs and TorchInductor turns them into fused kernels, which can speed up training and generation after a slow first step.",
      ko: 'PyTorch의 JIT 컴파일러. TorchDynamo가 모델의 파이썬 코드를 그래프로 잡아내고 TorchInductor가 이를 융합 커널로 바꿔, 느린 첫 스텝이 지나면 학습과 생성이 빨라질 수 있다.',
    },
    explanation: {
      en: "`model = torch.compile(model)` returns a wrapper that, on the first call, traces the forward pass into FX graphs, and the default `inductor` backend generates fused Triton or C++ kernels for them; the backward pass is compiled too. In `TrainingArguments`, `torch_compile=True` does this for you (default False), with `torch_compile_backend` and `torch_compile_mode`. `mode=\"reduce-overhead\"` adds CUDA graphs to cut launch overhead for small batches at some memory cost, and `\"max-autotune\"` benchmarks kernel variants, compiling longer. The gotchas are recompilation and graph breaks: every new input shape (varying sequence lengths) can trigger a recompile unless shapes are padded to a few buckets or marked dynamic, and Python code the tracer cannot follow splits the graph and loses fusion (`fullgraph=True` turns that into an error so you can find it). The first steps are slow while compiling, so short benchmarks mislead, and compiled models need care with gradient checkpointing, FSDP wrapping order and PEFT adapters.",
      ko: '`model = torch.compile(model)`은 감싼 모델을 돌려주고, 첫 호출 때 순전파를 FX 그래프로 추적하며, 기본 백엔드인 `inductor`가 그 그래프로 Triton이나 C++ 융합 커널을 생성한다. 역전파도 함께 컴파일된다. `TrainingArguments`에서는 `torch_compile=True`(기본값 False)로 이를 대신 해 주고, `torch_compile_backend`와 `torch_compile_mode`도 정할 수 있다. `mode="reduce-overhead"`는 CUDA 그래프를 더해 작은 배치의 커널 실행 부담을 줄이되 메모리를 조금 더 쓰고, `"max-autotune"`은 커널 변형들을 벤치마크하느라 컴파일이 더 오래 걸린다. 함정은 재컴파일과 그래프 브레이크다. 모양을 몇 개의 구간으로 패딩하거나 동적으로 표시하지 않으면 입력 모양이 바뀔 때마다(시퀀스 길이가 제각각일 때) 다시 컴파일될 수 있고, 추적기가 따라갈 수 없는 파이썬 코드는 그래프를 끊어 융합을 잃게 한다(`fullgraph=True`로 두면 이를 오류로 바꿔 찾을 수 있다). 컴파일하는 동안 첫 스텝들이 느리므로 짧은 벤치마크는 오해를 부르고, 그래디언트 체크포인팅, FSDP로 감싸는 순서, PEFT 어댑터와 함께 쓸 때는 주의가 필요하다.',
    },
    keyNumbers: [],
    related: ['mixed-precision-training', 'liger-kernel', 'gradient-checkpointing', 'fsdp', 'training-arguments'],
    sources: ['pytorch2026compile', 'huggingface2026trainer'],
  },
  {
    id: 'liger-kernel',
    kind: 'training',
    name: 'Liger Kernel',
    nameKo: 'Liger Kernel',
    aliases: ['Liger Kernel', 'Liger kernels', 'Liger 커널'],
    code: ['use_liger_kernel', 'liger_kernel', 'liger_kernel_config', 'AutoLigerKernelForCausalLM', 'apply_liger_kernel_to_llama'],
    summary: {
      en: 'A library of fused Triton kernels for LLM training (RMSNorm, RoPE, SwiGLU, fused linear + cross-entropy) that Transformers enables with `use_liger_kernel=True`.',
      ko: 'LLM 학습용 Triton 융합 커널 라이브러리(RMSNorm, RoPE, SwiGLU, 선형층과 교차 엔트로피 융합). Transformers에서는 `use_liger_kernel=True`로 켠다.',
    },
    explanation: {
      en: "Many training steps are limited by memory traffic, not arithmetic: each small operation reads and writes the whole activation tensor. Liger fuses such chains into single Triton kernels and patches a model's modules in place (`apply_liger_kernel_to_llama()`, or `use_liger_kernel=True` in `TrainingArguments` and TRL configs). Its biggest win is the fused linear cross-entropy: the logits of a 128K-token vocabulary for a long batch can take gigabytes, and computing the loss chunk by chunk without materialising them removes that peak. The authors claim about 20 % higher throughput and up to 60 % lower GPU memory on popular models; actual gains depend on model, sequence length and hardware. Only supported architectures are patched, and because it swaps modules, numerical results differ slightly from the reference implementation.",
      ko: '학습 스텝 상당수는 연산이 아니라 메모리 트래픽에 묶여 있다. 작은 연산 하나하나가 활성값 텐서 전체를 읽고 쓰기 때문이다. Liger는 이런 연산 묶음을 Triton 커널 하나로 융합하고, 모델의 모듈을 그 자리에서 바꿔 끼운다(`apply_liger_kernel_to_llama()`, 또는 `TrainingArguments`와 TRL 설정의 `use_liger_kernel=True`). 가장 큰 이득은 선형층과 교차 엔트로피의 융합이다. 128K 토큰 어휘의 로짓은 긴 배치에서 몇 기가바이트가 되는데, 이를 만들지 않고 조각별로 손실을 계산하면 그 정점이 사라진다. 저자들은 널리 쓰이는 모델에서 처리량이 약 20% 늘고 GPU 메모리가 최대 60% 준다고 주장하며, 실제 이득은 모델, 시퀀스 길이, 하드웨어에 따라 다르다. 지원하는 아키텍처만 패치되며, 모듈을 바꾸는 것이므로 수치 결과가 참조 구현과 조금 다르다.',
    },
    keyNumbers: [
      { label: { en: 'Throughput gain claimed by the authors', ko: '저자들이 주장하는 처리량 향상' }, value: 20, unit: 'percent', source: 'hsu2024liger', approx: true, unconfirmed: true, note: { en: "The authors' own benchmark claim; it varies with model and hardware.", ko: '저자들의 자체 벤치마크 주장이며, 모델과 하드웨어에 따라 달라진다.' } },
      { label: { en: 'GPU memory reduction claimed by the authors (up to)', ko: '저자들이 주장하는 GPU 메모리 감소(최대)' }, value: 60, unit: 'percent', source: 'hsu2024liger', approx: true, unconfirmed: true, note: { en: "The authors' own benchmark claim; it varies with model and hardware.", ko: '저자들의 자체 벤치마크 주장이며, 모델과 하드웨어에 따라 달라진다.' } },
    ],
    related: ['cross-entropy-loss', 'rms-norm', 'rotary-position-embedding', 'gated-mlp', 'activation-memory'],
    sources: ['hsu2024liger', 'huggingface2026trainer'],
  },
];
