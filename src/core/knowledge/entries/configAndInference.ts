import type { Entry } from '../schema';
import { ATTENTION_KERNELS } from './configAndInference/attentionKernels';
import { CHAT_AND_CONTROL } from './configAndInference/chatAndControl';
import { CONFIG_KEYS } from './configAndInference/configKeys';
import { DECODING } from './configAndInference/decoding';
import { MODELLING_CODE } from './configAndInference/modellingCode';
import { MOE_AND_LATENT } from './configAndInference/moeAndLatent';
import { POSITIONS } from './configAndInference/positions';
import { SAMPLING } from './configAndInference/sampling';
import { SERVING } from './configAndInference/serving';

/** Config keys of current models, modelling-code vocabulary, attention kernels, serving and generation. */
export const ENTRIES: Entry[] = [
  ...POSITIONS,
  ...CONFIG_KEYS,
  ...MOE_AND_LATENT,
  ...MODELLING_CODE,
  ...ATTENTION_KERNELS,
  ...SERVING,
  ...DECODING,
  ...SAMPLING,
  ...CHAT_AND_CONTROL,
];
