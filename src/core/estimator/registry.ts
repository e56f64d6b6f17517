/** Supported `model_type`s, their counters and the Transformers config class that implies each. */
import { albert } from './families/albert';
import { bart } from './families/bart';
import { bert, electra, longformer, roberta, xlmRoberta } from './families/bertLike';
import { bloom, mpt } from './families/bloom';
import { debertaV2 } from './families/deberta';
import { deepseekV2, deepseekV3 } from './families/deepseek';
import { distilbert } from './families/distilbert';
import { falcon } from './families/falcon';
import { gemma, gemma2, gemma3, gemma3Text } from './families/gemma';
import { gpt2, gptBigcode, gptNeo } from './families/gpt2';
import { codegen, gptj } from './families/gptj';
import { gptNeox } from './families/gptNeox';
import { cohere, granite, llama, mistral, olmo, olmo2, phi3, qwen2, qwen3, stablelm, starcoder2 } from './families/llamaLike';
import { mamba, mamba2 } from './families/mamba';
import { gptOss, mixtral, phimoe, qwen2Moe, qwen3Moe } from './families/moe';
import { mpnet } from './families/mpnet';
import { opt } from './families/opt';
import { phi } from './families/phi';
import { mt5, t5, umt5 } from './families/t5';
import { whisper } from './families/whisper';
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
  { modelType: 'qwen2_moe', configClass: 'Qwen2MoeConfig', count: qwen2Moe },
  { modelType: 'qwen3', configClass: 'Qwen3Config', count: qwen3 },
  { modelType: 'qwen3_moe', configClass: 'Qwen3MoeConfig', count: qwen3Moe },
  { modelType: 'deepseek_v2', configClass: 'DeepseekV2Config', count: deepseekV2 },
  { modelType: 'deepseek_v3', configClass: 'DeepseekV3Config', count: deepseekV3 },
  { modelType: 'gemma2', configClass: 'Gemma2Config', count: gemma2 },
  { modelType: 'gemma3', configClass: 'Gemma3Config', count: gemma3 },
  { modelType: 'gemma3_text', configClass: 'Gemma3TextConfig', count: gemma3Text },
  { modelType: 'phi3', configClass: 'Phi3Config', count: phi3 },
  { modelType: 'phimoe', configClass: 'PhimoeConfig', count: phimoe },
  { modelType: 'olmo', configClass: 'OlmoConfig', count: olmo },
  { modelType: 'olmo2', configClass: 'Olmo2Config', count: olmo2 },
  { modelType: 'falcon', configClass: 'FalconConfig', count: falcon },
  { modelType: 'mpt', configClass: 'MptConfig', count: mpt },
  { modelType: 'opt', configClass: 'OPTConfig', count: opt },
  { modelType: 'bloom', configClass: 'BloomConfig', count: bloom },
  { modelType: 'gptj', configClass: 'GPTJConfig', count: gptj },
  { modelType: 'gpt_neo', configClass: 'GPTNeoConfig', count: gptNeo },
  { modelType: 'codegen', configClass: 'CodeGenConfig', count: codegen },
  { modelType: 'starcoder2', configClass: 'Starcoder2Config', count: starcoder2 },
  { modelType: 'gpt_bigcode', configClass: 'GPTBigCodeConfig', count: gptBigcode },
  { modelType: 'stablelm', configClass: 'StableLmConfig', count: stablelm },
  { modelType: 'cohere', configClass: 'CohereConfig', count: cohere },
  { modelType: 'granite', configClass: 'GraniteConfig', count: granite },
  { modelType: 'mamba', configClass: 'MambaConfig', count: mamba },
  { modelType: 'mamba2', configClass: 'Mamba2Config', count: mamba2 },
  { modelType: 'xlm-roberta', configClass: 'XLMRobertaConfig', count: xlmRoberta },
  { modelType: 'deberta-v2', configClass: 'DebertaV2Config', count: debertaV2 },
  { modelType: 'mpnet', configClass: 'MPNetConfig', count: mpnet },
  { modelType: 'longformer', configClass: 'LongformerConfig', count: longformer },
  { modelType: 'whisper', configClass: 'WhisperConfig', count: whisper },
  { modelType: 'mt5', configClass: 'MT5Config', count: mt5 },
  { modelType: 'umt5', configClass: 'UMT5Config', count: umt5 },
  { modelType: 'gpt_oss', configClass: 'GptOssConfig', count: gptOss },
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
