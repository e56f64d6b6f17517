import type { Entry } from '../schema';
import { ATTENTION } from './architecture/attention';
import { BLOCKS } from './architecture/blocks';
import { DESIGNS } from './architecture/designs';
import { DIMENSIONS } from './architecture/dimensions';
import { INFERENCE } from './architecture/inference';
import { MIXTURE_OF_EXPERTS } from './architecture/mixtureOfExperts';
import { POSITIONS } from './architecture/positions';
import { SPECIAL_TOKENS } from './architecture/specialTokens';
import { TOKENIZERS } from './architecture/tokenizers';

/** Architecture building blocks and tokenization, in the order the sidebar lists them. */
export const ENTRIES: Entry[] = [
  ...DESIGNS,
  ...ATTENTION,
  ...POSITIONS,
  ...BLOCKS,
  ...MIXTURE_OF_EXPERTS,
  ...INFERENCE,
  ...DIMENSIONS,
  ...TOKENIZERS,
  ...SPECIAL_TOKENS,
];
