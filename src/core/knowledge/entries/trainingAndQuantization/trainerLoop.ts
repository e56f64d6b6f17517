import type { Entry } from '../../schema';

/** Hugging Face's training loop: TrainingArguments, Trainer and Seq2SeqTrainer, evaluation, early stopping, checkpoints. */
export const TRAINER_LOOP_ENTRIES: Entry[] = [
  {
    id: 'training-arguments',
    kind: 'training',
    name: 'TrainingArguments',
    nameKo: 'TrainingArguments',
    aliases: ['training arguments', 'TrainingArguments class', '학습 인자', '트레이닝 인자'],
    code: ['TrainingArguments', 'num_train_epochs', 'max_steps', 'HfArgumentParser'],
    summary: {
      en: "The dataclass that holds every setting of a Hugging Face Trainer run: output directory, epochs or steps, batch size, learning rate and schedule, precision, logging, evaluation and saving.",
      ko: 'Hugging Face Trainer 실행의 모든 설정을 담는 데이터클래스. 출력 디렉터리, 에포크나 스텝 수, 배치 크기, 학습률과 스케줄, 정밀도, 로깅, 평가, 저장을 정한다.',
    },
    explanation: {
      en: "Most of what a fine-tuning script tunes is a field of `TrainingArguments`: `num_train_epochs` (default 3.0) or `max_steps` (default −1; a positive value overrides the epochs and is required for streaming datasets), `per_device_train_batch_size`, `gradient_accumulation_steps`, `learning_rate`, `lr_scheduler_type`, `warmup_steps`, `weight_decay`, `max_grad_norm`, `bf16`, `gradient_checkpointing`, `optim`, `eval_strategy`, `save_strategy` and `seed`. TRL's `SFTConfig`, `DPOConfig` and `GRPOConfig` subclass it, so the same names work there with some defaults changed. `HfArgumentParser(TrainingArguments)` turns every field into a command-line flag, which is why example scripts accept `--learning_rate 2e-5`. Defaults move between releases (the optimiser default became `adamw_torch_fused` on recent PyTorch, and Transformers 5 folded `warmup_ratio` into `warmup_steps`), so pin the version or set what matters explicitly.",
      ko: '미세 조정 스크립트에서 조정하는 것 대부분이 `TrainingArguments`의 필드다. `num_train_epochs`(기본 3.0)나 `max_steps`(기본 −1, 양수를 주면 에포크 수보다 우선하고 스트리밍 데이터셋에서는 필수), `per_device_train_batch_size`, `gradient_accumulation_steps`, `learning_rate`, `lr_scheduler_type`, `warmup_steps`, `weight_decay`, `max_grad_norm`, `bf16`, `gradient_checkpointing`, `optim`, `eval_strategy`, `save_strategy`, `seed` 등이다. TRL의 `SFTConfig`, `DPOConfig`, `GRPOConfig`는 이를 상속하므로 같은 이름이 그대로 통하고, 일부 기본값만 다르다. `HfArgumentParser(TrainingArguments)`는 모든 필드를 명령줄 플래그로 바꿔 주며, 예제 스크립트가 `--learning_rate 2e-5`를 받는 이유다. 기본값은 릴리스마다 바뀐다(최신 PyTorch에서는 옵티마이저 기본값이 `adamw_torch_fused`가 되었고, Transformers 5는 `warmup_ratio`를 `warmup_steps`에 합쳤다). 버전을 고정하거나 중요한 값은 직접 지정하자.',
    },
    keyNumbers: [{ label: { en: 'Default num_train_epochs', ko: 'num_train_epochs 기본값' }, value: 3, unit: 'count', source: 'huggingface2026trainer' }],
    related: ['hf-trainer', 'learning-rate', 'batch-size', 'lr-scheduler', 'mixed-precision-training', 'optimizer-states', 'evaluation-strategy', 'training-checkpoints'],
    sources: ['huggingface2026trainer'],
  },
  {
    id: 'hf-trainer',
    kind: 'training',
    name: 'Hugging Face Trainer',
    nameKo: 'Hugging Face Trainer',
    aliases: ['Hugging Face Trainer', 'HF Trainer', 'Trainer API', 'transformers Trainer', '허깅페이스 트레이너', '트레이너 API'],
    code: ['TrainerCallback', 'TrainerState', 'TrainerControl', 'compute_metrics', 'preprocess_logits_for_metrics', 'compute_loss'],
    summary: {
      en: "Transformers' ready-made training loop: give it a model, TrainingArguments, datasets and a collator, and it handles batching, mixed precision, distribution, logging, evaluation and checkpoints.",
      ko: 'Transformers가 제공하는 완성된 학습 루프. 모델, TrainingArguments, 데이터셋, 콜레이터를 넘기면 배치 구성, 혼합 정밀도, 분산, 로깅, 평가, 체크포인트를 알아서 처리한다.',
    },
    explanation: {
      en: "`Trainer(model, args, train_dataset, eval_dataset, data_collator, processing_class, compute_metrics)` then `trainer.train()` runs the loop: it builds the optimizer and scheduler from `args`, wraps the model for DDP, FSDP or DeepSpeed through Accelerate, accumulates gradients, clips them and saves checkpoints. The loss comes from the model's own output when `labels` are in the batch, so the collator decides what is learned; override `compute_loss` for a custom objective. `compute_metrics` receives logits and labels at evaluation, and `preprocess_logits_for_metrics` can reduce logits (for example to argmax) before they are gathered, which avoids running out of memory with large vocabularies. Callbacks (`TrainerCallback`, `EarlyStoppingCallback`) hook into the loop through `TrainerState` and `TrainerControl`. TRL's trainers (SFT, DPO, GRPO, reward) are subclasses, and `Seq2SeqTrainer` adds generation for encoder–decoder evaluation.",
      ko: '`Trainer(model, args, train_dataset, eval_dataset, data_collator, processing_class, compute_metrics)`를 만들고 `trainer.train()`을 호출하면 루프가 돈다. `args`로 옵티마이저와 스케줄러를 만들고, Accelerate를 통해 모델을 DDP, FSDP, DeepSpeed로 감싸며, 기울기를 누적하고 클리핑하고 체크포인트를 저장한다. 배치에 `labels`가 있으면 손실은 모델 자신의 출력에서 나오므로, 무엇을 배울지는 콜레이터가 정한다. 다른 목적 함수가 필요하면 `compute_loss`를 재정의한다. `compute_metrics`는 평가 때 로짓과 레이블을 받고, `preprocess_logits_for_metrics`는 로짓을 모으기 전에 (예컨대 argmax로) 줄여 어휘가 큰 모델에서 메모리 부족을 막는다. 콜백(`TrainerCallback`, `EarlyStoppingCallback`)은 `TrainerState`와 `TrainerControl`로 루프에 끼어든다. TRL의 트레이너(SFT, DPO, GRPO, 보상 모델)는 모두 이를 상속하며, `Seq2SeqTrainer`는 인코더-디코더 평가를 위한 생성 기능을 더한다.',
    },
    keyNumbers: [],
    related: ['training-arguments', 'seq2seq-trainer', 'supervised-fine-tuning', 'hf-accelerate', 'early-stopping', 'ignore-index', 'trl-library'],
    sources: ['huggingface2026trainer', 'wolf2020'],
  },
  {
    id: 'seq2seq-trainer',
    kind: 'training',
    name: 'Seq2SeqTrainer',
    nameKo: 'Seq2SeqTrainer',
    aliases: ['Seq2Seq trainer', 'sequence-to-sequence trainer', '시퀀스-투-시퀀스 트레이너'],
    code: ['Seq2SeqTrainer', 'Seq2SeqTrainingArguments', 'predict_with_generate', 'generation_max_length', 'generation_num_beams'],
    summary: {
      en: 'The Trainer subclass for encoder–decoder models (T5, BART, Marian) that can evaluate by generating text, so that metrics like BLEU or ROUGE are computed on real outputs.',
      ko: 'T5, BART, Marian 같은 인코더-디코더 모델용 Trainer 하위 클래스. 텍스트를 실제로 생성해 평가할 수 있어 BLEU나 ROUGE 같은 지표를 진짜 출력으로 계산한다.',
    },
    explanation: {
      en: "Training is the same as with `Trainer`: the decoder is fed the shifted labels (teacher forcing) and the loss is cross-entropy. The difference is evaluation: with `Seq2SeqTrainingArguments(predict_with_generate=True)`, `evaluate()` and `predict()` call `model.generate()` and hand the generated ids to `compute_metrics`, using `generation_max_length` and `generation_num_beams` (or the model's generation config). Without it, predictions are the argmax of teacher-forced logits, which overstates quality because each position saw the gold prefix. Generated sequences have different lengths, so metrics code must decode with `skip_special_tokens=True` and replace the label padding −100 by the pad id before decoding. Pair it with `DataCollatorForSeq2Seq`, which pads labels with −100 and can build `decoder_input_ids`.",
      ko: '학습은 `Trainer`와 같다. 디코더에는 한 칸 민 레이블을 넣고(교사 강요), 손실은 교차 엔트로피다. 차이는 평가다. `Seq2SeqTrainingArguments(predict_with_generate=True)`로 두면 `evaluate()`와 `predict()`가 `model.generate()`를 호출해, `generation_max_length`와 `generation_num_beams`(또는 모델의 생성 설정)로 만든 id를 `compute_metrics`에 넘긴다. 이 옵션이 없으면 예측은 교사 강요로 얻은 로짓의 argmax가 되는데, 위치마다 정답 접두사를 보았으므로 품질을 과대평가한다. 생성된 시퀀스는 길이가 제각각이라, 지표 코드에서는 `skip_special_tokens=True`로 디코딩하고 디코딩 전에 레이블 패딩 −100을 패딩 id로 바꿔야 한다. 레이블을 −100으로 패딩하고 `decoder_input_ids`도 만들어 주는 `DataCollatorForSeq2Seq`와 함께 쓴다.',
    },
    keyNumbers: [],
    related: ['hf-trainer', 'data-collator-for-seq2seq', 'teacher-forcing', 'sequence-to-sequence', 't5', 'bart'],
    sources: ['huggingface2026trainer'],
  },
  {
    id: 'early-stopping',
    kind: 'training',
    name: 'Early stopping',
    nameKo: '조기 종료',
    aliases: ['early stopping', 'early-stopping', 'stopping early on validation loss', '조기 종료', '얼리 스토핑', '학습 조기 종료'],
    code: ['EarlyStoppingCallback', 'early_stopping_patience', 'early_stopping_threshold', 'load_best_model_at_end', 'metric_for_best_model', 'greater_is_better'],
    summary: {
      en: 'Stopping training once a validation metric has not improved for a number of evaluations, and keeping the best checkpoint instead of the last.',
      ko: '검증 지표가 정해진 횟수의 평가 동안 나아지지 않으면 학습을 멈추고, 마지막이 아니라 가장 좋았던 체크포인트를 남기는 기법.',
    },
    explanation: {
      en: "Training loss keeps falling while the model starts to memorise; the validation loss turns up, and early stopping ends the run at that turn. In Transformers, `EarlyStoppingCallback(early_stopping_patience=1, early_stopping_threshold=0.0)` counts evaluations without an improvement larger than the threshold and stops after `patience` of them. It needs `metric_for_best_model` (for example `\"eval_loss\"`, with `greater_is_better=False`) and an `eval_strategy` other than `\"no\"`, and with `load_best_model_at_end=True` the best checkpoint is reloaded at the end, which requires saving on the same schedule as evaluating. Patience is counted in evaluations, not steps, so with rare evaluations a patience of 3 can mean thousands of steps. For LLM fine-tuning, validation loss and downstream quality often disagree, so stopping on a task metric is safer than on loss alone. (The `early_stopping` argument of `generate()` is unrelated: it controls beam search.)",
      ko: '모델이 암기를 시작해도 학습 손실은 계속 떨어진다. 검증 손실이 다시 오르기 시작하는 지점에서 학습을 끝내는 것이 조기 종료다. Transformers에서는 `EarlyStoppingCallback(early_stopping_patience=1, early_stopping_threshold=0.0)`이 임계값보다 크게 나아지지 않은 평가 횟수를 세다가 `patience`번이 되면 멈춘다. `metric_for_best_model`(예: `"eval_loss"`와 `greater_is_better=False`)과 `"no"`가 아닌 `eval_strategy`가 필요하고, `load_best_model_at_end=True`면 마지막에 가장 좋은 체크포인트를 다시 불러오므로 평가와 같은 주기로 저장해야 한다. patience는 스텝이 아니라 평가 횟수로 세므로, 평가가 드물면 patience 3이 수천 스텝이 될 수 있다. LLM 미세 조정에서는 검증 손실과 실제 품질이 자주 어긋나므로, 손실보다 과제 지표로 멈추는 편이 안전하다. (`generate()`의 `early_stopping` 인자는 빔 서치를 제어하는 것으로 이와 무관하다.)',
    },
    keyNumbers: [{ label: { en: 'Default early_stopping_patience', ko: 'early_stopping_patience 기본값' }, value: 1, unit: 'count', source: 'huggingface2026trainer' }],
    related: ['evaluation-strategy', 'training-checkpoints', 'hf-trainer', 'catastrophic-forgetting'],
    sources: ['huggingface2026trainer'],
  },
  {
    id: 'evaluation-strategy',
    kind: 'training',
    name: 'Evaluation strategy (eval_strategy)',
    nameKo: '평가 전략(eval_strategy)',
    aliases: ['evaluation strategy', 'eval strategy', 'evaluation loop', '평가 전략', '검증 주기'],
    code: ['eval_strategy', 'evaluation_strategy', 'eval_steps', 'eval_accumulation_steps', 'eval_on_start', 'eval_delay'],
    summary: {
      en: "When the Trainer runs the validation set: never (`\"no\"`, the default), every `eval_steps` optimizer steps, or at the end of each epoch.",
      ko: 'Trainer가 검증 세트를 언제 돌릴지 정하는 설정. 돌리지 않거나(`"no"`, 기본값), `eval_steps` 옵티마이저 스텝마다, 또는 에포크가 끝날 때마다 돌린다.',
    },
    explanation: {
      en: "`eval_strategy=\"steps\"` evaluates every `eval_steps` optimizer steps (defaulting to `logging_steps`, 500), and a value below 1 is read as a fraction of the total steps; `\"epoch\"` evaluates once per epoch. The argument was called `evaluation_strategy` until it was renamed, so both spellings appear in scripts. Evaluation gathers all predictions before `compute_metrics`, and for generative models the logits of a large vocabulary fill GPU memory quickly: `eval_accumulation_steps` moves them to the CPU every few batches, and `preprocess_logits_for_metrics` can shrink them first. `load_best_model_at_end` and `EarlyStoppingCallback` require evaluation, and `save_strategy` must then match `eval_strategy`. Evaluation time counts against the training budget, so very frequent evaluation on a large validation set can dominate short fine-tuning runs.",
      ko: '`eval_strategy="steps"`는 `eval_steps` 옵티마이저 스텝마다 평가하고(기본은 `logging_steps`의 500), 1보다 작은 값은 전체 스텝에 대한 비율로 읽는다. `"epoch"`는 에포크마다 한 번 평가한다. 이 인자는 이름이 바뀌기 전까지 `evaluation_strategy`였기 때문에 스크립트에는 두 이름이 모두 나온다. 평가는 `compute_metrics` 전에 모든 예측을 모으는데, 생성 모델은 어휘가 커서 로짓이 GPU 메모리를 금방 채운다. `eval_accumulation_steps`는 몇 배치마다 이를 CPU로 옮기고, `preprocess_logits_for_metrics`로 먼저 줄일 수도 있다. `load_best_model_at_end`와 `EarlyStoppingCallback`은 평가가 있어야 하며, 이때 `save_strategy`는 `eval_strategy`와 맞아야 한다. 평가 시간도 학습 예산에 포함되므로, 큰 검증 세트로 너무 자주 평가하면 짧은 미세 조정에서는 평가가 시간 대부분을 차지할 수 있다.',
    },
    keyNumbers: [{ label: { en: 'Default logging_steps, used for eval_steps when unset', ko: 'eval_steps를 비워 두면 쓰이는 logging_steps 기본값' }, value: 500, unit: 'count', source: 'huggingface2026trainer' }],
    related: ['early-stopping', 'training-checkpoints', 'training-arguments', 'perplexity'],
    sources: ['huggingface2026trainer'],
  },
  {
    id: 'training-checkpoints',
    kind: 'training',
    name: 'Training checkpoints (save and resume)',
    nameKo: '학습 체크포인트(저장과 재개)',
    aliases: ['training checkpoint', 'training checkpoints', 'resume training', 'resume from checkpoint', 'checkpoint saving', '학습 체크포인트', '체크포인트 저장', '학습 재개'],
    code: ['save_strategy', 'save_steps', 'save_total_limit', 'resume_from_checkpoint', 'save_only_model'],
    summary: {
      en: 'Snapshots the Trainer writes during training (weights, optimizer and scheduler state, RNG state, progress) so that a run can resume exactly where it stopped.',
      ko: 'Trainer가 학습 중에 남기는 스냅숏(가중치, 옵티마이저와 스케줄러 상태, 난수 상태, 진행 상황). 멈춘 곳에서 그대로 학습을 재개할 수 있게 한다.',
    },
    explanation: {
      en: "With the default `save_strategy=\"steps\"` and `save_steps=500`, the Trainer writes `output_dir/checkpoint-500/` and so on, each holding the model weights and, unless `save_only_model=True`, the optimizer state, scheduler, gradient scaler, RNG states and `trainer_state.json`. The optimizer state is the big part: with AdamW it is twice the size of fp32 weights, so a 7B checkpoint with optimizer state runs to roughly 80 GB or more, and `save_total_limit` deletes older ones. `trainer.train(resume_from_checkpoint=True)` resumes from the latest checkpoint and skips the data already seen; resuming with a different number of GPUs, batch size or schedule length breaks that bookkeeping. Checkpoints are not gradient checkpointing, which trades compute for activation memory and saves nothing to disk.",
      ko: '기본값인 `save_strategy="steps"`, `save_steps=500`이면 Trainer는 `output_dir/checkpoint-500/` 같은 폴더를 쓴다. 각 폴더에는 모델 가중치와, `save_only_model=True`가 아니면 옵티마이저 상태, 스케줄러, 그래디언트 스케일러, 난수 상태, `trainer_state.json`이 들어간다. 큰 부분은 옵티마이저 상태다. AdamW라면 fp32 가중치의 두 배이므로, 옵티마이저 상태를 포함한 7B 체크포인트는 대략 80GB 이상이 되고, `save_total_limit`로 오래된 것을 지운다. `trainer.train(resume_from_checkpoint=True)`는 가장 최근 체크포인트에서 재개하고 이미 본 데이터를 건너뛴다. GPU 수, 배치 크기, 스케줄 길이를 바꿔 재개하면 이 기록이 어긋난다. 체크포인트는 그래디언트 체크포인팅과 다르다. 그쪽은 연산으로 활성값 메모리를 아끼는 기법이고 디스크에는 아무것도 저장하지 않는다.',
    },
    keyNumbers: [{ label: { en: 'Default save_steps', ko: 'save_steps 기본값' }, value: 500, unit: 'count', source: 'huggingface2026trainer' }],
    related: ['optimizer-states', 'early-stopping', 'evaluation-strategy', 'gradient-checkpointing', 'hf-trainer'],
    sources: ['huggingface2026trainer'],
  },
];
