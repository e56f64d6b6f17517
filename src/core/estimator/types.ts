/**
 * Public types of the config estimator. Pure data, shared by the extension host, webviews and tests.
 */

/** Text in both supported languages (same shape as the knowledge base's `Bilingual`). */
export interface Bilingual {
  en: string;
  ko: string;
}

export type EstimateErrorCode =
  | 'invalid-json'
  | 'not-object'
  | 'missing-field'
  | 'wrong-type'
  | 'out-of-range'
  | 'too-large';

/** A refusal with a message that names the offending field (when there is one) in both languages. */
export interface EstimateError {
  code: EstimateErrorCode;
  /** The config key at fault, as spelled in the config (e.g. `n_embd`). Always set for field-level codes. */
  field?: string;
  message: Bilingual;
}

export type Architecture = 'decoder-only' | 'encoder-only' | 'encoder-decoder';

/**
 * One part of the parameter count. `parameters` is the node's full contribution to the total:
 * when `children` are present it equals `(count ?? 1) × Σ children.parameters` (a layer described once and
 * repeated `count` times, or `count` experts).
 */
export interface BreakdownNode {
  key: string;
  label: Bilingual;
  parameters: number;
  count?: number;
  children?: BreakdownNode[];
  /** Vocabulary or position tables (and the output head); excluded from Kaplan's non-embedding N. */
  embedding?: true;
}

export interface ModelShape {
  /** Transformer blocks (the encoder's, for encoder-decoders). */
  layers: number;
  /** Decoder blocks of an encoder-decoder. */
  decoderLayers?: number;
  hidden: number;
  heads: number;
  kvHeads: number;
  headDim: number;
  intermediate: number;
  vocab: number;
  /** Longest sequence the config declares (learned positions or `max_position_embeddings`). */
  contextLength: number;
  /** Sliding-window attention span, when the config enables one. */
  slidingWindow?: number;
  experts?: number;
  expertsPerToken?: number;
  /**
   * How the layers cache keys and values while generating, one group per kind of layer; the KV cache
   * of a sequence is the sum over groups. Absent for encoder-only models (nothing is cached). For
   * encoder-decoders it describes the decoder's self-attention.
   */
  kvCache?: KvCacheGroup[];
  /**
   * Every `nn.Linear` inside the blocks, by the module name PEFT's `target_modules` matches
   * (`q_proj`, `qkv_proj`, `gate_up_proj`, `query`, `c_attn`, `wi_0` …), with its real shape and how
   * many instances the model holds (layers × experts). The output head is listed as `lm_head` when it
   * is a separate, untied Linear.
   */
  linearModules?: LinearModule[];
}

/** Layers that keep the same kind of KV cache. */
export interface KvCacheGroup {
  layers: number;
  /**
   * - `full`: K and V for every position of the context;
   * - `sliding`: K and V for at most `window` positions (a rolling buffer);
   * - `latent`: multi-head latent attention (DeepSeek-V2/V3), one compressed latent plus the decoupled
   *   RoPE key per position, shared by all heads;
   * - `none`: the layer keeps no per-token cache (state-space or recurrent layers).
   */
  kind: 'full' | 'sliding' | 'latent' | 'none';
  /** Elements stored per token in one layer, K and V together (2·kv_heads·head_dim for MHA/GQA/MQA;
   * kv_lora_rank + qk_rope_head_dim for MLA; 0 for `none`). */
  valuesPerToken: number;
  /** Positions kept, for `sliding`. */
  window?: number;
  /** Elements of fixed-size state per sequence in one layer (an SSM's conv and hidden state); not per token. */
  stateValues?: number;
}

/** One kind of `nn.Linear` in the model. */
export interface LinearModule {
  /** The module's attribute name, as `target_modules` names it. */
  name: string;
  inputs: number;
  outputs: number;
  bias: boolean;
  /** Instances in the whole model (layers × experts × …). */
  count: number;
  /** Set on expert weights of a mixture-of-experts layer. */
  expert?: true;
}

export interface ModelEstimate {
  /** `model_type` as read from the config (or implied by a Python config class). */
  modelType: string;
  displayName: string;
  /** false ⇒ the model type is unknown and the count is the generic ≈12·L·d² + embeddings estimate. */
  supported: boolean;
  architecture: Architecture;
  /** The Hugging Face Transformers class whose `num_parameters()` the total reproduces. */
  countedAs: string;
  totalParameters: number;
  /** Parameters used for one token: equals the total except for mixture-of-experts models. */
  activeParameters: number;
  breakdown: BreakdownNode[];
  shape: ModelShape;
  warnings: Bilingual[];
  /**
   * Only for unsupported model types (the generic formula): every key the config sets (to anything but
   * null) that the formula did not read, in file order. These are the facts the approximation leaves out
   * (experts, K/V heads, biases …) along with plain metadata (`torch_dtype`, token ids).
   */
  ignoredFields?: string[];
  /** The count checked against a known total; present when one was given or the config states one. */
  reference?: ReferenceCheck;
}

/**
 * How the count compares with a total known from elsewhere: the weights next to the config (the caller
 * passes what the safetensors/GGUF headers hold) or a total the config itself states.
 */
export interface ReferenceCheck {
  /** The reference total. */
  parameters: number;
  /**
   * Where it comes from, worded to follow "parameters" in English ("in the safetensors weights") and to
   * precede "파라미터 수" in Korean ("safetensors 가중치에 담긴").
   */
  source: Bilingual;
  /** `option`: given by the caller; `config`: read from the config key `key`. */
  origin: 'option' | 'config';
  key?: string;
  /** totalParameters − parameters: positive when the estimate counts more. */
  difference: number;
  /** difference / parameters (0.012 = 1.2 % more than the reference). */
  relativeDifference: number;
  /** The estimate equals the reference exactly. */
  matches: boolean;
  /** One sentence in each language: equal, or how many more or fewer and by how much (%). */
  message: Bilingual;
}

export type EstimateResult = { ok: true; estimate: ModelEstimate } | { ok: false; error: EstimateError };

export interface EstimateOptions {
  /** Longest config text accepted, in characters (default 5 MiB). Longer texts are refused before parsing. */
  maxTextLength?: number;
  /** Model type to assume when the config has no `model_type` (e.g. implied by a Python config class). */
  modelType?: string;
  /**
   * A total to check the count against, such as the parameters the weights in the same folder hold (read
   * from safetensors or GGUF headers by the caller). Without it, a total the config states itself
   * (`num_parameters`, `n_parameters`, `num_params`, `n_params`, `total_params`, `parameter_count`) is
   * used when present. `source` is worded as `ReferenceCheck.source`; a `parameters` that is not a
   * positive whole number is ignored. The comparison is reported in `ModelEstimate.reference`, for
   * supported and unsupported types alike.
   */
  reference?: { parameters: number; source: Bilingual };
}
