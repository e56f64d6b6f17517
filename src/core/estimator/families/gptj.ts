/**
 * GPT-J and CodeGen (`GPTJForCausalLM`, `CodeGenForCausalLM`): attention and MLP in parallel off one
 * LayerNorm per layer, rotary positions (no weights), bias-free attention, a biased MLP (`fc_in`,
 * `fc_out`, n_inner ⇒ 4·n_embd) and an LM head with a bias that stays when its weight is tied. GPT-J has
 * separate Q, K, V; CodeGen one fused `qkv_proj`. Defaults from `GPTJConfig` / `CodeGenConfig` (the 6B
 * shape): vocab 50400, n_embd 4096, 28 layers, 16 heads, 2048 positions, untied head.
 */
import { layerNorm } from '../blocks';
import { RANGES, type ConfigReader } from '../configReader';
import { decoderModel, finalNorm, tokenTable } from '../decoder';
import { headSize, type FamilyCounter } from '../family';
import { LABEL } from '../labels';
import { linearPart, mlpSpecs, qkvoSpecs, type LinearSpec } from '../parts';
import { attentionCache, uniformLayers } from '../stack';
import { normsPart, uniformDesign } from './llamaLike';

function parallelDecoder(displayName: string, countedAs: string, attention: (hidden: number, headDim: number, heads: number) => LinearSpec[]): FamilyCounter {
  return (config: ConfigReader) => {
    const vocab = config.int('vocab_size', 50400, RANGES.vocab);
    const positions = config.int(['n_positions', 'max_position_embeddings'], 2048, RANGES.positions);
    const hidden = config.int(['n_embd', 'hidden_size'], 4096, RANGES.width);
    const layers = config.int(['n_layer', 'num_hidden_layers'], 28, RANGES.layers);
    const heads = config.int(['n_head', 'num_attention_heads'], 16, RANGES.heads);
    const inner = config.optionalInt('n_inner', RANGES.width) ?? 4 * hidden;
    const tied = config.bool('tie_word_embeddings', false);
    const headDim = headSize(hidden, heads, { hidden: 'n_embd', heads: 'n_head' });
    const design = uniformDesign([
      linearPart('attention', LABEL.selfAttention, attention(hidden, headDim, heads)),
      linearPart('feedForward', LABEL.feedForward, mlpSpecs(hidden, inner, true, ['fc_in', 'fc_out'])),
      normsPart(layerNorm(hidden)),
    ]);
    return decoderModel({
      displayName,
      countedAs,
      embeddings: [tokenTable(vocab, hidden)],
      layers: uniformLayers(layers, design, attentionCache(heads, headDim)),
      tail: [finalNorm(layerNorm(hidden))],
      head: { vocab, inputs: hidden, tied, bias: true },
      shape: { hidden, heads, kvHeads: heads, headDim, intermediate: inner, vocab, contextLength: positions },
      warnings: [],
    });
  };
}

export const gptj = parallelDecoder('GPT-J', 'GPTJForCausalLM', (hidden, headDim, heads) =>
  qkvoSpecs({ hidden, heads, kvHeads: heads, headDim, bias: { qkv: false, output: false }, names: ['q_proj', 'k_proj', 'v_proj', 'out_proj'] }),
);

export const codegen = parallelDecoder('CodeGen', 'CodeGenForCausalLM', (hidden) => [
  { name: 'qkv_proj', inputs: hidden, outputs: 3 * hidden, bias: false },
  { name: 'out_proj', inputs: hidden, outputs: hidden, bias: false },
]);
