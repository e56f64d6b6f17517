/**
 * The GPT-2-shaped decoders: token and learned position tables, pre-norm layers of attention and a biased
 * two-matrix MLP with a LayerNorm before each, a final LayerNorm and a head tied to the token table.
 * - GPT-2 (`GPT2LMHeadModel`): `Conv1D`s (same counts as Linear) `c_attn` (Q, K, V fused) and `c_proj`.
 *   Defaults from `GPT2Config`: vocab 50257, 1024 positions, n_embd 768, 12 layers, 12 heads, n_inner ⇒ 4·n_embd.
 * - GPT-BigCode / SantaCoder / StarCoder (`GPTBigCodeForCausalLM`): `multi_query` (the default) shares one
 *   K/V head, so `c_attn` produces n_embd + 2·head_dim.
 * - GPT-Neo (`GPTNeoForCausalLM`): separate Q, K, V without biases and a biased `out_proj`; layers alternate
 *   global and local attention (`attention_types`), local ones looking back `window_size` tokens.
 */
import { group, layerNorm, table } from '../blocks';
import { RANGES, type ConfigReader } from '../configReader';
import { decoderModel } from '../decoder';
import { fail } from '../failure';
import { headSize, type FamilyCounter } from '../family';
import { LABEL } from '../labels';
import { linearPart, mlpSpecs, qkvoSpecs, type LinearSpec } from '../parts';
import { attentionCache } from '../stack';
import { normsPart, uniformDesign } from './llamaLike';

interface GptSizes {
  vocab: number;
  positions: number;
  hidden: number;
  layers: number;
  heads: number;
  inner: number;
}

function gptModel(options: {
  displayName: string;
  countedAs: string;
  sizes: GptSizes;
  attention: LinearSpec[];
  mlpNames: readonly [string, string];
  kvHeads: number;
  tied: boolean;
  /** Window of each layer (undefined ⇒ attends to the whole context). */
  windows: Array<number | undefined>;
}) {
  const { sizes } = options;
  const headDim = sizes.hidden / sizes.heads;
  const design = uniformDesign([
    linearPart('attention', LABEL.selfAttention, options.attention),
    linearPart('feedForward', LABEL.feedForward, mlpSpecs(sizes.hidden, sizes.inner, true, options.mlpNames)),
    normsPart(2 * layerNorm(sizes.hidden)),
  ]);
  const windows = options.windows.flatMap((window) => (window === undefined ? [] : [window]));
  return decoderModel({
    displayName: options.displayName,
    countedAs: options.countedAs,
    embeddings: [
      group('embeddings', LABEL.embeddings, [
        table('token', LABEL.tokenEmbeddings, sizes.vocab * sizes.hidden),
        table('position', LABEL.positionEmbeddings, sizes.positions * sizes.hidden),
      ]),
    ],
    layers: options.windows.map((window) => ({ design, cache: attentionCache(options.kvHeads, headDim, window) })),
    tail: [{ key: 'finalNorm', label: LABEL.finalNorm, parameters: layerNorm(sizes.hidden) }],
    head: { vocab: sizes.vocab, inputs: sizes.hidden, tied: options.tied },
    shape: {
      hidden: sizes.hidden,
      heads: sizes.heads,
      kvHeads: options.kvHeads,
      headDim,
      intermediate: sizes.inner,
      vocab: sizes.vocab,
      contextLength: sizes.positions,
      ...(windows.length > 0 ? { slidingWindow: Math.min(...windows) } : {}),
    },
    warnings: [],
  });
}

function gptSizes(config: ConfigReader, keys: { positions: readonly string[]; hidden: readonly string[]; layers: readonly string[]; heads: readonly string[]; inner: string }, defaults: Omit<GptSizes, 'inner'>): GptSizes & { headDim: number } {
  const hidden = config.int(keys.hidden, defaults.hidden, RANGES.width);
  const heads = config.int(keys.heads, defaults.heads, RANGES.heads);
  return {
    vocab: config.int('vocab_size', defaults.vocab, RANGES.vocab),
    positions: config.int(keys.positions, defaults.positions, RANGES.positions),
    hidden,
    layers: config.int(keys.layers, defaults.layers, RANGES.layers),
    heads,
    inner: config.optionalInt(keys.inner, RANGES.width) ?? 4 * hidden,
    headDim: headSize(hidden, heads, { hidden: keys.hidden[0], heads: keys.heads[0] }),
  };
}

const GPT2_KEYS = {
  positions: ['n_positions', 'max_position_embeddings'],
  hidden: ['n_embd', 'hidden_size'],
  layers: ['n_layer', 'num_hidden_layers'],
  heads: ['n_head', 'num_attention_heads'],
  inner: 'n_inner',
} as const;

export const gpt2: FamilyCounter = (config) => {
  const sizes = gptSizes(config, GPT2_KEYS, { vocab: 50257, positions: 1024, hidden: 768, layers: 12, heads: 12 });
  return gptModel({
    displayName: 'GPT-2',
    countedAs: 'GPT2LMHeadModel',
    sizes,
    attention: [
      { name: 'c_attn', inputs: sizes.hidden, outputs: 3 * sizes.hidden, bias: true },
      { name: 'c_proj', inputs: sizes.hidden, outputs: sizes.hidden, bias: true },
    ],
    mlpNames: ['c_fc', 'c_proj'],
    kvHeads: sizes.heads,
    tied: config.bool('tie_word_embeddings', true),
    windows: Array.from({ length: sizes.layers }, () => undefined),
  });
};

export const gptBigcode: FamilyCounter = (config) => {
  const sizes = gptSizes(config, GPT2_KEYS, { vocab: 50257, positions: 1024, hidden: 768, layers: 12, heads: 12 });
  const kvHeads = config.bool('multi_query', true) ? 1 : sizes.heads;
  return gptModel({
    displayName: 'GPT-BigCode (SantaCoder, StarCoder)',
    countedAs: 'GPTBigCodeForCausalLM',
    sizes,
    attention: [
      { name: 'c_attn', inputs: sizes.hidden, outputs: sizes.hidden + 2 * kvHeads * sizes.headDim, bias: true },
      { name: 'c_proj', inputs: sizes.hidden, outputs: sizes.hidden, bias: true },
    ],
    mlpNames: ['c_fc', 'c_proj'],
    kvHeads,
    tied: config.bool('tie_word_embeddings', true),
    windows: Array.from({ length: sizes.layers }, () => undefined),
  });
};

/** `attention_types` such as [[["global", "local"], 12]]: the pattern repeated, flattened per layer. */
function gptNeoLayerKinds(config: ConfigReader, layers: number): Array<'full' | 'sliding'> {
  const raw = config.rawValue('attention_types');
  if (raw === undefined) return Array.from({ length: layers }, (_, index) => (index % 2 === 0 ? 'full' : 'sliding'));
  const kinds: Array<'full' | 'sliding'> = [];
  const malformed = () =>
    fail('wrong-type', 'attention_types', {
      en: '"attention_types" must list [["global" or "local", …], repeats] pairs, as GPTNeoConfig expects.',
      ko: '"attention_types"는 GPTNeoConfig가 요구하는 대로 [["global" 또는 "local", …], 반복 횟수] 쌍의 리스트여야 합니다.',
    });
  if (!Array.isArray(raw)) malformed();
  for (const item of raw as unknown[]) {
    if (!Array.isArray(item) || item.length !== 2 || !Array.isArray(item[0]) || !Number.isInteger(item[1]) || (item[1] as number) < 0) malformed();
    const [pattern, repeats] = item as [unknown[], number];
    if (pattern.some((kind) => kind !== 'global' && kind !== 'local')) malformed();
    if (kinds.length + repeats * pattern.length > RANGES.layers.max) malformed();
    for (let r = 0; r < repeats; r++) for (const kind of pattern) kinds.push(kind === 'local' ? 'sliding' : 'full');
  }
  if (kinds.length !== layers) {
    fail('out-of-range', 'attention_types', {
      en: `"attention_types" describes ${kinds.length} layers but the model has ${layers}; GPTNeoConfig refuses such a config.`,
      ko: `"attention_types"는 레이어 ${kinds.length}개를 기술하지만 모델의 레이어는 ${layers}개입니다. GPTNeoConfig는 이런 설정을 거부합니다.`,
    });
  }
  return kinds;
}

export const gptNeo: FamilyCounter = (config) => {
  const sizes = gptSizes(
    config,
    {
      positions: ['max_position_embeddings'],
      hidden: ['hidden_size'],
      layers: ['num_layers', 'num_hidden_layers'],
      heads: ['num_heads', 'num_attention_heads'],
      inner: 'intermediate_size',
    },
    { vocab: 50257, positions: 2048, hidden: 2048, layers: 24, heads: 16 },
  );
  const window = config.int('window_size', 256, RANGES.positions);
  return gptModel({
    displayName: 'GPT-Neo',
    countedAs: 'GPTNeoForCausalLM',
    sizes,
    attention: qkvoSpecs({ hidden: sizes.hidden, heads: sizes.heads, kvHeads: sizes.heads, headDim: sizes.headDim, bias: { q: false, k: false, v: false, o: true }, names: ['q_proj', 'k_proj', 'v_proj', 'out_proj'] }),
    mlpNames: ['c_fc', 'c_proj'],
    kvHeads: sizes.heads,
    tied: config.bool('tie_word_embeddings', true),
    windows: gptNeoLayerKinds(config, sizes.layers).map((kind) => (kind === 'sliding' ? window : undefined)),
  });
};
