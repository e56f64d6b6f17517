import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { GGUF_MAX_HEADER_BYTES, parseGguf } from '../../../src/core/weights/gguf';
import { ggufModelInfo } from '../../../src/core/weights/ggufInfo';
import { readGgufHeader } from '../../../src/core/weights/load';
import { summariseTensors } from '../../../src/core/weights/summary';
import { GGML_BLOCKS, ggufTensorBytes, llamaGgufMetadata, llamaGgufTensors, writeGguf, type GgufTensorSpec, type LlamaShape } from './writers';

const TINY: LlamaShape = { layers: 2, hidden: 256, intermediate: 512, vocab: 300, heads: 4, kvHeads: 2 };

async function read(bytes: Uint8Array, size = bytes.length) {
  const reads: Array<[number, number]> = [];
  const source = { size, read: async (o: number, l: number) => (reads.push([o, l]), bytes.subarray(o, Math.min(bytes.length, o + l))) };
  return { result: await readGgufHeader(source), reads };
}

describe('GGUF header', () => {
  test('reads metadata and tensor infos of a v3 file with a Q4_K/Q6_K/F32 mix', async () => {
    const tensors = llamaGgufTensors(TINY);
    const file = writeGguf(llamaGgufMetadata(TINY), tensors);
    const { result } = await read(file);
    assert.ok(result.ok);
    const header = result.value;
    assert.equal(header.version, 3);
    assert.equal(header.tensors.length, tensors.length);
    assert.deepEqual(
      header.tensors.map((t) => [t.name, t.dtype, t.shape, t.bytes]),
      tensors.map((t) => [t.name, { 0: 'F32', 12: 'Q4_K', 14: 'Q6_K' }[t.type], t.dims, ggufTensorBytes(t)]),
    );
    const info = ggufModelInfo(header);
    assert.equal(info.architecture, 'llama');
    assert.equal(info.contextLength, 4096);
    assert.equal(info.blockCount, 2);
    assert.equal(info.tokenizerModel, 'gpt2');
    assert.equal(info.vocabularySize, 300);
    assert.deepEqual(info.chatTemplate, { present: true, bytes: 53 });
    assert.equal(info.fileType, 'MOSTLY_Q4_K_M (15)');
  });

  test('a header larger than the first read is read in growing prefixes, never the tensor data', async () => {
    // An 800k-token vocabulary makes a header of ≈ 9 MB, past the first 4 MB read.
    const shape = { ...TINY, vocab: 800_000, hidden: 256 };
    const tensors: GgufTensorSpec[] = [{ name: 'token_embd.weight', dims: [256, 800_000], type: 8 }];
    const file = writeGguf(llamaGgufMetadata(shape), tensors);
    const { result, reads } = await read(file);
    assert.ok(result.ok);
    assert.equal(ggufModelInfo(result.value).vocabularySize, 800_000);
    assert.ok(reads.length >= 2, 'read in more than one prefix');
    const requested = reads.reduce((s, [, l]) => s + l, 0);
    assert.ok(requested < result.value.dataStart * 2 + 1024 * 1024, `read ${requested} bytes for a header of ${result.value.dataStart}`);
    assert.ok(reads.every(([o]) => o < result.value.dataStart), 'no read starts in the data section');
    // Reads continue where the previous stopped: nothing is read twice.
    for (let i = 1; i < reads.length; i++) assert.equal(reads[i][0], reads[i - 1][0] + reads[i - 1][1]);
  });

  test('version 2 files read like version 3', async () => {
    const { result } = await read(writeGguf(llamaGgufMetadata(TINY), llamaGgufTensors(TINY), { version: 2 }));
    assert.ok(result.ok);
    assert.equal(result.value.version, 2);
    assert.equal(result.value.tensors.length, llamaGgufTensors(TINY).length);
  });

  test('version 1, a wrong magic and unknown value types are refused', async () => {
    const v1 = await read(writeGguf({}, [], { version: 1 }));
    assert.ok(!v1.result.ok);
    assert.equal(v1.result.error.code, 'unsupported-version');
    assert.match(v1.result.error.message.en, /version 1 is not read/);
    const junk = await read(new TextEncoder().encode('PK\u0003\u0004 not a gguf at all, a zip maybe'));
    assert.ok(!junk.result.ok);
    assert.equal(junk.result.error.code, 'bad-magic');
    const file = writeGguf({ 'general.name': { type: 'string', value: 'x' } }, []);
    file[24 + 8 + 12] = 99; // the value type of the first key
    const badType = await read(file);
    assert.ok(!badType.result.ok);
    assert.match(badType.result.error.message.en, /Unknown metadata value type 99/);
  });

  test('lying counts and lengths are refused before anything is allocated', async () => {
    const lyingCount = await read(writeGguf(llamaGgufMetadata(TINY), llamaGgufTensors(TINY), { claimedTensorCount: 2n ** 40n }));
    assert.ok(!lyingCount.result.ok);
    assert.match(lyingCount.result.error.message.en, /claims 1099511627776 tensors/);

    // An array that claims 2^50 strings.
    const file = writeGguf({ 'tokenizer.ggml.tokens': { type: 'array', itemType: 'string', value: ['a', 'b'] } }, []);
    const lengthAt = 24 + 8 + 'tokenizer.ggml.tokens'.length + 4 + 4;
    new DataView(file.buffer).setBigUint64(lengthAt, 2n ** 50n, true);
    const lyingArray = await read(file);
    assert.ok(!lyingArray.result.ok);
    assert.match(lyingArray.result.error.message.en, /array claims 1125899906842624 items/);

    // A string length past the end of the file.
    const named = writeGguf({ 'general.name': { type: 'string', value: 'tiny' } }, []);
    new DataView(named.buffer).setBigUint64(24 + 8 + 'general.name'.length + 4, 10n ** 12n, true);
    const lyingString = await read(named);
    assert.ok(!lyingString.result.ok);
    assert.equal(lyingString.result.error.code, 'truncated');
  });

  test('offsets out of range, overlapping tensors, a truncated file and partial blocks are refused', async () => {
    const tensors = llamaGgufTensors(TINY);
    const meta = llamaGgufMetadata(TINY);
    const outOfRange = await read(writeGguf(meta, tensors, { offsets: (o) => o.map((x, i) => (i === 3 ? x + 10_000_000 : x)) }));
    assert.ok(!outOfRange.result.ok);
    assert.match(outOfRange.result.error.message.en, /"blk\.0\.attn_k\.weight".*run past the end of the data section/);
    const overlap = await read(writeGguf(meta, tensors, { offsets: (o) => o.map((x, i) => (i === 2 ? o[1] : x)) }));
    assert.ok(!overlap.result.ok);
    assert.match(overlap.result.error.message.en, /overlaps that of/);
    const full = writeGguf(meta, tensors);
    const truncated = await read(full.slice(0, full.length - 1000));
    assert.ok(!truncated.result.ok);
    assert.match(truncated.result.error.message.en, /truncated/);
    const partial = await read(writeGguf({}, [{ name: 'odd', dims: [100, 3], type: 12 }], { withoutData: true }), 1 << 20);
    assert.ok(!partial.result.ok);
    assert.match(partial.result.error.message.en, /does not split into whole Q4_K blocks of 256/);
  });

  test('a removed ggml type id is refused', () => {
    const file = writeGguf({}, [{ name: 'w', dims: [32], type: 0 }]);
    // The type id sits after name (8 + 1), n_dims (4) and one dim (8).
    const typeAt = 24 + 8 + 1 + 4 + 8;
    new DataView(file.buffer).setUint32(typeAt, 4, true);
    const parsed = parseGguf(file, file.length);
    assert.ok(!parsed.ok && 'error' in parsed);
    assert.match(parsed.error.message.en, /ggml type 4, which llama\.cpp does not define/);
  });

  test('a header that goes on past the cap is refused as too large', () => {
    const parsed = parseGguf(new Uint8Array(0), GGUF_MAX_HEADER_BYTES * 2);
    assert.ok(!parsed.ok && 'need' in parsed);
    const junkHeader = writeGguf({ 'general.name': { type: 'string', value: 'x' } }, []);
    new DataView(junkHeader.buffer).setBigUint64(24 + 8 + 'general.name'.length + 4, BigInt(GGUF_MAX_HEADER_BYTES + 10), true);
    const huge = parseGguf(junkHeader, GGUF_MAX_HEADER_BYTES * 2);
    assert.ok(!huge.ok && 'error' in huge);
    assert.equal(huge.error.code, 'header-too-large');
  });

  test('Q4_K_M of a Llama-3-8B-shaped file is ≈4.9 bits per weight, computed from its tensors', () => {
    // llama.cpp's Q4_K_M: Q6_K for attn_v and ffn_down in the first and last eighth of the layers and
    // every third in between (use_more_bits), Q6_K for output.weight, Q4_K elsewhere, F32 norms.
    const s: LlamaShape = { layers: 32, hidden: 4096, intermediate: 14336, vocab: 128256, heads: 32, kvHeads: 8 };
    const more = (i: number, n: number) => i < n / 8 || i >= (7 * n) / 8 || (i - Math.floor(n / 8)) % 3 === 2;
    const tensors = llamaGgufTensors(s).map((t) => {
      const layer = /^blk\.(\d+)\.(attn_v|ffn_down)\./.exec(t.name);
      return layer ? { ...t, type: more(Number(layer[1]), s.layers) ? 14 : 12 } : t;
    });
    const header = writeGguf(llamaGgufMetadata({ ...s, vocab: 10 }), tensors, { withoutData: true });
    const dataBytes = tensors.reduce((sum, t) => sum + Math.ceil(ggufTensorBytes(t) / 32) * 32, 0);
    const parsed = parseGguf(header, header.length + dataBytes);
    assert.ok(parsed.ok);
    const summary = summariseTensors('gguf', parsed.value.tensors);
    const params = tensors.reduce((sum, t) => sum + t.dims.reduce((a, b) => a * b, 1), 0);
    const bytes = tensors.reduce((sum, t) => sum + ggufTensorBytes(t), 0);
    assert.equal(summary.parameters, params);
    assert.equal(summary.parameters, 8_030_261_248);
    assert.equal(summary.bytes, bytes);
    assert.equal(summary.bitsPerWeight, (8 * bytes) / params);
    assert.ok(summary.bitsPerWeight > 4.8 && summary.bitsPerWeight < 4.95, String(summary.bitsPerWeight));
    const q6 = summary.byDtype.find((r) => r.dtype === 'Q6_K')!;
    assert.equal(q6.bytes, tensors.filter((t) => t.type === 14).reduce((sum, t) => sum + ggufTensorBytes(t), 0));
    assert.equal(GGML_BLOCKS[12][1] * 8 / GGML_BLOCKS[12][0], 4.5);
  });

  test('the summary of a parsed file matches an independent sum over its tensors', async () => {
    const tensors = llamaGgufTensors(TINY);
    const { result } = await read(writeGguf(llamaGgufMetadata(TINY), tensors));
    assert.ok(result.ok);
    const summary = summariseTensors('gguf', result.value.tensors);
    assert.equal(summary.parameters, tensors.reduce((s, t) => s + t.dims.reduce((a, b) => a * b, 1), 0));
    assert.equal(summary.layers[0].container, 'blk');
    assert.equal(summary.layers[0].blocks, 2);
  });

  test('binary junk of every small length gives a result, never an exception', async () => {
    for (let n = 0; n < 64; n++) {
      const junk = new Uint8Array(n).map((_, i) => (i * 31 + n) % 256);
      junk.set(new TextEncoder().encode('GGUF').subarray(0, Math.min(4, n)));
      const { result } = await read(junk);
      assert.ok(!result.ok);
    }
  });
});
