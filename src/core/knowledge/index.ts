import { KnowledgeBase } from './knowledgeBase';
import { ENTRIES as ARCHITECTURE } from './entries/architecture';
import { ENTRIES as CONFIG_AND_INFERENCE } from './entries/configAndInference';
import { ENTRIES as DECODER_MODELS } from './entries/decoderModels';
import { ENTRIES as ENCODER_MODELS } from './entries/encoderModels';
import { ENTRIES as OBJECTIVES } from './entries/objectives';
import { mergeSources } from './sources/merge';
import { SOURCES as ARCHITECTURE_SOURCES } from './sources/architecture';
import { SOURCES as CONFIG_AND_INFERENCE_SOURCES } from './sources/configAndInference';
import { SOURCES as DECODER_MODEL_SOURCES } from './sources/decoderModels';
import { SOURCES as ENCODER_MODEL_SOURCES } from './sources/encoderModels';
import { SOURCES as OBJECTIVE_SOURCES } from './sources/objectives';
import { SCALING_SOURCES } from '../scaling/sources';

export * from './schema';
export { KnowledgeBase } from './knowledgeBase';

/** The atlas shipped with the extension. */
export const atlas = new KnowledgeBase(
  [...ENCODER_MODELS, ...DECODER_MODELS, ...ARCHITECTURE, ...OBJECTIVES, ...CONFIG_AND_INFERENCE],
  mergeSources(ENCODER_MODEL_SOURCES, DECODER_MODEL_SOURCES, ARCHITECTURE_SOURCES, OBJECTIVE_SOURCES, SCALING_SOURCES, CONFIG_AND_INFERENCE_SOURCES),
);
