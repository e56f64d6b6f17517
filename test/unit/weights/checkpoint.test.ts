import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { memorySource, readShardedCheckpoint } from '../../../src/core/weights/load';
import { folderReport, weightsLayout } from '../../../src/core/weights/modelFolder';
import { parseShardIndex } from '../../../src/core/weights/shardIndex';
import { summariseTensors } from '../../../src/core/weights/summary';
import { llamaParameters, llamaTensors, safetensorBytes, shard, writeSafetensors, type LlamaShape } from './writers';

const SHAPE: LlamaShape = { layers: 4, hidden: 64, intermediate: 128, vocab: 100, heads: 4, kvHeads: 2 };

function checkpoint(n: number, shape = SHAPE) {
  const tensors = llamaTensors(shape);
  const { files, index } = shard(tensors, n);
  const bytes = new Map(files.map((f) => [f.name, writeSafetensors(f.tensors)]));
  return { tensors, index, bytes };
}

describe('sharded checkpoints', () => {
  test('joins every shard\'s header; totals equal a hand count, each tensor knows its shard', async () => {
    const { tensors, index, bytes } = checkpoint(3);
    const reads: Array<[string, number, number]> = [];
    const result = await readShardedCheckpoint(index, async (file) => {
      const data = bytes.get(file);
      return data && memorySource(data, (o, l) => reads.push([file, o, l]));
    });
    assert.ok(result.ok);
    assert.equal(result.value.files.length, 3);
    assert.deepEqual(result.value.warnings, []);
    const summary = summariseTensors('safetensors', result.value.tensors, { files: 3 });
    assert.equal(summary.parameters, llamaParameters(SHAPE));
    assert.equal(summary.bytes, tensors.reduce((s, t) => s + safetensorBytes(t), 0));
    assert.equal(result.value.tensors.find((t) => t.name === 'lm_head.weight')?.shard, 'model-00003-of-00003.safetensors');
    // Two reads per shard, both inside its header.
    assert.equal(reads.length, 6);
    for (const [file, o, l] of reads) assert.ok(o + l <= 8 + (bytes.get(file)!.length - tensorsBytes(file)), file);
    function tensorsBytes(file: string) {
      return result.ok ? result.value.tensors.filter((t) => t.shard === file).reduce((s, t) => s + t.bytes, 0) : 0;
    }
  });

  test('a missing shard, a broken shard and a total_size that disagrees are warnings; the rest is counted', async () => {
    const { index, bytes } = checkpoint(3);
    const json = JSON.parse(index);
    json.metadata.total_size += 2;
    const result = await readShardedCheckpoint(JSON.stringify(json), async (file) => {
      if (file.startsWith('model-00002')) return undefined;
      if (file.startsWith('model-00003')) return memorySource(new Uint8Array([1, 2, 3]));
      return memorySource(bytes.get(file)!);
    });
    assert.ok(result.ok);
    const text = result.value.warnings.map((w) => w.en).join('\n');
    assert.match(text, /Shard model-00002-of-00003\.safetensors is missing/);
    assert.match(text, /model-00003-of-00003\.safetensors: The file has 3 bytes/);
    assert.match(text, /tensors of the index are in no shard read/);
    assert.match(text, /total_size is/);
  });

  test('no readable shard at all is a failure with the first reason', async () => {
    const { index } = checkpoint(2);
    const result = await readShardedCheckpoint(index, async () => undefined);
    assert.ok(!result.ok);
    assert.match(result.error.message.en, /None of the 2 shards could be read\. Shard .* is missing/);
  });

  test('the index is validated: JSON, a weight_map object, shard names inside the folder', () => {
    assert.match((parseShardIndex('{') as { error: { message: { en: string } } }).error.message.en, /not valid JSON/);
    assert.match((parseShardIndex('{"metadata": {}}') as { error: { message: { en: string } } }).error.message.en, /no "weight_map"/);
    for (const bad of ['../../etc/passwd', '/abs/model.safetensors', 'C:\\x.safetensors']) {
      const parsed = parseShardIndex(JSON.stringify({ weight_map: { a: bad } }));
      assert.ok(!parsed.ok, bad);
    }
    const ok = parseShardIndex(JSON.stringify({ metadata: { total_size: 10 }, weight_map: { a: 'x.safetensors', b: 'y.safetensors', c: 'x.safetensors' } }));
    assert.ok(ok.ok);
    assert.deepEqual(ok.value.shards, ['x.safetensors', 'y.safetensors']);
    assert.equal(ok.value.totalSize, 10);
  });
});

describe('model folders', () => {
  test('which files hold the weights', () => {
    assert.deepEqual(weightsLayout(['config.json', 'model.safetensors.index.json', 'model-00001-of-00002.safetensors']), { kind: 'sharded', index: 'model.safetensors.index.json' });
    assert.deepEqual(weightsLayout(['config.json', 'model.safetensors']), { kind: 'single', files: ['model.safetensors'] });
    assert.deepEqual(weightsLayout(['config.json', 'pytorch_model.bin']), { kind: 'none', unreadable: ['pytorch_model.bin'] });
  });

  const config = (s: LlamaShape, extra: Record<string, unknown> = {}) =>
    JSON.stringify({ model_type: 'llama', architectures: ['LlamaForCausalLM'], hidden_size: s.hidden, intermediate_size: s.intermediate, num_hidden_layers: s.layers, num_attention_heads: s.heads, num_key_value_heads: s.kvHeads, vocab_size: s.vocab, max_position_embeddings: 2048, tie_word_embeddings: !!s.tied, ...extra });
  const asCheckpoint = (specs: ReturnType<typeof llamaTensors>) => {
    let offset = 0;
    const tensors = specs.map((t) => {
      const bytes = safetensorBytes(t);
      const info = { name: t.name, dtype: t.dtype, shape: t.shape, elements: t.shape.reduce((a, b) => a * b, 1), bytes, offset };
      offset += bytes;
      return info;
    });
    return { files: ['model.safetensors'], tensors, warnings: [], metadata: {} };
  };

  test('config and weights agree: both counts shown, no explanation needed', () => {
    const report = folderReport(config(SHAPE), asCheckpoint(llamaTensors(SHAPE)));
    assert.ok(report.estimate.ok);
    assert.equal(report.comparison?.configParameters, llamaParameters(SHAPE));
    assert.equal(report.comparison?.weightsParameters, llamaParameters(SHAPE));
    assert.equal(report.comparison?.matches, true);
  });

  test('a head the checkpoint ties while the config does not is named', () => {
    const report = folderReport(config(SHAPE), asCheckpoint(llamaTensors({ ...SHAPE, tied: true })));
    const c = report.comparison!;
    assert.equal(c.difference, -SHAPE.vocab * SHAPE.hidden);
    assert.equal(c.explained, true);
    assert.equal(c.explanations[0].kind, 'missing-head');
    assert.match(c.explanations[0].message.en, /lm_head\.weight is not stored \(6,400 = 100 × 64 parameters\)/);
  });

  test('a stored head while the config ties it is named', () => {
    const report = folderReport(config({ ...SHAPE, tied: true }), asCheckpoint(llamaTensors(SHAPE)));
    assert.equal(report.comparison?.explanations[0].kind, 'extra-head');
    assert.equal(report.comparison?.explained, true);
  });

  test('an extra vision tower and an MTP layer past num_hidden_layers explain the difference exactly', () => {
    const specs = [
      ...llamaTensors({ ...SHAPE, layers: SHAPE.layers + 1 }),
      { name: 'model.vision_tower.encoder.layers.0.attn.qkv.weight', dtype: 'BF16', shape: [192, 64] },
      { name: 'model.vision_tower.encoder.layers.1.attn.qkv.weight', dtype: 'BF16', shape: [192, 64] },
      { name: 'model.multi_modal_projector.linear.weight', dtype: 'BF16', shape: [64, 64] },
    ];
    const report = folderReport(config(SHAPE), asCheckpoint(specs));
    const c = report.comparison!;
    const layer = 2 * 64 + 2 * 64 * 64 + 2 * 32 * 64 + 3 * 128 * 64;
    assert.equal(c.difference, layer + 2 * 192 * 64 + 64 * 64);
    assert.equal(c.explained, true);
    const kinds = c.explanations.map((e) => [e.kind, e.parameters, e.examples[0]]);
    assert.deepEqual(kinds, [
      ['extra-module', 2 * 192 * 64, 'model.vision_tower.*'],
      ['extra-module', 64 * 64, 'model.multi_modal_projector.*'],
      ['extra-layers', layer, 'model.layers.4.*'],
    ]);
    assert.match(c.explanations[2].message.en, /past the config's 4 layers/);
    assert.match(c.explanations[2].message.ko, /MTP/);
  });

  test('a difference nothing explains says so', () => {
    const specs = [...llamaTensors(SHAPE), { name: 'model.extra_bias', dtype: 'BF16', shape: [7] }];
    const c = folderReport(config(SHAPE), asCheckpoint(specs)).comparison!;
    assert.equal(c.explained, false);
    assert.deepEqual(c.explanations.map((e) => [e.kind, e.parameters]), [['unexplained', 7]]);
  });

  test('a GPTQ folder: the config count equals the unpacked weights', async () => {
    const { toGptq } = await import('./writers');
    const s: LlamaShape = { layers: 2, hidden: 256, intermediate: 512, vocab: 100, heads: 4, kvHeads: 2 };
    const report = folderReport(config(s, { quantization_config: { quant_method: 'gptq', bits: 4, group_size: 128 } }), asCheckpoint(toGptq(llamaTensors(s))));
    assert.equal(report.comparison?.matches, true);
    assert.deepEqual(report.summary.schemes, ['gptq']);
  });
});

describe('shards a host will not read', () => {
  test('a refusal (too big to read whole on the web) is reported with its reason, not as a missing shard', async () => {
    const { SourceUnavailable } = await import('../../../src/core/weights/load');
    const { index } = checkpoint(2);
    const result = await readShardedCheckpoint(index, async () => {
      throw new SourceUnavailable({ en: 'This file is 5,000.0 MB; read whole only up to 64 MB.', ko: '이 파일은 5,000.0 MB입니다.' });
    });
    assert.ok(!result.ok);
    assert.match(result.error.message.en, /None of the 2 shards could be read\. model-00001-of-00002\.safetensors: This file is 5,000\.0 MB/);
    assert.match(result.error.message.ko, /이 파일은 5,000\.0 MB입니다/);
  });
});

describe("the index's total_parameters", () => {
  test('equal, different, or not compared for a quantized checkpoint', async () => {
    const { totalParametersNote } = await import('../../../src/core/weights/shardIndex');
    const parsed = parseShardIndex(JSON.stringify({ metadata: { total_size: 8, total_parameters: 1_000 }, weight_map: { a: 'x.safetensors' } }));
    assert.ok(parsed.ok);
    assert.equal(parsed.value.totalParameters, 1000);
    assert.equal(totalParametersNote(parsed.value, 1000, false), undefined);
    assert.match(totalParametersNote(parsed.value, 1200, false)!.en, /total_parameters \(written by transformers when it saved the model\) is 1,000; the headers hold 1,200/);
    assert.equal(totalParametersNote(parsed.value, 1200, true), undefined);
    assert.equal(totalParametersNote({ ...parsed.value, totalParameters: undefined }, 1200, false), undefined);
  });
});
