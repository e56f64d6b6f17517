/**
 * Falcon (`FalconForCausalLM`), both decoder architectures Transformers builds:
 * - the original one (Falcon-7B, Falcon-RW): `multi_query` (the default) fuses Q for every head with one
 *   shared K/V head into `query_key_value` (hidden + 2·head_dim outputs; 3·hidden without it); attention
 *   and MLP in parallel off one LayerNorm when `parallel_attn`, otherwise two LayerNorms in sequence;
 * - `new_decoder_architecture` (Falcon-40B/180B): grouped K/V (`num_kv_heads`) in the same fused Linear,
 *   and two LayerNorms (`ln_attn`, `ln_mlp`) unless `num_ln_in_parallel_attn` is 1.
 * `bias` switches every Linear's bias; the MLP is `ffn_hidden_size` (4·hidden by default) wide; rotary or
 * ALiBi positions have no weights; the head is tied by default. The KV cache is counted with the
 * architecture's K/V heads (Transformers itself broadcasts them to every head before caching).
 */
import { layerNorm } from '../blocks';
import { RANGES } from '../configReader';
import { decoderModel, finalNorm, tokenTable } from '../decoder';
import { headSize, kvGroupingWarnings, type FamilyCounter } from '../family';
import { LABEL } from '../labels';
import { linearPart, mlpSpecs } from '../parts';
import { attentionCache, uniformLayers } from '../stack';
import { normsPart, uniformDesign } from './llamaLike';

export const falcon: FamilyCounter = (config) => {
  const vocab = config.int('vocab_size', 65024, RANGES.vocab);
  const hidden = config.int('hidden_size', 4544, RANGES.width);
  const layers = config.int('num_hidden_layers', 32, RANGES.layers);
  const heads = config.int('num_attention_heads', 71, RANGES.heads);
  const kvSetting = config.optionalInt('num_kv_heads', RANGES.heads) ?? heads;
  const newArchitecture = config.bool('new_decoder_architecture', false);
  const multiQuery = config.bool('multi_query', true);
  const parallel = config.bool('parallel_attn', true);
  const bias = config.bool('bias', false);
  const ffn = config.optionalInt('ffn_hidden_size', RANGES.width) ?? 4 * hidden;
  const positions = config.int('max_position_embeddings', 2048, RANGES.positions);
  const tied = config.bool('tie_word_embeddings', true);
  const headDim = headSize(hidden, heads, { hidden: 'hidden_size', heads: 'num_attention_heads' });

  const kvHeads = newArchitecture || !multiQuery ? kvSetting : 1;
  const qkvOutputs = newArchitecture ? (2 * kvHeads + heads) * headDim : multiQuery ? hidden + 2 * headDim : 3 * hidden;
  const normsInParallel = config.optionalInt('num_ln_in_parallel_attn', { min: 1, max: 2 }) ?? (newArchitecture ? 2 : 1);
  const norms = !parallel ? 2 : normsInParallel === 2 ? 2 : 1;
  const design = uniformDesign([
    linearPart('attention', LABEL.selfAttention, [
      { name: 'query_key_value', inputs: hidden, outputs: qkvOutputs, bias },
      { name: 'dense', inputs: hidden, outputs: hidden, bias },
    ]),
    linearPart('feedForward', LABEL.feedForward, mlpSpecs(hidden, ffn, bias, ['dense_h_to_4h', 'dense_4h_to_h'])),
    normsPart(norms * layerNorm(hidden)),
  ]);
  return decoderModel({
    displayName: newArchitecture ? 'Falcon (new decoder architecture)' : 'Falcon',
    countedAs: 'FalconForCausalLM',
    embeddings: [tokenTable(vocab, hidden)],
    layers: uniformLayers(layers, design, attentionCache(kvHeads, headDim)),
    tail: [finalNorm(layerNorm(hidden))],
    head: { vocab, inputs: hidden, tied },
    shape: { hidden, heads, kvHeads, headDim, intermediate: ffn, vocab, contextLength: positions },
    warnings: kvGroupingWarnings(heads, kvHeads),
  });
};
