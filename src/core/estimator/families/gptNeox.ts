/**
 * GPT-NeoX and Pythia (`GPTNeoXForCausalLM`). Per layer: two LayerNorms (the residual may be parallel or
 * not; the weights are the same), a fused `query_key_value` and an output `dense` (biased when
 * `attention_bias`, the default), and a biased two-matrix MLP. Rotary embeddings on `rotary_pct` of each
 * head have no weights. The output head `embed_out` has no bias and is untied by default. Defaults from
 * `GPTNeoXConfig` (gpt-neox-20b): vocab 50432, hidden 6144, 44 layers, 64 heads, intermediate 24576, 2048
 * positions.
 */
import { layerNorm } from '../blocks';
import { RANGES } from '../configReader';
import { decoderModel, finalNorm, tokenTable } from '../decoder';
import { headSize, type FamilyCounter } from '../family';
import { LABEL } from '../labels';
import { linearPart, mlpSpecs } from '../parts';
import { attentionCache, uniformLayers } from '../stack';
import { normsPart, uniformDesign } from './llamaLike';

export const gptNeox: FamilyCounter = (config) => {
  const vocab = config.int('vocab_size', 50432, RANGES.vocab);
  const hidden = config.int('hidden_size', 6144, RANGES.width);
  const layers = config.int('num_hidden_layers', 44, RANGES.layers);
  const heads = config.int('num_attention_heads', 64, RANGES.heads);
  const intermediate = config.int('intermediate_size', 24576, RANGES.width);
  const positions = config.int('max_position_embeddings', 2048, RANGES.positions);
  const tied = config.bool('tie_word_embeddings', false);
  const bias = config.bool('attention_bias', true);
  const headDim = headSize(hidden, heads, { hidden: 'hidden_size', heads: 'num_attention_heads' });
  const design = uniformDesign([
    linearPart('attention', LABEL.selfAttention, [
      { name: 'query_key_value', inputs: hidden, outputs: 3 * hidden, bias },
      { name: 'dense', inputs: hidden, outputs: hidden, bias },
    ]),
    linearPart('feedForward', LABEL.feedForward, mlpSpecs(hidden, intermediate, true, ['dense_h_to_4h', 'dense_4h_to_h'])),
    normsPart(2 * layerNorm(hidden)),
  ]);
  return decoderModel({
    displayName: 'GPT-NeoX / Pythia',
    countedAs: 'GPTNeoXForCausalLM',
    embeddings: [tokenTable(vocab, hidden)],
    layers: uniformLayers(layers, design, attentionCache(heads, headDim)),
    tail: [finalNorm(layerNorm(hidden))],
    head: { vocab, inputs: hidden, tied },
    shape: { hidden, heads, kvHeads: heads, headDim, intermediate, vocab, contextLength: positions },
    warnings: [],
  });
};
