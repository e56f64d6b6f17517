/**
 * The knowledge base's types. Pure data: no `vscode` import, so the same entries serve the
 * extension host (Node and web worker), the webviews and the unit tests.
 */

export type Lang = 'en' | 'ko';

/** Text in both supported languages. Markdown (inline only: `code`, **bold**, links) is allowed. */
export interface Bilingual {
  en: string;
  ko: string;
}

/** What an entry is. The groups follow how the sidebar browses the atlas. */
export type EntryKind =
  | 'model' // a named model or model family (BERT, GPT-3, Mixtral 8x7B)
  | 'architecture' // building blocks and designs (self-attention, MoE, encoder-only)
  | 'tokenization' // tokenizers and special tokens
  | 'objective' // pre-training objectives and training paradigms (MLM, NSP, instruction tuning)
  | 'scale-down' // distillation, quantization, pruning, parameter sharing, small LMs
  | 'scale-up' // scaling laws, compute, FLOPs, data, energy
  | 'training' // training and fine-tuning practice: optimisers, schedules, precision, PEFT, RLHF/DPO, distributed training
  | 'inference'; // generation and serving: decoding strategies, sampling parameters, attention kernels, batching

/** Architecture family of a model; drives colours in charts and the cards' grouping. */
export type Family = 'encoder-only' | 'decoder-only' | 'encoder-decoder' | 'rnn';

/** A paper or official page. Registered once in a sources file and referred to by its key. */
export interface Source {
  title: string;
  /** "Devlin et al." style short author list. */
  authors: string;
  year: number;
  /** Stable link: arXiv abs page, ACL anthology, official blog or model card. */
  url: string;
  kind: 'paper' | 'official' | 'model-card' | 'blog' | 'news';
}

export type Unit =
  | 'parameters'
  | 'tokens'
  | 'layers'
  | 'dimensions'
  | 'heads'
  | 'experts'
  | 'percent'
  | 'ratio'
  | 'flops'
  | 'pf-days'
  | 'bytes'
  | 'words'
  | 'count'
  | 'usd'
  | 'kwh'
  | 'tco2e'
  | 'days'
  | 'gpu-hours'
  | 'none';

/**
 * One number with its provenance. `source` is a key of the sources registry.
 * `unconfirmed` marks figures that were never officially disclosed (rumours, press estimates);
 * the UI always labels them. `approx` marks rounded figures ("≈").
 */
export interface NumberFact {
  value: number;
  unit: Unit;
  source: string;
  approx?: boolean;
  unconfirmed?: boolean;
  /** Why the figure is uncertain, or how it differs from what other texts quote. */
  note?: Bilingual;
}

/** A labelled number shown in hovers and cards ("Mask rate: 15 %"). */
export interface KeyNumber extends NumberFact {
  label: Bilingual;
}

/** One released size of a model (GPT-2 medium, BERT-large, t5-small). */
export interface ModelVariant {
  /** Stable id, unique in the whole base, e.g. "bert-large". */
  id: string;
  name: string;
  /** Exact Hugging Face Hub ids, with their organisation where the Hub has one. */
  hfIds: string[];
  parameters: NumberFact;
  layers?: number;
  hidden?: number;
  heads?: number;
}

export interface ModelFacts {
  family: Family;
  /** Mixture of Experts on top of the family (Switch, Mixtral). */
  moe?: boolean;
  /** Year of the paper or release. */
  year: number;
  /** Month (1–12) for ordering the growth chart; omit if unknown. */
  month?: number;
  organisation: string;
  /** Total parameters of the flagship or best-known size. */
  parameters?: NumberFact;
  /** Parameters used per token, for Mixture-of-Experts models. */
  activeParameters?: NumberFact;
  layers?: NumberFact;
  hidden?: NumberFact;
  heads?: NumberFact;
  vocabulary?: NumberFact;
  context?: NumberFact;
  trainingTokens?: NumberFact;
  /** Training data in words, e.g. "BooksCorpus + English Wikipedia (3.3B words)". */
  trainingData?: Bilingual;
  /** Entry ids of the pre-training objectives. */
  objectives: string[];
  /** Entry ids of the models it built on or improved on. */
  improvesOn?: string[];
  /** The key ideas in a few bullets. */
  keyIdeas: Bilingual[];
  variants?: ModelVariant[];
}

export interface Entry {
  /** kebab-case, unique: "bert", "masked-language-modeling", "chinchilla-scaling-law". */
  id: string;
  kind: EntryKind;
  /** Canonical English display name. */
  name: string;
  /** Korean display name (may equal `name` for names not translated, like "BERT"). */
  nameKo: string;
  /**
   * Phrases that name this entry in prose, English and Korean, matched case-insensitively on
   * word boundaries ("masked language modeling", "마스크 언어 모델링", "MLM"). Never everyday words.
   */
  aliases: string[];
  /**
   * Spellings in code, matched case-sensitively as whole identifiers or identifier parts:
   * Hugging Face class stems ("Bert", "DistilBert", "T5", "Mixtral"), config keys and arguments
   * ("mlm_probability", "num_experts_per_tok"), library classes ("DataCollatorForLanguageModeling").
   */
  code: string[];
  /**
   * Spellings that name this entry only in a given place, because alone they are ordinary words or
   * too short (`r`, `top_k`, `temperature`, `"sdpa"`). See `ContextualSpelling`.
   */
  contextual?: ContextualSpelling[];
  summary: Bilingual;
  /** A fuller explanation, 3–8 sentences, in our own words. */
  explanation: Bilingual;
  keyNumbers: KeyNumber[];
  /** Ids of related entries; every id must exist. */
  related: string[];
  /** Keys of the sources registry; at least one. */
  sources: string[];
  model?: ModelFacts;
}

/**
 * A spelling that counts only where it stands in the right place:
 * - `argument`: a keyword argument `spelling=` inside a call to one of `within` (`r=` in
 *   `LoraConfig(...)`, `top_k=` in `generate(...)`); `within` names the callee's last dotted part
 *   (`model.generate` → `generate`). Without `within`, any call.
 * - `key`: a mapping key in JSON or YAML (`"rope_theta":`, `rope_theta:`), optionally only inside the
 *   objects named by `within` (`"quantization_config"`); also a dict key `"rope_theta":` in Python.
 * - `value`: a string literal assigned to the argument or key `of` (`attn_implementation="sdpa"`,
 *   `"hidden_act": "silu"`, `optim="paged_adamw_8bit"`).
 * The same spelling may belong to different entries in different places (`"linear"` as
 * `lr_scheduler_type` and as `rope_scaling.type`), never to two entries in the same place.
 *
 * How the matcher reads them (src/core/matcher/contextual.ts), refinements of the above:
 * - A value is also found unquoted in YAML (`optim: paged_adamw_8bit`) and after a command-line flag
 *   (`--lr_scheduler_type cosine`, `--optim=paged_adamw_8bit`). A value may have `within` too: the
 *   object or call its key stands in (`{spelling: 'linear', as: 'value', of: 'type', within: ['rope_scaling']}`).
 * - The enclosing call or object must open at most 4,096 characters before the spelling.
 * - An argument or key without `within` — and a plain-word value of a plain-word key, like
 *   `{"type": "linear"}` — counts only when a distinctive code spelling of the atlas is a direct member of
 *   the same call, object or YAML block (or names it): `"temperature":` next to `"do_sample":`, not in a
 *   weather API's JSON. Contextual spellings do not vouch for each other.
 * - A one- or two-letter argument or key needs `within` (validate.ts).
 */
export interface ContextualSpelling {
  spelling: string;
  as: 'argument' | 'key' | 'value';
  /** Callee names (arguments), parent keys (keys), or the object/call a value's key stands in (values). */
  within?: string[];
  /** For `value`: the argument or key the string is assigned to. */
  of?: string;
}

/** The numeric facts a model may carry, in the order cards and tables show them. */
export const MODEL_NUMBER_FACTS = ['parameters', 'activeParameters', 'layers', 'hidden', 'heads', 'vocabulary', 'context', 'trainingTokens'] as const;

export type ModelNumberFact = (typeof MODEL_NUMBER_FACTS)[number];

/** A model's numeric facts that are present, each with its key. */
export function modelNumberFacts(model: ModelFacts): Array<[ModelNumberFact, NumberFact]> {
  return MODEL_NUMBER_FACTS.flatMap((key) => {
    const fact = model[key];
    return fact ? [[key, fact] as [ModelNumberFact, NumberFact]] : [];
  });
}
