/**
 * GPT-NeoX and Pythia (`GPTNeoXForCausalLM`). Per layer: two LayerNorms (the residual may be parallel or
 * not; the weights are the same), a fused QKV Linear and an output Linear (biased when `attention_bias`,
 * the default), and a biased two-matrix MLP. Rotary embeddings on `rotary_pct` of each head have no weights.
 * The output head `embed_out` has no bias and is untied by default. Defaults from `GPTNeoXConfig`
 * (gpt-neox-20b): vocab 50432, hidden 6144, 44 layers, 64 heads, intermediate 24576, 2048 positions.
 */
import { attention, group, layerNorm, leaf, mlp, outputHead, table } from '../blocks';
import { RANGES } from '../configReader';
import { headSize, type FamilyCounter } from '../family';
import { LABEL, layersLabel } from '../labels';

export const gptNeox: FamilyCounter = (config) => {
  const vocab = config.int('vocab_size', 50432, RANGES.vocab);
  const hidden = config.int('hidden_size', 6144, RANGES.width);
  const layers = config.int('num_hidden_layers', 44, RANGES.layers);
  const heads = config.int('num_attention_heads', 64, RANGES.heads);
  const intermediate = config.int('intermediate_size', 24576, RANGES.width);
  const positions = config.int('max_position_embeddings', 2048, RANGES.positions);
  const tied = config.bool('tie_word_embeddings', false);
  const attentionBias = config.bool('attention_bias', true);
  const headDim = headSize(hidden, heads, { hidden: 'hidden_size', heads: 'num_attention_heads' });

  return {
    displayName: 'GPT-NeoX / Pythia',
    architecture: 'decoder-only',
    countedAs: 'GPTNeoXForCausalLM',
    breakdown: [
      table('embeddings', LABEL.tokenEmbeddings, vocab * hidden),
      group(
        'layers',
        layersLabel(layers),
        [
          leaf('attention', LABEL.selfAttention, attention(hidden, hidden, hidden, { qkv: attentionBias, output: attentionBias })),
          leaf('feedForward', LABEL.feedForward, mlp(hidden, intermediate, true)),
          leaf('norms', LABEL.norms, 2 * layerNorm(hidden)),
        ],
        layers,
      ),
      leaf('finalNorm', LABEL.finalNorm, layerNorm(hidden)),
      outputHead(vocab, hidden, tied),
    ],
    shape: { layers, hidden, heads, kvHeads: heads, headDim, intermediate, vocab, contextLength: positions },
    warnings: [],
  };
};
