import { KnowledgeBase } from './knowledgeBase';
import { ENTRIES as ARCHITECTURE } from './entries/architecture';
import { ENTRIES as CONFIG_AND_INFERENCE } from './entries/configAndInference';
import { ENTRIES as DECODER_MODELS } from './entries/decoderModels';
import { ENTRIES as ENCODER_MODELS } from './entries/encoderModels';
import { ENTRIES as MODERN_MODELS } from './entries/modernModels';
import { ENTRIES as OBJECTIVES } from './entries/objectives';
import { ENTRIES as TRAINING_AND_QUANTIZATION } from './entries/trainingAndQuantization';
import { mergeSources } from './sources/merge';
import { SOURCES as ARCHITECTURE_SOURCES } from './sources/architecture';
import { SOURCES as CONFIG_AND_INFERENCE_SOURCES } from './sources/configAndInference';
import { SOURCES as DECODER_MODEL_SOURCES } from './sources/decoderModels';
import { SOURCES as ENCODER_MODEL_SOURCES } from './sources/encoderModels';
import { SOURCES as MODERN_MODEL_SOURCES } from './sources/modernModels';
import { SOURCES as OBJECTIVE_SOURCES } from './sources/objectives';
import { SOURCES as TRAINING_AND_QUANTIZATION_SOURCES } from './sources/trainingAndQuantization';
import { SCALING_SOURCES } from '../scaling/sources';

export * from './schema';
export { KnowledgeBase } from './knowledgeBase';

/** The atlas shipped with the extension. */
export const atlas = new KnowledgeBase(
  [...ENCODER_MODELS, ...DECODER_MODELS, ...MODERN_MODELS, ...ARCHITECTURE, ...CONFIG_AND_INFERENCE, ...OBJECTIVES, ...TRAINING_AND_QUANTIZATION],
  mergeSources(
    ENCODER_MODEL_SOURCES,
    DECODER_MODEL_SOURCES,
    MODERN_MODEL_SOURCES,
    ARCHITECTURE_SOURCES,
    CONFIG_AND_INFERENCE_SOURCES,
    OBJECTIVE_SOURCES,
    SCALING_SOURCES,
    TRAINING_AND_QUANTIZATION_SOURCES,
  ),
);
