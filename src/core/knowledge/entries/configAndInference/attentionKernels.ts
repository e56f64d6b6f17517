import type { Entry } from '../../schema';

/** The attention backends behind `attn_implementation`: which kernel runs, and what each one can and cannot do. */
export const ATTENTION_KERNELS: Entry[] = [
  {
    id: 'attn-implementation',
    kind: 'inference',
    name: 'attn_implementation (attention backend)',
    nameKo: 'attn_implementation (어텐션 백엔드)',
    aliases: ['attention implementation', 'attention backend', '어텐션 구현', '어텐션 백엔드'],
    code: ['attn_implementation', '_attn_implementation', 'set_attn_implementation', 'AttentionInterface', 'ALL_ATTENTION_FUNCTIONS', 'flex_attention'],
    summary: {
      en: 'The loading argument that picks which attention kernel a transformers model runs: "eager" (plain PyTorch), "sdpa" (PyTorch\'s fused function, the default), "flash_attention_2" or "flash_attention_3" (the flash-attn package) or "flex_attention".',
      ko: 'transformers 모델이 어떤 어텐션 커널을 쓸지 고르는 로딩 인자로, "eager"(일반 PyTorch), "sdpa"(PyTorch 융합 함수, 기본값), "flash_attention_2"·"flash_attention_3"(flash-attn 패키지), "flex_attention" 중에서 고른다.',
    },
    explanation: {
      en: 'All backends compute the same attention; they differ in speed, memory and features. "sdpa" is the default when the model supports it, "eager" otherwise. "flash_attention_2" needs the flash-attn package, half precision and a recent NVIDIA GPU, "flash_attention_3" a Hopper GPU, and "flex_attention" compiles custom masks with PyTorch\'s FlexAttention; transformers 5 also accepts "paged|sdpa"-style names for its continuous-batching path and kernels from the Hub. "eager" is the one to use when you need `output_attentions=True` or a trick the fused kernels lack. The choice is stored as `model.config._attn_implementation` and can be changed after loading with `model.set_attn_implementation(...)`; custom functions are registered through `AttentionInterface`. Gotcha: "sdpa" is not a synonym for FlashAttention, since PyTorch picks its flash, memory-efficient or math kernel per call and falls back when the mask, dtype or head size does not fit.',
      ko: '모든 백엔드는 같은 어텐션을 계산하며 속도, 메모리, 지원 기능이 다를 뿐입니다. 모델이 지원하면 "sdpa"가 기본이고, 아니면 "eager"입니다. "flash_attention_2"는 flash-attn 패키지와 반정밀도, 최신 NVIDIA GPU가 필요하고, "flash_attention_3"는 Hopper GPU가 필요하며, "flex_attention"은 PyTorch의 FlexAttention으로 사용자 정의 마스크를 컴파일합니다. transformers 5는 연속 배칭 경로용 "paged|sdpa" 같은 이름과 Hub의 커널도 받습니다. `output_attentions=True`가 필요하거나 융합 커널에 없는 기법을 쓸 때는 "eager"를 씁니다. 선택한 값은 `model.config._attn_implementation`에 저장되고, 불러온 뒤에도 `model.set_attn_implementation(...)`으로 바꿀 수 있으며, 직접 만든 함수는 `AttentionInterface`로 등록합니다. 주의할 점: "sdpa"는 FlashAttention과 같은 말이 아닙니다. PyTorch가 호출마다 flash, memory-efficient, math 커널 중 하나를 고르고, 마스크나 dtype, 헤드 크기가 맞지 않으면 다른 커널로 내려가기 때문입니다.',
    },
    keyNumbers: [],
    related: ['eager-attention', 'pytorch-sdpa', 'flash-attention-2', 'flash-attention-3', 'flash-attention', 'attention-weights', 'paged-attention'],
    sources: ['huggingface2025attentioninterface', 'pytorch2023sdpa'],
  },
  {
    id: 'eager-attention',
    kind: 'inference',
    name: 'Eager attention (attn_implementation="eager")',
    nameKo: 'eager 어텐션 (attn_implementation="eager")',
    aliases: ['eager attention', 'eager 어텐션'],
    code: ['eager_attention_forward'],
    contextual: [{ spelling: 'eager', as: 'value', of: 'attn_implementation' }],
    summary: {
      en: 'The plain PyTorch attention path in transformers (matmul, mask, softmax, matmul) that materialises the full score matrix: the slowest backend, but the reference one and the only one that can return attention weights.',
      ko: '전체 점수 행렬을 실제로 만드는 transformers의 일반 PyTorch 어텐션 경로(행렬 곱, 마스크, softmax, 행렬 곱)로, 가장 느리지만 기준이 되는 구현이며 어텐션 가중치를 돌려줄 수 있는 유일한 백엔드다.',
    },
    explanation: {
      en: '`eager_attention_forward` expands grouped KV heads with `repeat_kv`, multiplies queries by the transposed keys and the scale, adds the causal and padding mask, takes the softmax in float32, applies dropout and multiplies by the values. Memory grows with the square of the sequence length per head, which limits it to short inputs. Use it when you need `output_attentions=True`, when a model applies something to the raw scores that your kernel lacks (Gemma 2\'s soft-capping on kernels without `softcap`), or to inspect and hook the scores while debugging. transformers also falls back to it for models that do not support SDPA. Outputs differ from SDPA or FlashAttention in the last bits at half precision, so greedy generations can diverge after many tokens; that is expected, not a bug.',
      ko: '`eager_attention_forward`는 묶인 KV 헤드를 `repeat_kv`로 펼치고, 쿼리에 전치한 키와 스케일을 곱하고, 인과 마스크와 패딩 마스크를 더한 뒤, float32로 softmax를 취하고 드롭아웃을 적용해 값과 곱합니다. 메모리가 헤드마다 시퀀스 길이의 제곱으로 늘어나므로 짧은 입력에만 쓸 만합니다. `output_attentions=True`가 필요할 때, 모델이 원시 점수에 커널이 지원하지 않는 처리를 할 때(`softcap`이 없는 커널에서 Gemma 2의 소프트캡핑), 디버깅하면서 점수를 들여다보거나 훅을 걸 때 씁니다. transformers는 SDPA를 지원하지 않는 모델에서도 이 경로로 돌아갑니다. 반정밀도에서는 SDPA나 FlashAttention과 마지막 비트가 달라서 그리디 생성이 많은 토큰 뒤에 갈라질 수 있는데, 이는 예상된 동작이지 버그가 아닙니다.',
    },
    keyNumbers: [],
    related: ['attn-implementation', 'pytorch-sdpa', 'attention-weights', 'scaled-dot-product-attention', 'logit-soft-capping', 'repeat-kv'],
    sources: ['huggingface2025attentioninterface', 'vaswani2017'],
  },
  {
    id: 'pytorch-sdpa',
    kind: 'inference',
    name: 'PyTorch SDPA (F.scaled_dot_product_attention)',
    nameKo: 'PyTorch SDPA (F.scaled_dot_product_attention)',
    aliases: ['PyTorch SDPA', 'SDPA', 'SDPA attention', 'SDPA 어텐션'],
    code: ['sdpa', 'sdpa_attention_forward', 'SDPBackend', 'sdpa_kernel', 'enable_gqa'],
    contextual: [{ spelling: 'sdpa', as: 'value', of: 'attn_implementation' }],
    summary: {
      en: "PyTorch's fused attention function, available since PyTorch 2.0, which picks a FlashAttention, memory-efficient, cuDNN or plain math kernel for each call; transformers' default backend, chosen with attn_implementation=\"sdpa\".",
      ko: 'PyTorch 2.0부터 제공되는 융합 어텐션 함수로, 호출마다 FlashAttention, memory-efficient, cuDNN, 일반 math 커널 중 하나를 고르며, transformers의 기본 백엔드로 attn_implementation="sdpa"로 선택한다.',
    },
    explanation: {
      en: '`torch.nn.functional.scaled_dot_product_attention(q, k, v, attn_mask, dropout_p, is_causal, scale, enable_gqa)` computes softmax(QKᵀ·scale + mask)·V in one call. Behind it PyTorch has several kernels: a FlashAttention-2-based one (half precision, causal or no mask), a memory-efficient one that accepts arbitrary masks, cuDNN attention on recent GPUs, and a math fallback that runs anywhere, including CPUs; `with sdpa_kernel(SDPBackend.FLASH_ATTENTION):` forces one and raises an error if it cannot run. So "sdpa" is not FlashAttention by definition: a padded batch with an explicit attention mask usually lands on the memory-efficient or math kernel, which is why it can be slower than attn_implementation="flash_attention_2" on ragged batches, while needing no extra package. `enable_gqa=True` lets it read grouped KV heads without copying them.',
      ko: '`torch.nn.functional.scaled_dot_product_attention(q, k, v, attn_mask, dropout_p, is_causal, scale, enable_gqa)`는 softmax(QKᵀ·scale + mask)·V를 호출 한 번으로 계산합니다. 그 뒤에는 여러 커널이 있습니다. FlashAttention-2 기반 커널(반정밀도, 인과 마스크나 마스크 없음), 임의의 마스크를 받는 memory-efficient 커널, 최신 GPU의 cuDNN 어텐션, 그리고 CPU를 포함해 어디서나 도는 math 대체 경로입니다. `with sdpa_kernel(SDPBackend.FLASH_ATTENTION):`으로 하나를 강제할 수 있고, 실행할 수 없으면 오류가 납니다. 그러니 "sdpa"가 곧 FlashAttention은 아닙니다. 명시적인 어텐션 마스크가 있는 패딩 배치는 보통 memory-efficient나 math 커널로 가므로, 길이가 들쭉날쭉한 배치에서는 attn_implementation="flash_attention_2"보다 느릴 수 있지만 추가 패키지가 필요 없습니다. `enable_gqa=True`를 주면 묶인 KV 헤드를 복사하지 않고 읽습니다.',
    },
    keyNumbers: [],
    related: ['scaled-dot-product-attention', 'attn-implementation', 'flash-attention', 'flash-attention-2', 'eager-attention', 'repeat-kv'],
    sources: ['pytorch2023sdpa', 'huggingface2025attentioninterface', 'dao2023flashattention2'],
  },
  {
    id: 'flash-attention-2',
    kind: 'inference',
    name: 'FlashAttention-2',
    nameKo: '플래시 어텐션 2 (FlashAttention-2)',
    aliases: ['FlashAttention-2', 'FlashAttention 2', 'FlashAttention2', 'Flash Attention 2', '플래시 어텐션 2', '플래시어텐션2'],
    code: ['flash_attention_2', 'flash_attn_func', 'flash_attn_varlen_func', 'is_flash_attn_2_available'],
    contextual: [{ spelling: 'flash_attention_2', as: 'value', of: 'attn_implementation' }],
    summary: {
      en: 'The 2023 rewrite of FlashAttention with better parallelism and work partitioning, about twice as fast as the first version and reaching 50–73% of an A100\'s peak throughput; transformers selects it with attn_implementation="flash_attention_2".',
      ko: '병렬화와 작업 분할을 개선해 2023년에 다시 쓴 FlashAttention으로, 첫 버전보다 약 두 배 빠르고 A100 최대 처리량의 50~73%에 이르며, transformers에서는 attn_implementation="flash_attention_2"로 선택한다.',
    },
    explanation: {
      en: "Dao (2023) kept FlashAttention's tiling and online softmax but cut the non-matmul work (rescaling once at the end), parallelised over the sequence length as well as batch and heads, which keeps the GPU busy on long sequences with small batches, and split work between warps to cut shared-memory traffic. The result is about 2× the speed of FlashAttention-1, 50–73% of the A100's theoretical FLOP/s, and up to 225 TFLOP/s per A100 (72% model FLOPs utilisation) when training GPT-style models; with a causal mask about half the blocks are skipped. It needs the compiled flash-attn package, an Ampere, Ada or Hopper GPU, fp16 or bf16 inputs and head dimensions up to 256. In transformers, padded batches are unpadded into one packed sequence (`flash_attn_varlen_func`), so padding costs no compute, and sliding windows are supported. Gotchas: float32 inputs are not supported, the wheel must match your CUDA and PyTorch versions, and on an H100 it reaches only about 35% utilisation, the gap FlashAttention-3 closes.",
      ko: 'Dao(2023)는 FlashAttention의 타일링과 온라인 softmax를 유지하면서, 행렬 곱이 아닌 연산을 줄이고(재스케일은 마지막에 한 번), 배치와 헤드뿐 아니라 시퀀스 길이 방향으로도 병렬화해 배치가 작고 시퀀스가 긴 경우에도 GPU를 바쁘게 만들었으며, 워프 사이의 작업 분담을 바꿔 공유 메모리 통신을 줄였습니다. 결과는 FlashAttention-1보다 약 2배 빠르고, A100 이론 FLOP/s의 50~73%이며, GPT 계열 모델 학습에서 A100 한 장당 최대 225 TFLOP/s(모델 FLOPs 활용률 72%)입니다. 인과 마스크가 있으면 블록의 약 절반을 건너뜁니다. 컴파일된 flash-attn 패키지, Ampere·Ada·Hopper GPU, fp16이나 bf16 입력, 256 이하의 헤드 차원이 필요합니다. transformers에서는 패딩 배치를 하나의 이어 붙인 시퀀스로 풀어(`flash_attn_varlen_func`) 패딩에 계산을 쓰지 않고, 슬라이딩 윈도우도 지원합니다. 주의할 점: float32 입력은 지원하지 않고, 휠이 CUDA·PyTorch 버전과 맞아야 하며, H100에서는 활용률이 약 35%에 그치는데 이 차이를 FlashAttention-3가 메웁니다.',
    },
    keyNumbers: [
      { label: { en: 'Speed-up over FlashAttention-1', ko: 'FlashAttention-1 대비 속도 향상' }, value: 2, unit: 'ratio', source: 'dao2023flashattention2', approx: true },
      { label: { en: 'Share of A100 peak FLOP/s reached (upper end of 50–73%)', ko: 'A100 최대 FLOP/s 대비 도달 비율 (50~73% 중 상한)' }, value: 73, unit: 'percent', source: 'dao2023flashattention2' },
      { label: { en: 'Model FLOPs utilisation in GPT-style training', ko: 'GPT 계열 학습의 모델 FLOPs 활용률' }, value: 72, unit: 'percent', source: 'dao2023flashattention2' },
      { label: { en: 'H100 utilisation of FlashAttention-2', ko: 'FlashAttention-2의 H100 활용률' }, value: 35, unit: 'percent', source: 'shah2024flashattention3' },
    ],
    related: ['flash-attention', 'flash-attention-3', 'pytorch-sdpa', 'attn-implementation', 'sliding-window-attention'],
    sources: ['dao2023flashattention2', 'shah2024flashattention3', 'huggingface2025attentioninterface'],
  },
  {
    id: 'flash-attention-3',
    kind: 'inference',
    name: 'FlashAttention-3',
    nameKo: '플래시 어텐션 3 (FlashAttention-3)',
    aliases: ['FlashAttention-3', 'FlashAttention 3', 'FlashAttention3', 'Flash Attention 3', '플래시 어텐션 3', '플래시어텐션3'],
    code: ['flash_attention_3', 'flash_attn_interface'],
    contextual: [{ spelling: 'flash_attention_3', as: 'value', of: 'attn_implementation' }],
    summary: {
      en: 'FlashAttention rebuilt for NVIDIA Hopper GPUs, using asynchronous tensor cores and TMA, overlapping softmax with matmuls and adding FP8: 1.5–2.0× faster than FlashAttention-2 on an H100, up to 740 TFLOP/s in FP16.',
      ko: 'NVIDIA Hopper GPU에 맞춰 다시 만든 FlashAttention으로, 비동기 텐서 코어와 TMA를 쓰고 softmax를 행렬 곱과 겹치며 FP8을 더해, H100에서 FlashAttention-2보다 1.5~2.0배 빠르고 FP16에서 최대 740 TFLOP/s를 낸다.',
    },
    explanation: {
      en: 'Shah et al. (2024) note that FlashAttention-2 uses only about 35% of an H100 because it ignores Hopper\'s asynchronous hardware. FlashAttention-3 adds three techniques: warp specialisation, so some warps move data with the Tensor Memory Accelerator while others compute; interleaving the block-wise matmuls with the softmax so the slow exponentials hide behind tensor-core work; and FP8 with block quantisation and incoherent processing (a Hadamard rotation that spreads outliers) to keep FP8 error low. The paper reports 1.5–2.0× over FlashAttention-2 with FP16 at up to 740 TFLOP/s (75% utilisation), close to 1.2 PFLOP/s in FP8, and 2.6× lower numerical error than a baseline FP8 attention. It runs only on Hopper GPUs (H100, H800), is installed separately from the hopper directory of the flash-attention repository, and is selected with attn_implementation="flash_attention_3"; on A100s or consumer GPUs use FlashAttention-2 or SDPA.',
      ko: 'Shah 등(2024)은 FlashAttention-2가 Hopper의 비동기 하드웨어를 쓰지 못해 H100의 약 35%만 활용한다는 점에 주목했습니다. FlashAttention-3는 세 가지 기법을 더합니다. 일부 워프는 Tensor Memory Accelerator로 데이터를 옮기고 다른 워프는 계산하게 하는 워프 특화, 느린 지수 연산이 텐서 코어 작업 뒤에 숨도록 블록 단위 행렬 곱과 softmax를 엇갈려 배치하는 것, 그리고 블록 양자화와 incoherent processing(이상치를 흩뜨리는 하다마드 회전)로 오차를 낮춘 FP8입니다. 논문은 FP16에서 FlashAttention-2보다 1.5~2.0배 빠른 최대 740 TFLOP/s(활용률 75%), FP8에서 1.2 PFLOP/s에 가까운 속도, 기준 FP8 어텐션보다 2.6배 낮은 수치 오차를 보고합니다. Hopper GPU(H100, H800)에서만 돌고, flash-attention 저장소의 hopper 디렉터리에서 따로 설치하며, attn_implementation="flash_attention_3"로 선택합니다. A100이나 일반 소비자용 GPU에서는 FlashAttention-2나 SDPA를 씁니다.',
    },
    keyNumbers: [
      { label: { en: 'Speed-up over FlashAttention-2 on H100 (up to)', ko: 'H100에서 FlashAttention-2 대비 속도 향상 (최대)' }, value: 2, unit: 'ratio', source: 'shah2024flashattention3' },
      { label: { en: 'H100 utilisation in FP16', ko: 'FP16에서의 H100 활용률' }, value: 75, unit: 'percent', source: 'shah2024flashattention3' },
      { label: { en: 'Lower numerical error than baseline FP8 attention', ko: '기준 FP8 어텐션 대비 낮은 수치 오차' }, value: 2.6, unit: 'ratio', source: 'shah2024flashattention3' },
    ],
    related: ['flash-attention-2', 'flash-attention', 'attn-implementation', 'pytorch-sdpa', 'quantization'],
    sources: ['shah2024flashattention3', 'huggingface2025attentioninterface'],
  },
];
