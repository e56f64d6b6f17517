import type { Entry } from '../../schema';

/**
 * The calls whose keyword arguments are sampling settings: transformers (`generate`, `GenerationConfig`,
 * `pipeline`), vLLM (`SamplingParams`), Hugging Face's InferenceClient and OpenAI-style clients (`create`).
 */
const SAMPLING_CALLS = ['generate', 'GenerationConfig', 'SamplingParams', 'pipeline', 'text_generation', 'chat_completion', 'create'];

/** Sampling settings and repetition controls: what reshapes the next-token distribution before a token is drawn. */
export const SAMPLING: Entry[] = [
  {
    id: 'temperature-sampling',
    kind: 'inference',
    name: 'Sampling temperature',
    nameKo: '샘플링 온도 (temperature)',
    aliases: ['sampling temperature', 'softmax temperature', 'temperature sampling', 'generation temperature', '샘플링 온도', '온도 샘플링', '생성 온도'],
    code: ['TemperatureLogitsWarper'],
    contextual: [
      { spelling: 'temperature', as: 'argument', within: SAMPLING_CALLS },
      { spelling: 'temperature', as: 'key' },
    ],
    summary: {
      en: "Divides the logits by T before the softmax: T below 1 sharpens the distribution towards the likeliest tokens, T above 1 flattens it, and T near 0 approaches greedy decoding; the main creativity knob of sampling.",
      ko: 'softmax 전에 로짓을 T로 나누는 값으로, T가 1보다 작으면 분포가 가장 그럴듯한 토큰 쪽으로 뾰족해지고, 1보다 크면 평평해지며, 0에 가까우면 그리디 디코딩에 가까워지는, 샘플링의 대표적인 창의성 조절값이다.',
    },
    explanation: {
      en: 'With logits zᵢ, the sampling probabilities become exp(zᵢ/T) / Σⱼ exp(zⱼ/T). The name comes from statistical physics by way of Boltzmann machines (Ackley, Hinton and Sejnowski, 1985). T = 1 is the model\'s own distribution; chat models often ship lower defaults (Llama 3.1 Instruct uses 0.6), code and maths are usually sampled cooler, and creative writing warmer, ideally with top-p or min-p trimming the tail that heat brings in. In transformers the temperature acts only with `do_sample=True`, must be strictly positive (use `do_sample=False` for greedy), and is applied before top-k and top-p, so it also changes which tokens survive them; vLLM and the OpenAI API (range 0–2) treat 0 as greedy. It is unrelated to the distillation temperature, which softens a teacher\'s targets during training.',
      ko: '로짓이 zᵢ이면 샘플링 확률은 exp(zᵢ/T) / Σⱼ exp(zⱼ/T)가 됩니다. 이름은 볼츠만 머신(Ackley, Hinton, Sejnowski, 1985)을 거쳐 통계 물리학에서 왔습니다. T = 1이면 모델 본래의 분포이고, 대화 모델은 더 낮은 기본값을 두는 경우가 많습니다(Llama 3.1 Instruct는 0.6). 코드와 수학은 보통 낮은 온도로, 창작은 높은 온도로 샘플링하며, 높은 온도가 끌어들이는 꼬리는 top-p나 min-p로 잘라 내는 것이 좋습니다. transformers에서 온도는 `do_sample=True`일 때만 작동하고 반드시 양수여야 하며(그리디를 원하면 `do_sample=False`), top-k와 top-p보다 먼저 적용되므로 어떤 토큰이 그 뒤에 살아남는지도 바꿉니다. vLLM과 OpenAI API(범위 0~2)는 0을 그리디로 처리합니다. 학습 중 교사 모델의 목표를 부드럽게 만드는 증류 온도와는 관계가 없습니다.',
    },
    keyNumbers: [
      { label: { en: 'Default temperature in transformers', ko: 'transformers의 기본 온도' }, value: 1, unit: 'none', source: 'huggingface2025generationconfig' },
      { label: { en: 'Default temperature, Llama 3.1 8B Instruct', ko: 'Llama 3.1 8B Instruct의 기본 온도' }, value: 0.6, unit: 'none', source: 'meta2024llama31instructgen' },
      { label: { en: 'Largest temperature accepted by the OpenAI API', ko: 'OpenAI API가 받는 최대 온도' }, value: 2, unit: 'none', source: 'openai2024chatapi' },
    ],
    related: ['do-sample', 'top-k-sampling', 'nucleus-sampling', 'min-p-sampling', 'logits', 'distillation-temperature', 'generation-config'],
    sources: ['ackley1985', 'holtzman2020', 'huggingface2025generationconfig'],
  },
  {
    id: 'top-k-sampling',
    kind: 'inference',
    name: 'Top-k sampling',
    nameKo: 'Top-k 샘플링',
    aliases: ['top-k sampling', 'top k sampling', 'top-k filtering', 'top-k 샘플링', '상위 k 샘플링'],
    code: ['TopKLogitsWarper'],
    contextual: [
      { spelling: 'top_k', as: 'argument', within: SAMPLING_CALLS },
      { spelling: 'top_k', as: 'key' },
    ],
    summary: {
      en: "Samples the next token only among the k most probable ones, renormalised; popularised by Fan et al. (2018) and GPT-2's published samples, and on by default in transformers with k = 50.",
      ko: '가장 가능성 높은 k개 토큰 안에서만 확률을 다시 정규화해 다음 토큰을 뽑는 방법으로, Fan 등(2018)과 GPT-2가 공개한 샘플로 널리 쓰이게 되었고, transformers에서는 k = 50으로 기본으로 켜져 있다.',
    },
    explanation: {
      en: "Pure sampling occasionally picks a token from the long tail of unlikely candidates, and one such pick can derail the rest of the text; top-k removes that tail. Fan et al. (2018) used it for story generation, and the GPT-2 paper's samples used k = 40. Its weakness is that k is fixed: when the model is sure of the next word, k = 50 still admits 49 poor candidates, and when many words are plausible k can cut good ones, which is the argument for nucleus and min-p sampling. transformers applies `top_k=50` whenever `do_sample=True` unless you pass 0 or None, even if you only meant to set top_p; vLLM disables it by default, and the OpenAI API has no top_k at all. Contrastive search reuses the same parameter for its candidate set.",
      ko: '순수 샘플링은 가끔 가능성 낮은 후보들의 긴 꼬리에서 토큰을 뽑는데, 그런 선택 하나가 나머지 글 전체를 엇나가게 할 수 있습니다. top-k는 그 꼬리를 잘라 냅니다. Fan 등(2018)이 이야기 생성에 썼고, GPT-2 논문의 샘플은 k = 40을 썼습니다. 약점은 k가 고정이라는 점입니다. 모델이 다음 단어를 확신할 때도 k = 50이면 나쁜 후보 49개가 들어오고, 그럴듯한 단어가 많을 때는 좋은 후보가 잘릴 수 있습니다. 이것이 뉴클리어스 샘플링과 min-p 샘플링이 나온 이유입니다. transformers는 `do_sample=True`이면 0이나 None을 넘기지 않는 한 `top_k=50`을 적용하는데, top_p만 정하려던 경우에도 그렇습니다. vLLM은 기본으로 끄고, OpenAI API에는 top_k가 아예 없습니다. contrastive search도 후보 집합을 정하는 데 같은 파라미터를 씁니다.',
    },
    keyNumbers: [
      { label: { en: 'Default top_k in transformers', ko: 'transformers의 기본 top_k' }, value: 50, unit: 'tokens', source: 'huggingface2025generationconfig' },
      { label: { en: 'k used for the GPT-2 paper\'s samples', ko: 'GPT-2 논문 샘플에 쓴 k' }, value: 40, unit: 'tokens', source: 'radford2019' },
    ],
    related: ['nucleus-sampling', 'min-p-sampling', 'temperature-sampling', 'do-sample', 'contrastive-search', 'generation-config'],
    sources: ['fan2018', 'holtzman2020', 'radford2019', 'huggingface2025generationconfig'],
  },
  {
    id: 'nucleus-sampling',
    kind: 'inference',
    name: 'Nucleus (top-p) sampling',
    nameKo: '뉴클리어스 샘플링 (top-p)',
    aliases: ['nucleus sampling', 'top-p sampling', 'top p sampling', '뉴클리어스 샘플링', '핵 샘플링', 'top-p 샘플링'],
    code: ['TopPLogitsWarper'],
    contextual: [
      { spelling: 'top_p', as: 'argument', within: SAMPLING_CALLS },
      { spelling: 'top_p', as: 'key' },
    ],
    summary: {
      en: 'Samples from the smallest set of most probable tokens whose probabilities add up to at least p, so the candidate pool shrinks when the model is confident and grows when it is not (Holtzman et al., 2020).',
      ko: '확률 합이 p 이상이 되는 가장 작은 상위 토큰 집합에서 뽑는 방법으로, 모델이 확신할 때는 후보가 줄고 그렇지 않을 때는 늘어난다(Holtzman 등, 2020).',
    },
    explanation: {
      en: 'Tokens are sorted by probability, the cumulative sum is taken, and the tokens needed to reach p, the nucleus, are kept and renormalised. Holtzman et al. (2020) showed that human text is not the most probable text, that beam search and greedy decoding degenerate into repetition, and that pure sampling wanders into an unreliable tail; nucleus sampling produced text whose perplexity and diversity were closest to human writing. Common values are 0.9 to 0.95, and 1.0 turns it off. In transformers temperature is applied first, so a hotter temperature widens the nucleus, and the default top_k of 50 still applies on top. At high temperatures the flattened tail fills p with many weak tokens, the failure min-p sampling addresses. The OpenAI API reference recommends changing temperature or top_p, but not both.',
      ko: '토큰을 확률순으로 정렬하고 누적 합을 구해 p에 이르기까지 필요한 토큰, 즉 핵(nucleus)만 남겨 다시 정규화합니다. Holtzman 등(2020)은 사람이 쓴 글이 가장 확률 높은 글은 아니며, 빔 서치와 그리디 디코딩은 반복으로 퇴화하고, 순수 샘플링은 믿을 수 없는 꼬리로 흘러간다는 것을 보였습니다. 뉴클리어스 샘플링이 만든 글은 퍼플렉서티와 다양성이 사람의 글에 가장 가까웠습니다. 흔히 0.9~0.95를 쓰고, 1.0이면 꺼집니다. transformers에서는 온도가 먼저 적용되므로 온도를 높이면 핵이 넓어지고, 기본 top_k 50도 그 위에 함께 적용됩니다. 온도가 높으면 평평해진 꼬리가 약한 토큰 여럿으로 p를 채우는데, min-p 샘플링은 바로 이 문제를 다룹니다. OpenAI API 문서는 온도와 top_p 중 하나만 바꾸라고 권합니다.',
    },
    keyNumbers: [
      { label: { en: 'Default top_p, Llama 3.1 8B Instruct', ko: 'Llama 3.1 8B Instruct의 기본 top_p' }, value: 0.9, unit: 'none', source: 'meta2024llama31instructgen' },
      { label: { en: 'Default top_p in transformers (off)', ko: 'transformers의 기본 top_p (꺼짐)' }, value: 1, unit: 'none', source: 'huggingface2025generationconfig' },
    ],
    related: ['top-k-sampling', 'min-p-sampling', 'temperature-sampling', 'typical-sampling', 'do-sample', 'generation-config'],
    sources: ['holtzman2020', 'huggingface2025generationconfig', 'openai2024chatapi'],
  },
  {
    id: 'min-p-sampling',
    kind: 'inference',
    name: 'Min-p sampling',
    nameKo: 'Min-p 샘플링',
    aliases: ['min-p sampling', 'min p sampling', 'min-p 샘플링'],
    code: ['MinPLogitsWarper'],
    contextual: [
      { spelling: 'min_p', as: 'argument', within: SAMPLING_CALLS },
      { spelling: 'min_p', as: 'key' },
    ],
    summary: {
      en: "Keeps only tokens whose probability is at least min_p times that of the most likely token, so the cut-off scales with the model's confidence; it stays coherent at high temperatures where top-p falls apart.",
      ko: '확률이 가장 그럴듯한 토큰의 min_p배 이상인 토큰만 남기는 방법으로, 잘라 내는 기준이 모델의 확신에 따라 달라지므로 top-p가 무너지는 높은 온도에서도 글이 흐트러지지 않는다.',
    },
    explanation: {
      en: 'Nguyen et al. (2024) set the threshold to min_p × p_max. When the model is confident (p_max = 0.9, min_p = 0.1) only tokens above 0.09 survive, close to greedy; when it is unsure (p_max = 0.2) everything above 0.02 stays, a wide pool. On GPQA, GSM8K and AlpacaEval creative writing, with Mistral and Llama 3 models from 1B to 123B parameters, they reported better quality and diversity than top-p, especially at high temperatures, and the method spread quickly to transformers, vLLM and llama.cpp. The transformers documentation gives 0.01–0.2 as typical values, comparable in selectivity to top_p between 0.99 and 0.8. It is usually combined with top-k and top-p switched off, because stacking truncations makes their effects hard to reason about.',
      ko: 'Nguyen 등(2024)은 기준을 min_p × p_max로 둡니다. 모델이 확신하면(p_max = 0.9, min_p = 0.1) 0.09보다 큰 토큰만 남아 그리디에 가깝고, 확신하지 못하면(p_max = 0.2) 0.02보다 큰 토큰이 모두 남아 후보가 넓어집니다. GPQA, GSM8K, AlpacaEval 창작 과제에서 1B~123B 파라미터의 Mistral·Llama 3 모델로 실험해 특히 높은 온도에서 top-p보다 품질과 다양성이 모두 좋았다고 보고했고, 이 방법은 transformers, vLLM, llama.cpp로 빠르게 퍼졌습니다. transformers 문서는 흔한 값으로 0.01~0.2를 들며, 이는 top_p 0.99~0.8과 비슷한 수준의 선택성입니다. 잘라 내는 방법을 겹치면 효과를 가늠하기 어려우므로 보통 top-k와 top-p를 끄고 함께 씁니다.',
    },
    keyNumbers: [
      { label: { en: 'Typical min_p (upper end of 0.01–0.2)', ko: '흔한 min_p 값 (0.01~0.2 중 상한)' }, value: 0.2, unit: 'none', source: 'huggingface2025generationconfig' },
    ],
    related: ['nucleus-sampling', 'top-k-sampling', 'temperature-sampling', 'typical-sampling', 'do-sample'],
    sources: ['nguyen2024minp', 'huggingface2025generationconfig'],
  },
  {
    id: 'typical-sampling',
    kind: 'inference',
    name: 'Locally typical, epsilon and eta sampling',
    nameKo: '지역 전형 샘플링과 엡실론·에타 샘플링',
    aliases: ['typical sampling', 'locally typical sampling', 'epsilon sampling', 'eta sampling', '전형 샘플링', '지역 전형 샘플링', '엡실론 샘플링', '에타 샘플링'],
    code: ['typical_p', 'TypicalLogitsWarper', 'epsilon_cutoff', 'eta_cutoff', 'EpsilonLogitsWarper', 'EtaLogitsWarper'],
    summary: {
      en: "Truncation samplers grounded in information theory: typical_p keeps tokens whose surprisal is close to the distribution's entropy, epsilon_cutoff drops tokens below a fixed probability, and eta_cutoff uses an entropy-dependent threshold.",
      ko: '정보 이론에 바탕을 둔 잘라 내기 샘플러로, typical_p는 놀라움 정도가 분포의 엔트로피에 가까운 토큰을 남기고, epsilon_cutoff는 정해진 확률보다 낮은 토큰을 버리며, eta_cutoff는 엔트로피에 따라 달라지는 기준을 쓴다.',
    },
    explanation: {
      en: "Meister et al. (2023) argue that people choose words whose information content is close to the expected one, so locally typical sampling ranks tokens by how close −log p is to the entropy H of the next-token distribution and keeps the closest until their mass reaches `typical_p`; it can even drop the most probable token when that one is too predictable. In summarisation and story generation it matched nucleus and top-k sampling in quality while repeating less. Hewitt et al. (2022) treat truncation as undoing the smoothing of training: epsilon sampling removes tokens with p < ε, and eta sampling uses the threshold min(η, √η·exp(−H)), which loosens when the model is uncertain. The transformers documentation cites suggested ranges of 3·10⁻⁴ to 9·10⁻⁴ for `epsilon_cutoff` and 3·10⁻⁴ to 2·10⁻³ for `eta_cutoff`, depending on model size; `typical_p` = 1.0 and cut-offs of 0.0, the defaults, turn them off.",
      ko: 'Meister 등(2023)은 사람이 정보량이 기대값에 가까운 단어를 고른다고 보고, 지역 전형 샘플링에서 −log p가 다음 토큰 분포의 엔트로피 H에 얼마나 가까운지로 토큰 순위를 매겨 확률 합이 `typical_p`에 이를 때까지 가까운 것부터 남깁니다. 가장 확률 높은 토큰이 너무 뻔하면 그것조차 버릴 수 있습니다. 요약과 이야기 생성에서 뉴클리어스·top-k 샘플링과 같은 품질을 내면서 반복은 줄었습니다. Hewitt 등(2022)은 잘라 내기를 학습이 만든 평활화를 되돌리는 것으로 봅니다. 엡실론 샘플링은 p < ε인 토큰을 버리고, 에타 샘플링은 min(η, √η·exp(−H))라는 기준을 써서 모델이 불확실할수록 기준을 느슨하게 합니다. transformers 문서는 모델 크기에 따라 `epsilon_cutoff`는 3·10⁻⁴~9·10⁻⁴, `eta_cutoff`는 3·10⁻⁴~2·10⁻³을 권장 범위로 인용하며, 기본값인 `typical_p` = 1.0과 0.0의 기준값은 이들을 끕니다.',
    },
    keyNumbers: [
      { label: { en: 'Suggested epsilon_cutoff (upper end)', ko: '권장 epsilon_cutoff (상한)' }, value: 0.0009, unit: 'none', source: 'hewitt2022truncation' },
      { label: { en: 'Suggested eta_cutoff (upper end)', ko: '권장 eta_cutoff (상한)' }, value: 0.002, unit: 'none', source: 'hewitt2022truncation' },
    ],
    related: ['nucleus-sampling', 'min-p-sampling', 'top-k-sampling', 'temperature-sampling'],
    sources: ['meister2023typical', 'hewitt2022truncation', 'huggingface2025generationconfig'],
  },
  {
    id: 'repetition-penalty',
    kind: 'inference',
    name: 'Repetition penalty',
    nameKo: '반복 페널티 (repetition_penalty)',
    aliases: ['repetition penalty', '반복 페널티', '반복 패널티'],
    code: ['repetition_penalty', 'RepetitionPenaltyLogitsProcessor', 'encoder_repetition_penalty'],
    summary: {
      en: 'Discourages tokens already present in the context by dividing their positive logits (and multiplying negative ones) by θ > 1; introduced with CTRL, whose authors suggested θ ≈ 1.2, and 1.0 means off.',
      ko: '이미 문맥에 있는 토큰의 양수 로짓은 θ > 1로 나누고 음수 로짓은 곱해 그 토큰을 덜 고르게 하는 방법으로, CTRL과 함께 나왔고 저자들은 θ ≈ 1.2를 권했으며 1.0이면 꺼진다.',
    },
    explanation: {
      en: 'Keskar et al. (2019) wanted near-greedy sampling from CTRL without the usual loops, and found a penalty around 1.2 a good balance between truthful generation and less repetition. transformers applies it once to every token id present in `input_ids`: a positive score is divided by θ, a negative one multiplied, so the score always drops, however many times the token occurred. For decoder-only models that includes the prompt, so tasks that must copy names, numbers or code identifiers from the input get worse, and large values push the model into awkward synonyms. It is multiplicative and presence-based, unlike the additive, count-based frequency and presence penalties of the OpenAI API; vLLM supports both kinds. `encoder_repetition_penalty` is the variant for encoder-decoder models that acts on the encoder\'s input tokens.',
      ko: 'Keskar 등(2019)은 CTRL에서 흔한 반복 없이 그리디에 가까운 샘플링을 원했고, 1.2 정도의 페널티가 사실적인 생성과 반복 감소 사이의 좋은 균형이라는 것을 찾았습니다. transformers는 `input_ids`에 있는 모든 토큰 id에 이를 한 번씩 적용합니다. 양수 점수는 θ로 나누고 음수 점수는 곱하므로, 토큰이 몇 번 나왔든 점수는 항상 내려갑니다. 디코더 전용 모델에서는 프롬프트도 포함되므로, 입력에서 이름, 숫자, 코드 식별자를 그대로 옮겨야 하는 작업은 오히려 나빠지고, 값이 크면 모델이 어색한 동의어로 밀려납니다. 이는 곱셈 방식이고 등장 여부만 보므로, OpenAI API의 덧셈 방식이며 횟수를 세는 빈도·존재 페널티와 다릅니다. vLLM은 두 종류를 모두 지원합니다. `encoder_repetition_penalty`는 인코더-디코더 모델용 변형으로 인코더 입력 토큰에 작용합니다.',
    },
    keyNumbers: [
      { label: { en: 'Penalty suggested by the CTRL authors', ko: 'CTRL 저자들이 권한 페널티' }, value: 1.2, unit: 'ratio', source: 'keskar2019', approx: true },
      { label: { en: 'Default repetition_penalty in transformers (off)', ko: 'transformers의 기본 repetition_penalty (꺼짐)' }, value: 1, unit: 'ratio', source: 'huggingface2025generationconfig' },
    ],
    related: ['frequency-presence-penalty', 'no-repeat-ngram-size', 'greedy-decoding', 'logits-processor', 'ctrl'],
    sources: ['keskar2019', 'huggingface2025generationconfig'],
  },
  {
    id: 'frequency-presence-penalty',
    kind: 'inference',
    name: 'Frequency and presence penalties',
    nameKo: '빈도·존재 페널티 (frequency_penalty, presence_penalty)',
    aliases: ['frequency penalty', 'presence penalty', '빈도 페널티', '존재 페널티', '출현 페널티'],
    code: ['frequency_penalty', 'presence_penalty'],
    summary: {
      en: 'OpenAI-style additive penalties: each token\'s logit is lowered by frequency_penalty times the number of times it has already been generated, plus presence_penalty if it appeared at all; values run from −2 to 2, and 0 turns them off.',
      ko: 'OpenAI 방식의 덧셈 페널티로, 각 토큰의 로짓에서 이미 생성된 횟수 × frequency_penalty를 빼고 한 번이라도 나왔다면 presence_penalty를 더 빼며, 값은 −2에서 2 사이이고 0이면 꺼진다.',
    },
    explanation: {
      en: "The logit of token j is reduced by cⱼ·frequency_penalty + [cⱼ > 0]·presence_penalty, where cⱼ counts its occurrences so far. Frequency therefore grows with each repetition, while presence is a one-off nudge towards new topics; negative values encourage repetition instead. Unlike transformers' multiplicative `repetition_penalty`, which also covers the prompt, vLLM counts these two over the generated text only. transformers' `generate` has no direct equivalent, so code ported from an OpenAI client either maps them to `repetition_penalty` (a different curve) or uses a custom logits processor. Small values are usually enough; large ones make the model avoid words it genuinely needs, such as the subject of the answer.",
      ko: '토큰 j의 로짓은 cⱼ·frequency_penalty + [cⱼ > 0]·presence_penalty만큼 줄어드는데, cⱼ는 지금까지 나온 횟수입니다. 그래서 빈도 페널티는 반복될수록 커지고, 존재 페널티는 새로운 주제로 한 번 살짝 미는 역할을 하며, 음수 값은 오히려 반복을 부추깁니다. 프롬프트까지 포함하는 transformers의 곱셈식 `repetition_penalty`와 달리, vLLM은 이 둘을 생성된 텍스트에서만 셉니다. transformers의 `generate`에는 정확히 같은 것이 없어서, OpenAI 클라이언트 코드를 옮길 때는 곡선이 다른 `repetition_penalty`로 바꾸거나 직접 만든 로짓 프로세서를 씁니다. 보통 작은 값이면 충분하고, 값이 크면 답의 주제처럼 정말 필요한 단어까지 피하게 됩니다.',
    },
    keyNumbers: [
      { label: { en: 'Largest value accepted by the OpenAI API', ko: 'OpenAI API가 받는 최댓값' }, value: 2, unit: 'none', source: 'openai2024chatapi' },
    ],
    related: ['repetition-penalty', 'no-repeat-ngram-size', 'logits-processor', 'vllm'],
    sources: ['openai2024chatapi', 'vllm2025docs'],
  },
  {
    id: 'no-repeat-ngram-size',
    kind: 'inference',
    name: 'no_repeat_ngram_size (n-gram blocking)',
    nameKo: 'no_repeat_ngram_size (n-gram 반복 차단)',
    aliases: ['n-gram blocking', 'n-gram repetition blocking', 'trigram blocking', 'n-gram 반복 차단', 'n-gram 블로킹', '트라이그램 차단'],
    code: ['no_repeat_ngram_size', 'encoder_no_repeat_ngram_size', 'NoRepeatNGramLogitsProcessor'],
    summary: {
      en: 'Forbids any n-gram of the given size from occurring twice by setting to −∞ the logit of every token that would complete a repeat; 3 (trigram blocking) is the classic setting for summarisation.',
      ko: '반복을 완성하게 될 모든 토큰의 로짓을 −∞로 바꿔 정해진 크기의 n-gram이 두 번 나오지 못하게 하는 설정으로, 요약에서는 3(트라이그램 차단)이 고전적인 값이다.',
    },
    explanation: {
      en: "Paulus et al. (2018) noticed that their abstractive summariser repeated phrases and, at test time, never let the decoder output the same trigram twice, which raised their scores; summarisation checkpoints on the Hub often ship with `no_repeat_ngram_size: 3` for the same reason. The ban is hard and covers the whole sequence, which for decoder-only models includes the prompt, so legitimate repeats break: a name such as \"New York\" written twice, list markers, code or tables. For long outputs a soft penalty is usually the better tool. `encoder_no_repeat_ngram_size` instead forbids copying n-grams of the encoder's input, pushing encoder-decoder models to paraphrase.",
      ko: 'Paulus 등(2018)은 자신들의 추상 요약 모델이 구절을 반복한다는 것을 보고, 테스트 때 디코더가 같은 트라이그램을 두 번 내지 못하게 해 점수를 높였습니다. Hub의 요약 체크포인트가 `no_repeat_ngram_size: 3`을 달고 나오는 경우가 많은 것도 같은 이유입니다. 이 금지는 예외가 없고 시퀀스 전체에 적용되는데, 디코더 전용 모델에서는 프롬프트도 포함되므로 정당한 반복이 깨집니다. "New York" 같은 이름을 두 번 쓰거나, 목록 기호, 코드, 표가 그렇습니다. 긴 출력에는 대개 부드러운 페널티가 더 나은 도구입니다. `encoder_no_repeat_ngram_size`는 반대로 인코더 입력의 n-gram을 베끼지 못하게 해, 인코더-디코더 모델이 바꿔 말하도록 유도합니다.',
    },
    keyNumbers: [
      { label: { en: 'n-gram size blocked by Paulus et al. (trigrams)', ko: 'Paulus 등이 막은 n-gram 크기 (트라이그램)' }, value: 3, unit: 'tokens', source: 'paulus2018' },
    ],
    related: ['repetition-penalty', 'frequency-presence-penalty', 'beam-search', 'logits-processor', 'sequence-to-sequence'],
    sources: ['paulus2018', 'huggingface2025generationconfig'],
  },
];
