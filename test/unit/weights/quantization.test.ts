import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { quantizationSettings } from '../../../src/core/weights/quantization';
import { summariseTensors } from '../../../src/core/weights/summary';
import type { TensorInfo } from '../../../src/core/weights/types';
import { llamaParameters, llamaTensors, safetensorBytes, toAwq, toBnb4, toBnb8, toCompressed, toGptq, type LlamaShape, type SafetensorSpec } from './writers';

// Small but shaped like a real model: 128-wide groups need inputs that are multiples of 128.
const SHAPE: LlamaShape = { layers: 3, hidden: 512, intermediate: 1536, vocab: 1000, heads: 8, kvHeads: 2 };
const EXPECTED = llamaParameters(SHAPE);

function infos(specs: SafetensorSpec[]): TensorInfo[] {
  let offset = 0;
  return specs.map((s) => {
    const bytes = safetensorBytes(s);
    const t = { name: s.name, dtype: s.dtype, shape: s.shape, elements: s.shape.reduce((a, b) => a * b, 1), bytes, offset };
    offset += bytes;
    return t;
  });
}

const stored = (specs: SafetensorSpec[]) => specs.reduce((s, t) => s + t.shape.reduce((a, b) => a * b, 1), 0);
const onDisk = (specs: SafetensorSpec[]) => specs.reduce((s, t) => s + safetensorBytes(t), 0);

describe('real parameters of quantized checkpoints', () => {
  test('the plain checkpoint: parameters are its elements, 16 bits per weight', () => {
    const specs = llamaTensors(SHAPE);
    const summary = summariseTensors('safetensors', infos(specs));
    assert.equal(summary.parameters, EXPECTED);
    assert.equal(summary.bitsPerWeight, 16);
    assert.deepEqual(summary.schemes, []);
  });

  for (const [name, convert, config, scheme] of [
    ['GPTQ 4-bit', (t: SafetensorSpec[]) => toGptq(t, 4), { quantization_config: { quant_method: 'gptq', bits: 4, group_size: 128 } }, 'gptq'],
    ['GPTQ 8-bit, bits read from g_idx without a config', (t: SafetensorSpec[]) => toGptq(t, 8), {}, 'gptq'],
    ['GPTQ 3-bit', (t: SafetensorSpec[]) => toGptq(t, 3), { quantization_config: { quant_method: 'gptq', bits: 3, group_size: 128 } }, 'gptq'],
    ['AWQ 4-bit', (t: SafetensorSpec[]) => toAwq(t, 4), { quantization_config: { quant_method: 'awq', bits: 4, group_size: 128, version: 'gemm' } }, 'awq'],
    ['AWQ 4-bit, orientation and bits from the shapes alone', (t: SafetensorSpec[]) => toAwq(t, 4), {}, 'awq'],
    ['bitsandbytes NF4', toBnb4, { quantization_config: { quant_method: 'bitsandbytes', load_in_4bit: true, bnb_4bit_quant_type: 'nf4' } }, 'bnb-4bit'],
    ['bitsandbytes LLM.int8()', toBnb8, { quantization_config: { quant_method: 'bitsandbytes', load_in_8bit: true } }, 'bnb-8bit'],
    ['compressed-tensors pack-quantized W4A16', (t: SafetensorSpec[]) => toCompressed(t, 4), { quantization_config: { quant_method: 'compressed-tensors', format: 'pack-quantized', config_groups: { group_0: { weights: { num_bits: 4, group_size: 128 } } } } }, 'compressed-tensors'],
    ['compressed-tensors pack-quantized W8A16', (t: SafetensorSpec[]) => toCompressed(t, 8), { quantization_config: { quant_method: 'compressed-tensors', config_groups: { group_0: { weights: { num_bits: 8, group_size: 128 } } } } }, 'compressed-tensors'],
  ] as const) {
    test(`${name}: the real count, not the stored elements`, () => {
      const specs = convert(llamaTensors(SHAPE));
      const summary = summariseTensors('safetensors', infos(specs), { quantization: quantizationSettings(config) });
      assert.equal(summary.parameters, EXPECTED);
      assert.deepEqual(summary.schemes, [scheme]);
      assert.equal(summary.storedElements, stored(specs));
      assert.equal(summary.bytes, onDisk(specs));
      assert.equal(summary.bitsPerWeight, (8 * onDisk(specs)) / EXPECTED);
      if (scheme !== 'bnb-8bit') assert.ok(summary.storedElements < EXPECTED, 'packing stores fewer elements than parameters');
      const state = specs.filter((t) => /\.(qzeros|scales|g_idx|absmax|quant_map|nested_absmax|nested_quant_map|SCB|weight_format|weight_shape|weight_scale|weight_zero_point)$|quant_state/.test(t.name));
      assert.equal(summary.stateTensors, state.length);
      assert.equal(summary.stateBytes, onDisk(state));
    });
  }

  test('a GPTQ 8B counts as 8B, where a stored-element counter sees about 2B', () => {
    const s: LlamaShape = { layers: 32, hidden: 4096, intermediate: 14336, vocab: 128256, heads: 32, kvHeads: 8 };
    const specs = toGptq(llamaTensors(s), 4);
    const summary = summariseTensors('safetensors', infos(specs), { quantization: { method: 'gptq', bits: 4, groupSize: 128 } });
    assert.equal(summary.parameters, 8_030_261_248);
    // Linear weights stored as int32 carry 8 weights each: the naive count is ≈ 1.98B (+ scales and zeros).
    assert.ok(summary.storedElements < 2.2e9 && summary.storedElements > 1.9e9, String(summary.storedElements));
    assert.ok(summary.bitsPerWeight > 5 && summary.bitsPerWeight < 6, String(summary.bitsPerWeight));
  });

  test('FP8 block quantization (DeepSeek-V3 style): weight_scale_inv is state, the F8 weight is whole', () => {
    const specs: SafetensorSpec[] = [
      { name: 'model.layers.0.mlp.up_proj.weight', dtype: 'F8_E4M3', shape: [256, 512] },
      { name: 'model.layers.0.mlp.up_proj.weight_scale_inv', dtype: 'F32', shape: [2, 4] },
      { name: 'model.norm.weight', dtype: 'BF16', shape: [512] },
    ];
    const summary = summariseTensors('safetensors', infos(specs), { quantization: quantizationSettings({ quantization_config: { quant_method: 'fp8', weight_block_size: [128, 128] } }) });
    assert.equal(summary.parameters, 256 * 512 + 512);
    assert.deepEqual(summary.schemes, ['fp8']);
    assert.equal(summary.stateBytes, 32);
  });

  test('compressed-tensors NVFP4: uint8 weight_packed holds two values per byte', () => {
    const specs: SafetensorSpec[] = [
      { name: 'model.layers.0.mlp.up_proj.weight_packed', dtype: 'U8', shape: [256, 256] },
      { name: 'model.layers.0.mlp.up_proj.weight_scale', dtype: 'F8_E4M3', shape: [256, 32] },
      { name: 'model.layers.0.mlp.up_proj.weight_global_scale', dtype: 'F32', shape: [1] },
    ];
    const summary = summariseTensors('safetensors', infos(specs));
    assert.equal(summary.parameters, 256 * 512);
    assert.equal(summary.stateTensors, 2);
  });

  test('quantization_config spellings: transformers, AutoAWQ, bitsandbytes and compressed-tensors', () => {
    assert.deepEqual(quantizationSettings({ quantization_config: { quant_method: 'GPTQ', bits: 4, group_size: 128 } }), { method: 'gptq', bits: 4, groupSize: 128, format: undefined });
    assert.equal(quantizationSettings({ quantization_config: { quant_method: 'awq', w_bit: 4, q_group_size: 64 } })?.groupSize, 64);
    assert.equal(quantizationSettings({ quantization_config: { load_in_8bit: true } })?.bits, 8);
    assert.equal(quantizationSettings({ quantization_config: { config_groups: { g: { weights: { num_bits: 8 } } } } })?.bits, 8);
    assert.equal(quantizationSettings({ model_type: 'llama' }), undefined);
    assert.equal(quantizationSettings(null), undefined);
  });
});
