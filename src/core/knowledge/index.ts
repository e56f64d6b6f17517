import { KnowledgeBase } from './knowledgeBase';
import { ENTRIES as ARCHITECTURE } from './entries/architecture';
import { ENTRIES as DECODER_MODELS } from './entries/decoderModels';
import { ENTRIES as ENCODER_MODELS } from './entries/encoderModels';
import { ENTRIES as MODERN_MODELS } from './entries/modernModels';
import { ENTRIES as OBJECTIVES } from './entries/objectives';
import { mergeSources } from './sources/merge';
import { SOURCES as ARCHITECTURE_SOURCES } from './sources/architecture';
import { SOURCES as DECODER_MODEL_SOURCES } from './sources/decoderModels';
import { SOURCES as ENCODER_MODEL_SOURCES } from './sources/encoderModels';
import { SOURCES as MODERN_MODEL_SOURCES } from './sources/modernModels';
import { SOURCES as OBJECTIVE_SOURCES } from './sources/objectives';
import { SCALING_SOURCES } from '../scaling/sources';

export * from './schema';
export { KnowledgeBase } from './knowledgeBase';

/** The atlas shipped with the extension. */
export const atlas = new KnowledgeBase(
  [...ENCODER_MODELS, ...DECODER_MODELS, ...ARCHITECTURE, ...OBJECTIVES, ...MODERN_MODELS],
  mergeSources(ENCODER_MODEL_SOURCES, DECODER_MODEL_SOURCES, ARCHITECTURE_SOURCES, OBJECTIVE_SOURCES, SCALING_SOURCES, MODERN_MODEL_SOURCES),
);
