import type { Entry } from '../schema';
import { DENOISING_ENTRIES } from './objectives/denoising';
import { LANGUAGE_MODELING_ENTRIES } from './objectives/languageModeling';
import { PARADIGM_ENTRIES } from './objectives/paradigms';
import { SCALE_DOWN_ENTRIES } from './objectives/scaleDown';
import { SCALE_UP_ENTRIES } from './objectives/scaleUp';

/** Pre-training objectives and training paradigms, scale-down techniques, and scale-up concepts. */
export const ENTRIES: Entry[] = [
  ...PARADIGM_ENTRIES,
  ...LANGUAGE_MODELING_ENTRIES,
  ...DENOISING_ENTRIES,
  ...SCALE_DOWN_ENTRIES,
  ...SCALE_UP_ENTRIES,
];
