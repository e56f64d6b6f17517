// Benchmark of the weights reader on real files (run by scripts/bench.mjs through tsx): an 8-shard
// checkpoint of 1,000 tensors shaped like a 75B model, and a 300-tensor GGUF file with a 128k-token
// vocabulary. The files are sparse (header written, size set with truncate), so they take no disk
// space, yet every read goes through Node's fs exactly as in the extension host.
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { nodeFileSource } from '../../../src/adapters/weights/nodeFileSource';
import { readGgufHeader, readShardedCheckpoint } from '../../../src/core/weights/load';
import { folderReport } from '../../../src/core/weights/modelFolder';
import { summariseTensors } from '../../../src/core/weights/summary';
import { ggufTensorBytes, llamaGgufMetadata, llamaGgufTensors, safetensorBytes, shard, writeGguf, writeSafetensors, type SafetensorSpec } from '../../unit/weights/writers';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Qwen2-72B's block (biased q/k/v) repeated 83 times: 83 × 12 + 4 = 1,000 tensors. */
function bigCheckpoint(): { tensors: SafetensorSpec[]; config: string } {
  const hidden = 8192;
  const inter = 29568;
  const vocab = 152064;
  const kv = 1024;
  const layers = 83;
  const tensors: SafetensorSpec[] = [{ name: 'model.embed_tokens.weight', dtype: 'BF16', shape: [vocab, hidden] }];
  for (let i = 0; i < layers; i++) {
    const p = `model.layers.${i}`;
    tensors.push(
      { name: `${p}.input_layernorm.weight`, dtype: 'BF16', shape: [hidden] },
      { name: `${p}.self_attn.q_proj.weight`, dtype: 'BF16', shape: [hidden, hidden] },
      { name: `${p}.self_attn.q_proj.bias`, dtype: 'BF16', shape: [hidden] },
      { name: `${p}.self_attn.k_proj.weight`, dtype: 'BF16', shape: [kv, hidden] },
      { name: `${p}.self_attn.k_proj.bias`, dtype: 'BF16', shape: [kv] },
      { name: `${p}.self_attn.v_proj.weight`, dtype: 'BF16', shape: [kv, hidden] },
      { name: `${p}.self_attn.v_proj.bias`, dtype: 'BF16', shape: [kv] },
      { name: `${p}.self_attn.o_proj.weight`, dtype: 'BF16', shape: [hidden, hidden] },
      { name: `${p}.post_attention_layernorm.weight`, dtype: 'BF16', shape: [hidden] },
      { name: `${p}.mlp.gate_proj.weight`, dtype: 'BF16', shape: [inter, hidden] },
      { name: `${p}.mlp.up_proj.weight`, dtype: 'BF16', shape: [inter, hidden] },
      { name: `${p}.mlp.down_proj.weight`, dtype: 'BF16', shape: [hidden, inter] },
    );
  }
  tensors.push({ name: 'model.norm.weight', dtype: 'BF16', shape: [hidden] }, { name: 'lm_head.weight', dtype: 'BF16', shape: [vocab, hidden] });
  const config = JSON.stringify({ model_type: 'qwen2', architectures: ['Qwen2ForCausalLM'], hidden_size: hidden, intermediate_size: inter, num_hidden_layers: layers, num_attention_heads: 64, num_key_value_heads: 8, vocab_size: vocab, max_position_embeddings: 32768, tie_word_embeddings: false });
  return { tensors, config };
}

/** Writes the header of a file whose data would take `dataBytes`, and sizes it sparsely. */
function sparse(path: string, header: Uint8Array, dataBytes: number): void {
  writeFileSync(path, header);
  truncateSync(path, header.length + dataBytes);
}

export async function measureWeights(): Promise<Record<string, number>> {
  const folder = mkdtempSync(join(tmpdir(), 'llm-atlas-bench-weights-'));
  try {
    const { tensors, config } = bigCheckpoint();
    const { files, index } = shard(tensors, 8);
    for (const f of files) sparse(join(folder, f.name), writeSafetensors(f.tensors, { withoutData: true }), f.tensors.reduce((s, t) => s + safetensorBytes(t), 0));
    const open = (file: string) => nodeFileSource(join(folder, file));
    const shardedMs: number[] = [];
    let parameters = 0;
    for (let i = 0; i < 7; i++) {
      const started = performance.now();
      const checkpoint = await readShardedCheckpoint(index, open);
      if (!checkpoint.ok) throw new Error(checkpoint.error.message.en);
      const report = folderReport(config, checkpoint.value);
      parameters = report.summary.parameters;
      shardedMs.push(performance.now() - started);
    }

    const shape = { layers: 33, hidden: 4096, intermediate: 14336, vocab: 128256, heads: 32, kvHeads: 8 };
    const gguf = llamaGgufTensors(shape);
    const ggufPath = join(folder, 'bench-Q4_K_M.gguf');
    const header = writeGguf(llamaGgufMetadata(shape), gguf, { withoutData: true });
    sparse(ggufPath, header, gguf.reduce((s, t) => s + Math.ceil(ggufTensorBytes(t) / 32) * 32, 0));
    const ggufMs: number[] = [];
    let ggufTensors = 0;
    for (let i = 0; i < 7; i++) {
      const started = performance.now();
      const parsed = await readGgufHeader(await nodeFileSource(ggufPath));
      if (!parsed.ok) throw new Error(parsed.error.message.en);
      ggufTensors = summariseTensors('gguf', parsed.value.tensors).tensorCount;
      ggufMs.push(performance.now() - started);
    }
    return { shardedTensors: tensors.length, shardedParameters: parameters, shardedMs: median(shardedMs), ggufTensors, ggufHeaderBytes: header.length, ggufMs: median(ggufMs) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
