/**
 * GPT-2 (`GPT2LMHeadModel`). Defaults from `GPT2Config`: vocab 50257, n_positions 1024, n_embd 768,
 * n_layer 12, n_head 12, n_inner None ⇒ 4·n_embd; the LM head is tied to `wte` unless
 * `tie_word_embeddings` is false. Attention and MLP use `Conv1D`s with biases (same counts as Linear).
 */
import { biasedEncoderLayer, group, layerNorm, leaf, outputHead, table } from '../blocks';
import { RANGES } from '../configReader';
import { headSize, type FamilyCounter } from '../family';
import { LABEL, layersLabel } from '../labels';

export const gpt2: FamilyCounter = (config) => {
  const vocab = config.int('vocab_size', 50257, RANGES.vocab);
  const positions = config.int(['n_positions', 'max_position_embeddings'], 1024, RANGES.positions);
  const hidden = config.int(['n_embd', 'hidden_size'], 768, RANGES.width);
  const layers = config.int(['n_layer', 'num_hidden_layers'], 12, RANGES.layers);
  const heads = config.int(['n_head', 'num_attention_heads'], 12, RANGES.heads);
  const inner = config.optionalInt('n_inner', RANGES.width) ?? 4 * hidden;
  const tied = config.bool('tie_word_embeddings', true);
  const headDim = headSize(hidden, heads, { hidden: 'n_embd', heads: 'n_head' });

  return {
    displayName: 'GPT-2',
    architecture: 'decoder-only',
    countedAs: 'GPT2LMHeadModel',
    breakdown: [
      group('embeddings', LABEL.embeddings, [
        table('token', LABEL.tokenEmbeddings, vocab * hidden),
        table('position', LABEL.positionEmbeddings, positions * hidden),
      ]),
      group('layers', layersLabel(layers), biasedEncoderLayer(hidden, inner), layers),
      leaf('finalNorm', LABEL.finalNorm, layerNorm(hidden)),
      outputHead(vocab, hidden, tied),
    ],
    shape: { layers, hidden, heads, kvHeads: heads, headDim, intermediate: inner, vocab, contextLength: positions },
    warnings: [],
  };
};
