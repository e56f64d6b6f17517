import type { Entry } from '../../schema';
import { LABEL, key, num, t } from './build';

/** Google's dialogue, sparse and Pathways-era models: Meena, LaMDA, Switch Transformer, PaLM, U-PaLM. */
export const GOOGLE_ENTRIES: Entry[] = [
  {
    id: 'meena',
    kind: 'model',
    name: 'Meena',
    nameKo: 'Meena',
    aliases: ['Meena', 'Meena chatbot', '미나 챗봇', '구글 미나'],
    code: [],
    summary: t(
      "Google's 2.6B-parameter open-domain chatbot (2020): an Evolved Transformer sequence-to-sequence model trained on social-media conversations, which introduced the SSA human-evaluation metric.",
      '구글이 2020년에 발표한 26억 파라미터 오픈 도메인 챗봇으로, 소셜 미디어 대화로 학습한 Evolved Transformer 기반 시퀀스-투-시퀀스 모델이며 사람 평가 지표 SSA를 제안했다.',
    ),
    explanation: t(
      'Meena is an encoder-decoder model built from Evolved Transformer blocks: a single encoder block reads the conversation context and 13 decoder blocks generate the response; the authors found that a stronger decoder mattered most for conversation quality. It has 2.6B parameters and was trained end-to-end to minimise the perplexity of the next conversational turn on 341 GB of filtered public-domain social-media conversations (40B words). The paper introduced the Sensibleness and Specificity Average (SSA), in which people judge whether a reply makes sense and whether it is specific to the context, and showed that SSA correlates strongly with perplexity. The best Meena configuration reached 79% SSA against 86% for humans, far above earlier chatbots. Google\'s LaMDA grew out of this line of work.',
      'Meena는 Evolved Transformer 블록으로 만든 인코더-디코더 모델이다. 인코더 블록 하나가 대화 문맥을 읽고, 디코더 블록 13개가 응답을 생성한다. 저자들은 디코더를 강하게 만드는 것이 대화 품질에 가장 중요하다는 것을 발견했다. 파라미터는 26억 개이며, 필터링한 공개 소셜 미디어 대화 341GB(단어 400억 개)로 다음 발화의 퍼플렉서티를 최소화하도록 처음부터 끝까지 학습했다. 논문은 응답이 말이 되는지(sensibleness), 문맥에 맞게 구체적인지(specificity)를 사람이 판정해 평균하는 SSA 지표를 제안했고, SSA가 퍼플렉서티와 강하게 상관됨을 보였다. 가장 좋은 Meena 설정은 SSA 79%로 사람(86%)에 다가섰고 기존 챗봇들을 크게 앞섰다. 구글의 LaMDA가 이 연구 흐름에서 나왔다.',
    ),
    keyNumbers: [
      key(LABEL.parameters, num(2.6e9, 'parameters', 'adiwardana2020', { approx: true })),
      key(t('Training conversations', '학습 대화 데이터'), num(341e9, 'bytes', 'adiwardana2020', { approx: true })),
      key(t('SSA, best Meena', 'SSA(최고 Meena)'), num(79, 'percent', 'adiwardana2020')),
      key(t('SSA, humans', 'SSA(사람)'), num(86, 'percent', 'adiwardana2020')),
    ],
    related: ['lamda', 'encoder-decoder', 'sequence-to-sequence', 'transformer'],
    sources: ['adiwardana2020'],
    model: {
      family: 'encoder-decoder',
      year: 2020,
      month: 1,
      organisation: 'Google',
      parameters: num(2.6e9, 'parameters', 'adiwardana2020', { approx: true }),
      trainingData: t(
        '341 GB (40B words) of filtered public-domain social-media conversations',
        '필터링한 공개 소셜 미디어 대화 341GB(단어 400억 개)',
      ),
      objectives: ['sequence-to-sequence'],
      improvesOn: ['transformer'],
      keyIdeas: [
        t(
          'Small encoder, deep decoder: 1 Evolved Transformer encoder block and 13 decoder blocks.',
          '작은 인코더, 깊은 디코더: Evolved Transformer 인코더 블록 1개와 디코더 블록 13개.',
        ),
        t(
          'SSA metric: human ratings of sensibleness and specificity, averaged.',
          'SSA 지표: 응답의 타당성과 구체성에 대한 사람 평가의 평균.',
        ),
        t(
          'Lower perplexity predicts higher SSA, so perplexity can guide chatbot training.',
          '퍼플렉서티가 낮을수록 SSA가 높아, 퍼플렉서티를 챗봇 학습의 길잡이로 쓸 수 있다.',
        ),
      ],
    },
  },
  {
    id: 'lamda',
    kind: 'model',
    name: 'LaMDA',
    nameKo: 'LaMDA',
    aliases: ['LaMDA', 'Language Models for Dialog Applications', 'Language Model for Dialogue Applications', '구글 LaMDA', '대화 애플리케이션용 언어 모델'],
    code: [],
    summary: t(
      "Google's family of dialogue models with up to 137B parameters (2021–2022): a decoder-only Transformer pre-trained on 1.56T words and fine-tuned for quality, safety and groundedness.",
      '구글의 대화 특화 언어 모델 계열(최대 1,370억 파라미터, 2021–2022)로, 1.56조 단어로 사전 학습한 디코더 전용 트랜스포머를 품질·안전성·근거성을 높이도록 미세 조정했다.',
    ),
    explanation: t(
      'LaMDA, announced at Google I/O in May 2021 and described in a January 2022 paper, is a decoder-only Transformer whose largest version has 137B parameters: 64 layers, d_model 8,192 and 128 heads, with T5-style relative attention and gated-GELU feed-forward layers. It was pre-trained on 1.56T words of public dialogue data and web documents (2.81T SentencePiece tokens with a 32K vocabulary) on 1,024 TPU-v3 chips for 57.7 days. The paper\'s main finding is that scaling alone improves response quality but does little for safety or factual grounding, whereas fine-tuning on a modest amount of crowd-annotated data improves both. LaMDA was also fine-tuned to consult an external toolset (information retrieval, a calculator and a translator) so that its factual claims can be backed by sources.',
      'LaMDA는 2021년 5월 구글 I/O에서 처음 소개되고 2022년 1월 논문으로 정리된 디코더 전용 트랜스포머다. 가장 큰 모델은 1,370억 파라미터(64층, d_model 8,192, 헤드 128개)이며 T5 방식의 상대 어텐션과 gated-GELU 피드포워드 층을 쓴다. 공개 대화 데이터와 웹 문서 1.56조 단어(어휘 32K의 SentencePiece 토큰 기준 2.81조 토큰)로 TPU-v3 칩 1,024개에서 57.7일 동안 사전 학습했다. 논문의 핵심 발견은 규모를 키우면 응답 품질은 좋아지지만 안전성과 사실 근거성은 거의 나아지지 않고, 적은 양의 크라우드 주석 데이터로 미세 조정하면 둘 다 개선된다는 것이다. 또한 LaMDA는 정보 검색기, 계산기, 번역기로 이루어진 외부 도구 모음을 조회하도록 미세 조정되어, 사실에 관한 답을 출처로 뒷받침할 수 있다.',
    ),
    keyNumbers: [
      key(LABEL.parameters, num(137e9, 'parameters', 'thoppilan2022')),
      key(t('Pre-training words', '사전 학습 단어 수'), num(1.56e12, 'words', 'thoppilan2022')),
      key(LABEL.trainingTokens, num(2.81e12, 'tokens', 'thoppilan2022')),
      key(LABEL.layers, num(64, 'layers', 'thoppilan2022')),
      key(t('Pre-training time (1,024 TPU-v3 chips)', '사전 학습 기간(TPU-v3 칩 1,024개)'), num(57.7, 'days', 'thoppilan2022')),
    ],
    related: ['meena', 'decoder-only', 'fine-tuning', 'relative-position-embedding', 'gated-mlp', 'sentencepiece'],
    sources: ['thoppilan2022'],
    model: {
      family: 'decoder-only',
      year: 2022,
      month: 1,
      organisation: 'Google',
      parameters: num(137e9, 'parameters', 'thoppilan2022'),
      layers: num(64, 'layers', 'thoppilan2022'),
      hidden: num(8192, 'dimensions', 'thoppilan2022'),
      heads: num(128, 'heads', 'thoppilan2022'),
      vocabulary: num(32_000, 'tokens', 'thoppilan2022', { approx: true }),
      trainingTokens: num(2.81e12, 'tokens', 'thoppilan2022'),
      trainingData: t(
        '1.56T words of public dialogue data and web documents',
        '공개 대화 데이터와 웹 문서 1.56조 단어',
      ),
      objectives: ['causal-language-modeling', 'fine-tuning'],
      improvesOn: ['meena'],
      keyIdeas: [
        t(
          'Dialogue-heavy pre-training data (1.56T words) for a decoder-only model.',
          '대화 비중이 높은 사전 학습 데이터(1.56조 단어)로 학습한 디코더 전용 모델.',
        ),
        t(
          'Scaling improves quality, but safety and groundedness need fine-tuning on annotated data.',
          '규모 확장은 품질을 높이지만, 안전성과 근거성은 주석 데이터로 미세 조정해야 좋아진다.',
        ),
        t(
          'Tool use: the model learns to query retrieval, a calculator and a translator to ground its answers.',
          '도구 사용: 검색기·계산기·번역기를 조회해 답의 근거를 확보하도록 학습한다.',
        ),
      ],
    },
  },
  {
    id: 'switch-transformer',
    kind: 'model',
    name: 'Switch Transformer',
    nameKo: 'Switch Transformer',
    aliases: ['Switch Transformer', 'Switch Transformers', 'Switch-C', 'Switch-C 2048', 'Switch-XXL', 'Switch-Base', '스위치 트랜스포머'],
    code: ['SwitchTransformers', 'switch_transformers'],
    summary: t(
      "Google's 2021 sparse Mixture-of-Experts version of T5 that routes each token to a single expert (top-1); its largest model, Switch-C, has 1.6T parameters and 2,048 experts.",
      '구글이 2021년에 발표한 T5 기반 희소 전문가 혼합(MoE) 모델로, 각 토큰을 전문가 하나에만 보낸다(top-1). 가장 큰 Switch-C는 파라미터 1.6조 개, 전문가 2,048개다.',
    ),
    explanation: t(
      "Switch Transformer replaces the dense feed-forward blocks of a T5 encoder-decoder with 'switch' layers: a router picks exactly one expert feed-forward network per token, so adding experts grows the parameter count while the computation per token stays roughly constant. Routing to a single expert, rather than the top-2 of earlier MoE work, simplifies the layer and cuts communication. To train stably it adds an auxiliary load-balancing loss, an expert capacity factor (tokens beyond an expert's capacity skip it through the residual connection), float32 precision in the router only, and a smaller initialisation. Switch-Base pre-trained up to 7× faster than a FLOP-matched T5-Base, and Switch-C (1,571B parameters, 2,048 experts in every FFN layer, d_model 2,080) reached a given quality about 4× faster than T5-XXL. Like T5 it is pre-trained with span corruption on C4; checkpoints are on the Hugging Face Hub as google/switch-*.",
      "Switch Transformer는 T5 인코더-디코더의 밀집 피드포워드 블록을 '스위치' 층으로 바꾼다. 라우터가 토큰마다 전문가 피드포워드 네트워크를 정확히 하나 고르므로, 전문가를 늘리면 파라미터는 커져도 토큰당 연산량은 거의 그대로다. 이전 MoE 연구처럼 상위 2개가 아니라 전문가 하나로만 보내기 때문에 층 구조가 단순해지고 통신량이 줄어든다. 학습을 안정시키려고 보조 부하 균형 손실, 전문가 용량 계수(용량을 넘친 토큰은 잔차 연결로 그 전문가를 건너뜀), 라우터만 float32로 계산하는 선택적 정밀도, 더 작은 초기화를 함께 쓴다. Switch-Base는 FLOPs를 맞춘 T5-Base보다 사전 학습이 최대 7배 빨랐고, Switch-C(1조 5,710억 파라미터, 모든 FFN 층에 전문가 2,048개, d_model 2,080)는 같은 품질에 T5-XXL보다 약 4배 빨리 도달했다. T5처럼 C4 데이터로 스팬 손상(span corruption) 사전 학습을 하며, 체크포인트는 Hugging Face Hub에 google/switch-* 로 공개되어 있다.",
    ),
    keyNumbers: [
      key(
        t('Parameters (Switch-C)', '파라미터 수(Switch-C)'),
        num(1.571e12, 'parameters', 'fedus2021', {
          note: t('Usually rounded to 1.6T.', '흔히 1.6조로 반올림해 인용한다.'),
        }),
      ),
      key(t('Experts per layer (Switch-C)', '층당 전문가 수(Switch-C)'), num(2048, 'experts', 'fedus2021')),
      key(t('Experts used per token', '토큰당 사용 전문가 수'), num(1, 'experts', 'fedus2021')),
      key(
        t('FLOPs per sequence (Switch-C)', '시퀀스당 FLOPs(Switch-C)'),
        num(890e9, 'flops', 'fedus2021', {
          note: t(
            'T5-XXL (11B dense) needs 6.3T FLOPs per sequence: Switch-C has roughly 140× the parameters for about 1/7 of the compute.',
            'T5-XXL(11B 밀집 모델)은 시퀀스당 6.3T FLOPs가 필요하다. Switch-C는 파라미터가 약 140배 많으면서 연산은 약 7분의 1이다.',
          ),
        }),
      ),
      key(t('Pre-training speed-up of Switch-C over T5-XXL', 'T5-XXL 대비 Switch-C의 사전 학습 가속'), num(4, 'ratio', 'fedus2021', { approx: true })),
      key(t('Pre-training speed-up of Switch-Base over T5-Base (up to)', 'T5-Base 대비 Switch-Base의 사전 학습 가속(최대)'), num(7, 'ratio', 'fedus2021')),
    ],
    related: [
      'mixture-of-experts',
      'moe-expert',
      'moe-router',
      'top-k-routing',
      'load-balancing-loss',
      'capacity-factor',
      't5',
      'span-corruption',
      'mixtral-8x7b',
      'encoder-decoder',
    ],
    sources: ['fedus2021'],
    model: {
      family: 'encoder-decoder',
      moe: true,
      year: 2021,
      month: 1,
      organisation: 'Google',
      parameters: num(1.571e12, 'parameters', 'fedus2021', {
        note: t('Switch-C; usually rounded to 1.6T.', 'Switch-C 기준이며 흔히 1.6조로 반올림한다.'),
      }),
      layers: num(15, 'layers', 'fedus2021', {
        note: t('Per stack: 15 encoder and 15 decoder layers.', '스택당 값으로, 인코더 15층과 디코더 15층이다.'),
      }),
      hidden: num(2080, 'dimensions', 'fedus2021'),
      trainingData: t('C4 (Colossal Clean Crawled Corpus)', 'C4(Colossal Clean Crawled Corpus)'),
      objectives: ['span-corruption'],
      improvesOn: ['t5'],
      keyIdeas: [
        t(
          'Top-1 routing: each token visits one expert FFN, so parameters scale with the number of experts while FLOPs per token stay flat.',
          'top-1 라우팅: 토큰마다 전문가 FFN 하나만 거치므로, 전문가 수에 비례해 파라미터는 늘고 토큰당 FLOPs는 일정하다.',
        ),
        t(
          'A load-balancing loss and a capacity factor keep the experts evenly used.',
          '부하 균형 손실과 용량 계수로 전문가들이 고르게 쓰이게 한다.',
        ),
        t(
          'Selective precision (float32 only in the router) makes bfloat16 training of sparse models stable.',
          '선택적 정밀도(라우터만 float32)로 희소 모델의 bfloat16 학습을 안정시켰다.',
        ),
      ],
      variants: [
        {
          id: 'switch-c-2048',
          name: 'Switch-C (2,048 experts)',
          hfIds: ['google/switch-c-2048'],
          parameters: num(1.571e12, 'parameters', 'fedus2021'),
          layers: 15,
          hidden: 2080,
        },
      ],
    },
  },
  {
    id: 'palm',
    kind: 'model',
    name: 'PaLM',
    nameKo: 'PaLM',
    aliases: ['PaLM', 'PaLM 540B', 'PaLM-540B', 'Pathways Language Model', '패스웨이즈 언어 모델'],
    code: [],
    summary: t(
      "Google's 540B-parameter dense decoder-only model (2022), trained on 780B tokens across 6,144 TPU v4 chips with the Pathways system.",
      '구글이 2022년에 발표한 5,400억 파라미터 밀집 디코더 전용 모델로, Pathways 시스템을 이용해 TPU v4 칩 6,144개에서 7,800억 토큰을 학습했다.',
    ),
    explanation: t(
      "PaLM (Pathways Language Model) has 118 layers, d_model 18,432 and 48 heads of size 256, and bundles design choices that later models widely copied: SwiGLU feed-forward layers; 'parallel' blocks that compute attention and MLP from the same normalised input (about 15% faster training at scale); multi-query attention with one shared key/value head; rotary position embeddings; shared input-output embeddings; no bias terms; and a lossless 256K SentencePiece vocabulary that preserves whitespace and splits numbers into digits. It was trained for one epoch on 780B tokens of web pages, books, Wikipedia, news, conversations and GitHub code, across two TPU v4 pods (6,144 chips) at 46.2% model FLOPs utilisation. PaLM 540B set new few-shot results on most of the English NLP benchmarks it was evaluated on, and with chain-of-thought prompting it solved multi-step arithmetic and common-sense reasoning problems that smaller models could not; on some BIG-bench tasks performance jumped discontinuously with scale. 8B and 62B versions were trained for comparison.",
      "PaLM(Pathways Language Model)은 118층, d_model 18,432, 크기 256짜리 헤드 48개로 이루어졌고, 이후 모델들이 널리 따라 한 설계를 한데 모았다. SwiGLU 피드포워드 층, 정규화한 같은 입력에서 어텐션과 MLP를 동시에 계산하는 '병렬' 블록(대규모에서 학습 약 15% 가속), 키·값 헤드 하나를 공유하는 멀티쿼리 어텐션, 회전 위치 임베딩, 입력·출력 임베딩 공유, 편향 항 제거, 그리고 공백을 보존하고 숫자를 한 자리씩 나누는 무손실 256K SentencePiece 어휘다. 웹 페이지·책·위키백과·뉴스·대화·GitHub 코드로 이루어진 7,800억 토큰을 1에폭 학습했으며, TPU v4 포드 두 개(칩 6,144개)에서 모델 FLOPs 활용률(MFU) 46.2%를 달성했다. PaLM 540B는 평가한 영어 NLP 벤치마크 대부분에서 퓨샷 최고 성능을 새로 썼고, 사고의 사슬(chain-of-thought) 프롬프팅으로 작은 모델이 풀지 못하던 다단계 산술·상식 추론 문제를 풀었다. 일부 BIG-bench 과제에서는 규모에 따라 성능이 불연속적으로 뛰었다. 비교를 위해 8B와 62B 버전도 함께 학습했다.",
    ),
    keyNumbers: [
      key(LABEL.parameters, num(540e9, 'parameters', 'chowdhery2022', { approx: true })),
      key(LABEL.trainingTokens, num(780e9, 'tokens', 'chowdhery2022')),
      key(t('TPU v4 chips', 'TPU v4 칩 수'), num(6144, 'count', 'chowdhery2022')),
      key(t('Model FLOPs utilisation', '모델 FLOPs 활용률(MFU)'), num(46.2, 'percent', 'chowdhery2022')),
      key(LABEL.layers, num(118, 'layers', 'chowdhery2022')),
    ],
    related: [
      'u-palm',
      'multi-query-attention',
      'rotary-position-embedding',
      'gated-mlp',
      'tied-embeddings',
      'sentencepiece',
      'emergent-abilities',
      'few-shot-learning',
      'chinchilla',
    ],
    sources: ['chowdhery2022'],
    model: {
      family: 'decoder-only',
      year: 2022,
      month: 4,
      organisation: 'Google',
      parameters: num(540e9, 'parameters', 'chowdhery2022', {
        approx: true,
        note: t('540.35B in the paper.', '논문에는 540.35B로 적혀 있다.'),
      }),
      layers: num(118, 'layers', 'chowdhery2022'),
      hidden: num(18_432, 'dimensions', 'chowdhery2022'),
      heads: num(48, 'heads', 'chowdhery2022'),
      vocabulary: num(256_000, 'tokens', 'chowdhery2022', { approx: true }),
      context: num(2048, 'tokens', 'chowdhery2022'),
      trainingTokens: num(780e9, 'tokens', 'chowdhery2022'),
      trainingData: t(
        'Filtered web pages, books, Wikipedia, news, social-media conversations and GitHub code; multilingual',
        '필터링한 웹 페이지, 책, 위키백과, 뉴스, 소셜 미디어 대화, GitHub 코드(다국어)',
      ),
      objectives: ['causal-language-modeling'],
      improvesOn: ['gpt-3'],
      keyIdeas: [
        t(
          'Parallel attention + MLP blocks, SwiGLU, multi-query attention and RoPE in one dense 540B model.',
          '병렬 어텐션·MLP 블록, SwiGLU, 멀티쿼리 어텐션, RoPE를 결합한 5,400억 밀집 모델.',
        ),
        t(
          'Pathways trains one model across two TPU v4 pods at 46.2% MFU.',
          'Pathways로 TPU v4 포드 두 개에 걸쳐 한 모델을 MFU 46.2%로 학습했다.',
        ),
        t(
          'Strong few-shot and chain-of-thought reasoning; some tasks improve discontinuously with scale.',
          '퓨샷과 사고의 사슬 추론에서 큰 도약을 보였고, 일부 과제는 규모에 따라 불연속적으로 향상되었다.',
        ),
      ],
    },
  },
  {
    id: 'u-palm',
    kind: 'model',
    name: 'U-PaLM',
    nameKo: 'U-PaLM',
    aliases: ['U-PaLM', 'UPaLM', 'U-PaLM 540B', 'UL2R', 'UL2Restore', '유팜'],
    code: [],
    summary: t(
      "PaLM trained for a few extra steps with UL2's mixture-of-denoisers objective (UL2R, 2022): about 0.1% extra compute gave a ~2× compute saving at 540B.",
      'PaLM을 UL2의 디노이저 혼합 목적 함수로 조금 더 학습시킨 모델(UL2R, 2022)로, 약 0.1%의 추가 연산으로 540B 규모에서 약 2배의 연산 절감 효과를 냈다.',
    ),
    explanation: t(
      "U-PaLM takes fully trained PaLM checkpoints (8B, 62B and 540B) and continues training them briefly with UL2R, short for 'UL2 Restore': the mixture-of-denoisers objective from UL2, which mixes regular span corruption, extreme denoising (long or dense corrupted spans) and prefix language modeling, with mode tokens telling the model which kind of example it is seeing. No new data is used and the extra cost is roughly 0.1% of the original pre-training FLOPs. At 540B, U-PaLM matches the final PaLM's quality at about half its compute budget (roughly 4.4 million TPU v4 hours saved), improves few-shot English NLP, chain-of-thought reasoning, multilingual tasks and MMLU, and gains the ability to fill in blanks. On some BIG-bench tasks it shows emergent abilities at a smaller scale than PaLM.",
      "U-PaLM은 학습을 마친 PaLM 체크포인트(8B, 62B, 540B)를 UL2R('UL2 Restore')로 잠깐 더 학습시킨 모델이다. UL2R은 UL2의 디노이저 혼합 목적 함수로, 일반 스팬 손상, 길거나 촘촘하게 손상시킨 스팬을 복원하는 극단적 디노이징, 접두사 언어 모델링을 섞고, 지금 어떤 종류의 예시인지 모드 토큰으로 알려준다. 새 데이터는 쓰지 않으며 추가 비용은 원래 사전 학습 FLOPs의 약 0.1%다. 540B 규모에서 U-PaLM은 최종 PaLM의 품질에 연산 예산의 약 절반으로 도달했고(TPU v4 약 440만 시간 절약), 영어 NLP 퓨샷, 사고의 사슬 추론, 다국어 과제, MMLU 성능이 올랐으며 빈칸 채우기(infilling) 능력도 생겼다. 일부 BIG-bench 과제에서는 PaLM보다 작은 규모에서 창발적 능력이 나타났다.",
    ),
    keyNumbers: [
      key(LABEL.parameters, num(540e9, 'parameters', 'tay2022b', { approx: true })),
      key(t('Extra compute over PaLM', 'PaLM 대비 추가 연산량'), num(0.1, 'percent', 'tay2022b', { approx: true })),
      key(t('Compute saving at 540B', '540B에서의 연산 절감'), num(2, 'ratio', 'tay2022b', { approx: true })),
    ],
    related: ['palm', 'ul2', 'span-corruption', 'causal-language-modeling', 'emergent-abilities', 'flan-t5'],
    sources: ['tay2022b'],
    model: {
      family: 'decoder-only',
      year: 2022,
      month: 10,
      organisation: 'Google',
      parameters: num(540e9, 'parameters', 'tay2022b', { approx: true }),
      layers: num(118, 'layers', 'chowdhery2022'),
      hidden: num(18_432, 'dimensions', 'chowdhery2022'),
      heads: num(48, 'heads', 'chowdhery2022'),
      trainingData: t(
        "PaLM's pre-training data, reused for the short UL2R phase",
        '짧은 UL2R 단계에서도 PaLM의 사전 학습 데이터를 재사용',
      ),
      objectives: ['causal-language-modeling', 'span-corruption'],
      improvesOn: ['palm', 'ul2'],
      keyIdeas: [
        t(
          'Continue training instead of restarting: a few UL2 steps on an existing causal LM.',
          '처음부터 다시가 아니라 이어서 학습: 기존 인과적 LM에 UL2 목적 함수로 몇 단계만 더 학습한다.',
        ),
        t(
          '~0.1% extra FLOPs, no new data, ~2× compute-efficiency gain at 540B.',
          '추가 FLOPs 약 0.1%, 새 데이터 없이 540B에서 약 2배의 연산 효율 향상.',
        ),
        t(
          'Mixing prefix-LM and span-corruption objectives adds infilling ability.',
          '접두사 LM과 스팬 손상 목적 함수를 섞어 빈칸 채우기 능력이 생긴다.',
        ),
      ],
    },
  },
];
