import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { oursGguf, oursSafetensors } from '../../../scripts/truth/weights/ours';
import { type GgufValue } from '../../../src/core/weights/gguf';
import { memorySource, readGgufHeader, readSafetensorsHeader } from '../../../src/core/weights/load';

// Written by scripts/truth/weights/check.py with the Python `safetensors` and `gguf` packages.
const FIXTURES = join(__dirname, '../../fixtures/weights');
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));
const truth = JSON.parse(readFileSync(join(FIXTURES, 'truth.json'), 'utf8'));

interface SafetensorsTruth {
  metadata: Record<string, string>;
  tensors: Record<string, { dtype: string; shape: number[]; data_offsets: [number, number] }>;
}
interface GgufTruth {
  version: number;
  alignment: number;
  dataStart: number;
  fields: Record<string, { type: string; value?: unknown; itemType?: string; length?: number }>;
  tensors: Record<string, { type: string; shape: number[]; elements: number; bytes: number; fileOffset: number }>;
}

async function agreesOnSafetensors(bytes: Uint8Array, expected: SafetensorsTruth): Promise<void> {
  const parsed = await readSafetensorsHeader(memorySource(bytes));
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.error.message.en);
  assert.deepEqual(parsed.value.metadata, expected.metadata);
  const ours = Object.fromEntries(parsed.value.tensors.map((t) => [t.name, { dtype: t.dtype, shape: t.shape, data_offsets: [t.offset, t.offset + t.bytes] }]));
  assert.deepEqual(ours, expected.tensors);
}

const PY_TYPES: Record<string, GgufValue['type']> = { UINT8: 'u8', UINT32: 'u32', INT32: 'i32', FLOAT32: 'f32', UINT64: 'u64', BOOL: 'bool', STRING: 'string', FLOAT64: 'f64' };

async function agreesOnGguf(bytes: Uint8Array, expected: GgufTruth): Promise<void> {
  const parsed = await readGgufHeader(memorySource(bytes));
  assert.ok(parsed.ok, parsed.ok ? '' : parsed.error.message.en);
  const h = parsed.value;
  assert.equal(h.version, expected.version);
  assert.equal(h.alignment, expected.alignment);
  assert.equal(h.dataStart, expected.dataStart);
  const ours = Object.fromEntries(h.tensors.map((t) => [t.name, { type: t.dtype, shape: t.shape, elements: t.elements, bytes: t.bytes, fileOffset: h.dataStart + t.offset }]));
  assert.deepEqual(ours, expected.tensors);
  assert.deepEqual([...h.metadata.keys()].sort(), Object.keys(expected.fields).sort());
  for (const [key, field] of Object.entries(expected.fields)) {
    const value = h.metadata.get(key)!;
    if (field.type === 'array') {
      assert.ok(value.type === 'array', key);
      assert.equal(value.itemType, PY_TYPES[field.itemType!], key);
      assert.equal(value.length, field.length, key);
    } else {
      assert.equal(value.type, PY_TYPES[field.type] ?? field.type, key);
      assert.ok(value.type !== 'array');
      assert.equal(value.value, field.value, key);
    }
  }
}

describe('cross-check with the Python safetensors and gguf packages', () => {
  test('our writers still write the bytes Python read', () => {
    assert.deepEqual(oursSafetensors(), fixture('ours.safetensors'));
    assert.deepEqual(oursGguf(), fixture('ours.gguf'));
  });

  test('our safetensors file: safe_open saw the same tensors, dtypes, shapes and offsets our reader does', () => agreesOnSafetensors(fixture('ours.safetensors'), truth.ours.safetensors));

  test('a safetensors file written by safetensors.numpy.save_file reads the same in our reader', () => agreesOnSafetensors(fixture('python.safetensors'), truth.python.safetensors));

  test('our GGUF file: GGUFReader saw the same metadata, types, shapes, byte sizes and offsets', () => agreesOnGguf(fixture('ours.gguf'), truth.ours.gguf));

  test('a GGUF file written by GGUFWriter (Q4_K, Q6_K, Q8_0, F16, F32) reads the same in our reader', () => agreesOnGguf(fixture('python.gguf'), truth.python.gguf));
});
