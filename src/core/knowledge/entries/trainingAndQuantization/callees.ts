/**
 * Callees whose keyword arguments carry the training settings of Transformers' `TrainingArguments`:
 * the Trainer's own argument classes and TRL's configs, which subclass it. A contextual spelling such as
 * `bf16=` or `seed=` names a training setting only inside one of these calls.
 */
export const TRAINING_ARGUMENT_CALLEES: readonly string[] = [
  'TrainingArguments',
  'Seq2SeqTrainingArguments',
  'SFTConfig',
  'DPOConfig',
  'ORPOConfig',
  'KTOConfig',
  'CPOConfig',
  'GRPOConfig',
  'RLOOConfig',
  'RewardConfig',
];

/** Tokenizer calls that take `padding=` and `truncation=`: `tokenizer(...)` and its encode methods. */
export const TOKENIZER_CALLEES: readonly string[] = [
  'tokenizer',
  'encode',
  'encode_plus',
  'batch_encode_plus',
  'pad',
  'apply_chat_template',
];

/** Quantization configs of Transformers and the quantization libraries that take `group_size=` / `bits=`. */
export const QUANTIZATION_CONFIG_CALLEES: readonly string[] = [
  'GPTQConfig',
  'AwqConfig',
  'BaseQuantizeConfig',
  'QuantizeConfig',
  'HqqConfig',
];
