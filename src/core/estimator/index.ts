/**
 * The config estimator: exact parameter counts of Hugging Face model configs (config.json or a Python
 * config-class call), with a breakdown, and the figures that follow from them (FLOPs, training compute,
 * Chinchilla tokens and loss, memory). Pure: no `vscode`, no Node APIs.
 *
 * Which count: decoder-only models are counted as their `…ForCausalLM` / `LMHeadModel` class (the LM head
 * once, or not at all when tied); encoder-only models as the base model `AutoModel` loads (BERT, RoBERTa
 * and ALBERT with their pooler; DistilBERT and ELECTRA have none); T5 and BART as `…ForConditionalGeneration`,
 * which equals the base model while the LM head is tied. `ModelEstimate.countedAs` names the class.
 */
export { estimateFromConfig, estimateFromConfigText, DEFAULT_MAX_TEXT_LENGTH } from './estimate';
export { deriveFigures, type DerivedFigures, type FigureOptions } from './figures';
export {
  estimateFromPythonCall,
  findConfigCallAt,
  parseConfigCall,
  MAX_CALL_TEXT_LENGTH,
  type ConfigCallRange,
  type ParsedConfigCall,
  type PythonLiteral,
} from './pythonCall';
export { SUPPORTED_MODEL_TYPES } from './registry';
export { kvCacheGroups } from './kvCache';
export { findKnownConfig, type KnownConfig, type KnownConfigTable } from './knownConfigs';
export type {
  Architecture,
  Bilingual,
  BreakdownNode,
  EstimateError,
  EstimateErrorCode,
  EstimateOptions,
  EstimateResult,
  ModelEstimate,
  KvCacheGroup,
  LinearModule,
  ModelShape,
} from './types';
