import type { Entry } from '../schema';
import { BERT_FAMILY } from './encoderModels/bertFamily';
import { COMPACT_ENCODERS } from './encoderModels/compactEncoders';
import { FOUNDATION_MODELS } from './encoderModels/foundations';
import { MULTILINGUAL_MODELS } from './encoderModels/multilingual';
import { SEQ2SEQ_MODELS } from './encoderModels/seq2seq';

/** Models helper A's area: the Transformer, ELMo, the BERT family, and pre-trained encoder–decoders. */
export const ENTRIES: Entry[] = [
  ...FOUNDATION_MODELS,
  ...BERT_FAMILY,
  ...COMPACT_ENCODERS,
  ...MULTILINGUAL_MODELS,
  ...SEQ2SEQ_MODELS,
];
