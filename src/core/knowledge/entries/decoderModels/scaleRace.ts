import type { Entry } from '../../schema';
import { LABEL, key, num, t } from './build';

/** The 2021–2022 race to ever larger models, and the compute-optimal correction that ended it. */
export const SCALE_RACE_ENTRIES: Entry[] = [
  {
    id: 'wu-dao-2',
    kind: 'model',
    name: 'Wu Dao 2.0',
    nameKo: '우다오 2.0',
    aliases: ['Wu Dao 2.0', 'WuDao 2.0', 'Wu Dao', 'WuDao', '悟道', '우다오', '우다오 2.0'],
    code: [],
    summary: t(
      'A multimodal Mixture-of-Experts model announced by the Beijing Academy of Artificial Intelligence (BAAI) in June 2021 with a claimed 1.75T parameters; no paper documents it.',
      '베이징 인공지능 연구원(BAAI)이 2021년 6월 발표한 멀티모달 전문가 혼합(MoE) 모델로, 1조 7,500억 파라미터라고 밝혔지만 이를 기술한 논문은 없다.',
    ),
    explanation: t(
      "Wu Dao ('enlightenment') 2.0 was unveiled at BAAI's annual conference on 1 June 2021, less than three months after Wu Dao 1.0, as the largest model announced to date: 1.75T parameters, 150B more than Switch-C and ten times GPT-3. It was presented as multimodal, trained on Chinese and English text and images (press coverage cites 4.9 TB), and was demonstrated writing classical-style poems, answering questions, captioning images and generating images from text. BAAI said it trained the model with FastMoE, its open-source Mixture-of-Experts system that runs on both supercomputers and ordinary GPU clusters. No technical report, model card or weights describe the 1.75T model, so its size, architecture and benchmark claims cannot be checked independently; the figure is the organisation's announcement, and a sparse MoE parameter count is not comparable with a dense model's.",
      "우다오(悟道, '깨달음') 2.0은 우다오 1.0이 나온 지 석 달도 안 된 2021년 6월 1일 BAAI 연례 학술회의에서, 당시까지 발표된 것 가운데 가장 큰 모델로 공개되었다. 파라미터는 1조 7,500억 개로 Switch-C보다 1,500억 개 많고 GPT-3의 10배라고 소개했다. 중국어·영어 텍스트와 이미지로 학습한 멀티모달 모델로 발표되었고(언론 보도에 따르면 4.9TB), 한시 짓기, 질의응답, 이미지 설명 생성, 텍스트로 이미지 생성 등을 시연했다. BAAI는 슈퍼컴퓨터와 일반 GPU 클러스터에서 모두 돌아가는 자체 오픈소스 MoE 시스템 FastMoE로 학습했다고 밝혔다. 1조 7,500억 모델을 설명하는 기술 보고서, 모델 카드, 가중치가 없어 크기·구조·벤치마크 주장을 독립적으로 검증할 수 없다. 이 수치는 기관의 발표일 뿐이며, 희소 MoE의 파라미터 수는 밀집 모델과 그대로 비교할 수 없다.",
    ),
    keyNumbers: [
      key(
        t('Parameters (announced)', '파라미터 수(발표치)'),
        num(1.75e12, 'parameters', 'pingwest2021wudao', {
          unconfirmed: true,
          note: t(
            "BAAI's own announcement; no paper, model card or weights document it, so it cannot be verified.",
            'BAAI의 자체 발표이며, 이를 뒷받침하는 논문·모델 카드·가중치가 없어 검증할 수 없다.',
          ),
        }),
      ),
      key(
        t('Training data (reported)', '학습 데이터(보도치)'),
        num(4.9e12, 'bytes', 'pingwest2021wudao', {
          approx: true,
          unconfirmed: true,
          note: t('Chinese and English text plus images, as reported in press coverage.', '언론 보도에 따른 중국어·영어 텍스트와 이미지 분량이다.'),
        }),
      ),
    ],
    related: ['mixture-of-experts', 'switch-transformer', 'gpt-3', 'gpt-4'],
    sources: ['pingwest2021wudao'],
    model: {
      family: 'decoder-only',
      moe: true,
      year: 2021,
      month: 6,
      organisation: 'Beijing Academy of Artificial Intelligence (BAAI)',
      parameters: num(1.75e12, 'parameters', 'pingwest2021wudao', {
        unconfirmed: true,
        note: t(
          'Announced by BAAI, never documented in a paper; the architecture was not published either.',
          'BAAI가 발표했으나 논문으로 문서화된 적이 없고, 구조도 공개되지 않았다.',
        ),
      }),
      trainingData: t('Chinese and English text and images (reported as 4.9 TB)', '중국어·영어 텍스트와 이미지(4.9TB로 보도됨)'),
      objectives: ['pre-training'],
      keyIdeas: [
        t(
          'Announced as the largest model of its time: 1.75T parameters, 10× GPT-3.',
          '당시 최대 모델로 발표: 1조 7,500억 파라미터, GPT-3의 10배.',
        ),
        t(
          "Multimodal (Chinese and English text, images), trained with BAAI's FastMoE Mixture-of-Experts system.",
          '멀티모달(중국어·영어 텍스트, 이미지)이며 BAAI의 MoE 시스템 FastMoE로 학습했다.',
        ),
        t(
          'No paper or released weights: the size is an announcement, not a documented fact.',
          '논문도 공개 가중치도 없다: 크기는 문서화된 사실이 아니라 발표 내용이다.',
        ),
      ],
    },
  },
  {
    id: 'hyperclova',
    kind: 'model',
    name: 'HyperCLOVA',
    nameKo: '하이퍼클로바',
    aliases: ['HyperCLOVA', 'Hyper CLOVA', '하이퍼클로바', '하이퍼 클로바'],
    code: [],
    summary: t(
      "NAVER's Korean-centric GPT-3-style model (2021): models of up to 82B parameters trained on a 560B-token Korean-centric corpus.",
      '네이버가 2021년 발표한 한국어 중심 GPT-3 방식 모델로, 5,600억 토큰 규모의 한국어 중심 코퍼스로 최대 820억 파라미터 모델을 학습했다.',
    ),
    explanation: t(
      "HyperCLOVA asks what GPT-3-style in-context learning looks like outside English, which GPT-3 (about 93% English training data) could not show. NAVER trained decoder-only models of several sizes up to 82B parameters with Megatron-LM on 1,024 A100 GPUs, using a corpus of about 560B tokens drawn mostly from Korean sources such as NAVER blogs, cafés, news and Knowledge iN, and a tokenizer adapted to Korean. The 82B model took 13.4 days to process 150B tokens; the paper's main experiments use models trained on 150B tokens, while the 39B and 82B models served through HyperCLOVA Studio saw 300B. HyperCLOVA set state-of-the-art zero- and few-shot results on Korean tasks, and prompt-based tuning improved them further. The paper also introduced HyperCLOVA Studio, a no-code prompt-engineering tool for people without ML expertise. HyperCLOVA X (2023) is a later, separate model.",
      'HyperCLOVA는 GPT-3식 인컨텍스트 학습이 영어 밖에서는 어떤 모습인지 묻는다. 학습 데이터의 약 93%가 영어인 GPT-3로는 보여줄 수 없는 부분이다. 네이버는 Megatron-LM으로 A100 GPU 1,024장에서 최대 820억 파라미터까지 여러 크기의 디코더 전용 모델을 학습했다. 코퍼스는 블로그, 카페, 뉴스, 지식iN 등 네이버 서비스를 중심으로 한 약 5,600억 토큰의 한국어 중심 데이터이며, 한국어에 맞춘 토크나이저를 썼다. 82B 모델이 1,500억 토큰을 학습하는 데 13.4일이 걸렸다. 논문의 주요 실험에는 1,500억 토큰까지 학습한 모델을 썼고, HyperCLOVA Studio로 제공된 39B·82B 모델은 3,000억 토큰을 학습했다. 한국어 과제에서 제로샷·퓨샷 최고 성능을 기록했으며, 프롬프트 기반 튜닝으로 성능이 더 올랐다. 논문은 ML 비전문가를 위한 노코드 프롬프트 엔지니어링 도구인 HyperCLOVA Studio도 소개했다. HyperCLOVA X(2023)는 별개의 후속 모델이다.',
    ),
    keyNumbers: [
      key(LABEL.parameters, num(82e9, 'parameters', 'kim2021')),
      key(t('Korean-centric corpus', '한국어 중심 코퍼스'), num(560e9, 'tokens', 'kim2021', { approx: true })),
      key(
        LABEL.trainingTokens,
        num(150e9, 'tokens', 'kim2021', {
          note: t(
            "Models in the paper's experiments; the 39B and 82B models served in HyperCLOVA Studio saw 300B tokens.",
            '논문 실험에 쓴 모델 기준이며, HyperCLOVA Studio로 제공된 39B·82B 모델은 3,000억 토큰을 학습했다.',
          ),
        }),
      ),
      key(LABEL.gpus, num(1024, 'count', 'kim2021')),
      key(t('Training time, 82B on 150B tokens', '학습 기간(82B, 1,500억 토큰)'), num(13.4, 'days', 'kim2021')),
    ],
    related: ['gpt-3', 'in-context-learning', 'few-shot-learning', 'tokenization', 'byte-level-bpe'],
    sources: ['kim2021'],
    model: {
      family: 'decoder-only',
      year: 2021,
      month: 9,
      organisation: 'NAVER',
      parameters: num(82e9, 'parameters', 'kim2021'),
      trainingTokens: num(150e9, 'tokens', 'kim2021', {
        note: t('300B tokens for the models served in HyperCLOVA Studio.', 'HyperCLOVA Studio에서 제공한 모델은 3,000억 토큰.'),
      }),
      trainingData: t(
        'About 560B tokens of mostly Korean text (NAVER blogs, cafés, news, Knowledge iN and other sources)',
        '네이버 블로그·카페·뉴스·지식iN 등에서 모은 한국어 중심 텍스트 약 5,600억 토큰',
      ),
      objectives: ['causal-language-modeling'],
      improvesOn: ['gpt-3'],
      keyIdeas: [
        t(
          'GPT-3-style in-context learning for a non-English language, from a Korean-centric 560B-token corpus.',
          '한국어 중심 5,600억 토큰 코퍼스로 비영어권에서 GPT-3식 인컨텍스트 학습을 구현했다.',
        ),
        t('Korean-specific tokenization improves downstream results.', '한국어에 맞춘 토큰화가 다운스트림 성능을 높인다.'),
        t(
          'HyperCLOVA Studio: prompt engineering as a no-code tool for non-experts.',
          'HyperCLOVA Studio: 비전문가를 위한 노코드 프롬프트 엔지니어링 도구.',
        ),
      ],
    },
  },
  {
    id: 'megatron-turing-nlg',
    kind: 'model',
    name: 'Megatron-Turing NLG 530B',
    nameKo: 'Megatron-Turing NLG 530B',
    aliases: ['Megatron-Turing NLG', 'Megatron-Turing NLG 530B', 'Megatron-Turing', 'MT-NLG', 'MT-NLG 530B', '메가트론-튜링 NLG', '메가트론 튜링'],
    code: [],
    summary: t(
      "Microsoft and NVIDIA's 530B-parameter dense decoder-only model (2021), trained with DeepSpeed and Megatron-LM 3D parallelism; the largest dense monolithic language model of its time.",
      '마이크로소프트와 엔비디아가 2021년 발표한 5,300억 파라미터 밀집 디코더 전용 모델로, DeepSpeed와 Megatron-LM의 3D 병렬화로 학습했으며 당시 가장 큰 단일 밀집 언어 모델이었다.',
    ),
    explanation: t(
      "MT-NLG succeeded Microsoft's Turing-NLG 17B and NVIDIA's Megatron-LM and was about three times the size of GPT-3: 105 layers, d_model 20,480, 128 heads and a 2,048-token context. The paper is mostly about how to train at that scale. Each model replica spans 280 A100 GPUs, with 8-way tensor parallelism inside a node and 35-way pipeline parallelism across nodes, and ZeRO-based data parallelism replicates it across NVIDIA's Selene supercomputer (560 DGX A100 nodes, 4,480 GPUs). The training set combined the Pile, several Common Crawl snapshots, RealNews and CC-Stories into 339B tokens, of which the model was trained on 270B. It reported state-of-the-art zero-, one- and few-shot results on several benchmarks, but a few months later the 70B Chinchilla outperformed it, making MT-NLG a standard example of a model that was large but undertrained. The weights were not released.",
      'MT-NLG는 마이크로소프트의 Turing-NLG 17B와 엔비디아의 Megatron-LM을 잇는 모델로, GPT-3의 약 3배 크기다(105층, d_model 20,480, 헤드 128개, 2,048토큰 컨텍스트). 논문은 주로 이 규모를 어떻게 학습하는지를 다룬다. 모델 복제본 하나가 A100 GPU 280장에 걸치며, 노드 안에서는 8방향 텐서 병렬, 노드 사이에서는 35방향 파이프라인 병렬을 쓰고, ZeRO 기반 데이터 병렬로 이를 엔비디아의 Selene 슈퍼컴퓨터(DGX A100 노드 560대, GPU 4,480장) 전체에 복제한다. 학습 데이터는 the Pile, 여러 시점의 Common Crawl 스냅숏, RealNews, CC-Stories를 합친 3,390억 토큰이며, 그중 2,700억 토큰을 학습했다. 여러 벤치마크에서 제로샷·원샷·퓨샷 최고 성능을 보고했지만 몇 달 뒤 700억 파라미터 Chinchilla에 추월당하면서, 크기에 비해 덜 학습된 모델의 대표 사례가 되었다. 가중치는 공개되지 않았다.',
    ),
    keyNumbers: [
      key(LABEL.parameters, num(530e9, 'parameters', 'smith2022')),
      key(LABEL.layers, num(105, 'layers', 'smith2022')),
      key(LABEL.trainingTokens, num(270e9, 'tokens', 'smith2022')),
      key(t('GPUs per model replica', '모델 복제본당 GPU 수'), num(280, 'count', 'smith2022')),
      key(t('GPUs in the Selene cluster', 'Selene 클러스터의 GPU 수'), num(4480, 'count', 'smith2022')),
    ],
    related: ['gpt-3', 'chinchilla', 'chinchilla-scaling-laws', 'training-compute-c', 'decoder-only'],
    sources: ['smith2022'],
    model: {
      family: 'decoder-only',
      year: 2021,
      month: 10,
      organisation: 'Microsoft and NVIDIA',
      parameters: num(530e9, 'parameters', 'smith2022'),
      layers: num(105, 'layers', 'smith2022'),
      hidden: num(20_480, 'dimensions', 'smith2022'),
      heads: num(128, 'heads', 'smith2022'),
      context: num(2048, 'tokens', 'smith2022'),
      trainingTokens: num(270e9, 'tokens', 'smith2022'),
      trainingData: t(
        'The Pile, Common Crawl snapshots, RealNews and CC-Stories (339B tokens in total)',
        'the Pile, Common Crawl 스냅숏, RealNews, CC-Stories(총 3,390억 토큰)',
      ),
      objectives: ['causal-language-modeling'],
      improvesOn: ['gpt-3'],
      keyIdeas: [
        t(
          '3D parallelism: tensor (8-way) × pipeline (35-way) × ZeRO data parallelism.',
          '3D 병렬화: 텐서(8방향) × 파이프라인(35방향) × ZeRO 데이터 병렬.',
        ),
        t('A 530B dense model, 3× GPT-3, trained on 270B tokens.', 'GPT-3의 3배인 5,300억 밀집 모델을 2,700억 토큰으로 학습했다.'),
        t(
          'Soon outperformed by the much smaller but longer-trained Chinchilla.',
          '곧 훨씬 작지만 더 오래 학습한 Chinchilla에게 추월당했다.',
        ),
      ],
    },
  },
  {
    id: 'gopher',
    kind: 'model',
    name: 'Gopher',
    nameKo: 'Gopher',
    aliases: ['Gopher', 'Gopher 280B', 'DeepMind Gopher', '고퍼'],
    code: [],
    summary: t(
      "DeepMind's 280B-parameter decoder-only language model (2021), trained on 300B tokens of MassiveText and evaluated on 152 tasks.",
      '딥마인드가 2021년에 발표한 2,800억 파라미터 디코더 전용 언어 모델로, MassiveText의 3,000억 토큰으로 학습해 152개 과제에서 평가했다.',
    ),
    explanation: t(
      'Gopher is the largest of six models (44M to 280B parameters) that DeepMind trained to study how language-model abilities change with scale. The 280B model has 80 layers, 128 heads and d_model 16,384; it uses RMSNorm instead of LayerNorm and Transformer-XL-style relative position encodings, and tokenises with a 32,000-token SentencePiece vocabulary. Every size saw 300B tokens from MassiveText, a 10.5 TB English corpus of web pages, books, news, code and Wikipedia, with a 2,048-token context. Gopher beat the previous state of the art on most of its 152 evaluation tasks; gains from scale were largest in reading comprehension, fact-checking and knowledge-heavy tasks and smallest in logical and mathematical reasoning. A few months later DeepMind\'s Chinchilla showed that, for the same compute, a 70B model trained on 1.4T tokens beats Gopher: Gopher was undertrained for its size.',
      'Gopher는 규모에 따라 언어 모델의 능력이 어떻게 달라지는지 보려고 딥마인드가 학습한 6개 모델(4,400만~2,800억 파라미터) 가운데 가장 큰 모델이다. 2,800억 모델은 80층, 헤드 128개, d_model 16,384이며, LayerNorm 대신 RMSNorm을, Transformer-XL 방식의 상대 위치 인코딩을 쓰고, 32,000개 토큰의 SentencePiece 어휘로 토큰화한다. 모든 크기가 웹 페이지·책·뉴스·코드·위키백과로 이루어진 10.5TB 영어 코퍼스 MassiveText에서 3,000억 토큰을 2,048토큰 컨텍스트로 학습했다. 152개 평가 과제 대부분에서 이전 최고 성능을 넘었는데, 규모의 효과는 독해, 사실 검증, 지식 중심 과제에서 가장 컸고 논리·수학적 추론에서 가장 작았다. 몇 달 뒤 딥마인드의 Chinchilla는 같은 연산량이라면 1.4조 토큰으로 학습한 700억 모델이 Gopher를 이긴다는 것을 보여, Gopher가 크기에 비해 덜 학습되었음을 드러냈다.',
    ),
    keyNumbers: [
      key(LABEL.parameters, num(280e9, 'parameters', 'rae2021')),
      key(LABEL.trainingTokens, num(300e9, 'tokens', 'rae2021')),
      key(LABEL.layers, num(80, 'layers', 'rae2021')),
      key(t('Evaluation tasks', '평가 과제 수'), num(152, 'count', 'rae2021')),
    ],
    related: ['chinchilla', 'chinchilla-scaling-laws', 'compute-optimal-training', 'rms-norm', 'relative-position-embedding', 'decoder-only'],
    sources: ['rae2021'],
    model: {
      family: 'decoder-only',
      year: 2021,
      month: 12,
      organisation: 'DeepMind',
      parameters: num(280e9, 'parameters', 'rae2021'),
      layers: num(80, 'layers', 'rae2021'),
      hidden: num(16_384, 'dimensions', 'rae2021'),
      heads: num(128, 'heads', 'rae2021'),
      vocabulary: num(32_000, 'tokens', 'rae2021'),
      context: num(2048, 'tokens', 'rae2021'),
      trainingTokens: num(300e9, 'tokens', 'rae2021'),
      trainingData: t(
        'MassiveText: 10.5 TB of English web pages, books, news, code and Wikipedia',
        'MassiveText: 웹 페이지·책·뉴스·코드·위키백과로 이루어진 10.5TB 영어 코퍼스',
      ),
      objectives: ['causal-language-modeling'],
      improvesOn: ['gpt-3'],
      keyIdeas: [
        t(
          'A scaling study: six models from 44M to 280B trained the same way.',
          '스케일링 연구: 4,400만~2,800억 파라미터의 6개 모델을 같은 방식으로 학습했다.',
        ),
        t('RMSNorm and relative position encodings in a GPT-style decoder.', 'GPT 방식 디코더에 RMSNorm과 상대 위치 인코딩을 적용했다.'),
        t(
          'Scale helps knowledge and reading comprehension far more than logic and maths.',
          '규모 확장은 논리·수학보다 지식과 독해에 훨씬 큰 도움이 된다.',
        ),
      ],
    },
  },
  {
    id: 'chinchilla',
    kind: 'model',
    name: 'Chinchilla',
    nameKo: 'Chinchilla',
    aliases: ['Chinchilla', 'Chinchilla 70B', 'Chinchilla-70B', '친칠라'],
    code: [],
    summary: t(
      "DeepMind's 70B-parameter model (2022) trained on 1.4T tokens with Gopher's compute budget; it outperformed the 4× larger Gopher and showed that earlier LLMs were undertrained.",
      '딥마인드가 2022년 Gopher와 같은 연산 예산으로 1.4조 토큰을 학습시킨 700억 파라미터 모델로, 4배 큰 Gopher를 앞서며 기존 LLM이 데이터에 비해 덜 학습되었음을 보여주었다.',
    ),
    explanation: t(
      "Chinchilla is the model that tested the paper 'Training Compute-Optimal Large Language Models'. From over 400 training runs (70M to over 16B parameters, 5B to 500B tokens), the authors concluded that for a fixed compute budget, parameters and training tokens should grow in equal proportion: each doubling of model size calls for a doubling of data, roughly 20 tokens per parameter. Gopher's budget (about 5.76×10²³ FLOPs) should therefore have gone to a ~70B model on ~1.4T tokens rather than 280B on 300B. Chinchilla, built like Gopher (80 layers, 64 heads, d_model 8,192) and trained with AdamW on MassiveText, uniformly beat Gopher, GPT-3, Jurassic-1 and Megatron-Turing NLG, reaching 67.5% on MMLU, more than 7 points above Gopher. Being 4× smaller, it is also cheaper to fine-tune and serve.",
      "Chinchilla는 논문 'Training Compute-Optimal Large Language Models'의 결론을 검증하려고 학습한 모델이다. 저자들은 7,000만~160억 이상 파라미터, 50억~5,000억 토큰 범위의 학습을 400번 넘게 돌려, 연산 예산이 정해져 있으면 파라미터 수와 학습 토큰 수를 같은 비율로 늘려야 한다고 결론지었다. 모델 크기를 두 배로 하면 데이터도 두 배가 필요하며, 대략 파라미터당 20토큰이다. 따라서 Gopher의 예산(약 5.76×10²³ FLOPs)은 2,800억 모델에 3,000억 토큰이 아니라 약 700억 모델에 약 1.4조 토큰을 쓰는 편이 맞다. Gopher와 같은 방식(80층, 헤드 64개, d_model 8,192)으로 만들고 AdamW로 MassiveText를 학습한 Chinchilla는 Gopher, GPT-3, Jurassic-1, Megatron-Turing NLG를 고르게 앞섰고, MMLU에서 Gopher보다 7%p 이상 높은 67.5%를 기록했다. 크기가 4분의 1이라 미세 조정과 서빙 비용도 낮다.",
    ),
    keyNumbers: [
      key(LABEL.parameters, num(70e9, 'parameters', 'hoffmann2022')),
      key(LABEL.trainingTokens, num(1.4e12, 'tokens', 'hoffmann2022')),
      key(
        t('Tokens per parameter', '파라미터당 토큰 수'),
        num(20, 'ratio', 'hoffmann2022', {
          approx: true,
          note: t('1.4T tokens / 70B parameters.', '1.4조 토큰 ÷ 700억 파라미터.'),
        }),
      ),
      key(t('Training compute (same as Gopher)', '학습 연산량(Gopher와 동일)'), num(5.76e23, 'flops', 'hoffmann2022', { approx: true })),
      key(t('MMLU (5-shot)', 'MMLU(5-shot)'), num(67.5, 'percent', 'hoffmann2022')),
    ],
    related: [
      'chinchilla-scaling-laws',
      'compute-optimal-training',
      'tokens-per-parameter',
      'gopher',
      'kaplan-scaling-laws',
      'model-parameters-n',
      'dataset-size-d',
      'llama',
    ],
    sources: ['hoffmann2022'],
    model: {
      family: 'decoder-only',
      year: 2022,
      month: 3,
      organisation: 'DeepMind',
      parameters: num(70e9, 'parameters', 'hoffmann2022'),
      layers: num(80, 'layers', 'hoffmann2022'),
      hidden: num(8192, 'dimensions', 'hoffmann2022'),
      heads: num(64, 'heads', 'hoffmann2022'),
      vocabulary: num(32_000, 'tokens', 'hoffmann2022'),
      trainingTokens: num(1.4e12, 'tokens', 'hoffmann2022'),
      trainingData: t('MassiveText (the Gopher corpus, with a different subset mix)', 'MassiveText(Gopher와 같은 코퍼스, 하위 데이터 비율은 다름)'),
      objectives: ['causal-language-modeling'],
      improvesOn: ['gopher'],
      keyIdeas: [
        t(
          'Compute-optimal training: scale parameters and tokens equally (~20 tokens per parameter).',
          '연산 최적 학습: 파라미터와 토큰을 같은 비율로 늘린다(파라미터당 약 20토큰).',
        ),
        t(
          "Gopher's FLOPs with 4× fewer parameters and 4× more data: better on nearly every task.",
          'Gopher와 같은 FLOPs로 파라미터는 4분의 1, 데이터는 4배를 써서 거의 모든 과제에서 앞섰다.',
        ),
        t(
          'Smaller models are cheaper at inference, which moved the field toward training longer rather than bigger.',
          '작은 모델은 추론 비용이 낮아, 이후 업계가 모델을 키우기보다 더 오래 학습하는 쪽으로 옮겨갔다.',
        ),
      ],
    },
  },
];
