import type { ContextualSpelling, Entry } from '../../schema';
import { TRAINING_ARGUMENT_CALLEES } from './callees';

/** A string given to `optim=`: `TrainingArguments(optim="paged_adamw_8bit")`, or `optim:` in a YAML config. */
const optimValue = (spelling: string): ContextualSpelling => ({ spelling, as: 'value', of: 'optim' });

/** Optimisers people pick through `optim=` and what their state costs in memory. */
export const OPTIMIZER_ENTRIES: Entry[] = [
  {
    id: 'adamw',
    kind: 'training',
    name: 'AdamW',
    nameKo: 'AdamW',
    aliases: ['AdamW', 'Adam optimizer', 'Adam optimiser', 'AdamW optimizer', 'AdamW optimiser', 'Adam with decoupled weight decay', 'AdamW 옵티마이저', '아담 옵티마이저'],
    code: ['AdamW', 'adam_beta1', 'adam_beta2', 'adam_epsilon'],
    contextual: [optimValue('adamw_torch'), optimValue('adamw_torch_fused'), optimValue('adamw_hf'), optimValue('adamw_torch_xla')],
    summary: {
      en: 'Adam with decoupled weight decay: per-parameter step sizes from running averages of the gradient and its square, and weight decay applied directly to the weights; the default optimiser for Transformers.',
      ko: '가중치 감쇠를 분리한 Adam. 기울기와 기울기 제곱의 이동 평균으로 파라미터마다 보폭을 정하고, 가중치 감쇠는 가중치에 직접 적용한다. 트랜스포머 학습의 기본 옵티마이저다.',
    },
    explanation: {
      en: 'Adam keeps two moving averages per parameter, m = β₁m + (1 − β₁)g and v = β₂v + (1 − β₂)g², corrects their start-up bias, and steps by η·m̂ / (√v̂ + ε); AdamW then subtracts ηλθ separately, which regularises properly where Adam\'s L2 penalty does not. The defaults in `TrainingArguments` are β₁ = 0.9, β₂ = 0.999 and ε = 10⁻⁸ (`adam_beta1`, `adam_beta2`, `adam_epsilon`); LLM pre-training usually lowers β₂ to 0.95 (GPT-3, Llama 2) because a shorter memory for v reacts faster to gradient spikes. The price is memory: m and v in fp32 are 8 bytes per parameter on top of weights and gradients. With `optim="adamw_torch_fused"`, the Trainer\'s default on recent PyTorch, one fused kernel updates all parameters; `adamw_torch` is the plain loop, and 8-bit or paged variants cut the state memory.',
      ko: 'Adam은 파라미터마다 두 이동 평균 m = β₁m + (1 − β₁)g, v = β₂v + (1 − β₂)g²를 유지하고, 초기 편향을 보정한 뒤 η·m̂ / (√v̂ + ε)만큼 움직인다. AdamW는 여기에 ηλθ를 따로 빼서, Adam의 L2 페널티가 제대로 못 하던 규제를 올바르게 한다. `TrainingArguments`의 기본값은 β₁ = 0.9, β₂ = 0.999, ε = 10⁻⁸(`adam_beta1`, `adam_beta2`, `adam_epsilon`)이다. LLM 사전 학습은 흔히 β₂를 0.95로 낮춘다(GPT-3, Llama 2). v의 기억을 짧게 하면 기울기 스파이크에 더 빨리 반응하기 때문이다. 대가는 메모리다. fp32의 m과 v만으로 가중치와 기울기 외에 파라미터당 8바이트가 든다. 최신 PyTorch에서 Trainer 기본값인 `optim="adamw_torch_fused"`는 커널 하나로 모든 파라미터를 갱신하고, `adamw_torch`는 평범한 루프이며, 8비트나 페이지드 변형은 상태 메모리를 줄인다.',
    },
    keyNumbers: [
      { label: { en: 'Default adam_beta2 of TrainingArguments', ko: 'TrainingArguments의 adam_beta2 기본값' }, value: 0.999, unit: 'none', source: 'huggingface2026trainer' },
      { label: { en: 'β₂ used for GPT-3', ko: 'GPT-3가 쓴 β₂' }, value: 0.95, unit: 'none', source: 'brown2020' },
      { label: { en: 'β₂ used for Llama 2', ko: 'Llama 2가 쓴 β₂' }, value: 0.95, unit: 'none', source: 'touvron2023b' },
      { label: { en: 'Bytes per parameter of the two fp32 moments', ko: 'fp32 모멘트 두 개의 파라미터당 바이트 수' }, value: 8, unit: 'bytes', source: 'kingma2015', note: { en: 'Two 4-byte values (m and v) per parameter.', ko: '파라미터마다 4바이트 값 두 개(m과 v).' } },
    ],
    related: ['weight-decay', 'optimizer-states', 'eight-bit-optimizers', 'paged-optimizers', 'lion-optimizer', 'adafactor', 'learning-rate'],
    sources: ['kingma2015', 'loshchilov2019', 'huggingface2026trainer', 'brown2020', 'touvron2023b'],
  },
  {
    id: 'adafactor',
    kind: 'training',
    name: 'Adafactor',
    nameKo: 'Adafactor',
    aliases: ['Adafactor', 'Adafactor optimizer', '아다팩터'],
    code: ['Adafactor', 'AdafactorSchedule', 'get_adafactor_schedule'],
    contextual: [optimValue('adafactor')],
    summary: {
      en: "An Adam-like optimiser that stores only row and column averages of the squared gradients of each weight matrix instead of a full second moment, so its state is tiny; T5's optimiser.",
      ko: '가중치 행렬마다 기울기 제곱의 2차 모멘트를 통째로 두지 않고 행 평균과 열 평균만 저장해 상태가 아주 작은 Adam 계열 옵티마이저. T5가 쓴 옵티마이저다.',
    },
    explanation: {
      en: "For an n × m weight matrix Adam stores n·m second-moment values; Shazeer and Stern keep n row sums and m column sums and rebuild the per-parameter estimate from their outer product, which is accurate enough in practice. They also drop the first moment, clip the update by its root mean square and can scale steps relative to each parameter's size, so the optimiser state almost vanishes: for a 4096 × 4096 matrix, 8,192 numbers instead of about 16.8M. T5 was pre-trained with it. The defaults of `transformers.Adafactor` (relative step sizes, `scale_parameter`, `warmup_init`) pick their own learning rate; to use a normal schedule set `relative_step=False, scale_parameter=False` and pass `lr`. With `optim=\"adafactor\"` the Trainer builds it for you; PyTorch also ships `torch.optim.Adafactor`. It saves memory at some cost in stability on very large models, where 8-bit AdamW is the more common choice today.",
      ko: 'n × m 가중치 행렬에 대해 Adam은 2차 모멘트 값을 n·m개 저장한다. Shazeer와 Stern은 행 합 n개와 열 합 m개만 두고, 둘의 외적으로 파라미터별 추정치를 다시 만든다. 실제로는 이 정도로 충분히 정확하다. 1차 모멘트도 없애고, 갱신량을 제곱평균제곱근으로 자르고, 파라미터 크기에 비례해 보폭을 정할 수도 있어 옵티마이저 상태가 거의 사라진다. 4096 × 4096 행렬이라면 약 1,680만 개 대신 8,192개다. T5가 이것으로 사전 학습했다. `transformers.Adafactor`의 기본 설정(상대적 보폭, `scale_parameter`, `warmup_init`)은 학습률을 스스로 정하므로, 일반 스케줄을 쓰려면 `relative_step=False, scale_parameter=False`로 두고 `lr`을 넘긴다. `optim="adafactor"`면 Trainer가 만들어 주며, PyTorch에도 `torch.optim.Adafactor`가 있다. 메모리를 아끼는 대신 아주 큰 모델에서는 안정성이 다소 떨어질 수 있어, 요즘은 8비트 AdamW를 더 많이 쓴다.',
    },
    keyNumbers: [
      {
        label: { en: 'Second-moment values stored for a 4096 × 4096 matrix (rows + columns)', ko: '4096 × 4096 행렬에 저장하는 2차 모멘트 값 수(행 + 열)' },
        value: 8192,
        unit: 'count',
        source: 'shazeer2018',
        note: { en: 'Computed as 4096 + 4096, against 4096 × 4096 = 16,777,216 for Adam.', ko: '4096 + 4096으로 계산한 값. Adam이라면 4096 × 4096 = 16,777,216개다.' },
      },
    ],
    related: ['adamw', 'optimizer-states', 't5', 'eight-bit-optimizers'],
    sources: ['shazeer2018', 'raffel2020', 'huggingface2026trainer'],
  },
  {
    id: 'eight-bit-optimizers',
    kind: 'training',
    name: '8-bit optimizers',
    nameKo: '8비트 옵티마이저',
    aliases: ['8-bit optimizer', '8-bit optimizers', '8-bit optimiser', '8-bit Adam', '8-bit AdamW', 'block-wise quantized optimizer', '8비트 옵티마이저', '8비트 Adam'],
    code: ['AdamW8bit', 'Adam8bit', 'Optimizer8bit'],
    contextual: [optimValue('adamw_bnb_8bit'), optimValue('adamw_8bit'), optimValue('adamw_torch_8bit'), optimValue('rmsprop_bnb_8bit')],
    summary: {
      en: "Optimisers that keep Adam's moment estimates in 8 bits with block-wise quantization, cutting optimiser-state memory by about 75 % at the same accuracy.",
      ko: 'Adam의 모멘트 추정치를 블록 단위 양자화로 8비트에 보관해, 정확도는 그대로 두고 옵티마이저 상태 메모리를 약 75% 줄이는 옵티마이저.',
    },
    explanation: {
      en: "Dettmers et al. split each state tensor into small blocks, each quantized with its own scale, so one outlier only hurts its own block; a non-linear (dynamic) 8-bit code keeps precision for both tiny and large values, and the update dequantizes, steps in 32-bit and re-quantizes. Adam's m and v then take 2 bytes per parameter instead of 8, and the paper matched 32-bit results on language modeling up to 1.5B parameters, GLUE fine-tuning and image classification. With the Trainer, `optim=\"adamw_bnb_8bit\"` (alias `adamw_8bit`) uses `bitsandbytes.optim.AdamW8bit`, and `adamw_torch_8bit` a torchao implementation of the same idea. Tensors below a minimum size stay in 32-bit, and the paper recommends a stable embedding layer for language models, so the saving on small models is less than 75 %. It only shrinks the optimiser state: weights, gradients and activations are untouched, which is why it is often combined with LoRA, ZeRO or gradient checkpointing.",
      ko: 'Dettmers 외는 상태 텐서를 작은 블록으로 나누어 블록마다 따로 스케일을 두고 양자화한다. 이상치가 있어도 그 블록에만 영향을 준다. 비선형(동적) 8비트 코드는 아주 작은 값과 큰 값 모두의 정밀도를 지키고, 갱신할 때는 역양자화해 32비트로 스텝한 뒤 다시 양자화한다. 이렇게 하면 Adam의 m과 v가 파라미터당 8바이트 대신 2바이트를 차지하고, 논문은 1.5B 파라미터까지의 언어 모델링, GLUE 미세 조정, 이미지 분류에서 32비트와 같은 결과를 냈다. Trainer에서는 `optim="adamw_bnb_8bit"`(별칭 `adamw_8bit`)가 `bitsandbytes.optim.AdamW8bit`를 쓰고, `adamw_torch_8bit`는 같은 발상을 torchao로 구현한 것이다. 일정 크기보다 작은 텐서는 32비트로 남고, 논문은 언어 모델에 안정적인 임베딩 층을 권하므로 작은 모델에서는 절감 폭이 75%보다 작다. 줄어드는 것은 옵티마이저 상태뿐이고 가중치, 기울기, 활성값은 그대로라서 LoRA, ZeRO, 그래디언트 체크포인팅과 함께 쓰는 경우가 많다.',
    },
    keyNumbers: [
      { label: { en: 'Optimiser-state memory saved (bitsandbytes documentation)', ko: '옵티마이저 상태 메모리 절감(bitsandbytes 문서)' }, value: 75, unit: 'percent', source: 'bitsandbytes2026optimizers', approx: true },
      { label: { en: 'Largest language model trained in the paper with 8-bit states', ko: '논문에서 8비트 상태로 학습한 가장 큰 언어 모델' }, value: 1.5e9, unit: 'parameters', source: 'dettmers2022optim' },
    ],
    related: ['adamw', 'paged-optimizers', 'optimizer-states', 'bitsandbytes', 'qlora'],
    sources: ['dettmers2022optim', 'bitsandbytes2026optimizers', 'huggingface2026trainer'],
  },
  {
    id: 'paged-optimizers',
    kind: 'training',
    name: 'Paged optimizers',
    nameKo: '페이지드 옵티마이저',
    aliases: ['paged optimizer', 'paged optimizers', 'paged optimiser', 'paged AdamW', '페이지드 옵티마이저', '페이징 옵티마이저'],
    code: ['PagedAdamW', 'PagedAdamW8bit', 'PagedAdamW32bit', 'PagedLion', 'PagedLion8bit'],
    contextual: [optimValue('paged_adamw_8bit'), optimValue('paged_adamw_32bit'), optimValue('paged_lion_8bit'), optimValue('paged_lion_32bit'), optimValue('paged_ademamix_8bit'), optimValue('paged_ademamix_32bit')],
    summary: {
      en: 'Optimiser states kept in CUDA unified memory, so that when GPU memory runs short during a spike they are paged to CPU RAM instead of crashing with out-of-memory; one of the three ideas of QLoRA.',
      ko: '옵티마이저 상태를 CUDA 통합 메모리에 두어, 메모리 사용량이 치솟아 GPU 메모리가 모자라면 메모리 부족으로 멈추는 대신 CPU 메모리로 페이징하는 방식. QLoRA의 세 가지 아이디어 중 하나다.',
    },
    explanation: {
      en: 'Fine-tuning memory is not flat: a long sequence in one batch, or gradient checkpointing recomputing a layer, can briefly need more than the GPU has. QLoRA allocates the optimiser state as paged memory through NVIDIA unified memory, which the driver moves to CPU RAM page by page when the GPU is full and back when the optimizer step needs it, much like virtual memory on a disk. When memory is not short there is no transfer and no slowdown; when it is, the step is slower but the run survives. `optim="paged_adamw_8bit"` combines paging with 8-bit states and is the usual choice in QLoRA notebooks; `paged_adamw_32bit` keeps full-precision states. Paging cannot help with weights or activations, and constant paging (a model that never fits) makes training crawl.',
      ko: '미세 조정의 메모리 사용량은 일정하지 않다. 배치 하나에 긴 시퀀스가 들어오거나 그래디언트 체크포인팅이 층을 다시 계산하면 잠깐 GPU 용량보다 많이 필요할 수 있다. QLoRA는 옵티마이저 상태를 NVIDIA 통합 메모리로 할당한다. GPU가 가득 차면 드라이버가 이를 페이지 단위로 CPU 메모리로 옮기고, 옵티마이저 스텝에서 필요할 때 다시 가져온다. 디스크를 쓰는 가상 메모리와 비슷하다. 메모리가 넉넉하면 전송도, 속도 저하도 없고, 부족할 때는 스텝이 느려지는 대신 학습이 죽지 않는다. `optim="paged_adamw_8bit"`는 페이징과 8비트 상태를 함께 쓰며 QLoRA 노트북에서 흔히 고르는 값이고, `paged_adamw_32bit`는 전체 정밀도 상태를 유지한다. 가중치나 활성값에는 도움이 되지 않으며, 계속 페이징해야 하는 상황(아예 안 들어가는 모델)이면 학습이 기어가듯 느려진다.',
    },
    keyNumbers: [],
    related: ['qlora', 'eight-bit-optimizers', 'optimizer-states', 'zero-offload', 'bitsandbytes'],
    sources: ['dettmers2023', 'huggingface2026trainer'],
  },
  {
    id: 'lion-optimizer',
    kind: 'training',
    name: 'Lion optimizer',
    nameKo: 'Lion 옵티마이저',
    aliases: ['Lion optimizer', 'Lion optimiser', 'EvoLved Sign Momentum', 'Lion 옵티마이저', '라이언 옵티마이저'],
    code: ['Lion8bit', 'Lion32bit'],
    contextual: [optimValue('lion_32bit'), optimValue('lion_8bit')],
    summary: {
      en: 'An optimiser found by program search that updates each weight by the sign of an interpolated momentum, keeping one state tensor instead of Adam\'s two.',
      ko: '프로그램 탐색으로 찾아낸 옵티마이저. 보간한 모멘텀의 부호만큼 가중치를 갱신하며, Adam의 상태 텐서 두 개 대신 하나만 둔다.',
    },
    explanation: {
      en: 'Chen et al. searched a space of update rules and found: c = β₁m + (1 − β₁)g, θ ← θ − η(sign(c) + λθ), then m = β₂m + (1 − β₂)g, with default β₁ = 0.9 and β₂ = 0.99. Because the update is a sign, every coordinate moves by the same magnitude η, so the update norm is larger than Adam\'s: the authors recommend a learning rate 3–10× smaller than AdamW\'s and a weight decay 3–10× larger, keeping η·λ similar. Storing only m halves the optimiser state relative to Adam. Reported gains were on vision and language models trained at large batch sizes; on small batches or with an untuned learning rate, Lion is often no better than AdamW. The Trainer offers it through bitsandbytes as `optim="lion_32bit"` or `"lion_8bit"`.',
      ko: 'Chen 외는 갱신 규칙의 공간을 탐색해 c = β₁m + (1 − β₁)g, θ ← θ − η(sign(c) + λθ), 그다음 m = β₂m + (1 − β₂)g라는 규칙을 찾았다. 기본값은 β₁ = 0.9, β₂ = 0.99다. 갱신이 부호이므로 모든 좌표가 같은 크기 η만큼 움직여 갱신량의 노름이 Adam보다 크다. 그래서 저자들은 학습률은 AdamW보다 3~10배 작게, 가중치 감쇠는 3~10배 크게 잡아 η·λ를 비슷하게 유지하라고 권한다. m만 저장하므로 옵티마이저 상태가 Adam의 절반이다. 보고된 이득은 큰 배치로 학습한 비전·언어 모델에서 나왔고, 배치가 작거나 학습률을 맞추지 않으면 AdamW보다 나을 게 없는 경우가 많다. Trainer에서는 bitsandbytes를 통해 `optim="lion_32bit"`나 `"lion_8bit"`로 쓸 수 있다.',
    },
    keyNumbers: [],
    related: ['adamw', 'weight-decay', 'learning-rate', 'eight-bit-optimizers', 'optimizer-states'],
    sources: ['chen2023lion', 'huggingface2026trainer'],
  },
  {
    id: 'optimizer-states',
    kind: 'training',
    name: 'Optimizer states and the optim setting',
    nameKo: '옵티마이저 상태와 optim 설정',
    aliases: ['optimizer state', 'optimizer states', 'optimiser state', 'optimiser states', 'Adam states', 'optimizer memory', '옵티마이저 상태', '옵티마이저 메모리'],
    code: ['optim_args', 'optim_target_modules', 'OptimizerNames'],
    contextual: [
      { spelling: 'optim', as: 'argument', within: [...TRAINING_ARGUMENT_CALLEES] },
      { spelling: 'optim', as: 'key' },
    ],
    summary: {
      en: 'What an optimiser remembers between steps (for Adam, two moments per parameter), and the memory it costs: in mixed-precision Adam training, 12 of the 16 bytes per parameter.',
      ko: '옵티마이저가 스텝 사이에 기억하는 값(Adam이라면 파라미터마다 모멘트 두 개)과 그 메모리. 혼합 정밀도 Adam 학습에서는 파라미터당 16바이트 중 12바이트를 차지한다.',
    },
    explanation: {
      en: "Training memory per parameter, in the ZeRO paper's accounting for mixed-precision Adam: 2 bytes of fp16 or bf16 weights, 2 bytes of gradients, and 12 bytes of optimiser state (an fp32 master copy of the weights plus the fp32 moments m and v), 16 bytes in all before any activation. A 7B model therefore needs about 112 GB just for these, which is why the optimiser state is the first thing to shrink: 8-bit states (2 bytes for both moments), Adafactor's factored moments, Lion's single moment, sharding it across GPUs (ZeRO-1 and up, FSDP), offloading it to CPU, or training only a few adapter parameters (LoRA). `TrainingArguments(optim=...)` picks the optimiser by name (`adamw_torch_fused`, `adafactor`, `adamw_bnb_8bit`, `paged_adamw_8bit`, `lion_8bit`, `galore_adamw` and others), and `optim_args` passes extra settings. The state is saved in every full checkpoint, so it also dominates checkpoint size.",
      ko: 'ZeRO 논문의 계산으로 혼합 정밀도 Adam 학습의 파라미터당 메모리는 fp16이나 bf16 가중치 2바이트, 기울기 2바이트, 옵티마이저 상태 12바이트(fp32 가중치 마스터 사본과 fp32 모멘트 m, v)로, 활성값을 빼고도 모두 16바이트다. 7B 모델이라면 이것만으로 약 112GB가 필요하다. 그래서 가장 먼저 줄이는 것이 옵티마이저 상태다. 8비트 상태(두 모멘트 합쳐 2바이트), Adafactor의 분해된 모멘트, Lion의 단일 모멘트, GPU 사이에 나누어 두기(ZeRO-1 이상, FSDP), CPU로 오프로드하기, 어댑터 파라미터만 조금 학습하기(LoRA) 같은 방법이 있다. `TrainingArguments(optim=...)`는 옵티마이저를 이름으로 고르고(`adamw_torch_fused`, `adafactor`, `adamw_bnb_8bit`, `paged_adamw_8bit`, `lion_8bit`, `galore_adamw` 등), `optim_args`로 추가 설정을 넘긴다. 상태는 전체 체크포인트마다 저장되므로 체크포인트 크기도 대부분 이것이 차지한다.',
    },
    keyNumbers: [
      { label: { en: 'Bytes per parameter of mixed-precision Adam training (weights, gradients, optimiser state)', ko: '혼합 정밀도 Adam 학습의 파라미터당 바이트 수(가중치, 기울기, 옵티마이저 상태)' }, value: 16, unit: 'bytes', source: 'rajbhandari2020' },
      { label: { en: 'Of which optimiser state (fp32 master weights, m and v)', ko: '그중 옵티마이저 상태(fp32 마스터 가중치, m, v)' }, value: 12, unit: 'bytes', source: 'rajbhandari2020' },
    ],
    related: ['adamw', 'eight-bit-optimizers', 'paged-optimizers', 'adafactor', 'zero-redundancy-optimizer', 'mixed-precision-training', 'lora', 'training-checkpoints'],
    sources: ['rajbhandari2020', 'huggingface2026trainer'],
  },
];
