import type { Entry } from '../../schema';
import { LABEL, key, num, t } from './build';

/** 2023's push for more quality per parameter: Mistral 7B, Mixtral 8x7B, Phi-2, Orca 2. */
export const COMPACT_ENTRIES: Entry[] = [
  {
    id: 'mistral-7b',
    kind: 'model',
    name: 'Mistral 7B',
    nameKo: 'Mistral 7B',
    aliases: ['Mistral 7B', 'Mistral-7B', 'Mistral', '미스트랄 7B', '미스트랄'],
    code: ['Mistral', 'mistral'],
    summary: t(
      "Mistral AI's September 2023 open 7.3B-parameter model that beat Llama 2 13B on every reported benchmark, using grouped-query and sliding-window attention.",
      'Mistral AI가 2023년 9월 공개한 73억 파라미터 공개 모델로, 그룹 쿼리 어텐션과 슬라이딩 윈도 어텐션을 써서 보고된 모든 벤치마크에서 Llama 2 13B를 앞섰다.',
    ),
    explanation: t(
      'Mistral 7B is a Llama-style decoder (RMSNorm, SwiGLU, RoPE; 32 layers, d_model 4,096, 32 heads, FFN 14,336, 32K vocabulary) with two changes aimed at fast, memory-light inference. Grouped-query attention lets the 32 query heads share 8 key/value heads, cutting the KV cache fourfold. Sliding-window attention lets each layer attend only to the previous 4,096 tokens; because layers stack, information can still flow from about 32 × 4,096 ≈ 131K tokens back, and a rolling buffer cache caps memory at the window size. The paper reports that it outperforms Llama 2 13B on all evaluated benchmarks and Llama 1 34B on reasoning, mathematics and code. Mistral 7B – Instruct was fine-tuned on public instruction datasets. The weights are Apache 2.0; the training data were not disclosed.',
      'Mistral 7B는 Llama 방식의 디코더(RMSNorm, SwiGLU, RoPE / 32층, d_model 4,096, 헤드 32개, FFN 14,336, 어휘 32K)에 빠르고 메모리를 적게 쓰는 추론을 위한 두 가지 변화를 더했다. 그룹 쿼리 어텐션은 쿼리 헤드 32개가 키·값 헤드 8개를 나눠 쓰게 해 KV 캐시를 4분의 1로 줄인다. 슬라이딩 윈도 어텐션은 각 층이 직전 4,096토큰에만 어텐션하게 하는데, 층이 쌓이면서 정보는 약 32 × 4,096 ≈ 13만 1천 토큰 앞에서도 전달될 수 있고, 롤링 버퍼 캐시가 메모리를 윈도 크기로 제한한다. 논문은 평가한 모든 벤치마크에서 Llama 2 13B를, 추론·수학·코드에서는 Llama 1 34B를 앞선다고 보고한다. Mistral 7B – Instruct는 공개 지시 데이터셋으로 미세 조정한 버전이다. 가중치는 Apache 2.0 라이선스이며, 학습 데이터는 공개하지 않았다.',
    ),
    keyNumbers: [
      key(
        LABEL.parameters,
        num(7_241_732_096, 'parameters', 'mistralai2023mistral7bcard', {
          note: t('Announced as 7.3B; count of the released checkpoint.', '발표 때는 73억(7.3B)이라 했으며, 이 값은 공개 체크포인트의 실제 파라미터 수다.'),
        }),
      ),
      key(t('Sliding window', '슬라이딩 윈도 크기'), num(4096, 'tokens', 'jiang2023')),
      key(LABEL.kvHeads, num(8, 'heads', 'jiang2023')),
      key(LABEL.context, num(8192, 'tokens', 'jiang2023')),
      key(LABEL.layers, num(32, 'layers', 'jiang2023')),
    ],
    related: ['mixtral-8x7b', 'sliding-window-attention', 'grouped-query-attention', 'kv-cache', 'llama-2', 'rotary-position-embedding', 'small-language-model', 'mistral-nemo'],
    sources: ['jiang2023', 'mistralai2023mistral7bcard'],
    model: {
      family: 'decoder-only',
      year: 2023,
      month: 9,
      organisation: 'Mistral AI',
      parameters: num(7_241_732_096, 'parameters', 'mistralai2023mistral7bcard', {
        note: t('Announced as 7.3B.', '발표 때는 73억(7.3B)이라 했다.'),
      }),
      layers: num(32, 'layers', 'jiang2023'),
      hidden: num(4096, 'dimensions', 'jiang2023'),
      heads: num(32, 'heads', 'jiang2023'),
      vocabulary: num(32_000, 'tokens', 'jiang2023'),
      context: num(8192, 'tokens', 'jiang2023'),
      trainingData: t('Not disclosed', '공개되지 않음'),
      objectives: ['causal-language-modeling'],
      improvesOn: ['llama-2'],
      keyIdeas: [
        t('Grouped-query attention: 32 query heads share 8 KV heads.', '그룹 쿼리 어텐션: 쿼리 헤드 32개가 KV 헤드 8개를 공유한다.'),
        t(
          'Sliding-window attention (4,096 tokens) with a rolling buffer cache bounds memory; stacked layers still reach ~131K tokens back.',
          '슬라이딩 윈도 어텐션(4,096토큰)과 롤링 버퍼 캐시로 메모리를 제한하고, 층을 쌓아 약 13만 1천 토큰 앞까지 닿는다.',
        ),
        t('A 7B model beating Llama 2 13B: quality per parameter over size.', 'Llama 2 13B를 이긴 7B 모델: 크기보다 파라미터당 품질.'),
      ],
      variants: [
        {
          id: 'mistral-7b-v0.1',
          name: 'Mistral 7B v0.1',
          hfIds: ['mistralai/Mistral-7B-v0.1', 'mistralai/Mistral-7B-Instruct-v0.1'],
          parameters: num(7_241_732_096, 'parameters', 'mistralai2023mistral7bcard'),
          layers: 32,
          hidden: 4096,
          heads: 32,
        },
      ],
    },
  },
  {
    id: 'mixtral-8x7b',
    kind: 'model',
    name: 'Mixtral 8x7B',
    nameKo: 'Mixtral 8x7B',
    aliases: ['Mixtral', 'Mixtral 8x7B', 'Mixtral-8x7B', '믹스트랄', '믹스트랄 8x7B'],
    code: ['Mixtral', 'mixtral'],
    summary: t(
      "Mistral AI's sparse Mixture-of-Experts model (December 2023): 8 experts per layer with top-2 routing, 46.7B parameters in total but only about 12.9B used per token.",
      'Mistral AI의 희소 전문가 혼합(MoE) 모델(2023년 12월)로, 층마다 전문가 8개 중 2개를 고르며 전체 파라미터는 467억 개지만 토큰마다 약 129억 개만 쓴다.',
    ),
    explanation: t(
      "Mixtral 8x7B has the same layout as Mistral 7B except that each layer's feed-forward block becomes 8 SwiGLU experts plus a router that sends every token, at every layer, to the 2 highest-scoring experts and mixes their outputs with softmax weights. Attention and embeddings are shared, so the model holds 46.7B parameters (not 8 × 7B = 56B) but computes with about 12.9B per token, giving roughly the speed of a 13B dense model. It was trained with a 32K-token context and matches or beats Llama 2 70B and GPT-3.5 on all the benchmarks in the paper, with the largest margins in mathematics, code and multilingual tasks. The router's choices change from token to token and show little topic specialisation; expert assignment follows syntax more than domain. Mixtral 8x7B – Instruct was tuned with supervised fine-tuning and Direct Preference Optimization. The weights were released under Apache 2.0 on 11 December 2023 and the paper followed in January 2024. In Transformers, `num_local_experts` (8) and `num_experts_per_tok` (2) set the routing.",
      'Mixtral 8x7B는 Mistral 7B와 구조가 같지만, 각 층의 피드포워드 블록을 SwiGLU 전문가 8개와 라우터로 바꿨다. 라우터는 모든 층에서 토큰마다 점수가 가장 높은 전문가 2개를 골라 그 출력을 소프트맥스 가중치로 섞는다. 어텐션과 임베딩은 공유하므로 전체 파라미터는 8 × 7B = 56B가 아니라 467억 개이고, 토큰당 계산에는 약 129억 개만 쓰여 13B 밀집 모델과 비슷한 속도를 낸다. 32K 토큰 컨텍스트로 학습했으며, 논문의 모든 벤치마크에서 Llama 2 70B, GPT-3.5와 대등하거나 앞섰고 특히 수학·코드·다국어 과제에서 차이가 컸다. 라우터의 선택은 토큰마다 달라지고 주제별 전문화는 뚜렷하지 않으며, 전문가 배정은 분야보다 구문을 따르는 경향을 보였다. Mixtral 8x7B – Instruct는 지도 미세 조정과 DPO(Direct Preference Optimization)로 조정했다. 가중치는 2023년 12월 11일 Apache 2.0 라이선스로 공개되었고 논문은 2024년 1월에 나왔다. Transformers에서는 `num_local_experts`(8)와 `num_experts_per_tok`(2)가 라우팅을 정한다.',
    ),
    keyNumbers: [
      key(LABEL.parameters, num(46_702_792_704, 'parameters', 'mistralai2023mixtralcard')),
      key(
        LABEL.activeParameters,
        num(12.9e9, 'parameters', 'jiang2024', {
          approx: true,
          note: t(
            'The paper rounds to 13B; 12.88B counting the input embedding and output head of the released checkpoint.',
            '논문은 13B로 반올림했으며, 공개 체크포인트의 입력 임베딩과 출력 헤드를 포함하면 128.8억 개다.',
          ),
        }),
      ),
      key(LABEL.experts, num(8, 'experts', 'jiang2024')),
      key(t('Experts per token (top-k)', '토큰당 전문가 수(top-k)'), num(2, 'experts', 'jiang2024')),
      key(LABEL.context, num(32_768, 'tokens', 'jiang2024')),
    ],
    related: ['mistral-7b', 'mixture-of-experts', 'moe-expert', 'moe-router', 'top-k-routing', 'load-balancing-loss', 'switch-transformer', 'gated-mlp', 'mixtral-8x22b'],
    sources: ['jiang2024', 'mistralai2023mixtralcard'],
    model: {
      family: 'decoder-only',
      moe: true,
      year: 2023,
      month: 12,
      organisation: 'Mistral AI',
      parameters: num(46_702_792_704, 'parameters', 'mistralai2023mixtralcard'),
      activeParameters: num(12.9e9, 'parameters', 'jiang2024', {
        approx: true,
        note: t('Rounded to 13B in the paper.', '논문에서는 13B로 반올림했다.'),
      }),
      layers: num(32, 'layers', 'jiang2024'),
      hidden: num(4096, 'dimensions', 'jiang2024'),
      heads: num(32, 'heads', 'jiang2024'),
      vocabulary: num(32_000, 'tokens', 'jiang2024'),
      context: num(32_768, 'tokens', 'jiang2024'),
      trainingData: t('Not disclosed (multilingual web data, per the paper)', '공개되지 않음(논문에 따르면 다국어 웹 데이터)'),
      objectives: ['causal-language-modeling'],
      improvesOn: ['mistral-7b', 'switch-transformer'],
      keyIdeas: [
        t('Sparse MoE: 8 SwiGLU experts per layer, top-2 routing per token.', '희소 MoE: 층마다 SwiGLU 전문가 8개, 토큰마다 상위 2개로 라우팅한다.'),
        t(
          '46.7B total vs ~12.9B active: large-model quality at mid-size inference cost.',
          '전체 467억 대 활성 약 129억: 큰 모델의 품질을 중간 크기 모델의 추론 비용으로 얻는다.',
        ),
        t(
          'Attention is shared and only the FFNs are experts, which is why 8x7B is not 56B.',
          '어텐션은 공유하고 FFN만 전문가로 나뉘므로 8x7B가 56B가 아니다.',
        ),
      ],
      variants: [
        {
          id: 'mixtral-8x7b-v0.1',
          name: 'Mixtral 8x7B v0.1',
          hfIds: ['mistralai/Mixtral-8x7B-v0.1', 'mistralai/Mixtral-8x7B-Instruct-v0.1'],
          parameters: num(46_702_792_704, 'parameters', 'mistralai2023mixtralcard'),
          layers: 32,
          hidden: 4096,
          heads: 32,
        },
      ],
    },
  },
  {
    id: 'phi-2',
    kind: 'model',
    name: 'Phi-2',
    nameKo: 'Phi-2',
    aliases: ['Phi-2', 'Phi 2', 'Microsoft Phi-2', '파이-2', '파이2'],
    code: ['Phi'],
    summary: t(
      "Microsoft Research's 2.7B-parameter model (December 2023) trained on 1.4T tokens of 'textbook-quality' synthetic and filtered web data; it matches or beats models up to 25× larger on reasoning benchmarks.",
      "마이크로소프트 리서치가 2023년 12월 공개한 27억 파라미터 모델로, '교과서 수준'의 합성 데이터와 엄선한 웹 데이터 1.4조 토큰으로 학습해 추론 벤치마크에서 최대 25배 큰 모델과 대등하거나 앞섰다.",
    ),
    explanation: t(
      "Phi-2 continues the 'Textbooks Are All You Need' line (phi-1, phi-1.5): better data rather than more data. Its training mix combines synthetic text generated with GPT-3.5 to teach common-sense reasoning and general knowledge with web pages filtered for educational value. Training was accelerated by transferring knowledge from the 1.3B-parameter Phi-1.5, and took 14 days on 96 A100 GPUs for 1.4T tokens at a 2,048-token context. The model is a 32-layer decoder-only Transformer with d_model 2,560. Although it is a base model without RLHF or instruction tuning, Microsoft reports that it outperforms Mistral 7B and Llama 2 13B on aggregated benchmarks and Llama 2 70B on multi-step reasoning such as coding and mathematics. Its small size makes it a common subject for interpretability and fine-tuning experiments; it is released under the MIT licence.",
      "Phi-2는 'Textbooks Are All You Need'(phi-1, phi-1.5)의 흐름을 이어, 데이터를 더 많이가 아니라 더 좋게 만드는 데 집중한다. 학습 데이터는 상식 추론과 일반 지식을 가르치려고 GPT-3.5로 생성한 합성 텍스트와, 교육적 가치를 기준으로 걸러낸 웹 페이지로 이루어진다. 13억 파라미터 Phi-1.5의 지식을 이전해 학습을 앞당겼고, A100 GPU 96장으로 14일 동안 2,048토큰 컨텍스트에서 1.4조 토큰을 학습했다. 구조는 32층, d_model 2,560의 디코더 전용 트랜스포머다. RLHF나 지시 조정을 거치지 않은 기반 모델인데도, 마이크로소프트는 종합 벤치마크에서 Mistral 7B와 Llama 2 13B를, 코딩·수학 같은 다단계 추론에서는 Llama 2 70B를 앞선다고 보고했다. 크기가 작아 해석 가능성 연구와 미세 조정 실험에 자주 쓰이며, MIT 라이선스로 공개되었다.",
    ),
    keyNumbers: [
      key(
        LABEL.parameters,
        num(2_779_683_840, 'parameters', 'microsoft2023phi2card', {
          note: t('Announced as 2.7B; count of the released checkpoint.', '발표 때는 27억(2.7B)이라 했으며, 이 값은 공개 체크포인트의 실제 파라미터 수다.'),
        }),
      ),
      key(LABEL.trainingTokens, num(1.4e12, 'tokens', 'microsoft2023phi2')),
      key(LABEL.gpus, num(96, 'count', 'microsoft2023phi2')),
      key(t('Training time', '학습 기간'), num(14, 'days', 'microsoft2023phi2')),
      key(LABEL.context, num(2048, 'tokens', 'microsoft2023phi2card')),
    ],
    related: ['small-language-model', 'orca-2', 'mistral-7b', 'llama-2', 'decoder-only', 'phi-3'],
    sources: ['microsoft2023phi2', 'microsoft2023phi2card'],
    model: {
      family: 'decoder-only',
      year: 2023,
      month: 12,
      organisation: 'Microsoft Research',
      parameters: num(2_779_683_840, 'parameters', 'microsoft2023phi2card', {
        note: t('Announced as 2.7B.', '발표 때는 27억(2.7B)이라 했다.'),
      }),
      layers: num(32, 'layers', 'microsoft2023phi2card'),
      hidden: num(2560, 'dimensions', 'microsoft2023phi2card'),
      heads: num(32, 'heads', 'microsoft2023phi2card'),
      context: num(2048, 'tokens', 'microsoft2023phi2card'),
      trainingTokens: num(1.4e12, 'tokens', 'microsoft2023phi2'),
      trainingData: t(
        'Synthetic "textbook-quality" text generated with GPT-3.5 plus web data filtered for educational value',
        'GPT-3.5로 생성한 "교과서 수준" 합성 텍스트와 교육적 가치로 거른 웹 데이터',
      ),
      objectives: ['causal-language-modeling'],
      keyIdeas: [
        t(
          "Data quality over scale: synthetic 'textbook' data plus educationally filtered web text.",
          "규모보다 데이터 품질: 합성 '교과서' 데이터와 교육적 가치로 거른 웹 텍스트.",
        ),
        t('Knowledge transfer from the 1.3B Phi-1.5 speeds up training.', '13억 파라미터 Phi-1.5의 지식을 이전해 학습을 앞당긴다.'),
        t(
          'A 2.7B base model that rivals 7–13B models and is small enough for laptops.',
          '7~13B 모델에 맞서면서 노트북에서도 돌릴 만큼 작은 27억 파라미터 기반 모델.',
        ),
      ],
      variants: [
        {
          id: 'microsoft-phi-2',
          name: 'Phi-2 (2.7B)',
          hfIds: ['microsoft/phi-2'],
          parameters: num(2_779_683_840, 'parameters', 'microsoft2023phi2card'),
          layers: 32,
          hidden: 2560,
          heads: 32,
        },
      ],
    },
  },
  {
    id: 'orca-2',
    kind: 'model',
    name: 'Orca 2',
    nameKo: 'Orca 2',
    aliases: ['Orca 2', 'Orca-2', 'Microsoft Orca 2', '오르카 2', '오르카2'],
    code: [],
    summary: t(
      "Microsoft's November 2023 7B and 13B models: Llama 2 fine-tuned on synthetic data that teaches a different reasoning strategy for each kind of task; they match or beat models 5–10× larger on zero-shot reasoning.",
      '마이크로소프트가 2023년 11월 공개한 7B·13B 모델로, 과제 종류마다 다른 추론 전략을 가르치는 합성 데이터로 Llama 2를 미세 조정해 제로샷 추론에서 5~10배 큰 모델과 대등하거나 앞섰다.',
    ),
    explanation: t(
      "Orca 2 builds on Orca, which trained a 13B model to imitate GPT-4's step-by-step explanations. Its argument is that a small model should not copy a large model's answering style blindly: a large model may answer a hard question directly, while a small one may need to break it down. The training data therefore pair each task type with a suitable strategy, such as step-by-step reasoning, recall-then-generate, recall-reason-generate, extract-generate or a direct answer, produced by a teacher model under detailed, strategy-specific system instructions. During training those instructions are replaced with a generic one ('prompt erasure'), so the student has to learn when to use which strategy, which the authors call cautious reasoning. Both sizes are full fine-tunes of the corresponding Llama 2 base models. On 15 benchmarks (about 100 tasks, over 36,000 prompts) Orca 2 clearly surpasses models of similar size and matches or exceeds models 5–10× larger in zero-shot reasoning. It is a research model without RLHF safety training.",
      "Orca 2는 GPT-4의 단계별 설명을 모방하도록 13B 모델을 학습한 Orca를 잇는다. 작은 모델이 큰 모델의 답변 방식을 그대로 따라 해서는 안 된다는 것이 이 연구의 주장이다. 큰 모델은 어려운 질문에 곧바로 답할 수 있지만, 작은 모델은 문제를 쪼개야 할 수도 있다. 그래서 학습 데이터는 과제 유형마다 알맞은 전략(단계별 추론, 떠올린 뒤 생성, 떠올리고 추론한 뒤 생성, 추출 후 생성, 바로 답하기 등)을 짝지었고, 교사 모델이 전략별로 자세한 시스템 지시를 받아 이를 생성했다. 학습할 때는 이 지시를 일반적인 지시로 바꿔('프롬프트 지우기') 학생 모델이 언제 어떤 전략을 쓸지 스스로 익히게 하며, 저자들은 이를 '신중한 추론'이라 부른다. 두 크기 모두 같은 크기의 Llama 2 기반 모델을 전체 미세 조정한 것이다. 15개 벤치마크(약 100개 과제, 3만 6천 개 이상의 프롬프트)에서 비슷한 크기의 모델을 뚜렷이 앞섰고, 제로샷 추론에서는 5~10배 큰 모델과 대등하거나 더 나았다. RLHF 안전성 학습을 거치지 않은 연구용 모델이다.",
    ),
    keyNumbers: [
      key(LABEL.parameters, num(13e9, 'parameters', 'mitra2023', { approx: true })),
      key(t('Evaluation benchmarks', '평가 벤치마크 수'), num(15, 'count', 'mitra2023')),
      key(t('Evaluation prompts', '평가 프롬프트 수'), num(36_000, 'count', 'mitra2023', { approx: true })),
    ],
    related: ['llama-2', 'instruction-tuning', 'knowledge-distillation', 'distilling-step-by-step', 'small-language-model', 'phi-2', 'gpt-4'],
    sources: ['mitra2023'],
    model: {
      family: 'decoder-only',
      year: 2023,
      month: 11,
      organisation: 'Microsoft Research',
      parameters: num(13e9, 'parameters', 'mitra2023', { approx: true }),
      layers: num(40, 'layers', 'meta2023llama2card'),
      hidden: num(5120, 'dimensions', 'meta2023llama2card'),
      heads: num(40, 'heads', 'meta2023llama2card'),
      context: num(4096, 'tokens', 'touvron2023b'),
      trainingData: t(
        'Synthetic, strategy-specific reasoning demonstrations generated by a stronger teacher model',
        '더 강한 교사 모델이 전략별로 생성한 합성 추론 시연 데이터',
      ),
      objectives: ['instruction-tuning'],
      improvesOn: ['llama-2'],
      keyIdeas: [
        t(
          'Teach strategies, not just answers: step-by-step, recall-then-generate, direct answer and others.',
          '답이 아니라 전략을 가르친다: 단계별 추론, 떠올린 뒤 생성, 바로 답하기 등.',
        ),
        t(
          'Prompt erasure hides the strategy-specific instructions during training, so the model learns when to use each.',
          '프롬프트 지우기로 학습 중 전략별 지시를 감춰, 모델이 언제 어떤 전략을 쓸지 배우게 한다.',
        ),
        t(
          'Fine-tuned Llama 2 7B/13B models rival 5–10× larger models on zero-shot reasoning.',
          '미세 조정한 Llama 2 7B·13B가 제로샷 추론에서 5~10배 큰 모델에 맞선다.',
        ),
      ],
      variants: [
        { id: 'orca-2-7b', name: 'Orca 2 7B', hfIds: ['microsoft/Orca-2-7b'], parameters: num(7e9, 'parameters', 'mitra2023', { approx: true }), layers: 32, hidden: 4096, heads: 32 },
        { id: 'orca-2-13b', name: 'Orca 2 13B', hfIds: ['microsoft/Orca-2-13b'], parameters: num(13e9, 'parameters', 'mitra2023', { approx: true }), layers: 40, hidden: 5120, heads: 40 },
      ],
    },
  },
];
