import type { Entry } from '../schema';
import { ALIGNMENT_ENTRIES } from './trainingAndQuantization/alignment';
import { DISTRIBUTED_ENTRIES } from './trainingAndQuantization/distributed';
import { GGUF_ENTRIES } from './trainingAndQuantization/gguf';
import { LOSSES_AND_DATA_ENTRIES } from './trainingAndQuantization/lossesAndData';
import { OPTIMIZER_ENTRIES } from './trainingAndQuantization/optimizers';
import { PEFT_METHOD_ENTRIES } from './trainingAndQuantization/peftMethods';
import { PRECISION_AND_MEMORY_ENTRIES } from './trainingAndQuantization/precisionAndMemory';
import { QUANTIZATION_METHOD_ENTRIES } from './trainingAndQuantization/quantizationMethods';
import { TOKENIZER_USAGE_ENTRIES } from './trainingAndQuantization/tokenizerUsage';
import { TRAINER_LOOP_ENTRIES } from './trainingAndQuantization/trainerLoop';
import { TRAINING_ARGUMENT_ENTRIES } from './trainingAndQuantization/trainingArguments';

/**
 * The vocabulary of modern training code: TrainingArguments and the Trainer, optimisers, precision and
 * memory, losses and data collators, fine-tuning and alignment, PEFT methods, quantization formats,
 * distributed training and tokenizer settings, in the order the sidebar lists them.
 */
export const ENTRIES: Entry[] = [
  ...TRAINING_ARGUMENT_ENTRIES,
  ...OPTIMIZER_ENTRIES,
  ...PRECISION_AND_MEMORY_ENTRIES,
  ...TRAINER_LOOP_ENTRIES,
  ...LOSSES_AND_DATA_ENTRIES,
  ...ALIGNMENT_ENTRIES,
  ...PEFT_METHOD_ENTRIES,
  ...QUANTIZATION_METHOD_ENTRIES,
  ...GGUF_ENTRIES,
  ...DISTRIBUTED_ENTRIES,
  ...TOKENIZER_USAGE_ENTRIES,
];
