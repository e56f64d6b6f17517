/**
 * The memory and compute planner: what a training or serving run needs per GPU (weights, KV cache, LoRA,
 * optimizer state, activations, sharding), what fits, and how long it takes, read from the user's own
 * script. Pure: no `vscode`, no Node APIs; the Planner page runs it too.
 */
export { ACCELERATORS, DEFAULT_ACCELERATOR_ID, GIB, acceleratorById, capacityBytes, type Accelerator } from './accelerators';
export { activationMemory, linearBytesPerToken, type ActivationInputs, type ActivationMemory, type Recompute } from './activations';
export { decodeTokensPerSecondBound, forwardFlopsPerToken, trainingFlopsPerToken, trainingSeconds } from './compute';
export { KV_DTYPES, kvBytesPerSequence, kvBytesPerToken, kvBytesPerValue, largestBatch, longestContext, type KvDtype } from './kvCache';
export { plannerModelFrom, quantizableParameters, type CheckpointQuantization, type PlannerModel } from './model';
export { formatFormula, planNotes, type PlanNote } from './notes';
export { kvGroupsPerGpu, planFor, type InferenceFits, type MemoryKey, type MemoryPart, type Plan, type TrainingFits } from './plan';
export {
  GGUF_FILE_TYPE_BITS,
  WEIGHT_FORMAT_ID_PATTERN,
  formatCost,
  parseWeightFormat,
  weightFormatId,
  weightMemory,
  type WeightFormat,
  type WeightFormatId,
  type WeightMemory,
} from './precision';
export { DEFAULT_REASONS, type DefaultReason } from './defaults';
export { deepSpeedFromJson, scenarioFor, PEFT_DEFAULT_TARGETS, type Scenario, type ScenarioInput, type ScenarioNote, type Unread } from './scenario';
export { ANCHOR_HINT, MAX_SCRIPT_LENGTH, readScript, type Read, type ScriptAnchor, type ScriptInputs } from './script';
export { DEFAULT_MFU, DEFAULT_OVERHEAD_GIB, LIMITS, type Origin, type Origins, type PlanMode, type PlanSettings, type SettingKey } from './settings';
export { PLANNER_SOURCES, type PlannerSource, type PlannerSourceKey } from './sources';
export { PART_LABELS, SETTING_LABELS, gibText, originLines, planSummary, tokensText } from './summary';
export { OPTIMIZERS, loraTrainable, modelStates, optimizerStateBytes, type LoraTrainable, type ModelStateInputs, type ModelStates, type Optimizer, type Sharding, type TrainingMethod, type TrainingPrecision } from './training';
