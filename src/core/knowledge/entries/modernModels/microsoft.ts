import type { Entry, NumberFact } from '../../schema';
import { LABEL, key, num, t } from '../decoderModels/build';

const counted = (value: number, source: string, card: string): NumberFact =>
  num(value, 'parameters', source, {
    note: t(
      `Counted from the published config.json (transformers, meta device); the card says ${card}.`,
      `공개된 config.json으로 센 값(transformers, meta 디바이스)이며, 카드에는 ${card}로 적혀 있다.`,
    ),
  });

/**
 * Microsoft's small models after Phi-2 (decoderModels/compact.ts). Phi-3-mini, Phi-3-medium,
 * Phi-3.5-mini and Phi-4 all load through the `Phi3` classes, which therefore belong to the Phi-3
 * entry; Phi-3.5-MoE has its own `Phimoe` classes.
 */
export const MICROSOFT_ENTRIES: Entry[] = [
  {
    id: 'phi-3',
    kind: 'model',
    name: 'Phi-3 (mini, small, medium)',
    nameKo: 'Phi-3 (mini·small·medium)',
    aliases: ['Phi-3', 'Phi 3', 'Phi3', 'Phi-3-mini', 'Phi-3-small', 'Phi-3-medium', 'Phi-3 mini', 'Microsoft Phi-3', '파이-3', '파이3'],
    code: ['Phi3', 'phi3'],
    summary: t(
      "Microsoft's April 2024 small models (3.8B mini, 7B small, 14B medium) trained on heavily filtered web and synthetic data; the 3.8B mini runs on a phone and is claimed to rival Mixtral 8x7B and GPT-3.5.",
      '마이크로소프트가 2024년 4월 공개한 소형 모델(3.8B mini, 7B small, 14B medium)로, 강하게 거른 웹 데이터와 합성 데이터로 학습했으며 3.8B mini는 휴대폰에서 돌아가고 Mixtral 8x7B, GPT-3.5에 필적한다고 주장한다.',
    ),
    explanation: t(
      "Phi-3 continues the Phi line's bet that data quality can substitute for scale: web data filtered for \"educational level\" plus LLM-generated synthetic text, used in two phases (general knowledge, then reasoning). Phi-3-mini has 3.8B parameters (32 layers, d_model 3,072, full multi-head attention with 32 heads) and the Llama 2 tokenizer with a 32,064-entry vocabulary, trained on 3.3T tokens; quantised to 4 bits it takes about 1.8 GB and ran at over 12 tokens per second on an iPhone 14 in the report. Phi-3-small (7B) and Phi-3-medium (14B, 40 layers, 40 query and 10 key/value heads) saw 4.8T tokens; small uses a tiktoken vocabulary of about 100K and block-sparse attention in its own remote-code class. Each comes as a 4K and a 128K-context instruct model; the long ones use LongRoPE, which appears in the config as `rope_scaling` with `\"type\": \"longrope\"` and separate short and long factor lists — old `transformers` versions reject it. The report's claim, 69% on MMLU for the mini, is Microsoft's evaluation; the models are notably weaker on factual knowledge than their benchmark scores suggest. `Phi3ForCausalLM` also serves Phi-3.5-mini and Phi-4.",
      'Phi-3는 데이터 품질이 규모를 대신할 수 있다는 Phi 계열의 전략을 이어간다. "교육적 수준"으로 거른 웹 데이터와 LLM이 만든 합성 텍스트를 두 단계(일반 지식, 이어서 추론)로 썼다. Phi-3-mini는 3.8B 파라미터(32층, d_model 3,072, 헤드 32개의 일반 멀티 헤드 어텐션)에 어휘 32,064개의 Llama 2 토크나이저를 쓰고, 3.3조 토큰으로 학습했다. 보고서에서 4비트로 양자화하면 약 1.8GB이고 iPhone 14에서 초당 12토큰 이상을 냈다. Phi-3-small(7B)과 Phi-3-medium(14B, 40층, 쿼리 헤드 40개·키·값 헤드 10개)은 4.8조 토큰을 학습했으며, small은 약 10만 개의 tiktoken 어휘와 블록 희소 어텐션을 쓰는 자체 원격 코드 클래스를 쓴다. 각 크기는 4K와 128K 컨텍스트의 지시 조정 모델로 나온다. 긴 컨텍스트 버전은 LongRoPE를 쓰는데, 설정에는 `rope_scaling`의 `"type": "longrope"`와 짧은·긴 배율 목록으로 나타나며 오래된 `transformers`는 이를 거부한다. 보고서의 주장인 mini의 MMLU 69%는 마이크로소프트 자체 평가이며, 사실 지식은 벤치마크 점수가 보여 주는 것보다 눈에 띄게 약하다. `Phi3ForCausalLM`은 Phi-3.5-mini와 Phi-4도 담당한다.',
    ),
    keyNumbers: [
      key(t('Parameters (mini)', '파라미터 수(mini)'), counted(3_821_079_552, 'microsoft2024phi3card', '3.8B')),
      key(t('Training tokens (mini)', '학습 토큰 수(mini)'), num(3.3e12, 'tokens', 'abdin2024', { note: t('small and medium: 4.8T.', 'small과 medium은 4.8조.') })),
      key(t('MMLU, mini (Microsoft-reported)', 'MMLU, mini(마이크로소프트 자체 측정)'), num(69, 'percent', 'abdin2024', { approx: true })),
      key(t('4-bit mini on a phone', '휴대폰에서 4비트 mini'), num(1.8e9, 'bytes', 'abdin2024', { approx: true })),
      key(LABEL.vocabulary, num(32_064, 'tokens', 'microsoft2024phi3card', { note: t('mini and medium; small uses a tiktoken vocabulary of about 100K.', 'mini와 medium 기준이며, small은 약 10만 개의 tiktoken 어휘를 쓴다.') })),
    ],
    related: ['phi-2', 'phi-3-5', 'phi-4', 'small-language-model', 'quantization', 'context-window', 'rotary-position-embedding'],
    sources: ['abdin2024', 'microsoft2024phi3card'],
    model: {
      family: 'decoder-only',
      year: 2024,
      month: 4,
      organisation: 'Microsoft',
      parameters: counted(13_960_238_080, 'microsoft2024phi3card', '14B'),
      layers: num(40, 'layers', 'microsoft2024phi3card'),
      hidden: num(5120, 'dimensions', 'microsoft2024phi3card'),
      heads: num(40, 'heads', 'microsoft2024phi3card'),
      vocabulary: num(32_064, 'tokens', 'microsoft2024phi3card'),
      context: num(131_072, 'tokens', 'abdin2024', { note: t('The 128k instruct models, via LongRoPE; the 4k models have 4,096.', 'LongRoPE를 쓰는 128k 지시 조정 모델 기준이며, 4k 모델은 4,096.') }),
      trainingTokens: num(4.8e12, 'tokens', 'abdin2024', { note: t('Phi-3-medium; the mini saw 3.3T.', 'Phi-3-medium 기준이며, mini는 3.3조.') }),
      trainingData: t('Heavily filtered public web data and LLM-generated synthetic data, in two phases', '강하게 거른 공개 웹 데이터와 LLM이 만든 합성 데이터, 두 단계로 학습'),
      objectives: ['causal-language-modeling', 'instruction-tuning', 'rlhf'],
      improvesOn: ['phi-2'],
      keyIdeas: [
        t('Data quality over scale: filtered web plus synthetic data.', '규모보다 데이터 품질: 거른 웹 데이터와 합성 데이터.'),
        t('A 3.8B model that runs on a phone in 4-bit.', '4비트로 휴대폰에서 돌아가는 3.8B 모델.'),
        t('128K versions via LongRoPE (rope_scaling type "longrope").', 'LongRoPE(rope_scaling type "longrope")로 128K 버전을 제공한다.'),
      ],
      variants: [
        { id: 'phi-3-mini', name: 'Phi-3-mini (3.8B)', hfIds: ['microsoft/Phi-3-mini-4k-instruct', 'microsoft/Phi-3-mini-128k-instruct'], parameters: counted(3_821_079_552, 'microsoft2024phi3card', '3.8B'), layers: 32, hidden: 3072, heads: 32 },
        { id: 'phi-3-small', name: 'Phi-3-small (7B)', hfIds: ['microsoft/Phi-3-small-8k-instruct', 'microsoft/Phi-3-small-128k-instruct'], parameters: num(7e9, 'parameters', 'abdin2024', { approx: true }) },
        { id: 'phi-3-medium', name: 'Phi-3-medium (14B)', hfIds: ['microsoft/Phi-3-medium-4k-instruct', 'microsoft/Phi-3-medium-128k-instruct'], parameters: counted(13_960_238_080, 'microsoft2024phi3card', '14B'), layers: 40, hidden: 5120, heads: 40 },
      ],
    },
  },
  {
    id: 'phi-3-5',
    kind: 'model',
    name: 'Phi-3.5 (mini, MoE, vision)',
    nameKo: 'Phi-3.5 (mini·MoE·vision)',
    aliases: ['Phi-3.5', 'Phi 3.5', 'Phi-3.5-mini', 'Phi-3.5-MoE', 'Phi-3.5 MoE', 'Phi-3.5-vision', '파이-3.5'],
    code: ['Phimoe', 'phimoe'],
    summary: t(
      "Microsoft's August 2024 update: Phi-3.5-mini (3.8B, more multilingual), Phi-3.5-vision (4.2B) and Phi-3.5-MoE, 16 experts of 3.8B with 2 active (41.9B total, 6.6B active), all with 128K context.",
      '마이크로소프트가 2024년 8월 내놓은 업데이트로, Phi-3.5-mini(3.8B, 다국어 강화), Phi-3.5-vision(4.2B), 그리고 3.8B 전문가 16개 중 2개를 쓰는 Phi-3.5-MoE(전체 41.9B, 활성 6.6B)가 있으며 모두 128K 컨텍스트다.',
    ),
    explanation: t(
      "Phi-3.5-mini keeps the Phi-3-mini architecture exactly (it loads with `Phi3ForCausalLM` and has the same 3.8B parameters) but is trained on 3.4T tokens with more multilingual data and ships only with the 128K LongRoPE configuration. Phi-3.5-MoE is the line's first Mixture-of-Experts model: 32 layers whose feed-forward blocks are 16 experts, 2 routed per token, with grouped-query attention (32 query, 8 key/value heads) and the 32,064-token vocabulary. The card describes it as \"16×3.8B\" with 6.6B active parameters; counted from the config the total is 41.9B, because attention and embeddings are shared rather than repeated 16 times — the same reason Mixtral 8x7B is 46.7B and not 56B. It was trained on 4.9T tokens, and in `transformers` it is `PhimoeForCausalLM` (`model_type: \"phimoe\"`). Phi-3.5-vision (4.2B) adds an image encoder to the mini for multi-image and video-frame reasoning. Benchmarks claiming the MoE beats larger dense models are Microsoft's own.",
      'Phi-3.5-mini는 Phi-3-mini 구조를 그대로 유지하지만(`Phi3ForCausalLM`으로 불러오며 파라미터도 같은 3.8B), 다국어 데이터를 늘린 3.4조 토큰으로 학습했고 128K LongRoPE 설정으로만 나온다. Phi-3.5-MoE는 이 계열 최초의 MoE 모델이다. 32개 층의 피드포워드 블록이 전문가 16개로 이루어지고 토큰마다 2개로 라우팅하며, 그룹 쿼리 어텐션(쿼리 32개, 키·값 8개)과 32,064개 토큰 어휘를 쓴다. 카드는 "16×3.8B", 활성 파라미터 6.6B로 설명하지만, 설정으로 세면 전체는 41.9B다. 어텐션과 임베딩은 16번 반복되지 않고 공유되기 때문으로, Mixtral 8x7B가 56B가 아니라 46.7B인 것과 같은 이유다. 4.9조 토큰으로 학습했고, `transformers`에서는 `PhimoeForCausalLM`(`model_type: "phimoe"`)이다. Phi-3.5-vision(4.2B)은 mini에 이미지 인코더를 더해 여러 장의 이미지와 동영상 프레임으로 추론한다. MoE가 더 큰 밀집 모델을 이긴다는 벤치마크는 마이크로소프트 자체 결과다.',
    ),
    keyNumbers: [
      key(t('Total parameters (MoE)', '전체 파라미터(MoE)'), counted(41_872_793_600, 'microsoft2024phi3card', '16×3.8B')),
      key(t('Active parameters per token (MoE)', '토큰당 활성 파라미터(MoE)'), num(6.6e9, 'parameters', 'microsoft2024phi3card', { approx: true })),
      key(t('Training tokens (MoE)', '학습 토큰 수(MoE)'), num(4.9e12, 'tokens', 'microsoft2024phi3card', { note: t('Phi-3.5-mini: 3.4T.', 'Phi-3.5-mini는 3.4조.') })),
      key(LABEL.experts, num(16, 'experts', 'microsoft2024phi3card')),
      key(LABEL.context, num(131_072, 'tokens', 'microsoft2024phi3card', { note: t('The cards say 128K.', '카드에는 128K로 적혀 있다.') })),
    ],
    related: ['phi-3', 'phi-4', 'mixture-of-experts', 'top-k-routing', 'mixtral-8x7b', 'small-language-model'],
    sources: ['microsoft2024phi3card', 'abdin2024'],
    model: {
      family: 'decoder-only',
      moe: true,
      year: 2024,
      month: 8,
      organisation: 'Microsoft',
      parameters: counted(41_872_793_600, 'microsoft2024phi3card', '16×3.8B'),
      activeParameters: num(6.6e9, 'parameters', 'microsoft2024phi3card', { approx: true }),
      layers: num(32, 'layers', 'microsoft2024phi3card'),
      hidden: num(4096, 'dimensions', 'microsoft2024phi3card'),
      heads: num(32, 'heads', 'microsoft2024phi3card'),
      vocabulary: num(32_064, 'tokens', 'microsoft2024phi3card'),
      context: num(131_072, 'tokens', 'microsoft2024phi3card'),
      trainingTokens: num(4.9e12, 'tokens', 'microsoft2024phi3card'),
      objectives: ['causal-language-modeling', 'instruction-tuning', 'rlhf'],
      improvesOn: ['phi-3'],
      keyIdeas: [
        t('First Phi MoE: 16 experts, 2 per token, 6.6B active of 41.9B.', '첫 Phi MoE: 전문가 16개, 토큰당 2개, 41.9B 중 6.6B 활성.'),
        t('"16×3.8B" is not the total: shared attention and embeddings are counted once.', '"16×3.8B"는 전체 수가 아니다: 공유되는 어텐션과 임베딩은 한 번만 센다.'),
        t('mini and vision keep the Phi-3 shapes with a 128K context.', 'mini와 vision은 Phi-3 형태를 유지하며 128K 컨텍스트를 지원한다.'),
      ],
      variants: [
        { id: 'phi-3.5-mini', name: 'Phi-3.5-mini (3.8B)', hfIds: ['microsoft/Phi-3.5-mini-instruct'], parameters: counted(3_821_079_552, 'microsoft2024phi3card', '3.8B'), layers: 32, hidden: 3072, heads: 32 },
        { id: 'phi-3.5-moe', name: 'Phi-3.5-MoE (16×3.8B)', hfIds: ['microsoft/Phi-3.5-MoE-instruct'], parameters: counted(41_872_793_600, 'microsoft2024phi3card', '16×3.8B'), layers: 32, hidden: 4096, heads: 32 },
        { id: 'phi-3.5-vision', name: 'Phi-3.5-vision (4.2B)', hfIds: ['microsoft/Phi-3.5-vision-instruct'], parameters: num(4.2e9, 'parameters', 'microsoft2024phi3card', { approx: true }) },
      ],
    },
  },
  {
    id: 'phi-4',
    kind: 'model',
    name: 'Phi-4',
    nameKo: 'Phi-4',
    aliases: ['Phi-4', 'Phi 4', 'Phi4', 'Phi-4-mini', 'Phi-4-reasoning', 'Phi-4-reasoning-plus', 'Microsoft Phi-4', '파이-4', '파이4'],
    code: [],
    summary: t(
      "Microsoft's December 2024 14B model trained on 9.8T tokens with synthetic data at the centre of the mix, MIT-licensed; followed by Phi-4-mini (3.8B) and the Phi-4-reasoning models in 2025.",
      '마이크로소프트가 2024년 12월 공개한 14B 모델로, 합성 데이터를 중심에 둔 9.8조 토큰으로 학습했고 MIT 라이선스이며, 2025년에 Phi-4-mini(3.8B)와 Phi-4-reasoning 모델이 뒤따랐다.',
    ),
    explanation: t(
      "Phi-4 makes synthetic data the main ingredient rather than an addition: about 50 types of synthetic datasets (multi-agent prompting, self-revision, instruction reversal) together with filtered web, code and book data, 9.8T tokens in all, trained on 1,920 H100 GPUs for 21 days. The architecture is the Phi-3-medium layout (40 layers, d_model 5,120, 40 query and 10 key/value heads) with a tiktoken-based vocabulary of 100,352 entries and a 16K context, and it loads as `Phi3ForCausalLM`, which is why a `\"model_type\": \"phi3\"` config can be Phi-4. Post-training used SFT and two DPO stages, the first on preference pairs built around \"pivotal tokens\" where a single token decides success. The report highlights STEM: Phi-4 surpasses its teacher GPT-4o on STEM-focused question answering such as GPQA and MATH, in Microsoft's own evaluation; like Phi-3 it is weaker on factual recall. Phi-4-mini (February 2025) is a 3.8B dense model with a 200K vocabulary, grouped-query attention and tied embeddings; Phi-4-reasoning and -reasoning-plus (April 2025) are the 14B fine-tuned on reasoning traces, the latter with RL on top.",
      'Phi-4는 합성 데이터를 보조가 아닌 주재료로 삼았다. 약 50종의 합성 데이터셋(다중 에이전트 프롬프팅, 자기 수정, 지시 역변환 등)과 거른 웹·코드·도서 데이터를 합쳐 모두 9.8조 토큰을, H100 GPU 1,920장으로 21일 동안 학습했다. 구조는 Phi-3-medium의 배치(40층, d_model 5,120, 쿼리 헤드 40개·키·값 헤드 10개)에 tiktoken 기반 어휘 100,352개와 16K 컨텍스트를 썼고, `Phi3ForCausalLM`으로 불러온다. 그래서 `"model_type": "phi3"` 설정이 Phi-4일 수도 있다. 후학습은 SFT와 두 단계 DPO를 거쳤고, 첫 DPO는 토큰 하나가 성패를 가르는 "중추 토큰(pivotal token)"을 중심으로 만든 선호 쌍을 썼다. 보고서는 STEM을 강조하는데, GPQA와 MATH 같은 STEM 중심 질의응답에서 교사 모델인 GPT-4o를 앞섰다는 것은 마이크로소프트 자체 평가다. Phi-3처럼 사실 기억력은 약하다. Phi-4-mini(2025년 2월)는 20만 개 어휘, 그룹 쿼리 어텐션, 공유 임베딩을 쓰는 3.8B 밀집 모델이고, Phi-4-reasoning과 -reasoning-plus(2025년 4월)는 14B를 추론 과정 데이터로 미세 조정한 모델이며 후자는 강화 학습을 더했다.',
    ),
    keyNumbers: [
      key(LABEL.parameters, counted(14_659_507_200, 'microsoft2024phi4card', '14B')),
      key(LABEL.trainingTokens, num(9.8e12, 'tokens', 'microsoft2024phi4card')),
      key(LABEL.gpus, num(1920, 'count', 'microsoft2024phi4card', { note: t('H100-80G, for 21 days.', 'H100-80G로 21일.') })),
      key(LABEL.context, num(16_384, 'tokens', 'microsoft2024phi4card', { note: t('The card says 16K.', '카드에는 16K로 적혀 있다.') })),
      key(LABEL.vocabulary, num(100_352, 'tokens', 'microsoft2024phi4card')),
    ],
    related: ['phi-3', 'phi-3-5', 'small-language-model', 'knowledge-distillation', 'rlhf'],
    sources: ['abdin2024phi4', 'microsoft2024phi4card'],
    model: {
      family: 'decoder-only',
      year: 2024,
      month: 12,
      organisation: 'Microsoft',
      parameters: counted(14_659_507_200, 'microsoft2024phi4card', '14B'),
      layers: num(40, 'layers', 'microsoft2024phi4card'),
      hidden: num(5120, 'dimensions', 'microsoft2024phi4card'),
      heads: num(40, 'heads', 'microsoft2024phi4card'),
      vocabulary: num(100_352, 'tokens', 'microsoft2024phi4card'),
      context: num(16_384, 'tokens', 'microsoft2024phi4card'),
      trainingTokens: num(9.8e12, 'tokens', 'microsoft2024phi4card'),
      trainingData: t('Synthetic data at the centre, with filtered web, code, books and Q&A data; 9.8T tokens', '합성 데이터를 중심으로 거른 웹·코드·도서·질의응답 데이터를 더한 9.8조 토큰'),
      objectives: ['causal-language-modeling', 'instruction-tuning', 'rlhf'],
      improvesOn: ['phi-3'],
      keyIdeas: [
        t('Synthetic data as the main ingredient of pre-training.', '사전 학습의 주재료로 쓴 합성 데이터.'),
        t('DPO on pivotal tokens, where one token decides the answer.', '토큰 하나가 답을 가르는 중추 토큰에 대한 DPO.'),
        t('Phi-3 classes: model_type "phi3" can mean Phi-4.', 'Phi-3 클래스 사용: model_type "phi3"이 Phi-4일 수 있다.'),
      ],
      variants: [
        { id: 'phi-4-14b', name: 'Phi-4 (14B)', hfIds: ['microsoft/phi-4'], parameters: counted(14_659_507_200, 'microsoft2024phi4card', '14B'), layers: 40, hidden: 5120, heads: 40 },
        { id: 'phi-4-mini', name: 'Phi-4-mini (3.8B)', hfIds: ['microsoft/Phi-4-mini-instruct'], parameters: counted(3_836_021_760, 'microsoft2024phi4card', '3.8B'), layers: 32, hidden: 3072, heads: 24 },
        { id: 'phi-4-reasoning', name: 'Phi-4-reasoning (14B)', hfIds: ['microsoft/Phi-4-reasoning', 'microsoft/Phi-4-reasoning-plus'], parameters: num(14e9, 'parameters', 'microsoft2024phi4card', { approx: true, note: t('Fine-tuned from Phi-4, same shapes.', 'Phi-4를 미세 조정한 모델로 형태가 같다.') }), layers: 40, hidden: 5120, heads: 40 },
      ],
    },
  },
];
