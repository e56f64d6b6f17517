import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { memorySource, readSafetensorsHeader } from '../../../src/core/weights/load';
import { SAFETENSORS_MAX_HEADER_BYTES } from '../../../src/core/weights/safetensors';
import { safetensorBytes, writeSafetensors, type SafetensorSpec } from './writers';

const TENSORS: SafetensorSpec[] = [
  { name: 'model.embed_tokens.weight', dtype: 'BF16', shape: [32, 16] },
  { name: 'model.layers.0.self_attn.q_proj.weight', dtype: 'F32', shape: [16, 16] },
  { name: 'model.layers.0.mlp.up_proj.bias', dtype: 'F16', shape: [24] },
  { name: 'scalar', dtype: 'I64', shape: [] },
];

/** Reads a file through the bounded reader, recording every byte range asked for. */
async function read(bytes: Uint8Array) {
  const reads: Array<[number, number]> = [];
  const result = await readSafetensorsHeader(memorySource(bytes, (o, l) => reads.push([o, l])));
  return { result, reads };
}

describe('safetensors header', () => {
  test('reads every tensor with its dtype, shape, bytes and offsets, and the metadata', async () => {
    const file = writeSafetensors(TENSORS, { metadata: { format: 'pt' } });
    const { result, reads } = await read(file);
    assert.ok(result.ok);
    const { tensors, metadata, warnings } = result.value;
    assert.deepEqual(metadata, { format: 'pt' });
    assert.deepEqual(warnings, []);
    assert.deepEqual(
      tensors.map((t) => [t.name, t.dtype, t.shape, t.elements, t.bytes]),
      TENSORS.map((t) => [t.name, t.dtype, t.shape, t.shape.reduce((a, b) => a * b, 1), safetensorBytes(t)]),
    );
    // 32·16·2 = 1024 bytes, then 16·16·4 = 1024, then 24·2 = 48, then one i64.
    assert.deepEqual(tensors.map((t) => t.offset), [0, 1024, 2048, 2096]);
    // Two reads: the 8-byte length, then exactly the header; never a byte of tensor data.
    const headerLength = Number(new DataView(file.buffer).getBigUint64(0, true));
    assert.deepEqual(reads, [[0, 8], [8, headerLength]]);
  });

  test('a file shorter than 8 bytes is refused as truncated', async () => {
    const { result } = await read(new Uint8Array([1, 2, 3]));
    assert.ok(!result.ok);
    assert.equal(result.error.code, 'truncated');
    assert.match(result.error.message.en, /3 bytes: too short/);
    assert.match(result.error.message.ko, /3바이트/);
  });

  test('a header length larger than the file is refused before reading it', async () => {
    const file = writeSafetensors(TENSORS, { claimedHeaderLength: 1_000_000n });
    const { result, reads } = await read(file);
    assert.ok(!result.ok);
    assert.equal(result.error.code, 'truncated');
    assert.match(result.error.message.en, /claims 1,000,000 bytes but the file has only/);
    assert.deepEqual(reads, [[0, 8]]);
  });

  test('a huge claimed header (over 100 MB, or 2^64−1) is refused with only 8 bytes read', async () => {
    for (const claimed of [BigInt(SAFETENSORS_MAX_HEADER_BYTES + 1), 2n ** 64n - 1n]) {
      const { result, reads } = await read(writeSafetensors(TENSORS, { claimedHeaderLength: claimed }));
      assert.ok(!result.ok);
      assert.equal(result.error.code, 'header-too-large');
      assert.match(result.error.message.en, /over 100\.0 MB are refused/);
      assert.deepEqual(reads, [[0, 8]]);
    }
  });

  test('a real 100 MB+ header on a file is never read whole', async () => {
    // 8-byte prefix claiming 150 MB, on a sparse view whose size says the bytes exist.
    const prefix = new Uint8Array(8);
    new DataView(prefix.buffer).setBigUint64(0, 150_000_000n, true);
    const reads: number[] = [];
    const result = await readSafetensorsHeader({ size: 200_000_000, read: async (o, l) => (reads.push(l), o === 0 ? prefix : new Uint8Array(l)) });
    assert.ok(!result.ok);
    assert.equal(result.error.code, 'header-too-large');
    assert.deepEqual(reads, [8]);
  });

  test('offsets past the data section, overlapping tensors and shapes that do not match their bytes are refused', async () => {
    const cases: Array<[string, (e: Record<string, { dtype: string; shape: number[]; data_offsets: [number, number] }>) => void, RegExp]> = [
      ['out of range', (e) => (e.scalar.data_offsets = [2096 + 4096, 2104 + 4096]), /ends at byte 6200 of a data section of 2104 bytes/],
      ['overlap', (e) => (e['model.layers.0.self_attn.q_proj.weight'].data_offsets = [512, 1536]), /overlap/],
      ['shape vs bytes', (e) => (e['model.layers.0.mlp.up_proj.bias'].shape = [25]), /needs 50 bytes but its offsets span 48/],
      ['unknown dtype', (e) => (e.scalar.dtype = 'Q4'), /unknown dtype "Q4"/],
      ['begin after end', (e) => (e.scalar.data_offsets = [2104, 2096]), /begin ≤ end/],
    ];
    for (const [label, tamper, message] of cases) {
      const { result } = await read(writeSafetensors(TENSORS, { tamper }));
      assert.ok(!result.ok, label);
      assert.equal(result.error.code, 'bad-tensor', label);
      assert.match(result.error.message.en, message, label);
      assert.ok(result.error.message.ko.length > 0);
    }
  });

  test('a file cut inside its data has tensors out of range; cut inside its header it is truncated', async () => {
    const full = writeSafetensors(TENSORS);
    const inData = await read(full.slice(0, full.length - 100));
    assert.ok(!inData.result.ok);
    assert.match(inData.result.error.message.en, /data section of \d+ bytes/);
    const inHeader = await read(full.slice(0, 40));
    assert.ok(!inHeader.result.ok);
    assert.equal(inHeader.result.error.code, 'truncated');
  });

  test('malformed JSON, a non-object header and invalid UTF-8 get clear messages', async () => {
    for (const [raw, message] of [
      ['{"a": ', /not valid UTF-8 JSON/],
      ['[1, 2, 3]', /not a JSON object/],
    ] as const) {
      const { result } = await read(writeSafetensors([], { rawHeader: raw }));
      assert.ok(!result.ok);
      assert.equal(result.error.code, 'invalid-header');
      assert.match(result.error.message.en, message);
    }
    const bad = writeSafetensors([], { rawHeader: '{"x":1}   ' });
    bad[9] = 0xff;
    const { result } = await read(bad);
    assert.ok(!result.ok);
    assert.match(result.error.message.en, /UTF-8/);
  });

  test('gaps between tensors are counted but flagged', async () => {
    const file = writeSafetensors(TENSORS, { tamper: (e) => (e.scalar.data_offsets = [2104, 2112]) });
    // The tamper moved the last tensor 8 bytes on: give the file those 8 bytes.
    const grown = new Uint8Array(file.length + 8);
    grown.set(file);
    const { result } = await read(grown);
    assert.ok(result.ok);
    assert.match(result.value.warnings[0].en, /8 bytes between tensors belong to none/);
  });

  test('binary junk is refused without an exception', async () => {
    const junk = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
    const { result } = await read(junk);
    assert.ok(!result.ok);
    assert.ok(['header-too-large', 'truncated', 'invalid-header'].includes(result.error.code));
  });

  test('a read that throws becomes an "unreadable" failure', async () => {
    const result = await readSafetensorsHeader({ size: 100, read: async () => Promise.reject(new Error('EACCES: permission denied')) });
    assert.ok(!result.ok);
    assert.equal(result.error.code, 'unreadable');
    assert.match(result.error.message.en, /EACCES/);
  });
});
