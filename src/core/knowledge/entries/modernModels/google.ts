import type { Entry, NumberFact } from '../../schema';
import { LABEL, key, num, t } from '../decoderModels/build';

/** A count from the official Gemma configuration (google/gemma_pytorch), with the card's figure. */
const counted = (value: number, card: string): NumberFact =>
  num(value, 'parameters', 'google2024gemmapytorch', {
    note: t(
      `Counted from the published configuration (transformers, meta device); the card says ${card}.`,
      `공개된 설정으로 센 값(transformers, meta 디바이스)이며, 카드에는 ${card}로 적혀 있다.`,
    ),
  });

/** Gemma 3's multimodal sizes: nominal size, with the language model counted separately. */
const gemma3Multimodal = (nominal: number, languageModel: string): NumberFact =>
  num(nominal, 'parameters', 'gemmateam2025gemma3', {
    approx: true,
    note: t(
      `Nominal size. The language model alone counts ${languageModel} (from its config, vocabulary 262,208 rows); the shared SigLIP vision encoder adds about 400M.`,
      `명목 크기다. 언어 모델만 세면 ${languageModel}개(설정 기준, 어휘 262,208행)이고, 공유 SigLIP 비전 인코더가 약 4억 개를 더한다.`,
    ),
  });

/** Google's open Gemma generations after the first (decoderModels/google.ts): Gemma 2, Gemma 3 and Gemma 3n. */
export const GOOGLE_MODERN_ENTRIES: Entry[] = [
  {
    id: 'gemma-2',
    kind: 'model',
    name: 'Gemma 2',
    nameKo: 'Gemma 2',
    aliases: ['Gemma 2', 'Gemma-2', 'Gemma 2 2B', 'Gemma 2 9B', 'Gemma 2 27B', 'Gemma-2-9B', 'Gemma-2-27B', '젬마 2', '젬마2'],
    code: ['Gemma2', 'gemma2'],
    summary: t(
      "Google's June–July 2024 open models (2B, 9B, 27B) that alternate sliding-window and global attention, soft-cap their logits and, at 2B and 9B, learn by distillation from a larger teacher.",
      '구글이 2024년 6~7월 공개한 공개 모델(2B·9B·27B)로, 슬라이딩 윈도 어텐션과 전역 어텐션을 번갈아 쓰고 로짓을 소프트 캡핑하며, 2B와 9B는 더 큰 교사 모델에서 증류로 학습했다.',
    ),
    explanation: t(
      "Gemma 2 changes the first Gemma's recipe in three ways. Layers alternate between local sliding-window attention over 4,096 tokens and global attention over the whole 8,192-token context, which halves the KV cache of long prompts. Attention logits are soft-capped at 50 and final logits at 30 (`attn_logit_softcapping`, `final_logit_softcapping`: logits ← cap · tanh(logits / cap)), which stabilises training but was long unsupported by FlashAttention kernels — early `transformers` versions asked for `attn_implementation=\"eager\"` with Gemma 2, and ignoring that silently degraded outputs. And the 2B and 9B were trained with knowledge distillation, predicting a larger model's token distribution instead of the one-hot next token, on 2T and 8T tokens, while the 27B was trained from scratch on 13T. All sizes use grouped-query attention, RMSNorm both before and after each sub-layer, a 256K SentencePiece vocabulary and tied embeddings, which makes the embedding table a large part of the 2B. The 27B scales queries by 1/√144 (`query_pre_attn_scalar`) rather than by its head dimension of 128.",
      'Gemma 2는 첫 Gemma의 방식을 세 가지 바꿨다. 첫째, 층마다 4,096토큰 범위의 로컬 슬라이딩 윈도 어텐션과 8,192토큰 컨텍스트 전체를 보는 전역 어텐션을 번갈아 써서 긴 프롬프트의 KV 캐시를 절반으로 줄인다. 둘째, 어텐션 로짓은 50, 최종 로짓은 30에서 소프트 캡핑한다(`attn_logit_softcapping`, `final_logit_softcapping`: 로짓 ← cap · tanh(로짓 / cap)). 학습은 안정되지만 FlashAttention 커널이 오랫동안 이를 지원하지 않아서, 초기 `transformers`는 Gemma 2에 `attn_implementation="eager"`를 쓰라고 했고 이를 무시하면 출력 품질이 소리 없이 떨어졌다. 셋째, 2B와 9B는 원-핫 다음 토큰 대신 더 큰 모델의 토큰 분포를 예측하는 지식 증류로 각각 2조, 8조 토큰을 학습했고, 27B는 13조 토큰으로 처음부터 학습했다. 모든 크기가 그룹 쿼리 어텐션, 각 하위 층 앞뒤의 RMSNorm, 256K SentencePiece 어휘, 공유 임베딩을 쓰므로 2B에서는 임베딩 행렬의 비중이 크다. 27B는 쿼리를 헤드 차원 128이 아니라 1/√144로 스케일링한다(`query_pre_attn_scalar`).',
    ),
    keyNumbers: [
      key(t('Parameters (27B)', '파라미터 수(27B)'), counted(27_227_128_320, '27B')),
      key(t('Training tokens (27B)', '학습 토큰 수(27B)'), num(13e12, 'tokens', 'google2024gemma2card', { note: t('9B: 8T; 2B: 2T.', '9B는 8조, 2B는 2조.') })),
      key(t('Sliding window', '슬라이딩 윈도'), num(4096, 'tokens', 'gemmateam2024gemma2')),
      key(LABEL.context, num(8192, 'tokens', 'gemmateam2024gemma2')),
      key(t('Final-logit soft cap', '최종 로짓 소프트 캡'), num(30, 'none', 'gemmateam2024gemma2')),
      key(LABEL.vocabulary, num(256_000, 'tokens', 'gemmateam2024gemma2')),
    ],
    related: ['gemma', 'gemma-3', 'sliding-window-attention', 'knowledge-distillation', 'grouped-query-attention', 'tied-embeddings', 'sentencepiece', 'flash-attention'],
    sources: ['gemmateam2024gemma2', 'google2024gemma2card', 'google2024gemmapytorch'],
    model: {
      family: 'decoder-only',
      year: 2024,
      month: 6,
      organisation: 'Google DeepMind',
      parameters: counted(27_227_128_320, '27B'),
      layers: num(46, 'layers', 'gemmateam2024gemma2'),
      hidden: num(4608, 'dimensions', 'gemmateam2024gemma2'),
      heads: num(32, 'heads', 'gemmateam2024gemma2'),
      vocabulary: num(256_000, 'tokens', 'gemmateam2024gemma2'),
      context: num(8192, 'tokens', 'gemmateam2024gemma2'),
      trainingTokens: num(13e12, 'tokens', 'google2024gemma2card'),
      trainingData: t('Web documents, code and mathematics, mostly English: 13T tokens for 27B, 8T for 9B, 2T for 2B', '주로 영어인 웹 문서, 코드, 수학: 27B는 13조, 9B는 8조, 2B는 2조 토큰'),
      objectives: ['causal-language-modeling', 'knowledge-distillation', 'instruction-tuning', 'rlhf'],
      improvesOn: ['gemma'],
      keyIdeas: [
        t('Local (4,096) and global attention layers alternate.', '로컬(4,096) 어텐션 층과 전역 어텐션 층이 번갈아 나온다.'),
        t('Logit soft-capping; use eager attention where kernels lack it.', '로짓 소프트 캡핑; 커널이 지원하지 않으면 eager 어텐션을 쓴다.'),
        t('2B and 9B learn from a teacher by distillation.', '2B와 9B는 증류로 교사 모델에게서 배운다.'),
      ],
      variants: [
        { id: 'gemma-2-2b', name: 'Gemma 2 2B', hfIds: ['google/gemma-2-2b', 'google/gemma-2-2b-it'], parameters: counted(2_614_341_888, '2B'), layers: 26, hidden: 2304, heads: 8 },
        { id: 'gemma-2-9b', name: 'Gemma 2 9B', hfIds: ['google/gemma-2-9b', 'google/gemma-2-9b-it'], parameters: counted(9_241_705_984, '9B'), layers: 42, hidden: 3584, heads: 16 },
        { id: 'gemma-2-27b', name: 'Gemma 2 27B', hfIds: ['google/gemma-2-27b', 'google/gemma-2-27b-it'], parameters: counted(27_227_128_320, '27B'), layers: 46, hidden: 4608, heads: 32 },
      ],
    },
  },
  {
    id: 'gemma-3',
    kind: 'model',
    name: 'Gemma 3',
    nameKo: 'Gemma 3',
    aliases: ['Gemma 3', 'Gemma-3', 'Gemma 3 1B', 'Gemma 3 4B', 'Gemma 3 12B', 'Gemma 3 27B', 'Gemma-3-27B', '젬마 3', '젬마3'],
    code: ['Gemma3', 'gemma3', 'gemma3_text'],
    summary: t(
      "Google's March 2025 open models (1B text-only; 4B, 12B and 27B with image input) with a 128K context made affordable by five local layers for every global one.",
      '구글이 2025년 3월 공개한 공개 모델(1B는 텍스트 전용, 4B·12B·27B는 이미지 입력 지원)로, 전역 층 하나마다 로컬 층 다섯 개를 두어 128K 컨텍스트를 감당할 만하게 만들었다.',
    ),
    explanation: t(
      "Gemma 3's main architectural change targets the KV cache at long context: five local sliding-window layers (1,024 tokens) for every global layer, so only one layer in six keeps keys and values for the whole 128K context (32K for the 1B). Global layers use RoPE base 1,000,000 and local layers 10,000, and QK-norm replaces Gemma 2's soft-capping. The 4B, 12B and 27B take images through a SigLIP encoder of about 400M parameters that turns each 896 × 896 crop into 256 soft tokens; they load as `Gemma3ForConditionalGeneration`, with the language model under a `text_config`, while the 1B is text-only (`Gemma3ForCausalLM`, `model_type: \"gemma3_text\"`) — code that reads `config.hidden_size` directly fails on the multimodal checkpoints. All sizes are distilled from a larger teacher, on 2T (1B), 4T (4B), 12T (12B) and 14T (27B) tokens, with the Gemini 2.0 SentencePiece tokenizer of 262K entries covering over 140 languages. Google also publishes quantization-aware-trained int4 checkpoints, which keep quality close to bf16 at about a quarter of the memory. Google claims the 27B instruction-tuned model is comparable to Gemini 1.5 Pro across benchmarks.",
      'Gemma 3의 핵심 구조 변경은 긴 컨텍스트에서의 KV 캐시를 겨냥한다. 전역 층 하나마다 로컬 슬라이딩 윈도 층(1,024토큰) 다섯 개를 두어, 여섯 층 중 한 층만 128K(1B는 32K) 컨텍스트 전체의 키와 값을 보관한다. 전역 층은 RoPE 베이스 1,000,000, 로컬 층은 10,000을 쓰고, Gemma 2의 소프트 캡핑은 QK-norm으로 바꿨다. 4B·12B·27B는 약 4억 파라미터의 SigLIP 인코더로 이미지를 받는데, 896 × 896 크롭 하나를 소프트 토큰 256개로 바꾼다. 이 모델들은 `Gemma3ForConditionalGeneration`으로 불러오고 언어 모델 설정은 `text_config` 아래에 있으며, 1B는 텍스트 전용(`Gemma3ForCausalLM`, `model_type: "gemma3_text"`)이다. 그래서 `config.hidden_size`를 바로 읽는 코드는 멀티모달 체크포인트에서 실패한다. 모든 크기를 더 큰 교사 모델에서 증류했으며, 학습 토큰은 1B 2조, 4B 4조, 12B 12조, 27B 14조이고, 140개가 넘는 언어를 다루는 Gemini 2.0의 262K SentencePiece 토크나이저를 쓴다. 구글은 양자화 인식 학습(QAT)을 거친 int4 체크포인트도 공개하는데, 메모리는 약 4분의 1이면서 품질은 bf16에 가깝다. 구글은 27B 지시 조정 모델이 여러 벤치마크에서 Gemini 1.5 Pro와 비슷하다고 주장한다.',
    ),
    keyNumbers: [
      key(t('Training tokens (27B)', '학습 토큰 수(27B)'), num(14e12, 'tokens', 'gemmateam2025gemma3', { note: t('12B: 12T; 4B: 4T; 1B: 2T.', '12B 12조, 4B 4조, 1B 2조.') })),
      key(t('Local to global layer ratio', '로컬 층 대 전역 층 비율'), num(5, 'ratio', 'gemmateam2025gemma3', { note: t('Five local layers for every global layer.', '전역 층 하나당 로컬 층 다섯 개.') })),
      key(t('Sliding window', '슬라이딩 윈도'), num(1024, 'tokens', 'gemmateam2025gemma3')),
      key(LABEL.context, num(131_072, 'tokens', 'gemmateam2025gemma3', { note: t('128K for 4B, 12B and 27B; 32K for the 1B.', '4B·12B·27B는 128K, 1B는 32K.') })),
      key(t('Soft tokens per image', '이미지당 소프트 토큰 수'), num(256, 'tokens', 'gemmateam2025gemma3')),
      key(t('Parameters (1B)', '파라미터 수(1B)'), counted(999_885_952, '1B')),
    ],
    related: ['gemma-2', 'gemma-3n', 'gemma', 'sliding-window-attention', 'kv-cache', 'knowledge-distillation', 'sentencepiece', 'quantization', 'rotary-position-embedding'],
    sources: ['gemmateam2025gemma3', 'google2024gemmapytorch'],
    model: {
      family: 'decoder-only',
      year: 2025,
      month: 3,
      organisation: 'Google DeepMind',
      parameters: gemma3Multimodal(27e9, '27,009,346,304'),
      layers: num(62, 'layers', 'google2024gemmapytorch'),
      hidden: num(5376, 'dimensions', 'google2024gemmapytorch'),
      heads: num(32, 'heads', 'google2024gemmapytorch'),
      vocabulary: num(262_144, 'tokens', 'google2024gemmapytorch', { note: t('The SentencePiece vocabulary; multimodal text configs pad the embedding to 262,208 rows.', 'SentencePiece 어휘 크기이며, 멀티모달 모델의 텍스트 설정은 임베딩을 262,208행으로 패딩한다.') }),
      context: num(131_072, 'tokens', 'gemmateam2025gemma3'),
      trainingTokens: num(14e12, 'tokens', 'gemmateam2025gemma3'),
      trainingData: t('Text and images in over 140 languages: 14T tokens for 27B, 12T for 12B, 4T for 4B, 2T for 1B', '140개가 넘는 언어의 텍스트와 이미지: 27B 14조, 12B 12조, 4B 4조, 1B 2조 토큰'),
      objectives: ['causal-language-modeling', 'knowledge-distillation', 'instruction-tuning', 'rlhf'],
      improvesOn: ['gemma-2'],
      keyIdeas: [
        t('5:1 local-to-global attention with a 1,024-token window keeps the 128K KV cache small.', '1,024토큰 윈도의 5:1 로컬·전역 어텐션으로 128K KV 캐시를 작게 유지한다.'),
        t('Image input via a SigLIP encoder (256 soft tokens per image) from 4B up.', '4B부터 SigLIP 인코더(이미지당 소프트 토큰 256개)로 이미지를 입력한다.'),
        t('Distilled at every size; QAT int4 checkpoints published.', '모든 크기를 증류로 학습했고, QAT int4 체크포인트도 공개했다.'),
      ],
      variants: [
        { id: 'gemma-3-1b', name: 'Gemma 3 1B', hfIds: ['google/gemma-3-1b-pt', 'google/gemma-3-1b-it'], parameters: counted(999_885_952, '1B'), layers: 26, hidden: 1152, heads: 4 },
        { id: 'gemma-3-4b', name: 'Gemma 3 4B', hfIds: ['google/gemma-3-4b-pt', 'google/gemma-3-4b-it'], parameters: gemma3Multimodal(4e9, '3,880,263,168'), layers: 34, hidden: 2560, heads: 8 },
        { id: 'gemma-3-12b', name: 'Gemma 3 12B', hfIds: ['google/gemma-3-12b-pt', 'google/gemma-3-12b-it'], parameters: gemma3Multimodal(12e9, '11,766,034,176'), layers: 48, hidden: 3840, heads: 16 },
        { id: 'gemma-3-27b', name: 'Gemma 3 27B', hfIds: ['google/gemma-3-27b-pt', 'google/gemma-3-27b-it'], parameters: gemma3Multimodal(27e9, '27,009,346,304'), layers: 62, hidden: 5376, heads: 32 },
      ],
    },
  },
  {
    id: 'gemma-3n',
    kind: 'model',
    name: 'Gemma 3n',
    nameKo: 'Gemma 3n',
    aliases: ['Gemma 3n', 'Gemma-3n', 'Gemma 3n E2B', 'Gemma 3n E4B', '젬마 3n'],
    code: ['Gemma3n', 'gemma3n'],
    summary: t(
      "Google's mid-2025 on-device models (E2B and E4B) that take text, images, audio and video, with 5B and 8B raw parameters but the memory footprint of 2B and 4B models.",
      '구글이 2025년 중반 공개한 온디바이스 모델(E2B·E4B)로, 텍스트·이미지·오디오·동영상을 입력받으며 원시 파라미터는 5B·8B이지만 메모리 사용량은 2B·4B 모델 수준이다.',
    ),
    explanation: t(
      "The \"E\" in E2B and E4B means effective parameters. Two techniques separate the parameter count from the memory a phone needs. Per-Layer Embeddings (PLE) give every layer its own embedding table that can stay in CPU memory or storage and be fetched as needed, so only the core transformer weights must sit in accelerator memory. And the MatFormer (Matryoshka Transformer) design nests the E2B inside the E4B: the smaller model is a sub-network of the larger one, and intermediate sizes can be sliced out without retraining. The card gives raw parameter counts of 5B and 8B, and a 32K-token context. Inputs go through dedicated encoders — MobileNet-V5 for images and video frames and an audio encoder for speech — into a decoder derived from Gemma 3. In `transformers` the classes are `Gemma3nForConditionalGeneration` with sub-configs `gemma3n_text`, `gemma3n_vision` and `gemma3n_audio`; tools that count all weights report the raw size, while the memory figures Google quotes assume PLE offloading.",
      'E2B, E4B의 "E"는 유효(effective) 파라미터를 뜻한다. 두 가지 기법이 파라미터 수와 휴대폰에 필요한 메모리를 분리한다. 층별 임베딩(Per-Layer Embeddings, PLE)은 층마다 자체 임베딩 표를 두는데, 이 표는 CPU 메모리나 저장 장치에 둔 채 필요할 때 가져올 수 있어서 가속기 메모리에는 핵심 트랜스포머 가중치만 올리면 된다. MatFormer(마트료시카 트랜스포머) 설계는 E2B를 E4B 안에 넣는다. 작은 모델이 큰 모델의 하위 네트워크이고, 재학습 없이 중간 크기를 잘라 낼 수도 있다. 카드에 따르면 원시 파라미터 수는 5B와 8B이며, 컨텍스트는 32K 토큰이다. 입력은 전용 인코더(이미지와 동영상 프레임은 MobileNet-V5, 음성은 오디오 인코더)를 거쳐 Gemma 3에서 파생된 디코더로 들어간다. `transformers`에서는 `Gemma3nForConditionalGeneration`과 하위 설정 `gemma3n_text`, `gemma3n_vision`, `gemma3n_audio`를 쓴다. 가중치를 모두 세는 도구는 원시 크기를 보고하고, 구글이 말하는 메모리 수치는 PLE 오프로딩을 전제로 한다.',
    ),
    keyNumbers: [
      key(t('Raw parameters (E4B)', '원시 파라미터 수(E4B)'), num(8e9, 'parameters', 'google2025gemma3ncard', { approx: true })),
      key(t('Raw parameters (E2B)', '원시 파라미터 수(E2B)'), num(5e9, 'parameters', 'google2025gemma3ncard', { approx: true })),
      key(LABEL.context, num(32_768, 'tokens', 'google2025gemma3ncard', { note: t('The card says 32K.', '카드에는 32K로 적혀 있다.') })),
    ],
    related: ['gemma-3', 'small-language-model', 'quantization', 'token-embedding'],
    sources: ['google2025gemma3ncard'],
    model: {
      family: 'decoder-only',
      year: 2025,
      month: 6,
      organisation: 'Google DeepMind',
      parameters: num(8e9, 'parameters', 'google2025gemma3ncard', { approx: true, note: t('E4B raw count; about 4B effective.', 'E4B의 원시 수치이며, 유효 파라미터는 약 4B.') }),
      context: num(32_768, 'tokens', 'google2025gemma3ncard'),
      objectives: ['causal-language-modeling', 'instruction-tuning'],
      improvesOn: ['gemma-3'],
      keyIdeas: [
        t('Per-Layer Embeddings can live off the accelerator: effective size below raw size.', '층별 임베딩을 가속기 밖에 둘 수 있어 유효 크기가 원시 크기보다 작다.'),
        t('MatFormer nesting: E2B is a sub-network of E4B.', 'MatFormer 중첩 구조: E2B는 E4B의 하위 네트워크다.'),
        t('Text, image, audio and video input on a phone.', '휴대폰에서 텍스트·이미지·오디오·동영상을 입력받는다.'),
      ],
      variants: [
        { id: 'gemma-3n-e2b', name: 'Gemma 3n E2B', hfIds: ['google/gemma-3n-E2B', 'google/gemma-3n-E2B-it'], parameters: num(5e9, 'parameters', 'google2025gemma3ncard', { approx: true, note: t('Raw count; about 2B effective.', '원시 수치이며, 유효 파라미터는 약 2B.') }) },
        { id: 'gemma-3n-e4b', name: 'Gemma 3n E4B', hfIds: ['google/gemma-3n-E4B', 'google/gemma-3n-E4B-it'], parameters: num(8e9, 'parameters', 'google2025gemma3ncard', { approx: true, note: t('Raw count; about 4B effective.', '원시 수치이며, 유효 파라미터는 약 4B.') }) },
      ],
    },
  },
];
