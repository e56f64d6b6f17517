import type { Entry } from '../schema';
import { BEYOND_DECODER_ENTRIES } from './modernModels/beyondDecoders';
import { DEEPSEEK_ENTRIES } from './modernModels/deepseek';
import { GOOGLE_MODERN_ENTRIES } from './modernModels/google';
import { INDUSTRY_ENTRIES } from './modernModels/industry';
import { META_MODERN_ENTRIES } from './modernModels/meta';
import { MICROSOFT_ENTRIES } from './modernModels/microsoft';
import { MISTRAL_ENTRIES } from './modernModels/mistral';
import { OPEN_RESEARCH_ENTRIES } from './modernModels/openResearch';
import { QWEN_ENTRIES } from './modernModels/qwen';

/** The models engineers open today (2023–2025 releases), at variant level with their Hub ids. */
export const ENTRIES: Entry[] = [
  ...META_MODERN_ENTRIES,
  ...QWEN_ENTRIES,
  ...DEEPSEEK_ENTRIES,
  ...GOOGLE_MODERN_ENTRIES,
  ...MICROSOFT_ENTRIES,
  ...MISTRAL_ENTRIES,
  ...OPEN_RESEARCH_ENTRIES,
  ...INDUSTRY_ENTRIES,
  ...BEYOND_DECODER_ENTRIES,
];
