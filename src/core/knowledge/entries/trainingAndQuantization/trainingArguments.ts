import type { ContextualSpelling, Entry } from '../../schema';
import { TRAINING_ARGUMENT_CALLEES } from './callees';

/** `value` spellings of `lr_scheduler_type`, the string a TrainingArguments user writes. */
const schedulerValue = (spelling: string): ContextualSpelling => ({ spelling, as: 'value', of: 'lr_scheduler_type' });
const trainingArgument = (spelling: string): ContextualSpelling => ({ spelling, as: 'argument', within: [...TRAINING_ARGUMENT_CALLEES] });

/** The optimisation settings of `TrainingArguments`: learning rate, its schedule, weight decay, batch and clipping. */
export const TRAINING_ARGUMENT_ENTRIES: Entry[] = [
  {
    id: 'learning-rate',
    kind: 'training',
    name: 'Learning rate',
    nameKo: '학습률',
    aliases: ['learning rate', 'peak learning rate', '학습률', '러닝 레이트', '최대 학습률'],
    code: ['learning_rate'],
    contextual: [
      { spelling: 'lr', as: 'argument', within: ['AdamW', 'Adam', 'SGD', 'Adafactor', 'Lion', 'AdamW8bit', 'PagedAdamW8bit', 'PagedAdamW'] },
      { spelling: 'lr', as: 'key', within: ['optimizer'] },
    ],
    summary: {
      en: 'The step size η that scales every parameter update; the single most important training hyperparameter.',
      ko: '파라미터를 갱신할 때마다 곱해지는 보폭 η. 학습에서 가장 중요한 하이퍼파라미터다.',
    },
    explanation: {
      en: "Each optimizer step moves the weights by η times an update direction (the gradient for SGD, the moment ratio for Adam). Too high and the loss spikes or diverges; too low and training crawls or stalls in a worse minimum. The value that works shrinks with model size and with how far you move from the pre-trained weights: GPT-3 175B was pre-trained with a peak of 0.6 × 10⁻⁴, full fine-tuning usually sits around 1–5 × 10⁻⁵, LoRA adapters tolerate about ten times more, and DPO typically uses 10⁻⁶ or less. In `TrainingArguments`, `learning_rate` is the peak value (default 5 × 10⁻⁵): the scheduler ramps up to it during warm-up and decays it afterwards, so the number in your logs is rarely the one you set. TRL's configs override the default (2 × 10⁻⁵ for `SFTConfig`, 10⁻⁶ for `DPOConfig`).",
      ko: '옵티마이저는 매 스텝 가중치를 η에 갱신 방향(SGD라면 기울기, Adam이라면 모멘트의 비)을 곱한 만큼 움직인다. 너무 크면 손실이 튀거나 발산하고, 너무 작으면 학습이 느리거나 더 나쁜 최솟값에 머문다. 잘 맞는 값은 모델이 클수록, 그리고 사전 학습 가중치에서 많이 벗어날수록 작아진다. GPT-3 175B는 최대 0.6 × 10⁻⁴로 사전 학습했고, 전체 미세 조정은 보통 1~5 × 10⁻⁵, LoRA 어댑터는 그 열 배쯤까지 견디며, DPO는 흔히 10⁻⁶ 이하를 쓴다. `TrainingArguments`의 `learning_rate`는 최댓값(기본 5 × 10⁻⁵)이다. 스케줄러가 워밍업 동안 여기까지 올렸다가 이후 줄이므로, 로그에 찍히는 값은 설정한 값과 거의 다르다. TRL 설정 클래스는 기본값을 바꿔 둔다(`SFTConfig`는 2 × 10⁻⁵, `DPOConfig`는 10⁻⁶).',
    },
    keyNumbers: [
      { label: { en: 'Default learning_rate of TrainingArguments', ko: 'TrainingArguments의 learning_rate 기본값' }, value: 5e-5, unit: 'none', source: 'huggingface2026trainer' },
      { label: { en: 'Peak learning rate of GPT-3 175B pre-training', ko: 'GPT-3 175B 사전 학습의 최대 학습률' }, value: 0.6e-4, unit: 'none', source: 'brown2020' },
      { label: { en: 'Learning rate QLoRA used for 7B and 13B models', ko: 'QLoRA가 7B·13B 모델에 쓴 학습률' }, value: 2e-4, unit: 'none', source: 'dettmers2023' },
      { label: { en: 'Default learning rate of TRL DPOConfig', ko: 'TRL DPOConfig의 기본 학습률' }, value: 1e-6, unit: 'none', source: 'huggingface2026trl' },
    ],
    related: ['lr-warmup', 'lr-scheduler', 'adamw', 'weight-decay', 'batch-size', 'training-arguments'],
    sources: ['huggingface2026trainer', 'brown2020', 'dettmers2023', 'huggingface2026trl'],
  },
  {
    id: 'lr-warmup',
    kind: 'training',
    name: 'Learning-rate warm-up',
    nameKo: '학습률 워밍업',
    aliases: ['learning rate warmup', 'learning-rate warm-up', 'learning rate warm-up', 'LR warmup', 'LR warm-up', 'warmup steps', 'warm-up steps', 'warmup ratio', '학습률 워밍업', '워밍업 스텝', '웜업 스텝'],
    code: ['warmup_ratio', 'warmup_steps', 'num_warmup_steps'],
    summary: {
      en: 'Raising the learning rate linearly from zero to its peak over the first steps of training, so that early, badly scaled updates do not wreck the model.',
      ko: '학습 초반 몇 스텝 동안 학습률을 0에서 최댓값까지 선형으로 올려, 아직 통계가 엉성한 초기 갱신이 모델을 망가뜨리지 않게 하는 기법.',
    },
    explanation: {
      en: "At step 0 Adam's second-moment estimate is built from a handful of gradients, and a freshly initialised or newly attached head produces large, noisy gradients; a full learning rate then can push the model into a region it never recovers from. Warm-up multiplies the learning rate by step / warmup_steps until it reaches 1. BERT warmed up over 10,000 steps, GPT-3 over its first 375M tokens, Llama 2 over 2,000 steps; fine-tuning recipes commonly use 3–10 % of the total steps. In Transformers 5, `warmup_steps` takes either a step count or a fraction below 1 of the total steps, which replaced the older `warmup_ratio` argument (still common in scripts written for 4.x). Every built-in scheduler except `constant` has a warm-up phase; `get_linear_schedule_with_warmup(optimizer, num_warmup_steps, num_training_steps)` is the one the Trainer builds by default.",
      ko: '0번째 스텝에서 Adam의 2차 모멘트 추정치는 기울기 몇 개로만 만들어져 있고, 새로 초기화했거나 새로 붙인 헤드는 크고 요란한 기울기를 낸다. 이때 학습률을 처음부터 다 주면 모델이 회복하지 못하는 영역으로 밀려날 수 있다. 워밍업은 학습률에 step / warmup_steps를 곱해 1이 될 때까지 키운다. BERT는 10,000스텝, GPT-3는 처음 375M 토큰, Llama 2는 2,000스텝 동안 워밍업했고, 미세 조정 레시피는 전체 스텝의 3~10%를 흔히 쓴다. Transformers 5에서는 `warmup_steps`에 스텝 수나 1 미만의 비율을 모두 넣을 수 있고, 이것이 예전의 `warmup_ratio` 인자를 대신한다(4.x용 스크립트에는 아직 흔하다). `constant`를 뺀 기본 스케줄러는 모두 워밍업 구간이 있으며, Trainer가 기본으로 만드는 것은 `get_linear_schedule_with_warmup(optimizer, num_warmup_steps, num_training_steps)`이다.',
    },
    keyNumbers: [
      { label: { en: 'BERT warm-up steps', ko: 'BERT의 워밍업 스텝 수' }, value: 10000, unit: 'count', source: 'devlin2019' },
      { label: { en: 'GPT-3 warm-up, in tokens', ko: 'GPT-3의 워밍업 구간(토큰)' }, value: 375e6, unit: 'tokens', source: 'brown2020' },
      { label: { en: 'Llama 2 warm-up steps', ko: 'Llama 2의 워밍업 스텝 수' }, value: 2000, unit: 'count', source: 'touvron2023b' },
    ],
    related: ['learning-rate', 'lr-scheduler', 'linear-schedule', 'cosine-schedule', 'adamw'],
    sources: ['huggingface2026trainer', 'devlin2019', 'brown2020', 'touvron2023b'],
  },
  {
    id: 'lr-scheduler',
    kind: 'training',
    name: 'Learning-rate schedule (lr_scheduler_type)',
    nameKo: '학습률 스케줄(lr_scheduler_type)',
    aliases: ['learning rate schedule', 'learning rate scheduler', 'learning-rate schedule', 'LR schedule', 'LR scheduler', '학습률 스케줄', '학습률 스케줄러', '러닝 레이트 스케줄러'],
    code: ['lr_scheduler_type', 'lr_scheduler_kwargs', 'get_scheduler', 'lr_scheduler', 'get_constant_schedule_with_warmup', 'get_constant_schedule', 'get_inverse_sqrt_schedule', 'get_polynomial_decay_schedule_with_warmup'],
    contextual: [
      schedulerValue('constant'),
      schedulerValue('constant_with_warmup'),
      schedulerValue('inverse_sqrt'),
      schedulerValue('polynomial'),
      schedulerValue('reduce_lr_on_plateau'),
    ],
    summary: {
      en: 'The rule that changes the learning rate over training: a warm-up, then a constant, linear, cosine, inverse-square-root or warmup-stable-decay shape.',
      ko: '학습 동안 학습률을 바꾸는 규칙. 워밍업 뒤에 일정, 선형, 코사인, 역제곱근, 워밍업-유지-감쇠 같은 모양을 따른다.',
    },
    explanation: {
      en: "A high learning rate makes fast progress early; a small one lets the weights settle into a minimum at the end, so almost every recipe decays it. Transformers builds the schedule from `lr_scheduler_type`: `linear` (the default) decays to zero, `cosine` follows half a cosine wave, `constant_with_warmup` holds the peak after warm-up, `inverse_sqrt` decays as 1/√step like the original Transformer, `polynomial` and `cosine_with_min_lr` stop at a floor, and `warmup_stable_decay` holds then decays at the end. The schedule is defined over the total number of optimizer steps, so changing `num_train_epochs`, the batch size or `gradient_accumulation_steps` stretches it; resuming with a different length silently changes where you are on the curve. Extra parameters such as a minimum learning rate go in `lr_scheduler_kwargs`; outside the Trainer, `get_scheduler(name, optimizer, num_warmup_steps, num_training_steps)` returns the same objects.",
      ko: '학습률이 높으면 초반에 빨리 나아가고, 작으면 막바지에 가중치가 최솟값에 자리 잡는다. 그래서 거의 모든 레시피가 학습률을 줄여 간다. Transformers는 `lr_scheduler_type`으로 스케줄을 만든다. `linear`(기본값)는 0까지 줄이고, `cosine`은 코사인 반주기를 따르며, `constant_with_warmup`은 워밍업 뒤 최댓값을 유지하고, `inverse_sqrt`는 원조 트랜스포머처럼 1/√step으로 줄이며, `polynomial`과 `cosine_with_min_lr`는 하한에서 멈추고, `warmup_stable_decay`는 유지하다가 끝에서 줄인다. 스케줄은 옵티마이저 스텝의 총수를 기준으로 정의되므로 `num_train_epochs`, 배치 크기, `gradient_accumulation_steps`를 바꾸면 곡선이 늘어나거나 줄어든다. 다른 길이로 학습을 재개하면 곡선 위 위치가 조용히 바뀐다. 최소 학습률 같은 추가 파라미터는 `lr_scheduler_kwargs`에 넣고, Trainer 밖에서는 `get_scheduler(name, optimizer, num_warmup_steps, num_training_steps)`가 같은 객체를 돌려준다.',
    },
    keyNumbers: [],
    related: ['lr-warmup', 'linear-schedule', 'cosine-schedule', 'wsd-schedule', 'learning-rate', 'training-arguments'],
    sources: ['huggingface2026trainer', 'vaswani2017'],
  },
  {
    id: 'cosine-schedule',
    kind: 'training',
    name: 'Cosine learning-rate decay',
    nameKo: '코사인 학습률 감쇠',
    aliases: ['cosine decay', 'cosine annealing', 'cosine learning rate schedule', 'cosine learning rate decay', 'cosine schedule', 'cosine LR schedule', '코사인 감쇠', '코사인 어닐링', '코사인 스케줄', '코사인 학습률 스케줄'],
    code: ['get_cosine_schedule_with_warmup', 'get_cosine_with_hard_restarts_schedule_with_warmup', 'get_cosine_with_min_lr_schedule_with_warmup', 'CosineAnnealingLR', 'CosineAnnealingWarmRestarts'],
    contextual: [schedulerValue('cosine'), schedulerValue('cosine_with_restarts'), schedulerValue('cosine_with_min_lr'), schedulerValue('cosine_warmup_with_min_lr')],
    summary: {
      en: 'Decaying the learning rate along half a cosine wave, η_min + ½(η_max − η_min)(1 + cos(πt/T)), the standard schedule of LLM pre-training.',
      ko: '학습률을 코사인 반주기 η_min + ½(η_max − η_min)(1 + cos(πt/T))를 따라 줄이는 방식. LLM 사전 학습의 표준 스케줄이다.',
    },
    explanation: {
      en: 'After warm-up the learning rate stays near its peak for a while, falls fastest in the middle of training and flattens out as it approaches the floor, which tends to beat a linear decay of the same length. Loshchilov and Hutter introduced it with warm restarts (SGDR); LLMs use a single cycle. GPT-3 decayed to 10 % of the peak over 260B tokens and Llama 2 likewise ended at 10 %. The Chinchilla study found that the cycle must match the real training length: a cosine planned for many more steps than you actually run leaves the model under-trained, which is also why a cosine run cannot simply be extended. Transformers\' plain `cosine` decays to zero; use `cosine_with_min_lr` (with `min_lr` or `min_lr_rate` in `lr_scheduler_kwargs`) for a floor, and PyTorch offers `CosineAnnealingLR`.',
      ko: '워밍업 뒤 학습률은 한동안 최댓값 근처에 머물다가 학습 중간에 가장 빠르게 떨어지고, 하한에 가까워지면서 완만해진다. 같은 길이의 선형 감쇠보다 대체로 낫다. Loshchilov와 Hutter가 웜 리스타트와 함께 제안했고(SGDR), LLM은 한 주기만 쓴다. GPT-3는 260B 토큰에 걸쳐 최댓값의 10%까지 줄였고, Llama 2도 10%에서 끝냈다. 친칠라 연구는 주기가 실제 학습 길이와 맞아야 한다는 것을 보였다. 실제로 돌리는 것보다 훨씬 긴 학습을 가정한 코사인은 모델을 덜 학습된 상태로 남기며, 코사인으로 돌린 학습을 그냥 연장할 수 없는 이유이기도 하다. Transformers의 기본 `cosine`은 0까지 줄이므로 하한이 필요하면 `cosine_with_min_lr`(`lr_scheduler_kwargs`에 `min_lr`나 `min_lr_rate`)를 쓰고, PyTorch에는 `CosineAnnealingLR`이 있다.',
    },
    keyNumbers: [
      { label: { en: "Final learning rate as a share of the peak in GPT-3's cosine decay", ko: 'GPT-3 코사인 감쇠에서 최댓값 대비 최종 학습률' }, value: 10, unit: 'percent', source: 'brown2020' },
      { label: { en: 'Tokens over which GPT-3 decayed the learning rate', ko: 'GPT-3가 학습률을 줄인 구간(토큰)' }, value: 260e9, unit: 'tokens', source: 'brown2020' },
      { label: { en: "Final learning rate as a share of the peak in Llama 2's cosine schedule", ko: 'Llama 2 코사인 스케줄에서 최댓값 대비 최종 학습률' }, value: 10, unit: 'percent', source: 'touvron2023b' },
    ],
    related: ['lr-scheduler', 'linear-schedule', 'wsd-schedule', 'lr-warmup', 'chinchilla-scaling-laws'],
    sources: ['loshchilov2017', 'brown2020', 'touvron2023b', 'hoffmann2022', 'huggingface2026trainer'],
  },
  {
    id: 'linear-schedule',
    kind: 'training',
    name: 'Linear learning-rate decay',
    nameKo: '선형 학습률 감쇠',
    aliases: ['linear decay', 'linear learning rate decay', 'linear warmup and decay', 'linear LR decay', '선형 감쇠', '선형 학습률 감쇠'],
    code: ['get_linear_schedule_with_warmup', 'LinearLR'],
    contextual: [schedulerValue('linear')],
    summary: {
      en: "Decaying the learning rate in a straight line from its peak to zero by the last step; the default `lr_scheduler_type` of Transformers' Trainer.",
      ko: '학습률을 최댓값에서 마지막 스텝의 0까지 직선으로 줄이는 방식. Transformers Trainer의 기본 `lr_scheduler_type`이다.',
    },
    explanation: {
      en: 'After a linear warm-up the multiplier falls as (T − t) / (T − warmup), reaching exactly zero at the final step. BERT was pre-trained this way (peak 10⁻⁴ after 10,000 warm-up steps), and because the Trainer defaults to it, most fine-tuning runs use it without anyone choosing it. It is simple and robust for short runs; for long pre-training, cosine or warmup-stable-decay schedules are usually preferred. Two gotchas: the decay reaches zero at `max_steps` or at the end of `num_train_epochs`, so stopping early leaves the model at a high learning rate, and passing the wrong `num_training_steps` to `get_linear_schedule_with_warmup` in a custom loop makes the schedule end early or never.',
      ko: '선형 워밍업 뒤 배율은 (T − t) / (T − warmup)으로 떨어져 마지막 스텝에서 정확히 0이 된다. BERT가 이 방식으로 사전 학습했고(10,000스텝 워밍업 뒤 최대 10⁻⁴), Trainer의 기본값이라 대부분의 미세 조정은 누가 고르지 않아도 이 스케줄을 쓴다. 짧은 학습에는 단순하고 튼튼하지만, 긴 사전 학습에는 보통 코사인이나 워밍업-유지-감쇠 스케줄이 선호된다. 함정이 두 가지 있다. 감쇠는 `max_steps`나 `num_train_epochs`의 끝에서 0이 되므로 중간에 멈추면 모델이 높은 학습률에 머물러 있고, 직접 짠 루프에서 `get_linear_schedule_with_warmup`에 `num_training_steps`를 잘못 넘기면 스케줄이 너무 일찍 끝나거나 끝나지 않는다.',
    },
    keyNumbers: [{ label: { en: 'BERT peak learning rate (linear decay)', ko: 'BERT의 최대 학습률(선형 감쇠)' }, value: 1e-4, unit: 'none', source: 'devlin2019' }],
    related: ['lr-scheduler', 'lr-warmup', 'cosine-schedule', 'bert'],
    sources: ['huggingface2026trainer', 'devlin2019'],
  },
  {
    id: 'wsd-schedule',
    kind: 'training',
    name: 'Warmup-stable-decay (WSD) schedule',
    nameKo: '워밍업-유지-감쇠(WSD) 스케줄',
    aliases: ['WSD schedule', 'WSD scheduler', 'warmup-stable-decay', 'warmup stable decay', 'trapezoidal schedule', 'trapezoidal learning rate schedule', 'WSD 스케줄', '워밍업-유지-감쇠'],
    code: ['get_wsd_schedule'],
    contextual: [schedulerValue('warmup_stable_decay')],
    summary: {
      en: 'A learning-rate schedule that warms up, holds the peak for most of training and decays only in a short final phase, so a run can be extended or branched without restarting.',
      ko: '워밍업 뒤 학습 대부분 동안 최댓값을 유지하고 짧은 마지막 구간에서만 줄이는 학습률 스케줄. 처음부터 다시 하지 않고도 학습을 연장하거나 갈라 낼 수 있다.',
    },
    explanation: {
      en: "A cosine schedule ties the learning rate to a training length chosen in advance. Warmup-stable-decay, named in the MiniCPM paper, separates the two: the stable phase at the peak can run as long as data and budget allow, and any checkpoint of it can be turned into a finished model by a short decay (cool-down). The loss stays flat-ish during the stable phase and drops sharply during the decay, so comparing runs mid-way can mislead. This makes it convenient for scaling-law studies (one long run, several decays) and for continued pre-training. In Transformers it is `lr_scheduler_type=\"warmup_stable_decay\"` (`get_wsd_schedule`), with the phase lengths and the decay shape in `lr_scheduler_kwargs`.",
      ko: '코사인 스케줄은 학습률을 미리 정한 학습 길이에 묶어 둔다. MiniCPM 논문이 이름 붙인 워밍업-유지-감쇠는 둘을 떼어 놓는다. 최댓값에서 머무는 유지 구간은 데이터와 예산이 허락하는 만큼 길게 돌릴 수 있고, 그 구간의 어느 체크포인트든 짧은 감쇠(쿨다운)를 거치면 완성된 모델이 된다. 유지 구간에서는 손실이 비교적 평평하다가 감쇠 구간에서 급격히 떨어지므로, 중간에 실행끼리 비교하면 오해하기 쉽다. 긴 학습 하나에 여러 번 감쇠를 거는 스케일링 법칙 연구나 추가 사전 학습에 편리하다. Transformers에서는 `lr_scheduler_type="warmup_stable_decay"`(`get_wsd_schedule`)이고, 구간 길이와 감쇠 모양은 `lr_scheduler_kwargs`로 정한다.',
    },
    keyNumbers: [],
    related: ['lr-scheduler', 'cosine-schedule', 'lr-warmup', 'continued-pretraining', 'scaling-laws'],
    sources: ['hu2024minicpm', 'huggingface2026trainer'],
  },
  {
    id: 'weight-decay',
    kind: 'training',
    name: 'Weight decay (decoupled, as in AdamW)',
    nameKo: '가중치 감쇠(AdamW식 분리 감쇠)',
    aliases: ['weight decay', 'decoupled weight decay', '가중치 감쇠', '웨이트 디케이'],
    code: ['weight_decay'],
    summary: {
      en: 'Shrinking every weight a little towards zero at each step, θ ← θ − ηλθ; AdamW applies it separately from the adaptive gradient update.',
      ko: '매 스텝 모든 가중치를 조금씩 0 쪽으로 줄이는 것(θ ← θ − ηλθ). AdamW는 이를 적응형 기울기 갱신과 분리해 적용한다.',
    },
    explanation: {
      en: "For plain SGD, weight decay and an L2 penalty in the loss are the same thing. In Adam they are not: an L2 term is divided by the adaptive denominator √v, so weights with large gradients are barely regularised. Loshchilov and Hutter's fix, AdamW, subtracts ηλθ directly from the weights, outside the adaptive update, and this decoupled form is what `torch.optim.AdamW` and the Trainer use. LLM pre-training typically uses λ = 0.1 (GPT-3, Llama 2); the Trainer's `weight_decay` defaults to 0.0 and, when set, skips biases and LayerNorm weights, as most recipes do. Because the effective shrinkage is η·λ, changing the learning rate also changes how strong the decay is.",
      ko: '일반 SGD에서는 가중치 감쇠와 손실에 붙인 L2 페널티가 같은 것이다. Adam에서는 다르다. L2 항은 적응형 분모 √v로 나뉘기 때문에 기울기가 큰 가중치는 거의 규제되지 않는다. Loshchilov와 Hutter가 내놓은 해법인 AdamW는 적응형 갱신 바깥에서 가중치에서 ηλθ를 직접 뺀다. `torch.optim.AdamW`와 Trainer가 쓰는 것이 이 분리된 형태다. LLM 사전 학습은 보통 λ = 0.1을 쓴다(GPT-3, Llama 2). Trainer의 `weight_decay` 기본값은 0.0이고, 값을 주면 대부분의 레시피처럼 편향과 LayerNorm 가중치는 건너뛴다. 실제로 줄어드는 양은 η·λ이므로 학습률을 바꾸면 감쇠 세기도 함께 바뀐다.',
    },
    keyNumbers: [
      { label: { en: 'Weight decay used for GPT-3', ko: 'GPT-3가 쓴 가중치 감쇠' }, value: 0.1, unit: 'none', source: 'brown2020' },
      { label: { en: 'Weight decay used for Llama 2', ko: 'Llama 2가 쓴 가중치 감쇠' }, value: 0.1, unit: 'none', source: 'touvron2023b' },
    ],
    related: ['adamw', 'learning-rate', 'lion-optimizer', 'training-arguments'],
    sources: ['loshchilov2019', 'huggingface2026trainer', 'brown2020', 'touvron2023b'],
  },
  {
    id: 'gradient-accumulation',
    kind: 'training',
    name: 'Gradient accumulation',
    nameKo: '그래디언트 누적',
    aliases: ['gradient accumulation', 'gradient accumulation steps', 'accumulated gradients', '그래디언트 누적', '기울기 누적', '그래디언트 어큐뮬레이션'],
    code: ['gradient_accumulation_steps', 'accumulate_grad_batches', 'GradientAccumulationPlugin'],
    summary: {
      en: 'Summing the gradients of several micro-batches before one optimizer step, to train with a batch larger than fits in GPU memory.',
      ko: '마이크로배치 여러 개의 기울기를 더한 뒤 옵티마이저를 한 번만 스텝해, GPU 메모리에 들어가는 것보다 큰 배치로 학습하는 기법.',
    },
    explanation: {
      en: "With `gradient_accumulation_steps=k`, the Trainer runs k forward and backward passes, adding their gradients, and only then clips, steps the optimizer and advances the scheduler. The effective batch is per-device batch × number of devices × k, so a 4 × 8 × 4 setup trains like a batch of 128 while only 4 sequences sit in memory. Memory for activations follows the micro-batch, but the time per optimizer step grows by k, and under data parallelism gradient synchronisation should run only on the last micro-batch (Accelerate's `accumulate()` and DDP's `no_sync()` do this). Averaging per micro-batch is wrong when micro-batches hold different numbers of label tokens; recent Trainer versions normalise by the label tokens of the whole accumulated batch (and, with `average_tokens_across_devices`, across devices) so the loss equals that of one large batch. `logging_steps`, `eval_steps` and the schedule count optimizer steps, not micro-batches.",
      ko: '`gradient_accumulation_steps=k`이면 Trainer는 순전파와 역전파를 k번 돌려 기울기를 더한 뒤에야 클리핑하고, 옵티마이저를 스텝하고, 스케줄러를 진행한다. 유효 배치는 장치당 배치 × 장치 수 × k이므로, 4 × 8 × 4 구성은 메모리에 시퀀스 4개만 올리고도 배치 128처럼 학습한다. 활성값 메모리는 마이크로배치를 따르지만 옵티마이저 스텝 하나에 드는 시간은 k배가 되고, 데이터 병렬에서는 기울기 동기화를 마지막 마이크로배치에서만 해야 한다(Accelerate의 `accumulate()`와 DDP의 `no_sync()`가 이를 처리한다). 마이크로배치마다 레이블 토큰 수가 다르면 마이크로배치별 평균은 틀린 값이 된다. 최근 Trainer는 누적된 배치 전체의 레이블 토큰 수로 나누어(그리고 `average_tokens_across_devices`로 장치 전체에 걸쳐) 손실이 큰 배치 하나와 같아지게 한다. `logging_steps`, `eval_steps`와 스케줄은 마이크로배치가 아니라 옵티마이저 스텝을 센다.',
    },
    keyNumbers: [{ label: { en: 'Default gradient_accumulation_steps', ko: 'gradient_accumulation_steps 기본값' }, value: 1, unit: 'count', source: 'huggingface2026trainer' }],
    related: ['batch-size', 'data-parallelism', 'gradient-checkpointing', 'gradient-clipping', 'hf-accelerate'],
    sources: ['huggingface2026trainer'],
  },
  {
    id: 'batch-size',
    kind: 'training',
    name: 'Batch size (per device, effective, global)',
    nameKo: '배치 크기(장치당, 유효, 전역)',
    aliases: ['global batch size', 'effective batch size', 'per-device batch size', 'micro-batch size', 'micro batch size', 'tokens per batch', '유효 배치 크기', '전역 배치 크기', '장치당 배치 크기', '마이크로배치 크기'],
    code: ['per_device_train_batch_size', 'per_device_eval_batch_size', 'train_micro_batch_size_per_gpu', 'train_batch_size', 'auto_find_batch_size', 'micro_batch_size', 'global_batch_size'],
    summary: {
      en: 'How many sequences (or tokens) contribute to one optimizer step: the per-device micro-batch times devices times accumulation steps.',
      ko: '옵티마이저 한 스텝에 기여하는 시퀀스(또는 토큰) 수. 장치당 마이크로배치 × 장치 수 × 누적 스텝으로 정해진다.',
    },
    explanation: {
      en: "`per_device_train_batch_size` (default 8) is what one GPU holds at once and drives activation memory; the batch the optimizer sees is that times the number of data-parallel devices times `gradient_accumulation_steps`. LLM papers state the global batch in tokens: GPT-3 175B used 3.2M tokens per step, Llama 2 4M. Larger batches average out gradient noise and allow a higher learning rate, up to a critical size beyond which more samples per step stop helping; changing the batch without retuning the learning rate and schedule changes the result. With padding, the token count per batch varies with sequence lengths, which is one reason to pack sequences. `auto_find_batch_size=True` halves the batch after an out-of-memory error until it fits; DeepSpeed's config calls the micro-batch `train_micro_batch_size_per_gpu`.",
      ko: '`per_device_train_batch_size`(기본값 8)는 GPU 하나가 한 번에 올리는 양으로, 활성값 메모리를 좌우한다. 옵티마이저가 보는 배치는 여기에 데이터 병렬 장치 수와 `gradient_accumulation_steps`를 곱한 것이다. LLM 논문은 전역 배치를 토큰으로 적는다. GPT-3 175B는 스텝당 3.2M 토큰, Llama 2는 4M 토큰을 썼다. 배치가 크면 기울기 잡음이 평균되어 더 높은 학습률을 쓸 수 있지만, 임계 크기를 넘으면 스텝당 샘플을 늘려도 더 나아지지 않는다. 학습률과 스케줄을 다시 맞추지 않고 배치만 바꾸면 결과가 달라진다. 패딩을 쓰면 배치당 토큰 수가 시퀀스 길이에 따라 달라지는데, 시퀀스를 패킹하는 이유 중 하나다. `auto_find_batch_size=True`는 메모리 부족 오류가 나면 들어갈 때까지 배치를 절반으로 줄이고, DeepSpeed 설정에서는 마이크로배치를 `train_micro_batch_size_per_gpu`라 부른다.',
    },
    keyNumbers: [
      { label: { en: 'Default per_device_train_batch_size', ko: 'per_device_train_batch_size 기본값' }, value: 8, unit: 'count', source: 'huggingface2026trainer' },
      { label: { en: 'GPT-3 175B batch size, in tokens', ko: 'GPT-3 175B의 배치 크기(토큰)' }, value: 3.2e6, unit: 'tokens', source: 'brown2020' },
      { label: { en: 'Llama 2 global batch size, in tokens', ko: 'Llama 2의 전역 배치 크기(토큰)' }, value: 4e6, unit: 'tokens', source: 'touvron2023b' },
    ],
    related: ['gradient-accumulation', 'learning-rate', 'data-parallelism', 'sequence-packing', 'activation-memory'],
    sources: ['huggingface2026trainer', 'brown2020', 'touvron2023b'],
  },
  {
    id: 'gradient-clipping',
    kind: 'training',
    name: 'Gradient clipping (max_grad_norm)',
    nameKo: '그래디언트 클리핑(max_grad_norm)',
    aliases: ['gradient clipping', 'gradient norm clipping', 'clipping the gradient norm', 'global norm clipping', '그래디언트 클리핑', '기울기 클리핑', '기울기 노름 클리핑'],
    code: ['max_grad_norm', 'clip_grad_norm_', 'clip_grad_value_', 'clip_grad_norm', 'gradient_clipping'],
    summary: {
      en: 'Rescaling the whole gradient when its global L2 norm exceeds a threshold, so that one bad batch cannot throw the weights far away.',
      ko: '기울기 전체의 L2 노름이 임계값을 넘으면 기울기를 비율대로 줄여, 나쁜 배치 하나가 가중치를 멀리 날려 보내지 못하게 하는 기법.',
    },
    explanation: {
      en: "If ‖g‖ > c, the gradient is multiplied by c / ‖g‖: its direction is kept, only its length is capped. Pascanu et al. proposed it against exploding gradients in recurrent networks; in Transformers it mainly tames loss spikes. GPT-3 clipped the global norm at 1.0 and the Trainer's `max_grad_norm` defaults to 1.0 (0 disables it); DeepSpeed's JSON key is `gradient_clipping`. The norm is computed over all parameters after gradient accumulation and, in mixed precision, after unscaling, which is why custom loops must call `scaler.unscale_(optimizer)` before `torch.nn.utils.clip_grad_norm_`. The logged `grad_norm` is the norm before clipping, a useful health signal: steady values near or above the threshold mean most steps are being clipped.",
      ko: '‖g‖ > c이면 기울기에 c / ‖g‖를 곱한다. 방향은 그대로 두고 길이만 제한하는 것이다. Pascanu 외가 순환 신경망의 기울기 폭주를 막으려고 제안했고, 트랜스포머에서는 주로 손실 스파이크를 누그러뜨린다. GPT-3는 전역 노름을 1.0으로 잘랐고, Trainer의 `max_grad_norm` 기본값도 1.0이다(0이면 끈다). DeepSpeed JSON의 키는 `gradient_clipping`이다. 노름은 그래디언트 누적이 끝난 뒤, 혼합 정밀도라면 스케일을 되돌린 뒤 모든 파라미터에 걸쳐 계산한다. 그래서 직접 짠 루프에서는 `torch.nn.utils.clip_grad_norm_` 전에 `scaler.unscale_(optimizer)`를 호출해야 한다. 로그의 `grad_norm`은 클리핑 전 노름으로 좋은 건강 지표다. 값이 계속 임계값 근처나 그 이상이면 대부분의 스텝이 잘리고 있다는 뜻이다.',
    },
    keyNumbers: [
      { label: { en: 'Default max_grad_norm of TrainingArguments', ko: 'TrainingArguments의 max_grad_norm 기본값' }, value: 1.0, unit: 'none', source: 'huggingface2026trainer' },
      { label: { en: 'Global gradient-norm clip used for GPT-3', ko: 'GPT-3가 쓴 전역 기울기 노름 상한' }, value: 1.0, unit: 'none', source: 'brown2020' },
    ],
    related: ['loss-scaling', 'mixed-precision-training', 'gradient-accumulation', 'adamw'],
    sources: ['pascanu2013', 'huggingface2026trainer', 'brown2020'],
  },
  {
    id: 'random-seed',
    kind: 'training',
    name: 'Random seed and reproducibility',
    nameKo: '랜덤 시드와 재현성',
    aliases: ['training seed', 'reproducible training', '랜덤 시드', '난수 시드', '시드 고정'],
    code: ['set_seed', 'enable_full_determinism', 'full_determinism', 'data_seed', 'seed_everything'],
    contextual: [trainingArgument('seed')],
    summary: {
      en: 'The number that fixes weight initialisation, data shuffling and dropout, so that a run can be repeated; by itself it does not make GPU training bit-exact.',
      ko: '가중치 초기화, 데이터 셔플, 드롭아웃을 고정해 같은 학습을 다시 돌릴 수 있게 하는 수. 이것만으로 GPU 학습이 비트 단위까지 같아지지는 않는다.',
    },
    explanation: {
      en: "`TrainingArguments(seed=42)` is the default; the Trainer calls `set_seed` before building the model, so a randomly initialised head is the same across runs, and `data_seed` can fix the sampler separately. Seeds control Python, NumPy and PyTorch generators, but many CUDA kernels (atomic adds in scatter or some attention backward passes) are non-deterministic, and the number of GPUs, the batch size and library versions change the order of floating-point sums; `full_determinism=True` (`enable_full_determinism`) switches PyTorch to deterministic algorithms at a speed cost. Fine-tuning results on small datasets can vary by several points between seeds, so comparing two configurations on a single seed often measures noise. Report the mean over a few seeds when the difference matters.",
      ko: '`TrainingArguments(seed=42)`가 기본값이다. Trainer는 모델을 만들기 전에 `set_seed`를 호출하므로 무작위로 초기화되는 헤드도 실행마다 같고, 샘플러는 `data_seed`로 따로 고정할 수 있다. 시드는 Python, NumPy, PyTorch의 난수 생성기를 제어하지만, 많은 CUDA 커널(scatter의 원자적 덧셈이나 일부 어텐션 역전파)은 비결정적이고, GPU 수, 배치 크기, 라이브러리 버전이 부동소수점 합의 순서를 바꾼다. `full_determinism=True`(`enable_full_determinism`)는 속도를 희생하고 PyTorch를 결정적 알고리즘으로 바꾼다. 작은 데이터셋의 미세 조정 결과는 시드에 따라 몇 포인트씩 달라질 수 있어, 시드 하나로 두 설정을 비교하면 잡음을 재는 경우가 많다. 차이가 중요하다면 시드 몇 개의 평균을 보고하자.',
    },
    keyNumbers: [{ label: { en: 'Default seed of TrainingArguments', ko: 'TrainingArguments의 seed 기본값' }, value: 42, unit: 'none', source: 'huggingface2026trainer' }],
    related: ['training-arguments', 'dropout', 'hf-trainer'],
    sources: ['huggingface2026trainer'],
  },
];
