import type { Entry } from '../../schema';

/** Training paradigms around the objectives: pre-train, adapt, instruct, align, prompt. */
export const PARADIGM_ENTRIES: Entry[] = [
  {
    id: 'pre-training',
    kind: 'objective',
    name: 'Pre-training',
    nameKo: '사전 학습',
    aliases: ['pre-training', 'pretraining', 'pre-train', 'pretrain', '사전 학습', '사전학습', '사전 훈련', '사전훈련', '프리트레이닝'],
    code: [],
    summary: {
      en: 'Training a model on large amounts of unlabelled text with a self-supervised objective, before adapting it to specific tasks.',
      ko: '레이블 없는 대량의 텍스트로 자기 지도 목표를 학습시켜, 특정 작업에 맞추기 전에 범용 언어 지식을 먼저 익히게 하는 단계.',
    },
    explanation: {
      en: "Labelled data is scarce and expensive, but raw text is plentiful. Pre-training turns raw text into its own supervision: the model predicts the next token (GPT), masked tokens (BERT) or corrupted spans (T5, BART), and in doing so learns grammar, facts and reusable representations. The result is a general-purpose checkpoint that is later fine-tuned, prompted or instruction-tuned for concrete tasks; GPT-1's pre-train-then-fine-tune recipe beat task-specific architectures on 9 of 12 benchmarks. Almost all of a language model's compute is spent in this phase, which is why scaling laws are stated for the pre-training loss. The choice of objective shapes what the model is good at: bidirectional objectives suit understanding tasks, left-to-right objectives suit generation.",
      ko: '레이블이 붙은 데이터는 적고 비싸지만 원문 텍스트는 얼마든지 구할 수 있다. 사전 학습은 텍스트 자체에서 정답을 만들어 낸다. 다음 토큰을 맞히거나(GPT), 가려진 토큰을 복원하거나(BERT), 훼손된 구간을 되살리는(T5, BART) 과정에서 모델은 문법과 사실 지식, 재사용 가능한 표현을 익힌다. 그 결과물인 범용 체크포인트를 이후 미세 조정하거나 프롬프트, 지시 튜닝으로 구체적인 작업에 맞춘다. GPT-1의 "사전 학습 후 미세 조정" 방식은 12개 벤치마크 중 9개에서 작업별로 설계한 구조를 앞섰다. 언어 모델 연산량의 대부분이 이 단계에 쓰이므로 스케일링 법칙도 사전 학습 손실을 기준으로 표현된다. 어떤 목표를 쓰느냐에 따라 강점이 달라져, 양방향 목표는 이해 과제에, 왼쪽에서 오른쪽으로 예측하는 목표는 생성 과제에 유리하다.',
    },
    keyNumbers: [
      {
        label: {
          en: "BERT's pre-training corpus: BooksCorpus (800M) + English Wikipedia (2,500M words)",
          ko: 'BERT의 사전 학습 말뭉치: BooksCorpus(8억) + 영어 위키백과(25억 단어)',
        },
        value: 3.3e9,
        unit: 'words',
        source: 'devlin2019',
      },
      {
        label: {
          en: 'Benchmarks (of 12) where GPT-1 improved the state of the art',
          ko: 'GPT-1이 최고 성능을 경신한 벤치마크 수(12개 중)',
        },
        value: 9,
        unit: 'count',
        source: 'radford2018',
      },
    ],
    related: [
      'fine-tuning',
      'transfer-learning',
      'causal-language-modeling',
      'masked-language-modeling',
      'span-corruption',
      'scaling-laws',
      'bert',
      'gpt-1',
    ],
    sources: ['devlin2019', 'radford2018'],
  },
  {
    id: 'fine-tuning',
    kind: 'objective',
    name: 'Fine-tuning',
    nameKo: '미세 조정',
    aliases: [
      'fine-tuning',
      'fine tuning',
      'finetuning',
      'fine-tune',
      'fine-tuned',
      'finetune',
      '미세 조정',
      '미세조정',
      '파인튜닝',
      '파인 튜닝',
    ],
    code: ['finetuning_task'],
    summary: {
      en: 'Continuing to train a pre-trained model on a smaller labelled dataset so that it performs one specific task.',
      ko: '사전 학습된 모델을 작은 레이블 데이터로 추가 학습시켜 특정 작업을 수행하게 만드는 과정.',
    },
    explanation: {
      en: "Fine-tuning starts from pre-trained weights instead of random ones, adds a small task head if needed (for instance a classifier on BERT's [CLS] vector) and updates the network on labelled examples with a small learning rate for a few epochs. Because the model already knows the language, far less labelled data is needed than when training from scratch: ULMFiT matched a from-scratch model trained on 100× more data using only 100 labelled examples. Full fine-tuning updates every weight and yields one full-size copy per task; parameter-efficient methods such as LoRA train only a small set of extra weights instead. Instruction tuning and RLHF are fine-tuning stages too, aimed at following instructions rather than at a single task.",
      ko: '미세 조정은 무작위 가중치가 아니라 사전 학습된 가중치에서 출발한다. 필요하면 BERT의 [CLS] 벡터 위에 분류기를 얹는 식으로 작은 작업용 헤드를 붙이고, 레이블 데이터로 작은 학습률을 써서 몇 에폭 동안 네트워크를 갱신한다. 모델이 이미 언어를 알고 있으므로 처음부터 학습할 때보다 훨씬 적은 레이블 데이터로 충분하다. ULMFiT는 레이블 예제 100개만으로, 100배 많은 데이터로 처음부터 학습한 모델과 같은 성능을 냈다. 전체 미세 조정은 모든 가중치를 갱신하므로 작업마다 모델 전체 크기의 사본이 생기고, LoRA 같은 파라미터 효율적 기법은 소수의 추가 가중치만 학습한다. 지시 튜닝과 RLHF도 단일 작업이 아니라 지시를 따르는 능력을 겨냥한 미세 조정 단계다.',
    },
    keyNumbers: [
      {
        label: {
          en: 'Labelled examples with which ULMFiT matched training from scratch on 100× more data',
          ko: 'ULMFiT가 100배 많은 데이터로 처음부터 학습한 모델과 같은 성능을 낸 레이블 예제 수',
        },
        value: 100,
        unit: 'count',
        source: 'howard2018',
      },
    ],
    related: ['pre-training', 'transfer-learning', 'parameter-efficient-fine-tuning', 'lora', 'instruction-tuning', 'rlhf'],
    sources: ['howard2018', 'devlin2019'],
  },
  {
    id: 'transfer-learning',
    kind: 'objective',
    name: 'Transfer learning',
    nameKo: '전이 학습',
    aliases: ['transfer learning', 'inductive transfer', '전이 학습', '전이학습'],
    code: [],
    summary: {
      en: 'Reusing knowledge learned on one task or dataset to learn another; in NLP, the pre-train-then-fine-tune recipe.',
      ko: '한 작업이나 데이터에서 배운 지식을 다른 작업의 학습에 재활용하는 방법. NLP에서는 "사전 학습 후 미세 조정" 방식을 가리킨다.',
    },
    explanation: {
      en: 'Computer vision had long reused ImageNet features; NLP caught up around 2018, when ULMFiT, ELMo, GPT and BERT showed that a language model pre-trained on general text transfers to classification, question answering and inference with little task data. Early work transferred only word vectors; modern transfer moves the whole network. T5 pushed the idea further by casting every task as text-to-text, so one model and one loss serve all tasks. Transfer is the reason small labelled datasets are now enough for strong results.',
      ko: '컴퓨터 비전에서는 오래전부터 ImageNet으로 학습한 특징을 재사용해 왔고, NLP는 2018년 무렵 ULMFiT, ELMo, GPT, BERT가 등장하면서 이를 따라잡았다. 일반 텍스트로 사전 학습한 언어 모델이 적은 작업 데이터만으로 분류, 질의응답, 추론 과제에 잘 옮겨 간다는 점이 확인된 것이다. 초기에는 단어 벡터만 옮겼지만 지금은 네트워크 전체를 옮긴다. T5는 모든 작업을 텍스트-투-텍스트 형식으로 바꿔, 하나의 모델과 하나의 손실로 모든 작업을 다루게 하며 이 생각을 한층 밀고 나갔다. 작은 레이블 데이터로도 좋은 성능을 낼 수 있는 것은 전이 학습 덕분이다.',
    },
    keyNumbers: [
      {
        label: {
          en: 'Error reduction of ULMFiT on most of six text-classification datasets (lower end)',
          ko: 'ULMFiT가 텍스트 분류 데이터셋 6개 중 대부분에서 줄인 오류율(하한)',
        },
        value: 18,
        unit: 'percent',
        source: 'howard2018',
        note: {
          en: 'Reported as a range: 18–24 % relative error reduction.',
          ko: '18~24%의 상대 오류 감소라는 범위로 보고되었다.',
        },
      },
    ],
    related: ['pre-training', 'fine-tuning', 'elmo', 'gpt-1', 'bert', 't5'],
    sources: ['howard2018', 'raffel2020'],
  },
  {
    id: 'instruction-tuning',
    kind: 'objective',
    name: 'Instruction tuning',
    nameKo: '지시 튜닝',
    aliases: [
      'instruction tuning',
      'instruction-tuning',
      'instruction fine-tuning',
      'instruction finetuning',
      'instruction-tuned',
      '지시 튜닝',
      '명령어 튜닝',
      '인스트럭션 튜닝',
    ],
    code: [],
    summary: {
      en: 'Fine-tuning a pre-trained language model on many tasks phrased as natural-language instructions, so that it follows new instructions zero-shot.',
      ko: '여러 작업을 자연어 지시문 형태로 바꿔 사전 학습 언어 모델을 미세 조정해, 처음 보는 지시도 제로샷으로 따르게 만드는 방법.',
    },
    explanation: {
      en: 'A base language model continues text; it does not necessarily answer. Instruction tuning rewrites existing datasets (translation, QA, inference, summarisation and so on) into templates such as "Translate this sentence into French:" and fine-tunes the model on all of them. FLAN showed that a 137B model tuned this way on over 60 datasets beat zero-shot GPT-3 175B on 20 of 25 evaluated datasets, and that the benefit grows with the number of tasks and with model size. Flan-T5, Alpaca and most chat models go through this step, usually called supervised fine-tuning (SFT) when the data are demonstrations of the desired answers; RLHF is typically applied afterwards.',
      ko: '기본 언어 모델은 텍스트를 이어 쓸 뿐, 반드시 질문에 답하지는 않는다. 지시 튜닝은 번역, 질의응답, 추론, 요약 등 기존 데이터셋을 "이 문장을 프랑스어로 번역하라:" 같은 템플릿으로 바꾸고 이 모두로 모델을 미세 조정한다. FLAN은 이런 방식으로 60개가 넘는 데이터셋에 튜닝한 137B 모델이 평가한 25개 데이터셋 중 20개에서 제로샷 GPT-3 175B를 앞선다는 것, 그리고 효과가 작업 수와 모델 크기에 따라 커진다는 것을 보였다. Flan-T5, Alpaca와 대부분의 채팅 모델이 이 단계를 거치며, 원하는 답변의 시연 데이터로 학습할 때는 흔히 지도 미세 조정(SFT)이라 부른다. RLHF는 보통 그 뒤에 적용한다.',
    },
    keyNumbers: [
      {
        label: { en: 'Size of the instruction-tuned FLAN model', ko: '지시 튜닝한 FLAN 모델의 크기' },
        value: 137e9,
        unit: 'parameters',
        source: 'wei2022a',
      },
      {
        label: { en: 'Instruction-formatted datasets used for tuning (over)', ko: '튜닝에 쓴 지시문 형식 데이터셋 수(이상)' },
        value: 60,
        unit: 'count',
        source: 'wei2022a',
      },
      {
        label: {
          en: 'Evaluated datasets (of 25) where FLAN beat zero-shot GPT-3 175B',
          ko: 'FLAN이 제로샷 GPT-3 175B를 앞선 평가 데이터셋 수(25개 중)',
        },
        value: 20,
        unit: 'count',
        source: 'wei2022a',
        note: {
          en: 'The first preprint reported 19 of 25 tasks; the published version reports 20 of 25 datasets.',
          ko: '첫 프리프린트는 25개 중 19개 과제로, 출판본은 25개 중 20개 데이터셋으로 보고했다.',
        },
      },
    ],
    related: ['fine-tuning', 'rlhf', 'zero-shot-learning', 'in-context-learning', 'flan-t5', 'alpaca', 'supervised-fine-tuning'],
    sources: ['wei2022a', 'ouyang2022'],
  },
  {
    id: 'rlhf',
    kind: 'objective',
    name: 'Reinforcement learning from human feedback (RLHF)',
    nameKo: '인간 피드백 기반 강화 학습(RLHF)',
    aliases: [
      'RLHF',
      'reinforcement learning from human feedback',
      '인간 피드백 기반 강화 학습',
      '인간 피드백 강화 학습',
    ],
    code: [],
    summary: {
      en: 'Aligning a language model with human preferences: train a reward model on human rankings of outputs, then optimise the model against it with reinforcement learning.',
      ko: '사람이 매긴 출력 순위로 보상 모델을 학습하고, 그 보상을 최대화하도록 강화 학습으로 언어 모델을 최적화해 사람의 선호에 맞추는 방법.',
    },
    explanation: {
      en: 'InstructGPT made the three-step recipe standard. First, supervised fine-tuning on demonstrations written by labellers. Second, labellers rank several model outputs per prompt, and a reward model learns to predict those preferences. Third, the policy is optimised with PPO to maximise the reward, with a KL penalty that keeps it close to the supervised model. Labellers preferred the outputs of a 1.3B InstructGPT model to those of the 175B GPT-3, so for following instructions alignment can matter more than size. Learning a reward from human comparisons goes back to Christiano et al. (2017); newer methods such as DPO optimise preferences without an explicit reinforcement-learning loop.',
      ko: 'InstructGPT가 세 단계 방식을 표준으로 만들었다. 먼저 라벨러가 작성한 시연 데이터로 지도 미세 조정을 한다. 다음으로 라벨러가 프롬프트마다 여러 출력의 순위를 매기고, 보상 모델이 그 선호를 예측하도록 학습한다. 마지막으로 PPO로 정책을 최적화해 보상을 최대화하되, KL 페널티로 지도 학습 모델에서 너무 멀어지지 않게 한다. 라벨러들은 175B GPT-3보다 1.3B InstructGPT의 출력을 더 선호했으며, 지시를 따르는 능력에는 크기보다 정렬이 더 중요할 수 있음을 보여 준다. 사람의 비교 판단으로 보상을 학습한다는 발상은 Christiano 외(2017)로 거슬러 올라가며, DPO 같은 최근 기법은 명시적인 강화 학습 루프 없이 선호를 직접 최적화한다.',
    },
    keyNumbers: [
      {
        label: {
          en: "Size of the InstructGPT model whose outputs were preferred to 175B GPT-3's",
          ko: '175B GPT-3보다 출력이 더 선호된 InstructGPT 모델의 크기',
        },
        value: 1.3e9,
        unit: 'parameters',
        source: 'ouyang2022',
      },
    ],
    related: ['instruction-tuning', 'fine-tuning', 'gpt-3', 'gpt-4', 'reward-model', 'ppo', 'dpo'],
    sources: ['ouyang2022', 'christiano2017'],
  },
  {
    id: 'in-context-learning',
    kind: 'objective',
    name: 'In-context learning',
    nameKo: '인컨텍스트 러닝',
    aliases: ['in-context learning', 'in context learning', 'ICL', '인컨텍스트 러닝', '문맥 내 학습', '맥락 내 학습'],
    code: [],
    summary: {
      en: 'Performing a new task from instructions and examples placed in the prompt, with no weight updates.',
      ko: '가중치를 바꾸지 않고, 프롬프트에 넣은 지시문과 예시만 보고 새로운 작업을 수행하는 능력.',
    },
    explanation: {
      en: "GPT-3 showed that a large enough language model can pick up a task from its context window: given a description and a few input–output pairs, it continues the pattern for a new input. Nothing is trained; the 'learning' happens inside the forward pass, conditioned on the prompt. The GPT-3 paper distinguishes zero-shot (instruction only), one-shot (one example) and few-shot (typically 10 to 100 examples, as many as fit in its 2,048-token context). The ability improves sharply with model size, and prompt wording and the order of examples can change results considerably.",
      ko: 'GPT-3는 충분히 큰 언어 모델이 컨텍스트 창만 보고 작업을 익힐 수 있음을 보였다. 작업 설명과 입력-출력 쌍 몇 개를 주면 새 입력에 대해서도 같은 패턴을 이어 간다. 학습되는 것은 없으며, "학습"은 프롬프트를 조건으로 한 순전파 안에서 일어난다. GPT-3 논문은 지시문만 주는 제로샷, 예시 하나를 주는 원샷, 그리고 보통 10~100개(2,048토큰 컨텍스트에 들어가는 만큼)의 예시를 주는 퓨샷을 구분한다. 이 능력은 모델 크기에 따라 크게 향상되며, 프롬프트 문구나 예시 순서에 따라 결과가 꽤 달라질 수 있다.',
    },
    keyNumbers: [
      {
        label: {
          en: 'GPT-3 context window, which bounds the number of in-context examples',
          ko: '프롬프트에 넣을 수 있는 예시 수를 제한하는 GPT-3의 컨텍스트 창',
        },
        value: 2048,
        unit: 'tokens',
        source: 'brown2020',
      },
    ],
    related: ['few-shot-learning', 'zero-shot-learning', 'instruction-tuning', 'emergent-abilities', 'context-window', 'gpt-3'],
    sources: ['brown2020'],
  },
  {
    id: 'zero-shot-learning',
    kind: 'objective',
    name: 'Zero-shot learning',
    nameKo: '제로샷 학습',
    aliases: ['zero-shot', 'zero shot', 'zero-shot learning', 'zero-shot prompting', '제로샷', '제로 샷', '제로샷 학습'],
    code: ['ZeroShotClassificationPipeline'],
    summary: {
      en: 'Doing a task from a natural-language instruction alone, without any task-specific examples or training.',
      ko: '작업별 예시나 학습 없이 자연어 지시문만으로 작업을 수행하는 것.',
    },
    explanation: {
      en: "For language models, zero-shot means that the prompt describes the task but contains no solved examples. It is the hardest of the in-context settings, because the model must infer the expected output format from the instruction alone. Instruction tuning was designed to improve exactly this: FLAN beat zero-shot GPT-3 on most unseen datasets, and UL2 20B outperformed GPT-3 175B on zero-shot SuperGLUE. In classic machine learning the term also covers recognising classes never seen during training; Hugging Face's zero-shot classification pipeline uses a natural-language-inference model to score arbitrary candidate labels.",
      ko: '언어 모델에서 제로샷은 프롬프트가 작업을 설명하되 풀이 예시는 하나도 담지 않은 경우를 말한다. 모델이 지시문만으로 기대하는 출력 형식을 추론해야 하므로 인컨텍스트 설정 가운데 가장 어렵다. 지시 튜닝은 바로 이 능력을 높이려고 고안되었다. FLAN은 처음 보는 데이터셋 대부분에서 제로샷 GPT-3를 앞섰고, UL2 20B는 제로샷 SuperGLUE에서 GPT-3 175B를 능가했다. 고전적인 머신러닝에서는 학습 때 보지 못한 클래스를 인식하는 것도 이 말로 부르며, Hugging Face의 제로샷 분류 파이프라인은 자연어 추론 모델로 임의의 후보 레이블에 점수를 매긴다.',
    },
    keyNumbers: [
      {
        label: { en: 'Size of UL2, which beat 175B GPT-3 on zero-shot SuperGLUE', ko: '제로샷 SuperGLUE에서 175B GPT-3를 앞선 UL2의 크기' },
        value: 20e9,
        unit: 'parameters',
        source: 'tay2023',
      },
    ],
    related: ['in-context-learning', 'few-shot-learning', 'instruction-tuning', 'ul2', 'gpt-3'],
    sources: ['brown2020', 'wei2022a', 'tay2023'],
  },
  {
    id: 'few-shot-learning',
    kind: 'objective',
    name: 'Few-shot learning',
    nameKo: '퓨샷 학습',
    aliases: ['few-shot', 'few shot', 'few-shot learning', 'few-shot prompting', '퓨샷', '퓨 샷', '퓨샷 학습', '소수 샷 학습'],
    code: [],
    summary: {
      en: 'Learning a task from only a handful of labelled examples, either placed in the prompt (in-context) or used for light fine-tuning.',
      ko: '레이블이 붙은 예시 몇 개만으로 작업을 익히는 것. 예시를 프롬프트에 넣거나(인컨텍스트) 가벼운 미세 조정에 쓴다.',
    },
    explanation: {
      en: "The claim in GPT-3's title, 'language models are few-shot learners', refers to the in-context version: the examples sit in the prompt and no weights change. Few-shot GPT-3 175B approached fine-tuned models on several benchmarks, and its few-shot accuracy grew faster with model size than its zero-shot accuracy. Small models can be few-shot learners too if the examples are used for gradient updates: Schick and Schütze reached GPT-3-like SuperGLUE scores with models several orders of magnitude smaller by turning inputs into cloze questions (PET). The term differs from few-shot learning in computer vision, where models are meta-trained explicitly to adapt from small support sets.",
      ko: 'GPT-3 논문 제목의 "언어 모델은 퓨샷 학습자"라는 말은 인컨텍스트 방식을 뜻한다. 예시는 프롬프트 안에 있고 가중치는 바뀌지 않는다. 퓨샷 GPT-3 175B는 여러 벤치마크에서 미세 조정 모델에 근접했고, 퓨샷 정확도는 제로샷 정확도보다 모델 크기에 따라 더 빨리 올라갔다. 예시를 경사 하강 학습에 쓰면 작은 모델도 퓨샷 학습자가 될 수 있다. Schick과 Schütze는 입력을 빈칸 채우기 문제로 바꾸는 방식(PET)으로, 몇 자릿수나 작은 모델로 GPT-3에 버금가는 SuperGLUE 점수를 얻었다. 작은 지원 집합으로 적응하도록 모델을 명시적으로 메타 학습시키는 컴퓨터 비전의 퓨샷 학습과는 뜻이 다르다.',
    },
    keyNumbers: [
      {
        label: {
          en: 'Upper end of the number of examples in a GPT-3 few-shot prompt (typically 10–100)',
          ko: 'GPT-3 퓨샷 프롬프트에 넣는 예시 수의 상한(보통 10~100개)',
        },
        value: 100,
        unit: 'count',
        source: 'brown2020',
      },
    ],
    related: ['in-context-learning', 'zero-shot-learning', 'small-language-model', 'gpt-3'],
    sources: ['brown2020', 'schick2021'],
  },
  {
    id: 'sequence-to-sequence',
    kind: 'objective',
    name: 'Sequence-to-sequence',
    nameKo: '시퀀스-투-시퀀스',
    aliases: [
      'sequence-to-sequence',
      'sequence to sequence',
      'seq2seq',
      'seq-to-seq',
      '시퀀스-투-시퀀스',
      '시퀀스 투 시퀀스',
      '시퀀스-시퀀스',
    ],
    code: ['Seq2Seq', 'seq2seq'],
    summary: {
      en: 'Mapping an input sequence to an output sequence of a different length, typically with an encoder that reads the input and a decoder that generates the output.',
      ko: '입력 시퀀스를 길이가 다른 출력 시퀀스로 바꾸는 문제 설정. 보통 입력을 읽는 인코더와 출력을 생성하는 디코더로 구성한다.',
    },
    explanation: {
      en: "Sutskever et al. (2014) showed that one LSTM could encode an English sentence into a vector and another could decode it into French, reaching 34.8 BLEU on WMT'14. Attention, and then the Transformer, removed the fixed-size bottleneck by letting the decoder look at every encoder state through cross-attention. Translation, summarisation and generative question answering are natural seq2seq tasks, and T5 recast every NLP task in this form. Seq2seq pre-training objectives such as MASS, BART's denoising and T5's span corruption train the encoder and decoder together. In Hugging Face these models load with `AutoModelForSeq2SeqLM` and train with `Seq2SeqTrainer` and `DataCollatorForSeq2Seq`.",
      ko: "Sutskever 외(2014)는 한 LSTM이 영어 문장을 벡터로 인코딩하고 다른 LSTM이 이를 프랑스어로 디코딩하는 방식으로 WMT'14에서 BLEU 34.8을 기록했다. 이후 어텐션과 트랜스포머가 등장해, 디코더가 크로스 어텐션으로 인코더의 모든 상태를 보게 되면서 고정 크기 벡터의 병목이 사라졌다. 번역, 요약, 생성형 질의응답이 대표적인 시퀀스-투-시퀀스 과제이며, T5는 모든 NLP 작업을 이 형식으로 바꾸었다. MASS, BART의 디노이징, T5의 스팬 오염 같은 사전 학습 목표는 인코더와 디코더를 함께 학습시킨다. Hugging Face에서는 이런 모델을 `AutoModelForSeq2SeqLM`으로 불러오고 `Seq2SeqTrainer`와 `DataCollatorForSeq2Seq`로 학습한다.",
    },
    keyNumbers: [
      {
        label: {
          en: "BLEU of the original LSTM seq2seq on WMT'14 English→French",
          ko: "원조 LSTM seq2seq의 WMT'14 영어→프랑스어 BLEU",
        },
        value: 34.8,
        unit: 'none',
        source: 'sutskever2014',
      },
    ],
    related: [
      'encoder-decoder',
      'cross-attention',
      'masked-sequence-to-sequence',
      'denoising-autoencoder',
      'span-corruption',
      't5',
      'bart',
      'marian-mt',
      'seq2seq-trainer',
      'data-collator-for-seq2seq',
    ],
    sources: ['sutskever2014', 'raffel2020'],
  },
];
