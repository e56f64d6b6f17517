import type { Entry } from '../schema';
import { COMPACT_ENTRIES } from './decoderModels/compact';
import { GOOGLE_ENTRIES } from './decoderModels/google';
import { GPT_ENTRIES } from './decoderModels/gpt';
import { META_ENTRIES } from './decoderModels/meta';
import { OPEN_WEIGHT_ENTRIES } from './decoderModels/openWeights';
import { SCALE_RACE_ENTRIES } from './decoderModels/scaleRace';

/** Decoder-only language models and their large-model contemporaries (Meena, Switch Transformer). */
export const ENTRIES: Entry[] = [
  ...GPT_ENTRIES,
  ...GOOGLE_ENTRIES,
  ...SCALE_RACE_ENTRIES,
  ...META_ENTRIES,
  ...COMPACT_ENTRIES,
  ...OPEN_WEIGHT_ENTRIES,
];
