/** Supported `model_type`s, their counters and the Transformers config class that implies each. */
import { albert } from './families/albert';
import { bart } from './families/bart';
import { bert, electra, roberta } from './families/bertLike';
import { distilbert } from './families/distilbert';
import { gpt2 } from './families/gpt2';
import { gptNeox } from './families/gptNeox';
import { gemma, llama, mistral, mixtral, qwen2 } from './families/llamaLike';
import { phi } from './families/phi';
import { t5 } from './families/t5';
import type { FamilyCounter } from './family';

interface Registration {
  modelType: string;
  /** The `transformers` configuration class whose instances carry this model type. */
  configClass: string;
  count: FamilyCounter;
}

const REGISTRATIONS: readonly Registration[] = [
  { modelType: 'gpt2', configClass: 'GPT2Config', count: gpt2 },
  { modelType: 'bert', configClass: 'BertConfig', count: bert },
  { modelType: 'roberta', configClass: 'RobertaConfig', count: roberta },
  { modelType: 'distilbert', configClass: 'DistilBertConfig', count: distilbert },
  { modelType: 'albert', configClass: 'AlbertConfig', count: albert },
  { modelType: 'electra', configClass: 'ElectraConfig', count: electra },
  { modelType: 't5', configClass: 'T5Config', count: t5 },
  { modelType: 'bart', configClass: 'BartConfig', count: bart },
  { modelType: 'llama', configClass: 'LlamaConfig', count: llama },
  { modelType: 'mistral', configClass: 'MistralConfig', count: mistral },
  { modelType: 'mixtral', configClass: 'MixtralConfig', count: mixtral },
  { modelType: 'qwen2', configClass: 'Qwen2Config', count: qwen2 },
  { modelType: 'gemma', configClass: 'GemmaConfig', count: gemma },
  { modelType: 'phi', configClass: 'PhiConfig', count: phi },
  { modelType: 'gpt_neox', configClass: 'GPTNeoXConfig', count: gptNeox },
];

// Maps, not object literals: a model_type such as "__proto__" or "constructor" must simply be unknown.
const BY_MODEL_TYPE = new Map(REGISTRATIONS.map((r) => [r.modelType, r.count]));
const BY_CONFIG_CLASS = new Map(REGISTRATIONS.map((r) => [r.configClass, r.modelType]));

export const SUPPORTED_MODEL_TYPES: readonly string[] = REGISTRATIONS.map((r) => r.modelType);

export function counterFor(modelType: string): FamilyCounter | undefined {
  return BY_MODEL_TYPE.get(modelType);
}

export function modelTypeOfConfigClass(className: string): string | undefined {
  return BY_CONFIG_CLASS.get(className);
}
