/**
 * T5, mT5 and umT5 (`…ForConditionalGeneration`, or `…EncoderModel` — the shared table, the encoder and its
 * final norm — when `architectures` names it, as the text encoders of diffusion pipelines do). No biases anywhere; norms are scale-only. The token table
 * is shared by encoder and decoder. "gated-…" feed-forwards (T5 v1.1, FLAN-T5, mT5, umT5) have two input
 * matrices, `wi_0` and `wi_1`. Relative-position bias tables (heads × buckets): T5 and mT5 keep one per
 * stack, in its first layer; umT5 gives every self-attention layer its own.
 * Transformers 5.18 always ties the LM head to the shared table for these three types: its config classes
 * force `tie_word_embeddings` to true, and a saved `false` (T5 v1.1, mT5, umT5 checkpoints, which do store
 * a separate `lm_head`) only turns off the decoder-output rescaling. The count follows the library.
 * Defaults from `T5Config` (t5-small: vocab 32128, d_model 512, d_kv 64, d_ff 2048, 6 layers, 8 heads,
 * "relu") and `MT5Config` / `UMT5Config` (vocab 250112, d_model 512, d_ff 1024, 8 layers, 6 heads,
 * "gated-gelu"); 32 buckets; num_decoder_layers = num_layers.
 */
import { group, leaf, rmsNorm, table } from '../blocks';
import { RANGES, type ConfigReader } from '../configReader';
import { fail } from '../failure';
import type { FamilyCounter } from '../family';
import { LABEL, groupedCount, layersLabel } from '../labels';
import { gatedSpecs, linearPart, mlpSpecs, plainPart, qkvoSpecs, type Part } from '../parts';
import { attentionCache, buildStack, mergeLinearModules, uniformLayers } from '../stack';
import type { Bilingual, BreakdownNode } from '../types';

/** `feed_forward_proj` must be "ACT" or "gated-ACT", exactly as T5Config checks. */
function isGated(config: ConfigReader, fallback: string): boolean {
  const projection = config.string('feed_forward_proj', fallback);
  const parts = projection.split('-');
  if (parts.length > 2 || (parts.length === 2 && parts[0] !== 'gated') || parts.some((part) => part === '')) {
    fail('out-of-range', 'feed_forward_proj', {
      en: `"feed_forward_proj" must look like "relu" or "gated-gelu", but it is "${projection.slice(0, 40)}".`,
      ko: `"feed_forward_proj"는 "relu"나 "gated-gelu" 같은 형태여야 하는데 "${projection.slice(0, 40)}"입니다.`,
    });
  }
  return parts[0] === 'gated';
}

interface T5Spec {
  displayName: string;
  /** Class-name prefix: "T5", "MT5", "UMT5". */
  className: string;
  defaults: { vocab: number; dFf: number; layers: number; heads: number; feedForward: string };
  /** umT5: every self-attention layer has its own relative-position table. */
  biasInEveryLayer: boolean;
}

function t5Family(spec: T5Spec): FamilyCounter {
  return (config) => {
    const { defaults } = spec;
    const vocab = config.int('vocab_size', defaults.vocab, RANGES.vocab);
    const hidden = config.int(['d_model', 'hidden_size'], 512, RANGES.width);
    const headDim = config.int('d_kv', 64, RANGES.width);
    const intermediate = config.int('d_ff', defaults.dFf, RANGES.width);
    const layers = config.int(['num_layers', 'num_hidden_layers'], defaults.layers, RANGES.layers);
    const decoderLayers = config.int('num_decoder_layers', layers, RANGES.layers);
    const heads = config.int(['num_heads', 'num_attention_heads'], defaults.heads, RANGES.heads);
    const buckets = config.int('relative_attention_num_buckets', 32, RANGES.buckets);
    const gated = isGated(config, defaults.feedForward);
    const storesHead = config.bool('tie_word_embeddings', true) === false;
    const declaredContext = config.optionalInt('n_positions', RANGES.positions);
    const encoderOnly = (config.stringList('architectures') ?? []).some((name) => name === `${spec.className}EncoderModel`);

    const attentionSpecs = qkvoSpecs({ hidden, heads, kvHeads: heads, headDim, bias: { qkv: false, output: false }, names: ['q', 'k', 'v', 'o'] });
    const feedForward = gated
      ? linearPart('feedForward', LABEL.gatedFeedForward, gatedSpecs(hidden, intermediate, false, ['wi_0', 'wi_1', 'wo']))
      : linearPart('feedForward', LABEL.feedForward, mlpSpecs(hidden, intermediate, false, ['wi', 'wo']));
    const relativeBias = heads * buckets;

    const stack = (key: 'encoder' | 'decoder', count: number, cross: boolean) => {
      const parts: Part[] = [linearPart('attention', LABEL.selfAttention, attentionSpecs)];
      if (spec.biasInEveryLayer) parts.push(plainPart('relativeBias', LABEL.relativeBiasEveryLayer, relativeBias));
      if (cross) parts.push(linearPart('crossAttention', LABEL.crossAttention, attentionSpecs));
      parts.push(feedForward, plainPart('norms', LABEL.norms, (cross ? 3 : 2) * rmsNorm(hidden)));
      const design = { key: 'layers', label: layersLabel, parts };
      const built = buildStack(uniformLayers(count, design, cross ? attentionCache(heads, headDim) : undefined));
      const children: BreakdownNode[] = [];
      if (!spec.biasInEveryLayer) children.push(leaf('relativeBias', LABEL.relativeBias, relativeBias));
      children.push(...built.nodes, leaf('finalNorm', LABEL.finalNorm, rmsNorm(hidden)));
      return { node: group(key, LABEL[key], children), built };
    };
    const encoder = stack('encoder', layers, false);
    const decoder = stack('decoder', decoderLayers, true);

    const warnings: Bilingual[] = [];
    if (declaredContext === undefined) {
      warnings.push({
        en: 'T5 uses relative positions and has no hard length limit; 512 tokens (its pre-training length) is used as the context.',
        ko: 'T5는 상대 위치를 써서 길이 제한이 없습니다. 문맥 길이는 사전 학습 길이인 512 토큰으로 잡았습니다.',
      });
    }
    const embeddings = table('embeddings', LABEL.sharedEmbeddings, vocab * hidden);
    const sizes = { layers, hidden, heads, kvHeads: heads, headDim, intermediate, vocab, contextLength: declaredContext ?? 512 };
    if (encoderOnly) {
      return {
        displayName: spec.displayName,
        architecture: 'encoder-only',
        countedAs: `${spec.className}EncoderModel (the encoder only, as architectures names it)`,
        breakdown: [embeddings, encoder.node],
        shape: { ...sizes, linearModules: encoder.built.linearModules },
        warnings,
      };
    }
    if (storesHead) {
      const head = groupedCount(vocab * hidden);
      warnings.push({
        en: `tie_word_embeddings is false: the checkpoint stores its own lm_head (${head} parameters on disk), but Transformers 5.18 ties it to the shared table when it builds the model, so it is counted once.`,
        ko: `tie_word_embeddings가 false라 체크포인트에는 별도의 lm_head(파라미터 ${head}개)가 저장되어 있지만, Transformers 5.18은 모델을 만들 때 이를 공유 임베딩과 묶으므로 한 번만 셌습니다.`,
      });
    }

    return {
      displayName: spec.displayName,
      architecture: 'encoder-decoder',
      countedAs: `${spec.className}ForConditionalGeneration (LM head tied to the shared table)`,
      breakdown: [embeddings, encoder.node, decoder.node, table('head', LABEL.tiedHead, 0)],
      shape: {
        ...sizes,
        decoderLayers,
        kvCache: decoder.built.kvCache,
        linearModules: mergeLinearModules([...encoder.built.linearModules, ...decoder.built.linearModules]),
      },
      warnings,
    };
  };
}

export const t5 = t5Family({
  displayName: 'T5',
  className: 'T5',
  defaults: { vocab: 32128, dFf: 2048, layers: 6, heads: 8, feedForward: 'relu' },
  biasInEveryLayer: false,
});

export const mt5 = t5Family({
  displayName: 'mT5',
  className: 'MT5',
  defaults: { vocab: 250112, dFf: 1024, layers: 8, heads: 6, feedForward: 'gated-gelu' },
  biasInEveryLayer: false,
});

export const umt5 = t5Family({
  displayName: 'umT5',
  className: 'UMT5',
  defaults: { vocab: 250112, dFf: 1024, layers: 8, heads: 6, feedForward: 'gated-gelu' },
  biasInEveryLayer: true,
});
