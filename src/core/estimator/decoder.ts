/**
 * Assembles a decoder-only model from its token table, its stack of layers and its output head, and reads
 * the fields most decoders share. Families describe their layers with `parts.ts`; this derives the
 * breakdown, the active parameters of mixtures of experts, the KV-cache groups and the Linear modules.
 */
import { leaf, linear, sum, table } from './blocks';
import { RANGES, type ConfigReader } from './configReader';
import { fail } from './failure';
import { headSize, kvGroupingWarnings, type FamilyModel } from './family';
import { LABEL } from './labels';
import { buildStack, mergeLinearModules, type StackLayer } from './stack';
import type { Bilingual, BreakdownNode, LinearModule, ModelShape } from './types';

export interface DecoderDefaults {
  vocab: number;
  hidden: number;
  intermediate: number;
  layers: number;
  heads: number;
  /** Default of `num_key_value_heads` when the key is absent; undefined ⇒ the number of query heads. */
  kvHeads?: number;
  /** Default of `head_dim`; undefined ⇒ hidden / heads. */
  headDim?: number;
  positions: number;
  tied: boolean;
}

export interface DecoderSizes {
  vocab: number;
  hidden: number;
  intermediate: number;
  layers: number;
  heads: number;
  kvHeads: number;
  headDim: number;
  positions: number;
  tied: boolean;
}

/**
 * The sizes nearly every decoder config has, under their usual names, with the class's defaults.
 * `readsHeadDim: false` for attention modules that always use hidden / heads (StableLM).
 */
export function readDecoderSizes(config: ConfigReader, defaults: DecoderDefaults, options: { readsHeadDim?: boolean } = {}): DecoderSizes {
  const hidden = config.int('hidden_size', defaults.hidden, RANGES.width);
  const heads = config.int('num_attention_heads', defaults.heads, RANGES.heads);
  const kvSetting = config.nullableInt('num_key_value_heads', RANGES.heads);
  return {
    vocab: config.int('vocab_size', defaults.vocab, RANGES.vocab),
    hidden,
    intermediate: config.int('intermediate_size', defaults.intermediate, RANGES.width),
    layers: config.int('num_hidden_layers', defaults.layers, RANGES.layers),
    heads,
    kvHeads: (kvSetting === undefined ? defaults.kvHeads : kvSetting) ?? heads,
    headDim:
      (options.readsHeadDim === false ? undefined : config.optionalInt('head_dim', RANGES.width)) ??
      defaults.headDim ??
      headSize(hidden, heads, { hidden: 'hidden_size', heads: 'num_attention_heads' }),
    positions: config.int('max_position_embeddings', defaults.positions, RANGES.positions),
    tied: config.bool('tie_word_embeddings', defaults.tied),
  };
}

/**
 * The attention kind of every layer: `layer_types` when the config class has that field and the config
 * lists one kind per layer (Transformers 5 derives it in `__post_init__` and saves it), otherwise
 * `fallback(i)`.
 */
export function layerKinds(
  config: ConfigReader,
  layers: number,
  fallback: (index: number) => 'full' | 'sliding',
  readsLayerTypes: boolean,
): Array<'full' | 'sliding'> {
  const listed = readsLayerTypes ? config.stringList('layer_types') : undefined;
  if (listed !== undefined && listed.length === layers && listed.every((kind) => kind.endsWith('_attention'))) {
    return listed.map((kind) => (kind === 'sliding_attention' ? 'sliding' : 'full'));
  }
  return Array.from({ length: layers }, (_, index) => fallback(index));
}

/** `num_experts_per_tok` checked against the number of experts (undefined when the config leaves it unset). */
export function expertsPerToken(config: ConfigReader, key: string, fallback: number | undefined, experts: number): number | undefined {
  const setting = config.nullableInt(key, RANGES.experts);
  const perToken = setting === undefined ? fallback : (setting ?? undefined);
  if (perToken !== undefined && perToken > experts) {
    fail('out-of-range', key, {
      en: `"${key}" (${perToken}) cannot exceed the number of experts (${experts}).`,
      ko: `"${key}"(${perToken})는 전문가 수(${experts})보다 클 수 없습니다.`,
    });
  }
  return perToken;
}

export interface DecoderModelSpec {
  displayName: string;
  countedAs: string;
  architecture?: FamilyModel['architecture'];
  /** Token table (and position tables, embedding norm) before the layers. */
  embeddings: BreakdownNode[];
  layers: StackLayer[];
  /** Final norm and anything else between the layers and the head. */
  tail: BreakdownNode[];
  /** The LM head: tied to the token table or a Linear of its own (`inputs` → vocab). */
  head: { vocab: number; inputs: number; tied: boolean; bias?: boolean; name?: string };
  /** Linear modules outside the blocks that adapters can target (OPT's project_in/out). */
  extraLinears?: LinearModule[];
  shape: Omit<ModelShape, 'kvCache' | 'linearModules' | 'experts' | 'expertsPerToken' | 'layers'>;
  warnings: Bilingual[];
}

export function decoderModel(spec: DecoderModelSpec): FamilyModel {
  const stack = buildStack(spec.layers);
  const { head } = spec;
  const bias = head.bias ?? false;
  let headNode: BreakdownNode;
  if (head.tied) headNode = bias ? table('head', LABEL.tiedHeadBias, head.vocab) : table('head', LABEL.tiedHead, 0);
  else headNode = table('head', LABEL.head, linear(head.inputs, head.vocab, bias));
  const breakdown = [...spec.embeddings, ...stack.nodes, ...spec.tail, headNode];

  const linearModules = mergeLinearModules([
    ...stack.linearModules,
    ...(spec.extraLinears ?? []),
    ...(head.tied ? [] : [{ name: head.name ?? 'lm_head', inputs: head.inputs, outputs: head.vocab, bias, count: 1 }]),
  ]);
  const warnings = [...spec.warnings];
  const routing = stack.routing;
  if (routing && routing.perToken === undefined) warnings.push(UNKNOWN_ROUTING);
  return {
    displayName: spec.displayName,
    architecture: spec.architecture ?? 'decoder-only',
    countedAs: spec.countedAs,
    breakdown,
    shape: {
      layers: stack.layers,
      ...spec.shape,
      ...(routing ? { experts: routing.experts, ...(routing.perToken === undefined ? {} : { expertsPerToken: routing.perToken }) } : {}),
      kvCache: stack.kvCache,
      linearModules,
    },
    ...(routing?.perToken === undefined ? {} : { activeParameters: sum(breakdown) - stack.inactive }),
    warnings,
  };
}

const UNKNOWN_ROUTING: Bilingual = {
  en: 'The config does not say how many experts each token uses (num_experts_per_tok), so the active parameters are shown as the total.',
  ko: '토큰마다 몇 개의 전문가를 쓰는지(num_experts_per_tok) 설정에 없어 활성 파라미터를 전체 수로 표시했습니다.',
};

/** The token table of a decoder. */
export function tokenTable(vocab: number, width: number): BreakdownNode {
  return table('embeddings', LABEL.tokenEmbeddings, vocab * width);
}

export function finalNorm(parameters: number): BreakdownNode {
  return leaf('finalNorm', LABEL.finalNorm, parameters);
}

export { kvGroupingWarnings };
