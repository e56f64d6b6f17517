import type { Entry } from '../../schema';
import { LABEL, key, num, t } from './build';

/** OpenAI's GPT line: GPT-1 to GPT-4. */
export const GPT_ENTRIES: Entry[] = [
  {
    id: 'gpt-1',
    kind: 'model',
    name: 'GPT-1',
    nameKo: 'GPT-1',
    aliases: [
      'GPT-1',
      'GPT1',
      'OpenAI GPT',
      'Generative Pre-trained Transformer',
      '생성형 사전 학습 트랜스포머',
      '생성형 사전학습 트랜스포머',
    ],
    code: ['OpenAIGPT'],
    summary: t(
      "OpenAI's 2018 decoder-only Transformer (≈117M parameters) that established the recipe of generative pre-training on unlabeled text followed by task-specific fine-tuning.",
      '2018년 OpenAI가 발표한 디코더 전용 트랜스포머(약 1억 1,700만 파라미터)로, 레이블 없는 텍스트로 생성형 사전 학습을 한 뒤 과제별로 미세 조정하는 방식을 정립했다.',
    ),
    explanation: t(
      'GPT-1 stacks 12 Transformer decoder blocks (masked self-attention only, no encoder and no cross-attention) with 768-dimensional states and 12 heads. It was pre-trained as a left-to-right language model on BooksCorpus, about 7,000 unpublished books whose long contiguous passages teach long-range context. For each downstream task it adds only a linear output layer and rewrites structured inputs (sentence pairs, multiple-choice options) into one token sequence with start, delimiter and end tokens; the language-modeling loss is kept as an auxiliary objective during fine-tuning. With this single task-agnostic model it set the state of the art on 9 of the 12 benchmarks it was evaluated on. BERT, a few months later, kept the pre-train-then-fine-tune recipe but replaced the causal objective with bidirectional masked language modeling.',
      'GPT-1은 인코더와 교차 어텐션 없이 마스크드 셀프 어텐션만 쓰는 트랜스포머 디코더 블록 12개를 쌓은 모델로, 은닉 차원은 768, 어텐션 헤드는 12개다. 출판되지 않은 책 약 7,000권으로 이루어진 BooksCorpus로 왼쪽에서 오른쪽으로 다음 토큰을 예측하도록 사전 학습했는데, 긴 연속 문단이 많아 먼 거리의 문맥을 익히기에 알맞았다. 다운스트림 과제마다 선형 출력층 하나만 덧붙이고, 문장 쌍이나 객관식 보기 같은 구조화된 입력은 시작·구분·끝 토큰을 넣어 하나의 토큰 시퀀스로 바꿔 넣는다. 미세 조정 중에도 언어 모델링 손실을 보조 목적 함수로 함께 쓴다. 과제별 구조 없이 이 하나의 모델로, 평가한 12개 벤치마크 중 9개에서 최고 성능을 기록했다. 몇 달 뒤 나온 BERT는 사전 학습 후 미세 조정이라는 틀은 그대로 두고, 인과적 목적 함수를 양방향 마스크 언어 모델링으로 바꾸었다.',
    ),
    keyNumbers: [
      key(
        LABEL.parameters,
        num(116_534_784, 'parameters', 'openai2018gptcard', {
          note: t(
            'Usually quoted as 117M; this is the count of the released checkpoint.',
            '흔히 1억 1,700만(117M)으로 인용되며, 이 값은 공개된 체크포인트의 실제 파라미터 수다.',
          ),
        }),
      ),
      key(LABEL.layers, num(12, 'layers', 'radford2018')),
      key(LABEL.hidden, num(768, 'dimensions', 'radford2018')),
      key(LABEL.context, num(512, 'tokens', 'radford2018')),
      key(
        t('Benchmarks improved (of 12)', '최고 성능을 낸 벤치마크 수(12개 중)'),
        num(9, 'count', 'radford2018'),
      ),
    ],
    related: ['gpt-2', 'bert', 'decoder-only', 'causal-language-modeling', 'pre-training', 'fine-tuning', 'transfer-learning', 'bpe'],
    sources: ['radford2018', 'openai2018gptcard'],
    model: {
      family: 'decoder-only',
      year: 2018,
      month: 6,
      organisation: 'OpenAI',
      parameters: num(116_534_784, 'parameters', 'openai2018gptcard', {
        note: t('Usually quoted as 117M.', '흔히 1억 1,700만(117M)으로 인용된다.'),
      }),
      layers: num(12, 'layers', 'radford2018'),
      hidden: num(768, 'dimensions', 'radford2018'),
      heads: num(12, 'heads', 'radford2018'),
      vocabulary: num(40_478, 'tokens', 'openai2018gptcard', {
        note: t(
          'The paper specifies 40,000 BPE merges; the released vocabulary has 40,478 entries.',
          '논문은 BPE 병합 40,000회를 명시하며, 공개된 어휘에는 40,478개 항목이 있다.',
        ),
      }),
      context: num(512, 'tokens', 'radford2018'),
      trainingData: t('BooksCorpus: about 7,000 unpublished books', 'BooksCorpus: 출판되지 않은 책 약 7,000권'),
      objectives: ['causal-language-modeling', 'fine-tuning'],
      improvesOn: ['transformer', 'elmo'],
      keyIdeas: [
        t(
          'Decoder-only Transformer pre-trained as a causal language model on long, contiguous book text.',
          '길게 이어지는 책 텍스트로 인과적 언어 모델링을 사전 학습한 디코더 전용 트랜스포머.',
        ),
        t(
          'Task-agnostic fine-tuning: one linear head plus input transformations with start, delimiter and end tokens.',
          '과제에 구애받지 않는 미세 조정: 선형 헤드 하나와 시작·구분·끝 토큰을 쓰는 입력 변환.',
        ),
        t(
          'The language-modeling loss is kept as an auxiliary objective during fine-tuning.',
          '미세 조정 중에도 언어 모델링 손실을 보조 목적 함수로 유지한다.',
        ),
      ],
      variants: [
        {
          id: 'openai-gpt',
          name: 'GPT-1 (openai-gpt)',
          hfIds: ['openai-community/openai-gpt', 'openai-gpt'],
          parameters: num(116_534_784, 'parameters', 'openai2018gptcard'),
          layers: 12,
          hidden: 768,
          heads: 12,
        },
      ],
    },
  },
  {
    id: 'gpt-2',
    kind: 'model',
    name: 'GPT-2',
    nameKo: 'GPT-2',
    aliases: ['GPT-2', 'GPT2', 'GPT 2', 'GPT-2 XL', 'GPT-2 Large', 'GPT-2 Medium', '지피티-2'],
    code: ['GPT2', 'gpt2'],
    summary: t(
      "OpenAI's 2019 scale-up of GPT to 1.5B parameters, trained on 40 GB of web text (WebText); it showed that a large language model can perform tasks zero-shot.",
      '2019년 OpenAI가 GPT를 15억 파라미터로 키워 40GB 분량의 웹 텍스트(WebText)로 학습한 모델로, 큰 언어 모델이 별도 학습 없이(제로샷) 여러 과제를 수행할 수 있음을 보였다.',
    ),
    explanation: t(
      "GPT-2 keeps GPT-1's decoder-only design with a few changes: layer normalization moves to the input of each sub-block (pre-LN) with an extra norm after the last block, residual weights are scaled at initialisation by 1/√N, the context grows from 512 to 1,024 tokens, and a byte-level BPE vocabulary of 50,257 tokens encodes any string without unknown tokens. It was trained on WebText, about 8 million documents (40 GB) linked from Reddit posts with at least 3 karma. Four sizes were trained; the largest (48 layers, d_model 1,600) is what 'GPT-2' usually means. Without any fine-tuning it reached state-of-the-art results on 7 of 8 language-modeling datasets, and it could be steered toward summarisation, translation or question answering purely through the prompt. OpenAI released the weights in stages during 2019, citing misuse concerns. The paper's sizes (117M, 345M, 762M, 1,542M) differ from the parameter counts of the released checkpoints (124M, 355M, 774M, 1.56B).",
      "GPT-2는 GPT-1의 디코더 전용 구조를 유지하면서 몇 가지를 바꿨다. 레이어 정규화를 각 서브블록의 입력 쪽으로 옮기고(Pre-LN) 마지막 블록 뒤에 정규화를 하나 더 두었으며, 초기화할 때 잔차 경로의 가중치를 1/√N으로 줄였다. 컨텍스트는 512에서 1,024토큰으로 늘었고, 50,257개 토큰의 바이트 수준 BPE 어휘로 어떤 문자열도 미등록 토큰 없이 표현한다. 학습 데이터는 카르마 3 이상을 받은 레딧 게시물이 링크한 약 800만 개 문서(40GB)로 이루어진 WebText다. 네 가지 크기가 학습되었고, 흔히 'GPT-2'라 하면 가장 큰 모델(48층, d_model 1,600)을 가리킨다. 미세 조정 없이도 언어 모델링 데이터셋 8개 중 7개에서 최고 성능을 냈고, 프롬프트만으로 요약·번역·질의응답 쪽으로 유도할 수 있었다. OpenAI는 오용 우려를 이유로 2019년 동안 가중치를 단계적으로 공개했다. 논문에 적힌 크기(117M, 345M, 762M, 1,542M)는 공개된 체크포인트의 실제 파라미터 수(124M, 355M, 774M, 1.56B)와 다르다.",
    ),
    keyNumbers: [
      key(
        LABEL.parameters,
        num(1_557_611_200, 'parameters', 'openai2019gpt2card', {
          note: t(
            'Largest size (gpt2-xl), usually quoted as 1.5B; the paper lists 1,542M.',
            '가장 큰 크기(gpt2-xl)로 흔히 15억(1.5B)이라 하며, 논문에는 1,542M으로 적혀 있다.',
          ),
        }),
      ),
      key(LABEL.layers, num(48, 'layers', 'radford2019')),
      key(LABEL.vocabulary, num(50_257, 'tokens', 'radford2019')),
      key(LABEL.context, num(1024, 'tokens', 'radford2019')),
      key(t('WebText corpus', 'WebText 코퍼스'), num(40e9, 'bytes', 'radford2019', { approx: true })),
    ],
    related: ['gpt-1', 'gpt-3', 'byte-level-bpe', 'zero-shot-learning', 'decoder-only', 'causal-language-modeling', 'layer-norm'],
    sources: ['radford2019', 'openai2019gpt2card'],
    model: {
      family: 'decoder-only',
      year: 2019,
      month: 2,
      organisation: 'OpenAI',
      parameters: num(1_557_611_200, 'parameters', 'openai2019gpt2card', {
        note: t('The paper lists 1,542M for this size.', '논문에는 이 크기가 1,542M으로 적혀 있다.'),
      }),
      layers: num(48, 'layers', 'radford2019'),
      hidden: num(1600, 'dimensions', 'radford2019'),
      heads: num(25, 'heads', 'openai2019gpt2card'),
      vocabulary: num(50_257, 'tokens', 'radford2019'),
      context: num(1024, 'tokens', 'radford2019'),
      trainingData: t(
        'WebText: about 8 million web pages (40 GB) linked from Reddit posts with at least 3 karma',
        'WebText: 카르마 3 이상의 레딧 게시물이 링크한 웹 문서 약 800만 개(40GB)',
      ),
      objectives: ['causal-language-modeling'],
      improvesOn: ['gpt-1'],
      keyIdeas: [
        t(
          'More than 10× the parameters and data of GPT-1 on diverse web text.',
          '다양한 웹 텍스트로, GPT-1보다 파라미터와 데이터를 10배 넘게 늘렸다.',
        ),
        t(
          'Zero-shot task transfer: the task is specified in the prompt, with no gradient updates.',
          '제로샷 과제 전이: 가중치 갱신 없이 프롬프트로 과제를 지정한다.',
        ),
        t(
          'Pre-LN blocks and a 50,257-token byte-level BPE became the template for later GPT-style models.',
          'Pre-LN 블록과 50,257개 토큰의 바이트 수준 BPE는 이후 GPT 계열 모델의 표준 틀이 되었다.',
        ),
      ],
      variants: [
        {
          id: 'gpt2',
          name: 'GPT-2 small (124M)',
          hfIds: ['openai-community/gpt2', 'gpt2'],
          parameters: num(124_439_808, 'parameters', 'openai2019gpt2card', {
            note: t('The GPT-2 paper lists 117M for this size.', 'GPT-2 논문에는 이 크기가 117M으로 적혀 있다.'),
          }),
          layers: 12,
          hidden: 768,
          heads: 12,
        },
        {
          id: 'gpt2-medium',
          name: 'GPT-2 medium (355M)',
          hfIds: ['openai-community/gpt2-medium', 'gpt2-medium'],
          parameters: num(354_823_168, 'parameters', 'openai2019gpt2card', {
            note: t('The GPT-2 paper lists 345M for this size.', 'GPT-2 논문에는 이 크기가 345M으로 적혀 있다.'),
          }),
          layers: 24,
          hidden: 1024,
          heads: 16,
        },
        {
          id: 'gpt2-large',
          name: 'GPT-2 large (774M)',
          hfIds: ['openai-community/gpt2-large', 'gpt2-large'],
          parameters: num(774_030_080, 'parameters', 'openai2019gpt2card', {
            note: t('The GPT-2 paper lists 762M for this size.', 'GPT-2 논문에는 이 크기가 762M으로 적혀 있다.'),
          }),
          layers: 36,
          hidden: 1280,
          heads: 20,
        },
        {
          id: 'gpt2-xl',
          name: 'GPT-2 XL (1.5B)',
          hfIds: ['openai-community/gpt2-xl', 'gpt2-xl'],
          parameters: num(1_557_611_200, 'parameters', 'openai2019gpt2card', {
            note: t('The GPT-2 paper lists 1,542M for this size.', 'GPT-2 논문에는 이 크기가 1,542M으로 적혀 있다.'),
          }),
          layers: 48,
          hidden: 1600,
          heads: 25,
        },
      ],
    },
  },
  {
    id: 'gpt-3',
    kind: 'model',
    name: 'GPT-3',
    nameKo: 'GPT-3',
    aliases: ['GPT-3', 'GPT3', 'GPT 3', 'GPT-3 175B', '지피티-3'],
    code: [],
    summary: t(
      "OpenAI's 175B-parameter decoder-only model (2020) that made in-context few-shot learning from prompts the main way to use a language model.",
      'OpenAI가 2020년에 발표한 1,750억 파라미터 디코더 전용 모델로, 프롬프트 속 예시만으로 과제를 수행하는 인컨텍스트 퓨샷 학습을 언어 모델 활용의 중심으로 끌어올렸다.',
    ),
    explanation: t(
      "GPT-3 reuses GPT-2's architecture, except that its layers alternate dense and locally banded sparse attention, and scales it to 175B parameters: 96 layers, d_model 12,288, 96 heads of dimension 128 and a 2,048-token context. It was trained on 300B tokens drawn from filtered Common Crawl, WebText2, two book corpora and Wikipedia, with higher-quality sources sampled more often than their size alone would dictate. The paper trained eight sizes from 125M to 175B and evaluated them zero-, one- and few-shot, placing demonstrations only in the prompt and never updating weights. The gap between few-shot and zero-shot performance widened with model size, and on some benchmarks the largest model approached fine-tuned systems. Training took about 3.14×10²³ FLOPs (≈3,640 PF-days). The weights were never released; access was through OpenAI's API.",
      'GPT-3는 층마다 밀집 어텐션과 국소 대역 희소 어텐션을 번갈아 쓰는 점을 빼면 GPT-2의 구조를 그대로 쓰고, 이를 1,750억 파라미터로 키웠다. 96개 층, d_model 12,288, 차원 128짜리 헤드 96개, 2,048토큰 컨텍스트로 이루어진다. 필터링한 Common Crawl, WebText2, 두 가지 도서 코퍼스, 위키백과에서 뽑은 3,000억 토큰으로 학습했으며, 품질이 높은 출처일수록 크기에 비해 더 자주 샘플링했다. 논문은 1억 2,500만에서 1,750억까지 여덟 가지 크기를 학습해 제로샷·원샷·퓨샷으로 평가했는데, 예시는 프롬프트에만 넣고 가중치는 전혀 갱신하지 않았다. 모델이 클수록 퓨샷과 제로샷의 성능 차이가 벌어졌고, 일부 벤치마크에서는 가장 큰 모델이 미세 조정된 시스템에 근접했다. 학습 연산량은 약 3.14×10²³ FLOPs(약 3,640 PF-일)다. 가중치는 공개되지 않았고 OpenAI API로만 쓸 수 있었다.',
    ),
    keyNumbers: [
      key(LABEL.parameters, num(175e9, 'parameters', 'brown2020')),
      key(LABEL.layers, num(96, 'layers', 'brown2020')),
      key(LABEL.hidden, num(12_288, 'dimensions', 'brown2020')),
      key(LABEL.trainingTokens, num(300e9, 'tokens', 'brown2020')),
      key(t('Training compute', '학습 연산량'), num(3.14e23, 'flops', 'brown2020', { approx: true })),
      key(t('Training compute (PF-days)', '학습 연산량(PF-일)'), num(3640, 'pf-days', 'brown2020', { approx: true })),
    ],
    related: [
      'gpt-2',
      'gpt-3-5',
      'gpt-4',
      'in-context-learning',
      'few-shot-learning',
      'zero-shot-learning',
      'kaplan-scaling-laws',
      'emergent-abilities',
      'training-compute-c',
      'pf-days',
    ],
    sources: ['brown2020'],
    model: {
      family: 'decoder-only',
      year: 2020,
      month: 5,
      organisation: 'OpenAI',
      parameters: num(175e9, 'parameters', 'brown2020'),
      layers: num(96, 'layers', 'brown2020'),
      hidden: num(12_288, 'dimensions', 'brown2020'),
      heads: num(96, 'heads', 'brown2020'),
      context: num(2048, 'tokens', 'brown2020'),
      trainingTokens: num(300e9, 'tokens', 'brown2020'),
      trainingData: t(
        'Filtered Common Crawl, WebText2, Books1, Books2 and English Wikipedia, weighted by quality',
        '품질에 따라 가중한 필터링된 Common Crawl, WebText2, Books1, Books2, 영어 위키백과',
      ),
      objectives: ['causal-language-modeling'],
      improvesOn: ['gpt-2'],
      keyIdeas: [
        t(
          'Scale alone (175B parameters, 300B tokens) unlocks in-context learning: tasks are taught by examples in the prompt.',
          '규모(1,750억 파라미터, 3,000억 토큰)만으로 인컨텍스트 학습이 가능해졌다. 과제는 프롬프트 속 예시로 가르친다.',
        ),
        t(
          'Zero-, one- and few-shot evaluation without gradient updates; the few-shot advantage grows with model size.',
          '가중치 갱신 없는 제로샷·원샷·퓨샷 평가에서, 퓨샷의 이점은 모델이 클수록 커진다.',
        ),
        t(
          "GPT-2's recipe with alternating dense and locally banded sparse attention layers.",
          'GPT-2의 방식에 밀집 어텐션과 국소 대역 희소 어텐션 층을 번갈아 적용했다.',
        ),
      ],
    },
  },
  {
    id: 'gpt-3-5',
    kind: 'model',
    name: 'GPT-3.5 (InstructGPT, ChatGPT)',
    nameKo: 'GPT-3.5 (InstructGPT, ChatGPT)',
    aliases: [
      'GPT-3.5',
      'GPT-3.5 Turbo',
      'gpt-3.5-turbo',
      'text-davinci-003',
      'text-davinci-002',
      'InstructGPT',
      'ChatGPT',
      '챗GPT',
      '챗지피티',
    ],
    code: [],
    summary: t(
      "OpenAI's 2022 successors to GPT-3, tuned to follow instructions with supervised fine-tuning and RLHF (the InstructGPT recipe); ChatGPT launched on a GPT-3.5 model in November 2022. Sizes are undisclosed.",
      'OpenAI가 2022년에 내놓은 GPT-3 후속 모델들로, 지도 미세 조정과 RLHF(InstructGPT 방식)로 지시를 따르도록 조정했다. ChatGPT는 2022년 11월 GPT-3.5 모델로 출시되었다. 크기는 공개되지 않았다.',
    ),
    explanation: t(
      "InstructGPT (Ouyang et al., 2022) fine-tuned GPT-3 in three steps: supervised fine-tuning on demonstrations written by labelers, a reward model trained on labelers' rankings of several outputs, and PPO optimisation of the policy against that reward. Labelers preferred the outputs of a 1.3B InstructGPT model to those of the 175B GPT-3, showing that alignment can matter more to users than size. 'GPT-3.5' is OpenAI's name for the series of models that followed, such as text-davinci-002, text-davinci-003 and gpt-3.5-turbo. ChatGPT, released as a research preview on 30 November 2022, was fine-tuned from a GPT-3.5 model that finished training in early 2022, using the InstructGPT methods with dialogue-format data. OpenAI has not published the parameter counts of GPT-3.5 models; later versions of ChatGPT run on GPT-4 and its successors.",
      "InstructGPT(Ouyang 외, 2022)는 GPT-3를 세 단계로 미세 조정했다. 라벨러가 작성한 시연으로 지도 미세 조정을 하고, 여러 출력에 대한 라벨러의 순위로 보상 모델을 학습한 뒤, 그 보상에 맞춰 PPO로 정책을 최적화한다. 라벨러들은 1,750억 파라미터 GPT-3보다 13억 파라미터 InstructGPT의 출력을 더 선호했으며, 이는 사용자에게는 크기보다 정렬이 더 중요할 수 있음을 보여준다. 'GPT-3.5'는 그 뒤에 나온 text-davinci-002, text-davinci-003, gpt-3.5-turbo 같은 모델 시리즈를 가리키는 OpenAI의 명칭이다. 2022년 11월 30일 연구 프리뷰로 공개된 ChatGPT는 2022년 초에 학습을 마친 GPT-3.5 모델을 InstructGPT 방식과 대화 형식 데이터로 미세 조정한 것이다. OpenAI는 GPT-3.5 모델들의 파라미터 수를 공개하지 않았으며, 이후 ChatGPT는 GPT-4와 그 후속 모델로 동작한다.",
    ),
    keyNumbers: [
      key(
        t('InstructGPT size preferred over 175B GPT-3', '175B GPT-3보다 선호된 InstructGPT 크기'),
        num(1.3e9, 'parameters', 'ouyang2022', { approx: true }),
      ),
    ],
    related: ['gpt-3', 'gpt-4', 'rlhf', 'instruction-tuning', 'fine-tuning', 'alpaca'],
    sources: ['ouyang2022', 'openai2022chatgpt'],
    model: {
      family: 'decoder-only',
      year: 2022,
      month: 11,
      organisation: 'OpenAI',
      objectives: ['causal-language-modeling', 'instruction-tuning', 'rlhf'],
      improvesOn: ['gpt-3'],
      keyIdeas: [
        t(
          'Three-step alignment: supervised fine-tuning, a reward model from human rankings, then PPO.',
          '세 단계 정렬: 지도 미세 조정, 사람의 순위로 학습한 보상 모델, 그리고 PPO.',
        ),
        t(
          'A 1.3B instruction-following model was preferred to the 175B base GPT-3.',
          '지시를 따르는 13억 파라미터 모델이 1,750억 파라미터 기반 GPT-3보다 선호되었다.',
        ),
        t(
          'ChatGPT applied the same recipe to dialogue data on a GPT-3.5 model.',
          'ChatGPT는 같은 방식을 대화 데이터와 GPT-3.5 모델에 적용했다.',
        ),
      ],
    },
  },
  {
    id: 'gpt-4',
    kind: 'model',
    name: 'GPT-4',
    nameKo: 'GPT-4',
    aliases: ['GPT-4', 'GPT4', 'GPT 4', '지피티-4'],
    code: [],
    summary: t(
      "OpenAI's 2023 multimodal model (text and images in, text out); OpenAI has not disclosed its size, architecture or training data.",
      'OpenAI가 2023년에 공개한 멀티모달 모델(텍스트·이미지 입력, 텍스트 출력)로, 크기·구조·학습 데이터는 공개되지 않았다.',
    ),
    explanation: t(
      "The GPT-4 technical report describes a Transformer-style model pre-trained to predict the next token on public and licensed data, then fine-tuned with reinforcement learning from human feedback (RLHF). It explicitly withholds the architecture, model size, hardware, training compute and dataset construction, citing competition and safety. What it does report is predictable scaling: parts of GPT-4's final performance were forecast from models trained with at most 1/1,000 of its compute. GPT-4 scored around the top 10% of test takers on a simulated bar exam and launched with 8,192- and 32,768-token context versions. The widely repeated '1.8 trillion parameters, a mixture of 16 experts' comes from a July 2023 SemiAnalysis report based on leaks; OpenAI has never confirmed it, so the atlas shows it only as a rumour.",
      "GPT-4 기술 보고서는 이 모델을 공개 데이터와 라이선스 데이터로 다음 토큰을 예측하도록 사전 학습한 뒤 인간 피드백 강화학습(RLHF)으로 미세 조정한 트랜스포머 계열 모델이라고만 설명한다. 경쟁 상황과 안전을 이유로 구조, 모델 크기, 하드웨어, 학습 연산량, 데이터셋 구성은 밝히지 않는다고 명시했다. 대신 예측 가능한 스케일링을 보고하는데, 최종 성능의 일부를 연산량이 1/1,000 이하인 모델들로 미리 예측했다. 모의 변호사 시험에서 응시자 상위 약 10% 수준의 점수를 받았고, 출시 당시 8,192토큰과 32,768토큰 컨텍스트 버전이 있었다. 널리 퍼진 '1조 8천억 파라미터, 전문가 16개의 MoE'라는 수치는 2023년 7월 SemiAnalysis가 유출 정보를 바탕으로 낸 보고서에서 나왔고 OpenAI가 확인한 적이 없으므로, 이 아틀라스에서는 소문으로만 표시한다.",
    ),
    keyNumbers: [
      key(
        t('Parameters (rumoured)', '파라미터 수(소문)'),
        num(1.8e12, 'parameters', 'semianalysis2023gpt4', {
          approx: true,
          unconfirmed: true,
          note: t(
            "Rumour from a 2023 SemiAnalysis report based on leaks. OpenAI has never disclosed GPT-4's size; its technical report explicitly withholds it.",
            '유출 정보를 바탕으로 한 2023년 SemiAnalysis 보고서의 소문이다. OpenAI는 GPT-4의 크기를 공개한 적이 없고, 기술 보고서에서도 명시적으로 밝히지 않았다.',
          ),
        }),
      ),
      key(
        t('Experts (rumoured)', '전문가 수(소문)'),
        num(16, 'experts', 'semianalysis2023gpt4', {
          unconfirmed: true,
          note: t(
            'Same unconfirmed report: 16 experts with 2 routed per token. Not confirmed by OpenAI.',
            '같은 미확인 보고서의 내용(전문가 16개, 토큰당 2개 라우팅)으로, OpenAI가 확인하지 않았다.',
          ),
        }),
      ),
      key(LABEL.context, num(8192, 'tokens', 'openai2023gpt4blog')),
      key(t('Context length (gpt-4-32k)', '컨텍스트 길이(gpt-4-32k)'), num(32_768, 'tokens', 'openai2023gpt4blog')),
    ],
    related: ['gpt-3', 'gpt-3-5', 'rlhf', 'mixture-of-experts', 'in-context-learning', 'emergent-abilities', 'decoder-only'],
    sources: ['openai2023gpt4', 'openai2023gpt4blog', 'semianalysis2023gpt4'],
    model: {
      family: 'decoder-only',
      year: 2023,
      month: 3,
      organisation: 'OpenAI',
      parameters: num(1.8e12, 'parameters', 'semianalysis2023gpt4', {
        approx: true,
        unconfirmed: true,
        note: t(
          'Rumour, never disclosed by OpenAI: a 2023 SemiAnalysis report claimed ~1.8T parameters in a mixture of ~16 experts.',
          'OpenAI가 공개한 적 없는 소문이다. 2023년 SemiAnalysis 보고서가 전문가 약 16개의 MoE로 약 1조 8천억 파라미터라고 주장했다.',
        ),
      }),
      context: num(8192, 'tokens', 'openai2023gpt4blog', {
        note: t('A 32,768-token version (gpt-4-32k) was also offered.', '32,768토큰 버전(gpt-4-32k)도 제공되었다.'),
      }),
      trainingData: t(
        'Publicly available data (such as internet data) and data licensed from third parties; details undisclosed',
        '인터넷 데이터 등 공개 데이터와 제3자에게서 라이선스한 데이터(세부 내용 비공개)',
      ),
      objectives: ['causal-language-modeling', 'rlhf'],
      improvesOn: ['gpt-3-5'],
      keyIdeas: [
        t('Multimodal input: accepts images and text, produces text.', '멀티모달 입력: 이미지와 텍스트를 받아 텍스트를 출력한다.'),
        t(
          'Predictable scaling: final loss and some capabilities were forecast from runs with ≤1/1,000 of the compute.',
          '예측 가능한 스케일링: 연산량이 1/1,000 이하인 학습으로 최종 손실과 일부 능력을 미리 예측했다.',
        ),
        t(
          'Post-training with RLHF to improve factuality and adherence to desired behaviour.',
          'RLHF 후학습으로 사실성과 의도한 행동 준수를 높였다.',
        ),
        t(
          'Architecture and size undisclosed: any parameter count is a rumour.',
          '구조와 크기는 비공개이므로, 어떤 파라미터 수든 소문일 뿐이다.',
        ),
      ],
    },
  },
];
