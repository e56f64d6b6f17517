import type { Entry } from '../../schema';

/**
 * GGUF files, llama.cpp, and the GGML quantization types people pick from file names. The bits per
 * weight below are 8 × bytes / weights of each type's block, as in `src/core/weights/ggmlTypes.ts`
 * (llama.cpp's `GGML_QUANT_SIZES`); a unit test checks that the two agree.
 */
export const GGUF_ENTRIES: Entry[] = [
  {
    id: 'gguf',
    kind: 'scale-down',
    name: 'GGUF',
    nameKo: 'GGUF',
    aliases: ['GGUF', 'GGUF file', 'GGUF files', 'GGUF format', 'GGUF 파일', 'GGUF 포맷'],
    code: ['gguf', 'GGUFReader', 'GGUFWriter', 'gguf_file', 'GgufConfig'],
    summary: {
      en: 'The single-file model format of llama.cpp and the GGML ecosystem: a header of typed key–value metadata (architecture, hyper-parameters, tokenizer, chat template) followed by aligned tensors in any GGML type.',
      ko: 'llama.cpp와 GGML 생태계의 단일 파일 모델 형식. 자료형이 붙은 키-값 메타데이터(아키텍처, 하이퍼파라미터, 토크나이저, 채팅 템플릿) 헤더 뒤에 GGML 타입의 텐서가 정렬되어 이어진다.',
    },
    explanation: {
      en: "A GGUF file starts with the magic bytes `GGUF` and a version (3 today), then metadata such as `general.architecture`, `llama.context_length`, `tokenizer.ggml.tokens` and `general.file_type`, then a table of tensor names, shapes, types and offsets, and finally the tensor data, aligned to `general.alignment` (32 bytes by default) so that it can be memory-mapped. Everything needed to run the model, tokenizer included, is in one file, which is why Ollama, LM Studio and llama.cpp use it; large models are split into `-00001-of-0000N.gguf` parts. Each tensor has its own type, so a `Q4_K_M` file mixes Q4_K, Q6_K and F32 tensors and the name only describes the dominant choice. Transformers can read one with `from_pretrained(repo, gguf_file=…)`, but it dequantizes to full precision; the `gguf` Python package (`GGUFReader`) reads the metadata and tensors directly.",
      ko: 'GGUF 파일은 매직 바이트 `GGUF`와 버전(현재 3)으로 시작한다. 이어서 `general.architecture`, `llama.context_length`, `tokenizer.ggml.tokens`, `general.file_type` 같은 메타데이터, 텐서 이름·모양·타입·오프셋의 표가 오고, 마지막에 텐서 데이터가 메모리 매핑할 수 있도록 `general.alignment`(기본 32바이트)에 맞춰 정렬되어 있다. 토크나이저까지 모델 실행에 필요한 모든 것이 한 파일에 들어 있어 Ollama, LM Studio, llama.cpp가 이 형식을 쓰며, 큰 모델은 `-00001-of-0000N.gguf` 조각으로 나눈다. 텐서마다 타입이 따로 있으므로 `Q4_K_M` 파일에는 Q4_K, Q6_K, F32 텐서가 섞여 있고, 이름은 주된 선택만 나타낸다. Transformers는 `from_pretrained(repo, gguf_file=…)`로 읽을 수 있지만 전체 정밀도로 역양자화한다. `gguf` 파이썬 패키지(`GGUFReader`)는 메타데이터와 텐서를 직접 읽는다.',
    },
    keyNumbers: [
      { label: { en: 'Current GGUF format version', ko: '현재 GGUF 형식 버전' }, value: 3, unit: 'count', source: 'ggml2023gguf' },
      { label: { en: 'Default tensor-data alignment', ko: '기본 텐서 데이터 정렬' }, value: 32, unit: 'bytes', source: 'ggml2023gguf' },
    ],
    related: ['llama-cpp', 'k-quants', 'legacy-quants', 'i-quants', 'quantization'],
    sources: ['ggml2023gguf', 'gerganov2023llamacpp'],
  },
  {
    id: 'llama-cpp',
    kind: 'inference',
    name: 'llama.cpp and GGML',
    nameKo: 'llama.cpp와 GGML',
    aliases: ['llama.cpp', 'llama-cpp', 'llama-cpp-python', 'GGML', 'ggml library', 'llama-server', 'llama-quantize'],
    code: ['llama_cpp', 'ggml', 'n_gpu_layers'],
    summary: {
      en: 'A C/C++ inference engine for LLMs, built on the GGML tensor library, that runs quantized GGUF models on CPUs, Apple Silicon and GPUs with no Python dependency.',
      ko: 'GGML 텐서 라이브러리 위에 만든 C/C++ LLM 추론 엔진. 파이썬 의존성 없이 CPU, 애플 실리콘, GPU에서 양자화된 GGUF 모델을 돌린다.',
    },
    explanation: {
      en: "Georgi Gerganov started llama.cpp in 2023 to run LLaMA on a laptop CPU; it grew into the reference runtime for local inference, with backends for CUDA, Metal, Vulkan, ROCm and SYCL and its own quantization types. Models are converted from Hugging Face checkpoints with `convert_hf_to_gguf.py`, quantized with `llama-quantize` (optionally guided by an importance matrix from `llama-imatrix`), and served with `llama-cli` or the OpenAI-compatible `llama-server`; `llama-cpp-python` (imported as `llama_cpp`) wraps it for Python, and Ollama and LM Studio build on it. `-ngl` (`n_gpu_layers`) offloads that many layers to the GPU and keeps the rest on the CPU, which is how models larger than VRAM still run, slowly. Memory is roughly the GGUF file size plus the KV cache for the chosen context (`-c`), which llama.cpp can also quantize.",
      ko: 'Georgi Gerganov가 2023년에 노트북 CPU에서 LLaMA를 돌리려고 llama.cpp를 시작했고, 이것이 로컬 추론의 표준 런타임으로 자랐다. CUDA, Metal, Vulkan, ROCm, SYCL 백엔드와 자체 양자화 타입을 갖추고 있다. 모델은 `convert_hf_to_gguf.py`로 Hugging Face 체크포인트에서 변환하고, `llama-quantize`로 양자화하며(`llama-imatrix`가 만든 중요도 행렬을 쓸 수도 있다), `llama-cli`나 OpenAI 호환 `llama-server`로 서비스한다. `llama-cpp-python`(임포트 이름 `llama_cpp`)이 파이썬용 래퍼이고, Ollama와 LM Studio도 이것 위에 만들어졌다. `-ngl`(`n_gpu_layers`)은 그 수만큼의 층을 GPU로 올리고 나머지는 CPU에 두므로, VRAM보다 큰 모델도 느리지만 돌아간다. 메모리는 대략 GGUF 파일 크기에 선택한 문맥 길이(`-c`)만큼의 KV 캐시를 더한 것이고, llama.cpp는 KV 캐시도 양자화할 수 있다.',
    },
    keyNumbers: [],
    related: ['gguf', 'k-quants', 'i-quants', 'legacy-quants', 'kv-cache', 'llama'],
    sources: ['gerganov2023llamacpp'],
  },
  {
    id: 'k-quants',
    kind: 'scale-down',
    name: 'k-quants (Q4_K_M, Q5_K_M, Q6_K …)',
    nameKo: 'k-퀀트(Q4_K_M, Q5_K_M, Q6_K 등)',
    aliases: ['k-quants', 'k-quant', 'K-quants', 'k quants', 'k-quant types', 'k-퀀트', 'K-퀀트'],
    code: ['Q2_K', 'Q3_K', 'Q4_K', 'Q5_K', 'Q6_K', 'Q8_K', 'Q2_K_S', 'Q3_K_S', 'Q3_K_M', 'Q3_K_L', 'Q4_K_S', 'Q4_K_M', 'Q5_K_S', 'Q5_K_M'],
    summary: {
      en: "llama.cpp's quantization types with 256-weight super-blocks and quantized sub-block scales (`Q2_K` to `Q6_K`); the `_S`/`_M`/`_L` suffixes name file-level mixes that keep sensitive tensors at higher precision.",
      ko: '가중치 256개짜리 슈퍼블록과 양자화한 하위 블록 스케일을 쓰는 llama.cpp의 양자화 타입(`Q2_K`~`Q6_K`). `_S`/`_M`/`_L` 접미사는 민감한 텐서를 더 높은 정밀도로 남기는 파일 단위 조합을 뜻한다.',
    },
    explanation: {
      en: "Introduced by Kawrakow in 2023, each k-quant block holds 256 weights split into sub-blocks of 16 or 32, whose scales (and minimums) are themselves quantized to 4–8 bits under one fp16 super-scale. The nominal bit count understates the cost: Q4_K stores 256 weights in 144 bytes, 4.5 bits per weight; Q5_K 5.5, Q6_K 6.5625, Q3_K 3.4375 and Q2_K 2.625 (the PR's description said 2.5625, but the stored block is 84 bytes). Names with a suffix are file types, not tensor types: Q4_K_M uses Q6_K for half of the attention value projections and FFN down projections and Q4_K elsewhere, Q4_K_S uses Q4_K throughout, so a Q4_K_M file averages somewhat under 5 bits per weight. Q4_K_M and Q5_K_M are the usual quality/size sweet spots; Q6_K is near-lossless; below Q3_K_M quality falls quickly unless an importance matrix or i-quants are used. Q8_K exists only for intermediate activations in the dot products.",
      ko: '2023년 Kawrakow가 도입한 k-퀀트는 블록 하나에 가중치 256개를 담고, 이를 16개나 32개짜리 하위 블록으로 나눈다. 하위 블록의 스케일(과 최솟값)도 fp16 슈퍼 스케일 하나 아래에서 4~8비트로 양자화한다. 이름의 비트 수는 실제 비용보다 작다. Q4_K는 가중치 256개를 144바이트에 담아 가중치당 4.5비트이고, Q5_K는 5.5, Q6_K는 6.5625, Q3_K는 3.4375, Q2_K는 2.625비트다(PR 설명에는 2.5625라고 적혔지만 저장되는 블록은 84바이트다). 접미사가 붙은 이름은 텐서 타입이 아니라 파일 타입이다. Q4_K_M은 어텐션 값 투영과 FFN 다운 투영의 절반에 Q6_K를, 나머지에 Q4_K를 쓰고, Q4_K_S는 전부 Q4_K를 쓴다. 그래서 Q4_K_M 파일은 평균적으로 가중치당 5비트보다 조금 적게 든다. Q4_K_M과 Q5_K_M이 흔한 품질·크기 균형점이고, Q6_K는 거의 무손실이며, Q3_K_M보다 아래로 가면 중요도 행렬이나 i-퀀트를 쓰지 않는 한 품질이 빠르게 떨어진다. Q8_K는 내적 계산의 중간 활성값에만 쓰인다.',
    },
    keyNumbers: [
      { label: { en: 'Weights per k-quant super-block', ko: 'k-퀀트 슈퍼블록 하나의 가중치 수' }, value: 256, unit: 'count', source: 'kawrakow2023kquants' },
      { label: { en: 'Q2_K bits per weight', ko: 'Q2_K의 가중치당 비트' }, value: 2.625, unit: 'none', source: 'gerganov2023llamacpp' },
      { label: { en: 'Q3_K bits per weight', ko: 'Q3_K의 가중치당 비트' }, value: 3.4375, unit: 'none', source: 'gerganov2023llamacpp' },
      { label: { en: 'Q4_K bits per weight', ko: 'Q4_K의 가중치당 비트' }, value: 4.5, unit: 'none', source: 'gerganov2023llamacpp' },
      { label: { en: 'Q5_K bits per weight', ko: 'Q5_K의 가중치당 비트' }, value: 5.5, unit: 'none', source: 'gerganov2023llamacpp' },
      { label: { en: 'Q6_K bits per weight', ko: 'Q6_K의 가중치당 비트' }, value: 6.5625, unit: 'none', source: 'gerganov2023llamacpp' },
    ],
    related: ['gguf', 'legacy-quants', 'i-quants', 'llama-cpp', 'group-size'],
    sources: ['kawrakow2023kquants', 'gerganov2023llamacpp'],
  },
  {
    id: 'legacy-quants',
    kind: 'scale-down',
    name: 'GGML block quants (Q4_0, Q4_1, Q5_0, Q5_1, Q8_0)',
    nameKo: 'GGML 블록 양자화(Q4_0, Q4_1, Q5_0, Q5_1, Q8_0)',
    aliases: ['legacy quants', 'legacy GGML quants', 'GGML block quantization', '레거시 양자화', 'GGML 블록 양자화'],
    code: ['Q4_0', 'Q4_1', 'Q5_0', 'Q5_1', 'Q8_0', 'Q8_1'],
    summary: {
      en: "llama.cpp's original quantization types: blocks of 32 weights with one fp16 scale (`_0`) or a scale and a minimum (`_1`); `Q8_0` is the near-lossless 8-bit choice.",
      ko: 'llama.cpp의 초기 양자화 타입. 가중치 32개 블록마다 fp16 스케일 하나(`_0`), 또는 스케일과 최솟값(`_1`)을 둔다. `Q8_0`은 거의 무손실인 8비트 선택지다.',
    },
    explanation: {
      en: "In the `_0` types each weight is d·q with a signed integer q; in the `_1` types it is m + d·q, which fits asymmetric blocks better at the cost of another fp16 per block. With one fp16 scale per 32 weights, the true size is higher than the name: Q4_0 takes 18 bytes per 32 weights (4.5 bits), Q4_1 5.0, Q5_0 5.5, Q5_1 6.0 and Q8_0 34 bytes, 8.5 bits. Q8_0 is close to the 16-bit model in quality and is the usual format for conversions and for running models that fit; among the 4- and 5-bit legacy types, k-quants of the same size are generally more accurate, so new files rarely use them, although they remain fast on some back ends and Q4_0 has repacked variants tuned for ARM CPUs. Q8_1 is used internally for quantized activations.",
      ko: '`_0` 타입에서 각 가중치는 부호 있는 정수 q로 d·q이고, `_1` 타입에서는 m + d·q다. 블록마다 fp16을 하나 더 쓰는 대신 비대칭인 블록에 더 잘 맞는다. 가중치 32개마다 fp16 스케일이 붙으므로 실제 크기는 이름보다 크다. Q4_0은 가중치 32개에 18바이트(4.5비트), Q4_1은 5.0, Q5_0은 5.5, Q5_1은 6.0, Q8_0은 34바이트로 8.5비트다. Q8_0은 품질이 16비트 모델에 가깝고, 변환하거나 들어가는 모델을 돌릴 때 흔히 쓰는 형식이다. 4·5비트 레거시 타입은 같은 크기의 k-퀀트가 대체로 더 정확해서 새 파일에는 잘 쓰이지 않는다. 다만 일부 백엔드에서는 여전히 빠르고, Q4_0에는 ARM CPU에 맞춰 다시 배치한 변형도 있다. Q8_1은 양자화된 활성값용으로 내부에서 쓰인다.',
    },
    keyNumbers: [
      { label: { en: 'Weights per legacy block', ko: '레거시 블록 하나의 가중치 수' }, value: 32, unit: 'count', source: 'gerganov2023llamacpp' },
      { label: { en: 'Q4_0 bits per weight', ko: 'Q4_0의 가중치당 비트' }, value: 4.5, unit: 'none', source: 'gerganov2023llamacpp' },
      { label: { en: 'Q4_1 bits per weight', ko: 'Q4_1의 가중치당 비트' }, value: 5, unit: 'none', source: 'gerganov2023llamacpp' },
      { label: { en: 'Q5_0 bits per weight', ko: 'Q5_0의 가중치당 비트' }, value: 5.5, unit: 'none', source: 'gerganov2023llamacpp' },
      { label: { en: 'Q5_1 bits per weight', ko: 'Q5_1의 가중치당 비트' }, value: 6, unit: 'none', source: 'gerganov2023llamacpp' },
      { label: { en: 'Q8_0 bits per weight', ko: 'Q8_0의 가중치당 비트' }, value: 8.5, unit: 'none', source: 'gerganov2023llamacpp' },
    ],
    related: ['k-quants', 'gguf', 'i-quants', 'group-size', 'llama-cpp'],
    sources: ['gerganov2023llamacpp'],
  },
  {
    id: 'i-quants',
    kind: 'scale-down',
    name: 'i-quants and the importance matrix (IQ2_XXS … IQ4_XS)',
    nameKo: 'i-퀀트와 중요도 행렬(IQ2_XXS~IQ4_XS)',
    aliases: ['i-quants', 'i-quant', 'IQ quants', 'imatrix', 'llama.cpp importance matrix', 'i-퀀트'],
    code: ['IQ1_S', 'IQ1_M', 'IQ2_XXS', 'IQ2_XS', 'IQ2_S', 'IQ2_M', 'IQ3_XXS', 'IQ3_XS', 'IQ3_S', 'IQ3_M', 'IQ4_XS', 'IQ4_NL'],
    summary: {
      en: "llama.cpp's low-bit types that quantize groups of weights jointly against a codebook, usually guided by an importance matrix of activation statistics from calibration text; they reach usable quality down to about 2 bits per weight.",
      ko: '가중치 여러 개를 묶어 코드북에 맞춰 함께 양자화하는 llama.cpp의 저비트 타입. 보통 보정 텍스트에서 얻은 활성값 통계인 중요도 행렬의 안내를 받으며, 가중치당 약 2비트까지 쓸 만한 품질을 낸다.',
    },
    explanation: {
      en: "Scalar 2-bit rounding destroys a model, so the IQ types map small groups of weights to entries of a fixed codebook of carefully chosen points (vector quantization), with per-block scales, and IQ4_NL / IQ4_XS use a non-linear 4-bit grid. Their true costs from the block layouts: IQ1_S 1.5625 bits per weight, IQ2_XXS 2.0625, IQ2_XS 2.3125, IQ3_XXS 3.0625, IQ4_XS 4.25. The importance matrix, computed by `llama-imatrix` from a calibration text, records how strongly each weight column is used so the quantizer minimises error where it matters; it can also improve k-quants, and is close to essential below 3 bits. IQ2_M, IQ3_M and IQ3_XS are file-level mixes like Q4_K_M. The codebook lookups make i-quants slower than k-quants on some CPUs, and, as with any calibration, a matrix built on text unlike your use case can bias the result.",
      ko: '스칼라 단위로 2비트 반올림을 하면 모델이 망가진다. 그래서 IQ 타입은 가중치 작은 묶음을 정교하게 고른 점들로 된 고정 코드북의 항목에 대응시키고(벡터 양자화), 블록마다 스케일을 둔다. IQ4_NL과 IQ4_XS는 비선형 4비트 격자를 쓴다. 블록 구조에서 나오는 실제 비용은 IQ1_S가 가중치당 1.5625비트, IQ2_XXS 2.0625, IQ2_XS 2.3125, IQ3_XXS 3.0625, IQ4_XS 4.25비트다. 중요도 행렬은 `llama-imatrix`가 보정 텍스트로 계산하며, 각 가중치 열이 얼마나 세게 쓰이는지 기록해 양자화기가 중요한 곳의 오차를 줄이게 한다. k-퀀트도 개선할 수 있고, 3비트 아래에서는 거의 필수다. IQ2_M, IQ3_M, IQ3_XS는 Q4_K_M처럼 파일 단위 조합이다. 코드북 조회 때문에 일부 CPU에서는 k-퀀트보다 느리고, 여느 보정과 마찬가지로 실제 용도와 다른 텍스트로 만든 행렬은 결과를 치우치게 할 수 있다.',
    },
    keyNumbers: [
      { label: { en: 'IQ1_S bits per weight', ko: 'IQ1_S의 가중치당 비트' }, value: 1.5625, unit: 'none', source: 'gerganov2023llamacpp' },
      { label: { en: 'IQ2_XXS bits per weight', ko: 'IQ2_XXS의 가중치당 비트' }, value: 2.0625, unit: 'none', source: 'gerganov2023llamacpp' },
      { label: { en: 'IQ2_XS bits per weight', ko: 'IQ2_XS의 가중치당 비트' }, value: 2.3125, unit: 'none', source: 'gerganov2023llamacpp' },
      { label: { en: 'IQ3_XXS bits per weight', ko: 'IQ3_XXS의 가중치당 비트' }, value: 3.0625, unit: 'none', source: 'gerganov2023llamacpp' },
      { label: { en: 'IQ4_XS bits per weight', ko: 'IQ4_XS의 가중치당 비트' }, value: 4.25, unit: 'none', source: 'gerganov2023llamacpp' },
    ],
    related: ['k-quants', 'legacy-quants', 'gguf', 'calibration-data', 'llama-cpp'],
    sources: ['gerganov2023llamacpp'],
  },
];
