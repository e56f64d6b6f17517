import type { Entry } from '../../schema';

/** The calls whose keyword arguments are generation settings in transformers. */
const GENERATE_CALLS = ['generate', 'GenerationConfig', 'pipeline'];

/** generate() and its search strategies: how long, how many, and which tokens to keep. */
export const DECODING: Entry[] = [
  {
    id: 'generate-method',
    kind: 'inference',
    name: 'generate() (GenerationMixin)',
    nameKo: 'generate() (GenerationMixin)',
    aliases: [],
    code: ['GenerationMixin', 'model.generate', 'return_dict_in_generate', 'GenerateDecoderOnlyOutput', 'GenerateEncoderDecoderOutput', 'custom_generate'],
    summary: {
      en: 'The transformers method that turns a model into a text generator: it runs the prefill, loops over decoding steps with the KV cache, applies logits processors and stopping criteria, and returns token ids, prompt included for decoder-only models.',
      ko: '모델을 텍스트 생성기로 만드는 transformers 메서드로, 프리필을 실행한 뒤 KV 캐시를 쓰며 디코딩 스텝을 반복하고, 로짓 프로세서와 정지 조건을 적용해 토큰 id를 돌려주는데, 디코더 전용 모델이면 프롬프트도 포함된다.',
    },
    explanation: {
      en: '`model.generate(**inputs, max_new_tokens=256, do_sample=True, temperature=0.7)` starts from the model\'s `generation_config` and lets keyword arguments override it; the flags then select a mode: greedy, sampling, beam search or assisted decoding. For decoder-only models the returned ids include the prompt, so slice `out[:, inputs["input_ids"].shape[1]:]` before decoding; encoder-decoder models return only the decoder\'s output. With `return_dict_in_generate=True` (plus `output_scores` or `output_logits`) you get a `GenerateDecoderOnlyOutput` with the sequences, per-step scores and the cache. Common gotchas: without a length setting the library default `max_length` of 20 tokens cuts answers short; batched prompts need an attention mask, left padding and a pad token (otherwise the "Setting pad_token_id to eos_token_id" warning). transformers 5 moved contrastive search, DoLa, group beam search and constrained beam search out of the library into Hub repositories loaded through `custom_generate`.',
      ko: '`model.generate(**inputs, max_new_tokens=256, do_sample=True, temperature=0.7)`는 모델의 `generation_config`에서 출발하고 키워드 인자로 이를 덮어씁니다. 그다음 플래그에 따라 그리디, 샘플링, 빔 서치, 보조 디코딩 중 하나의 모드가 정해집니다. 디코더 전용 모델이 돌려주는 id에는 프롬프트가 포함되므로, 디코딩하기 전에 `out[:, inputs["input_ids"].shape[1]:]`로 잘라 내야 합니다. 인코더-디코더 모델은 디코더 출력만 돌려줍니다. `return_dict_in_generate=True`(와 `output_scores`나 `output_logits`)를 주면 시퀀스, 스텝별 점수, 캐시를 담은 `GenerateDecoderOnlyOutput`을 받습니다. 흔한 함정: 길이를 정하지 않으면 라이브러리 기본 `max_length` 20토큰에서 답이 잘리고, 프롬프트를 배치로 넣을 때는 어텐션 마스크, 왼쪽 패딩, 패드 토큰이 필요합니다(없으면 "Setting pad_token_id to eos_token_id" 경고가 뜹니다). transformers 5는 contrastive search, DoLa, 그룹 빔 서치, 제약 빔 서치를 라이브러리 밖 Hub 저장소로 옮겼고 `custom_generate`로 불러옵니다.',
    },
    keyNumbers: [
      { label: { en: 'Default max_length when nothing is set (tokens, prompt included)', ko: '아무것도 정하지 않았을 때의 기본 max_length (프롬프트 포함 토큰 수)' }, value: 20, unit: 'tokens', source: 'huggingface2025generationconfig' },
    ],
    related: ['generation-config', 'max-new-tokens', 'greedy-decoding', 'beam-search', 'logits-processor', 'stopping-criteria', 'kv-cache', 'pad-token'],
    sources: ['huggingface2025generationconfig', 'huggingface2025generation'],
  },
  {
    id: 'generation-config',
    kind: 'inference',
    name: 'GenerationConfig (generation_config.json)',
    nameKo: 'GenerationConfig (generation_config.json)',
    aliases: ['generation config', 'generation configuration', '생성 설정'],
    code: ['GenerationConfig', 'generation_config'],
    summary: {
      en: "The object, saved as generation_config.json next to a model, that holds its default decoding settings (max_new_tokens, do_sample, temperature, top_p, eos_token_id…); generate() starts from it and keyword arguments override it.",
      ko: '모델 옆에 generation_config.json으로 저장되어 기본 디코딩 설정(max_new_tokens, do_sample, temperature, top_p, eos_token_id 등)을 담는 객체로, generate()는 이 값에서 출발하고 키워드 인자가 이를 덮어쓴다.',
    },
    explanation: {
      en: 'Model authors ship recommended decoding defaults this way: Llama 3.1 8B Instruct\'s file turns sampling on with temperature 0.6 and top_p 0.9 and lists three end-of-turn ids in `eos_token_id`, which is why the same script samples with one model and decodes greedily with another. Load or edit it with `GenerationConfig.from_pretrained(repo)` or `model.generation_config.max_new_tokens = 512`, or pass a whole `generation_config=` to `generate`. Fields left unset fall back to library defaults at generation time, including top_k = 50, so sampling a model whose file sets only top_p still truncates to 50 tokens unless you pass `top_k=0` or `None`. `validate()` warns about contradictory settings, such as a temperature with `do_sample=False`.',
      ko: '모델 제작자는 이 파일로 권장 디코딩 기본값을 배포합니다. Llama 3.1 8B Instruct의 파일은 온도 0.6, top_p 0.9로 샘플링을 켜고 `eos_token_id`에 대화 턴 종료 id 세 개를 적어 두는데, 그래서 같은 스크립트라도 어떤 모델은 샘플링하고 어떤 모델은 그리디로 디코딩합니다. `GenerationConfig.from_pretrained(repo)`로 불러오거나 `model.generation_config.max_new_tokens = 512`처럼 고칠 수 있고, `generate`에 `generation_config=`로 통째로 넘길 수도 있습니다. 지정하지 않은 필드는 생성 시점에 라이브러리 기본값으로 채워지며 top_k = 50도 그중 하나입니다. 그래서 파일에 top_p만 있는 모델로 샘플링해도 `top_k=0`이나 `None`을 넘기지 않으면 후보가 50개로 잘립니다. `validate()`는 `do_sample=False`인데 온도를 준 것처럼 서로 모순된 설정에 경고를 냅니다.',
    },
    keyNumbers: [
      { label: { en: 'Default temperature, Llama 3.1 8B Instruct', ko: 'Llama 3.1 8B Instruct의 기본 온도' }, value: 0.6, unit: 'none', source: 'meta2024llama31instructgen' },
      { label: { en: 'Default top_p, Llama 3.1 8B Instruct', ko: 'Llama 3.1 8B Instruct의 기본 top_p' }, value: 0.9, unit: 'none', source: 'meta2024llama31instructgen' },
      { label: { en: 'Library default top_k when unset', ko: '지정하지 않았을 때 라이브러리 기본 top_k' }, value: 50, unit: 'tokens', source: 'huggingface2025generationconfig' },
    ],
    related: ['generate-method', 'temperature-sampling', 'nucleus-sampling', 'top-k-sampling', 'do-sample', 'max-new-tokens', 'eos-token'],
    sources: ['huggingface2025generationconfig', 'meta2024llama31instructgen'],
  },
  {
    id: 'max-new-tokens',
    kind: 'inference',
    name: 'max_new_tokens (and max_length)',
    nameKo: 'max_new_tokens (와 max_length)',
    aliases: [],
    code: ['max_new_tokens', 'min_new_tokens'],
    contextual: [
      { spelling: 'max_length', as: 'argument', within: GENERATE_CALLS },
      { spelling: 'min_length', as: 'argument', within: GENERATE_CALLS },
      { spelling: 'max_tokens', as: 'argument', within: ['SamplingParams', 'create', 'chat_completion', 'text_generation'] },
      { spelling: 'max_completion_tokens', as: 'argument', within: ['create'] },
    ],
    summary: {
      en: "The number of tokens generate() may add after the prompt, whatever the prompt's length; the preferred limit, because the older max_length counts the prompt too. vLLM and OpenAI call it max_tokens.",
      ko: '프롬프트 길이와 상관없이 generate()가 프롬프트 뒤에 덧붙일 수 있는 토큰 수로, 예전 max_length는 프롬프트까지 세므로 이쪽을 쓰는 것이 권장되며, vLLM과 OpenAI는 max_tokens라고 부른다.',
    },
    explanation: {
      en: 'Generation stops after `max_new_tokens` or earlier at an end-of-sequence token or another stopping criterion; `min_new_tokens` suppresses EOS until that many tokens exist. `max_length` and `min_length` count the prompt as well, which makes them depend on input length, so the transformers documentation recommends the `new` variants. Prompt plus new tokens must fit the model\'s context window, and the pair also sizes the KV cache: batch × (prompt + max_new_tokens) tokens must fit in memory. Other stacks spell it differently: vLLM\'s `SamplingParams(max_tokens=...)`, OpenAI\'s `max_tokens` (and `max_completion_tokens` for reasoning models, whose hidden reasoning counts against it). If neither is set and the model\'s generation config has none, the default `max_length` of 20 applies and answers stop mid-sentence.',
      ko: '생성은 `max_new_tokens`에 이르거나, 그 전에 시퀀스 끝 토큰이나 다른 정지 조건을 만나면 멈춥니다. `min_new_tokens`는 그만큼의 토큰이 생길 때까지 EOS를 막습니다. `max_length`와 `min_length`는 프롬프트까지 세므로 입력 길이에 따라 의미가 달라지고, 그래서 transformers 문서는 `new`가 붙은 쪽을 권합니다. 프롬프트와 새 토큰을 합친 길이는 모델의 컨텍스트 창 안에 들어야 하며, 이 값은 KV 캐시 크기도 정합니다. 배치 × (프롬프트 + max_new_tokens)개 토큰이 메모리에 들어가야 합니다. 다른 스택은 이름이 다릅니다. vLLM은 `SamplingParams(max_tokens=...)`, OpenAI는 `max_tokens`이고, 추론 모델에는 `max_completion_tokens`를 쓰는데 겉으로 보이지 않는 추론 토큰도 여기에 포함됩니다. 둘 다 정하지 않았고 모델의 생성 설정에도 없으면 기본 `max_length` 20이 적용되어 답이 문장 중간에서 끊깁니다.',
    },
    keyNumbers: [
      { label: { en: 'Default max_length when nothing is set (tokens)', ko: '아무것도 정하지 않았을 때의 기본 max_length (토큰)' }, value: 20, unit: 'tokens', source: 'huggingface2025generationconfig' },
    ],
    related: ['generate-method', 'generation-config', 'stopping-criteria', 'eos-token', 'context-window', 'kv-cache'],
    sources: ['huggingface2025generationconfig', 'vllm2025docs', 'openai2024chatapi'],
  },
  {
    id: 'do-sample',
    kind: 'inference',
    name: 'do_sample (sampling or greedy)',
    nameKo: 'do_sample (샘플링 또는 그리디)',
    aliases: [],
    code: ['do_sample'],
    summary: {
      en: "The generate() switch between taking the most likely token (False: greedy or beam search) and drawing the next token at random from the model's distribution (True), after temperature, top-k, top-p and the other warpers have reshaped it.",
      ko: '가장 가능성 높은 토큰을 고를지(False: 그리디나 빔 서치), 온도·top-k·top-p 같은 워퍼가 모양을 바꾼 분포에서 다음 토큰을 무작위로 뽑을지(True)를 가르는 generate()의 스위치.',
    },
    explanation: {
      en: 'With `do_sample=False`, sampling parameters are ignored and transformers warns, for example that a temperature of 0.6 is set but only used in sample-based generation modes. With `do_sample=True` every step draws a token after the penalties, the temperature, top-k, top-p and min-p have reshaped the distribution; note that the library default top_k of 50 applies even when you only set top_p. Sampling is random, so reproducing an output needs a fixed seed (`set_seed`), and even then results can change with hardware, batch size or kernels. vLLM and the OpenAI API have no such flag: a temperature of 0 means greedy decoding there.',
      ko: '`do_sample=False`이면 샘플링 파라미터는 무시되고, transformers는 예를 들어 온도 0.6을 줬지만 샘플링 기반 모드에서만 쓰인다는 경고를 냅니다. `do_sample=True`이면 스텝마다 페널티, 온도, top-k, top-p, min-p가 분포의 모양을 바꾼 뒤 토큰을 뽑습니다. top_p만 정해도 라이브러리 기본 top_k 50이 함께 적용된다는 점에 주의하세요. 샘플링은 무작위이므로 출력을 재현하려면 시드를 고정해야 하고(`set_seed`), 그래도 하드웨어, 배치 크기, 커널에 따라 결과가 달라질 수 있습니다. vLLM과 OpenAI API에는 이런 플래그가 없고, 온도 0이 곧 그리디 디코딩입니다.',
    },
    keyNumbers: [],
    related: ['greedy-decoding', 'temperature-sampling', 'top-k-sampling', 'nucleus-sampling', 'beam-search', 'generation-config'],
    sources: ['huggingface2025generationconfig', 'holtzman2020'],
  },
  {
    id: 'greedy-decoding',
    kind: 'inference',
    name: 'Greedy decoding',
    nameKo: '그리디 디코딩',
    aliases: ['greedy decoding', 'greedy search', 'greedy generation', '그리디 디코딩', '그리디 서치', '그리디 탐색', '탐욕적 디코딩', '탐욕 탐색'],
    code: ['greedy_search'],
    summary: {
      en: 'Generation that always takes the single most likely next token: deterministic, cheap and fine for short factual answers or structured output, but prone to repetition and bland text in open-ended writing.',
      ko: '항상 가장 가능성 높은 다음 토큰 하나만 고르는 생성 방식으로, 결정적이고 싸며 짧은 사실형 답이나 구조화된 출력에는 알맞지만, 자유로운 글쓰기에서는 반복되고 밋밋한 글이 나오기 쉽다.',
    },
    explanation: {
      en: 'At every step greedy decoding takes argmax over the logits. That maximises each step\'s probability, not the whole sequence\'s, which beam search approximates better. Holtzman et al. (2020) showed that maximisation-based decoding, greedy or beam, produces degenerate, repetitive text in open-ended generation, because a repeated phrase becomes more likely each time it appears. It is transformers\' default (`do_sample=False`, `num_beams=1`) unless the model\'s generation config says otherwise, and the usual choice for evaluations, code and JSON; temperature 0 in vLLM or the OpenAI API means the same. "Deterministic" holds only up to numerics: batch size, padding and kernels can flip a near-tie argmax in bf16. The old `model.greedy_search(...)` method no longer exists; generate() chooses the mode.',
      ko: '그리디 디코딩은 스텝마다 로짓의 argmax를 고릅니다. 이는 각 스텝의 확률을 최대로 할 뿐 시퀀스 전체의 확률을 최대로 하지는 않으며, 그 점은 빔 서치가 더 잘 근사합니다. Holtzman 등(2020)은 그리디나 빔 같은 최대화 기반 디코딩이 자유 생성에서 퇴화한 반복 텍스트를 만든다는 것을 보였습니다. 반복된 구절은 나타날 때마다 더 그럴듯해지기 때문입니다. 모델의 생성 설정이 달리 정하지 않는 한 transformers의 기본값이고(`do_sample=False`, `num_beams=1`), 평가, 코드, JSON 생성에서 흔히 씁니다. vLLM이나 OpenAI API의 온도 0도 같은 뜻입니다. "결정적"이라는 말은 수치 오차 범위 안에서만 맞습니다. bf16에서는 배치 크기, 패딩, 커널 때문에 거의 동점인 argmax가 뒤집힐 수 있습니다. 예전의 `model.greedy_search(...)` 메서드는 이제 없고, 모드는 generate()가 고릅니다.',
    },
    keyNumbers: [],
    related: ['do-sample', 'beam-search', 'temperature-sampling', 'repetition-penalty', 'generate-method'],
    sources: ['holtzman2020', 'huggingface2025generation'],
  },
  {
    id: 'beam-search',
    kind: 'inference',
    name: 'Beam search (num_beams)',
    nameKo: '빔 서치 (num_beams)',
    aliases: ['beam search', 'beam decoding', 'beam-search decoding', '빔 서치', '빔 탐색', '빔 검색'],
    code: ['num_beams', 'length_penalty', 'BeamSearchScorer'],
    contextual: [{ spelling: 'early_stopping', as: 'argument', within: ['generate', 'GenerationConfig'] }],
    summary: {
      en: 'Keeps the num_beams most probable partial sequences at every step and returns the best finished one, finding higher-probability outputs than greedy decoding; standard for translation and summarisation, rarely used for chat.',
      ko: '스텝마다 가장 확률 높은 부분 시퀀스 num_beams개를 유지하고 완성된 것 중 가장 좋은 것을 돌려주어 그리디보다 확률 높은 출력을 찾는 방법으로, 번역과 요약에서는 표준이지만 대화에서는 거의 쓰지 않는다.',
    },
    explanation: {
      en: 'Each step extends every beam by every token and keeps the num_beams best by summed log-probability. Finished hypotheses are compared after length normalisation: transformers divides the score by length^`length_penalty` (default 1.0), and since scores are negative, values above 0 favour longer outputs and values below 0 shorter ones; GNMT (Wu et al., 2016) used a different (5 + length)^α / 6^α form. `early_stopping=True` stops once num_beams hypotheses are finished, False uses a heuristic, and "never" runs the canonical search to the end. T5 decoded with 4 beams and a length penalty of 0.6. Costs grow with the beam count: compute and KV cache are those of a batch num_beams times larger. For open-ended text beam search favours generic, repetitive continuations (Holtzman et al., 2020), which is why chat models sample instead; `num_return_sequences` can return up to num_beams finished beams.',
      ko: '스텝마다 모든 빔을 모든 토큰으로 늘린 뒤 로그 확률 합이 가장 좋은 num_beams개를 남깁니다. 완성된 가설은 길이로 정규화해 비교합니다. transformers는 점수를 길이^`length_penalty`(기본 1.0)로 나누는데, 점수가 음수이므로 0보다 크면 긴 출력을, 0보다 작으면 짧은 출력을 선호합니다. GNMT(Wu 등, 2016)는 (5 + 길이)^α / 6^α라는 다른 형태를 썼습니다. `early_stopping=True`는 완성된 가설이 num_beams개가 되면 멈추고, False는 휴리스틱을 쓰며, "never"는 원래의 탐색을 끝까지 수행합니다. T5는 빔 4개와 길이 페널티 0.6으로 디코딩했습니다. 비용은 빔 수에 비례해서, 계산량과 KV 캐시가 num_beams배 큰 배치와 같습니다. 자유로운 텍스트에서는 빔 서치가 평범하고 반복적인 이어 쓰기를 선호하므로(Holtzman 등, 2020) 대화 모델은 대신 샘플링을 쓰며, `num_return_sequences`로 완성된 빔을 최대 num_beams개까지 돌려받을 수 있습니다.',
    },
    keyNumbers: [
      { label: { en: 'Beams used to decode T5', ko: 'T5 디코딩에 쓴 빔 수' }, value: 4, unit: 'count', source: 'raffel2020' },
      { label: { en: 'Length penalty used with T5', ko: 'T5에 쓴 길이 페널티' }, value: 0.6, unit: 'none', source: 'raffel2020' },
      { label: { en: 'Default length_penalty in transformers', ko: 'transformers의 기본 length_penalty' }, value: 1, unit: 'none', source: 'huggingface2025generationconfig' },
    ],
    related: ['greedy-decoding', 'diverse-beam-search', 'num-return-sequences', 'no-repeat-ngram-size', 'sequence-to-sequence', 'generate-method'],
    sources: ['wu2016', 'raffel2020', 'holtzman2020', 'huggingface2025generation'],
  },
  {
    id: 'diverse-beam-search',
    kind: 'inference',
    name: 'Diverse beam search (num_beam_groups)',
    nameKo: '다양성 빔 서치 (num_beam_groups)',
    aliases: ['diverse beam search', 'group beam search', '다양성 빔 서치', '그룹 빔 서치'],
    code: ['num_beam_groups', 'diversity_penalty'],
    summary: {
      en: 'Splits the beams into groups and penalises each group for picking tokens that earlier groups already picked at the same step, so the returned sequences differ from each other instead of being near-duplicates.',
      ko: '빔을 여러 그룹으로 나누고, 같은 스텝에서 앞선 그룹이 이미 고른 토큰을 고르면 벌점을 주어, 돌려받는 시퀀스들이 거의 같은 것이 아니라 서로 다르게 만드는 방법.',
    },
    explanation: {
      en: "Plain beam search tends to return beams that differ in a word or two. Vijayakumar et al. (2016) split B beams into G groups that take turns at every step; each group runs beam search on scores minus `diversity_penalty` times the number of earlier groups that chose the same token at that step (a Hamming-diversity term). In transformers it is `num_beam_groups > 1` with `diversity_penalty > 0`, and num_beams must be divisible by num_beam_groups. Useful for producing distinct candidate captions, paraphrases or queries for reranking. transformers 5 moved group beam search out of the core library into a Hub repository loaded with `custom_generate`, so older code that sets these arguments needs that path or an older version.",
      ko: '일반 빔 서치는 단어 한두 개만 다른 빔들을 돌려주기 쉽습니다. Vijayakumar 등(2016)은 빔 B개를 스텝마다 차례로 진행하는 그룹 G개로 나누고, 각 그룹이 같은 스텝에서 앞선 그룹이 고른 토큰의 수에 `diversity_penalty`를 곱해 뺀 점수로 빔 서치를 하게 했습니다(해밍 다양성 항). transformers에서는 `num_beam_groups > 1`과 `diversity_penalty > 0`으로 켜며, num_beams는 num_beam_groups로 나누어떨어져야 합니다. 서로 다른 캡션, 바꿔 쓴 문장, 재순위화용 질의 후보를 만들 때 쓸모 있습니다. transformers 5는 그룹 빔 서치를 핵심 라이브러리에서 빼 `custom_generate`로 불러오는 Hub 저장소로 옮겼으므로, 이 인자를 쓰는 예전 코드는 그 경로나 이전 버전이 필요합니다.',
    },
    keyNumbers: [],
    related: ['beam-search', 'num-return-sequences', 'generate-method'],
    sources: ['vijayakumar2016diverse', 'huggingface2025generation'],
  },
  {
    id: 'contrastive-search',
    kind: 'inference',
    name: 'Contrastive search (penalty_alpha)',
    nameKo: '대조 탐색 (penalty_alpha)',
    aliases: ['contrastive search', '대조 탐색', '콘트라스티브 서치'],
    code: ['penalty_alpha'],
    summary: {
      en: 'A deterministic decoding method that picks, among the top-k candidates, the token that best balances model confidence against similarity to what was already written, avoiding repetition without randomness; penalty_alpha with top_k in generate().',
      ko: '상위 k개 후보 중에서 모델의 확신과 이미 쓴 내용과의 유사도 사이의 균형이 가장 좋은 토큰을 고르는 결정적 디코딩 방법으로, 무작위성 없이 반복을 피하며 generate()에서 penalty_alpha와 top_k로 켠다.',
    },
    explanation: {
      en: 'Su et al. (2022) score each of the top-k candidates v as (1 − α)·p(v | context) − α·max cosine similarity between v\'s hidden state and those of the previous tokens, the second term being a degeneration penalty that punishes tokens whose representation repeats the context; α = 0 is greedy decoding. Each step therefore runs the model on all k candidates, batched, to get their hidden states. The transformers documentation suggests `penalty_alpha=0.6` with `top_k=4`. It fixes greedy decoding\'s loops while staying reproducible, but it is slower and needs hidden states, so it is not available in most serving engines. transformers 5 moved it to a Hub repository loaded through `custom_generate`.',
      ko: 'Su 등(2022)은 상위 k개 후보 v마다 (1 − α)·p(v | 문맥) − α·(v의 은닉 상태와 앞선 토큰들의 은닉 상태 사이의 최대 코사인 유사도)로 점수를 매깁니다. 둘째 항은 표현이 문맥을 되풀이하는 토큰을 벌하는 퇴화 페널티이며, α = 0이면 그리디 디코딩입니다. 그래서 스텝마다 k개 후보 모두에 대해 모델을 배치로 돌려 은닉 상태를 얻습니다. transformers 문서는 `penalty_alpha=0.6`과 `top_k=4`를 권합니다. 재현성을 유지하면서 그리디 디코딩의 반복을 고치지만, 더 느리고 은닉 상태가 필요해서 대부분의 서빙 엔진에는 없습니다. transformers 5는 이를 `custom_generate`로 불러오는 Hub 저장소로 옮겼습니다.',
    },
    keyNumbers: [
      { label: { en: 'Suggested penalty_alpha', ko: '권장 penalty_alpha' }, value: 0.6, unit: 'none', source: 'huggingface2025generation' },
      { label: { en: 'Suggested top_k with it', ko: '함께 권장하는 top_k' }, value: 4, unit: 'tokens', source: 'huggingface2025generation' },
    ],
    related: ['greedy-decoding', 'top-k-sampling', 'repetition-penalty', 'generate-method', 'hidden-states'],
    sources: ['su2022contrastive', 'huggingface2025generation'],
  },
  {
    id: 'num-return-sequences',
    kind: 'inference',
    name: 'num_return_sequences',
    nameKo: 'num_return_sequences',
    aliases: [],
    code: ['num_return_sequences'],
    contextual: [{ spelling: 'n', as: 'argument', within: ['SamplingParams', 'create'] }],
    summary: {
      en: 'How many outputs generate() returns per prompt: independent samples when sampling, or the best finished beams in beam search (at most num_beams); vLLM and OpenAI call it n.',
      ko: 'generate()가 프롬프트마다 돌려주는 출력 수로, 샘플링이면 서로 독립인 샘플, 빔 서치면 완성된 빔 중 가장 좋은 것들(최대 num_beams개)이며, vLLM과 OpenAI는 n이라고 부른다.',
    },
    explanation: {
      en: 'The result has batch × num_return_sequences rows grouped by prompt, the first n rows belonging to the first prompt, so reshape with `view(batch, n, -1)` before pairing outputs with inputs. Greedy decoding without beams would return n identical copies, so transformers refuses values above 1 there. In transformers the prompt is expanded n times, so the KV cache and prefill cost n times as much; vLLM\'s `n` runs the prompt once and shares its KV blocks between the samples copy-on-write. Several samples per prompt are the basis of best-of-n selection, self-consistency voting and pass@k evaluation.',
      ko: '결과는 배치 × num_return_sequences개의 행이 프롬프트별로 묶여 나오며, 처음 n개 행이 첫 프롬프트의 것입니다. 그러니 출력과 입력을 짝짓기 전에 `view(batch, n, -1)`로 모양을 바꾸세요. 빔 없는 그리디 디코딩은 똑같은 결과 n개를 돌려줄 뿐이므로 transformers는 거기서 1보다 큰 값을 거부합니다. transformers는 프롬프트를 n번 복제하므로 KV 캐시와 프리필 비용도 n배가 되고, vLLM의 `n`은 프롬프트를 한 번만 처리한 뒤 그 KV 블록을 샘플끼리 쓰기 시 복사로 공유합니다. 프롬프트당 여러 샘플은 best-of-n 선택, self-consistency 투표, pass@k 평가의 바탕입니다.',
    },
    keyNumbers: [],
    related: ['beam-search', 'do-sample', 'paged-attention', 'generate-method'],
    sources: ['huggingface2025generationconfig', 'kwon2023pagedattention'],
  },
];
