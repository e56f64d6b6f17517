import { camelParts } from './chars';

/**
 * How Hugging Face (and similar) class names end, and what each ending implies. A model class is
 * `[TF|Flax] Stem Ending`: `BertForMaskedLM`, `TFDistilBertModel`, `MixtralSparseMoeBlock`.
 */
interface ClassSuffix {
  parts: string[];
  /** Entry ids the ending implies; ids the atlas lacks are dropped when matching. */
  implies: string[];
  /** Tokenizer classes also imply the model's own tokenizer algorithm (WordPiece for BERT…). */
  tokenizer?: true;
  /**
   * Distinctive enough to imply its entry after any prefix (`GPTJForCausalLM`, `MyModelForMaskedLM`);
   * generic endings (`Tokenizer`, `Attention`) only count after a known stem or `Auto`.
   */
  standalone?: true;
}

const table: [ending: string, implies: string[], flags?: { tokenizer?: true; standalone?: true }][] = [
  ['ForMaskedLM', ['masked-language-modeling'], { standalone: true }],
  ['OnlyMLMHead', ['masked-language-modeling'], { standalone: true }],
  ['MLMHead', ['masked-language-modeling'], { standalone: true }],
  ['ForCausalLM', ['causal-language-modeling'], { standalone: true }],
  ['LMHeadModel', ['causal-language-modeling'], { standalone: true }],
  ['ForConditionalGeneration', ['sequence-to-sequence'], { standalone: true }],
  ['ForSeq2SeqLM', ['sequence-to-sequence'], { standalone: true }],
  ['ForNextSentencePrediction', ['next-sentence-prediction'], { standalone: true }],
  ['ForPreTraining', ['pre-training'], { standalone: true }],
  ['SparseMoeBlock', ['mixture-of-experts'], { standalone: true }],
  ['BlockSparseTop2MLP', ['moe-expert'], { standalone: true }],
  ['ForSequenceClassification', ['fine-tuning']],
  ['ForTokenClassification', ['fine-tuning']],
  ['ForQuestionAnswering', ['fine-tuning']],
  ['ForMultipleChoice', ['fine-tuning']],
  ['TokenizerFast', ['tokenization'], { tokenizer: true }],
  ['Tokenizer', ['tokenization'], { tokenizer: true }],
  ['Top1Router', ['moe-router']],
  ['TopKRouter', ['moe-router']],
  ['Router', ['moe-router']],
  ['SelfAttention', ['self-attention']],
  ['CrossAttention', ['cross-attention']],
  ['SdpaAttention', ['scaled-dot-product-attention']],
  ['FlashAttention2', ['self-attention']],
  ['Attention', ['self-attention']],
  ['RMSNorm', ['rms-norm']],
  ['LayerNorm', ['layer-norm']],
  ['RotaryEmbedding', ['rotary-position-embedding']],
  ['MLP', ['feed-forward-network']],
];

const CLASS_SUFFIXES: ClassSuffix[] = table.map(([ending, implies, flags]) => ({
  parts: camelParts(ending),
  implies,
  ...flags,
}));

/** Words that may follow a stem without implying anything: `BertModel`, `LlamaDecoderLayer`. */
const NEUTRAL_PARTS = new Set([
  ...CLASS_SUFFIXES.flatMap((s) => s.parts),
  ...['Model', 'Models', 'Config', 'Configuration', 'Pre', 'Trained', 'Pretrained', 'Layer', 'Layers'],
  ...['Encoder', 'Decoder', 'Embeddings', 'Embedding', 'Output', 'Outputs', 'Self', 'Intermediate', 'Pooler'],
  ...['Stack', 'Block', 'Head', 'Heads', 'Main', 'Module', 'Norm', 'Dense', 'Act', 'Gated', 'Gate', 'Rotary'],
  ...['Position', 'Relative', 'Bias', 'Prediction', 'Predictions', 'Transform', 'LM', 'Lm', 'MLM', 'NSP', 'Only'],
  ...['Double', 'With', 'Feature', 'Extraction', 'Extractor', 'Processor', 'Generation', 'MT', 'Expert', 'Experts'],
]);

/** Framework prefixes in front of a stem: `TFBertModel`, `FlaxT5ForConditionalGeneration`. */
export const FRAMEWORK_PREFIXES = ['TF', 'Flax'];
/** Transformers' auto classes name no model, only the ending: `AutoModelForMaskedLM`, `AutoTokenizer`. */
export const AUTO_PREFIX = 'Auto';
/** Version words after a stem: `DebertaV2Model`. */
const isVersionPart = (part: string): boolean => /^V\d+$/.test(part);

const bySpecificity = [...CLASS_SUFFIXES].sort((a, b) => b.parts.length - a.parts.length);

const startsAt = (parts: readonly string[], at: number, suffix: ClassSuffix): boolean =>
  suffix.parts.every((p, k) => parts[at + k] === p);

/**
 * Reads what follows a stem, `parts[from..]`, as known endings and neutral words. Returns what they
 * imply, or undefined if any word is unknown (`AlbertEinstein`, `BloomFilter`, `OptParser`).
 */
export function readEnding(parts: readonly string[], from: number): { implies: string[]; tokenizer: boolean } | undefined {
  const implies: string[] = [];
  let tokenizer = false;
  for (let i = from; i < parts.length; ) {
    const suffix = bySpecificity.find((s) => startsAt(parts, i, s));
    if (suffix) {
      implies.push(...suffix.implies);
      tokenizer ||= suffix.tokenizer === true;
      i += suffix.parts.length;
    } else if (NEUTRAL_PARTS.has(parts[i]) || isVersionPart(parts[i])) {
      i++;
    } else {
      return undefined;
    }
  }
  return { implies, tokenizer };
}

/** Last words of the standalone endings, to rule most names out before splitting them. */
export const STANDALONE_TAILS = [...new Set(CLASS_SUFFIXES.filter((s) => s.standalone).map((s) => s.parts[s.parts.length - 1]))];

/** The distinctive ending an identifier closes with, if it has something in front of it. */
export function standaloneEnding(parts: readonly string[]): ClassSuffix | undefined {
  return bySpecificity.find(
    (s) => s.standalone === true && parts.length > s.parts.length && startsAt(parts, parts.length - s.parts.length, s),
  );
}
