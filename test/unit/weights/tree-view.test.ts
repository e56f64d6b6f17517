import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseMessage } from '../../../src/core/protocol/common';
import { MAX_TENSOR_ROWS, TensorsInbound, TensorsOutbound } from '../../../src/core/protocol/tensors';
import { compareWithConfig } from '../../../src/core/weights/compare';
import { parseGguf } from '../../../src/core/weights/gguf';
import { ggufModelInfo } from '../../../src/core/weights/ggufInfo';
import { summariseTensors } from '../../../src/core/weights/summary';
import { buildTensorTree } from '../../../src/core/weights/tree';
import { tensorsStrings, tensorsView } from '../../../src/core/weights/view';
import { llamaGgufMetadata, llamaGgufTensors, writeGguf } from './writers';

describe('tensor tree', () => {
  const t = (name: string, parameters: number) => ({ name, parameters, bytes: 2 * parameters });
  const tensors = [t('model.embed_tokens.weight', 100), t('model.layers.10.mlp.up.weight', 7), t('model.layers.2.mlp.up.weight', 7), t('model.layers.2.norm.weight', 1), t('lm_head.weight', 100)];

  test('groups roll up their tensors; single-child chains merge; blocks sort numerically', () => {
    const root = buildTensorTree(tensors);
    assert.equal(root.parameters, 215);
    assert.deepEqual(root.children.map((c) => [c.label, c.tensors, c.parameters]), [['model', 4, 115], ['lm_head', 1, 100]]);
    const model = root.children[0];
    assert.deepEqual(model.children.map((c) => c.label), ['embed_tokens', 'layers']);
    const layers = model.children[1];
    assert.deepEqual(layers.children.map((c) => [c.label, c.parameters, c.bytes]), [['2', 8, 16], ['10', 7, 14]]);
    // Under block "10" the single chain mlp → up merges; the block and the tensor stay rows.
    assert.deepEqual(layers.children[1].children.map((c) => [c.label, c.tensor]), [['mlp.up', undefined]]);
    assert.equal(layers.children[1].children[0].children[0].tensor, 1);
  });

  test('a tensor named like a group keeps its own leaf', () => {
    const root = buildTensorTree([t('a.b', 1), t('a.b.c', 2)]);
    const a = root.children[0];
    assert.deepEqual(a.children.map((c) => [c.label, c.tensor, c.parameters]), [['b', 0, 1], ['b', undefined, 2]]);
  });
});

describe('tensors page view', () => {
  test('a GGUF view validates against the page protocol and carries the metadata and totals', () => {
    const shape = { layers: 2, hidden: 256, intermediate: 512, vocab: 64, heads: 4, kvHeads: 2 };
    const file = writeGguf(llamaGgufMetadata(shape), llamaGgufTensors(shape));
    const parsed = parseGguf(file, file.length);
    assert.ok(parsed.ok);
    const summary = summariseTensors('gguf', parsed.value.tensors);
    for (const lang of ['en', 'ko'] as const) {
      const view = tensorsView({ title: 'tiny.gguf', format: 'gguf', summary, gguf: { version: 3, info: ggufModelInfo(parsed.value) }, warnings: [] }, lang);
      const message = parseMessage(TensorsOutbound, { type: 'init', language: lang, strings: tensorsStrings(lang), content: { kind: 'weights', view } });
      assert.ok(message, `the ${lang} view matches the protocol`);
      assert.equal(view.totals.find((r) => r.key === 'parameters')?.value, summary.parameters.toLocaleString('en-US'));
      assert.equal(view.metadata.find((r) => r.key === 'contextLength')?.value, '4,096');
      assert.equal(view.tensors.length, summary.tensorCount);
    }
    const ko = tensorsView({ title: 'tiny.gguf', format: 'gguf', summary, gguf: { version: 3, info: ggufModelInfo(parsed.value) }, warnings: [] }, 'ko');
    assert.match(ko.metadata.find((r) => r.key === 'chatTemplate')!.value, /^있음 \(53바이트\)$/);
  });

  test('a safetensors view: the config comparison in the totals, its explanation in the notes; huge inventories are cut, totals are not', () => {
    const count = MAX_TENSOR_ROWS + 5;
    const tensors = Array.from({ length: count }, (_, i) => ({ name: `model.layers.${i}.w`, dtype: 'BF16', shape: [2], elements: 2, bytes: 4, offset: 4 * i }));
    const summary = summariseTensors('safetensors', tensors);
    const comparison = compareWithConfig(2 * count + 10, { layers: count, hidden: 1, vocab: 1 }, summary.tensors);
    const view = tensorsView({ title: 'model.safetensors', format: 'safetensors', summary, comparison, warnings: [{ en: 'a warning', ko: '경고' }] }, 'en');
    assert.equal(view.tensors.length, MAX_TENSOR_ROWS);
    assert.equal(view.tensorTotal, count);
    assert.equal(view.totals.find((r) => r.key === 'parameters')?.value, (2 * count).toLocaleString('en-US'));
    assert.equal(view.totals.find((r) => r.key === 'config')?.value, `Weights on disk: ${(2 * count).toLocaleString('en-US')} ≠ config ${(2 * count + 10).toLocaleString('en-US')}: −10`);
    assert.ok(view.notes.some((n) => /10 parameters fewer in the weights remain unexplained/.test(n)));
    assert.ok(view.notes.includes('a warning'));
    assert.ok(parseMessage(TensorsOutbound, { type: 'init', language: 'en', strings: tensorsStrings('en'), content: { kind: 'weights', view } }));
  });

  test('messages that do not match the protocol are ignored on both sides', () => {
    assert.equal(parseMessage(TensorsInbound, { type: 'ready' })?.type, 'ready');
    for (const bad of [null, 'ready', { type: 'openFile', path: '/etc/passwd' }, { type: 'init' }, { type: 'init', language: 'fr', strings: {}, content: { kind: 'error', title: 'x', message: 'y' } }]) {
      assert.equal(parseMessage(TensorsInbound, bad), undefined);
      assert.equal(parseMessage(TensorsOutbound, bad), undefined);
    }
  });
});
