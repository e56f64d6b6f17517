import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { factorizedEmbedding, numericExamplesFor } from '../../../src/core/cards/numbers';
import type { NumericExample } from '../../../src/core/cards/viewModel';
import { atlas } from '../../../src/core/knowledge';

const en = { kb: atlas, lang: 'en' as const };
const fmt = (n: number) => n.toLocaleString('en-US');

function example(entryId: string, id: string): NumericExample {
  const found = numericExamplesFor(en, entryId).find((e) => e.id === id);
  assert.ok(found, `${entryId} shows ${id}`);
  return found;
}

function stepValue(e: NumericExample, labelPart: string): string {
  const step = e.steps.find((s) => s.label.includes(labelPart));
  assert.ok(step, `step "${labelPart}" in ${e.id}`);
  return step.value;
}

/** One BERT-base-shaped layer, module by module: Q, K, V, O with biases; the MLP; two LayerNorms. */
function bertLayer(h: number, ff: number): number {
  const attention = 4 * (h * h + h);
  const mlp = h * ff + ff + ff * h + h;
  const norms = 2 * 2 * h;
  return attention + mlp + norms;
}

describe('ALBERT: factorised embedding', () => {
  test('V×H against V×E + E×H with V = 30,000, E = 128, H = 768 and 4096', () => {
    assert.deepEqual(factorizedEmbedding(30000, 768, 128), { full: 23_040_000, factorized: 3_938_304, saved: 19_101_696 });
    const e = example('albert', 'albert-factorized-embedding');
    assert.equal(stepValue(e, 'V × H, H = 768'), fmt(30000 * 768));
    assert.equal(stepValue(e, 'V × E + E × H, H = 768'), fmt(30000 * 128 + 128 * 768));
    assert.equal(stepValue(e, 'V × E + E × H, H = 4096'), fmt(30000 * 128 + 128 * 4096));
    const saved4096 = 30000 * 4096 - (30000 * 128 + 128 * 4096);
    assert.equal(stepValue(e, 'Saved at H = 4096'), `${fmt(saved4096)} (${Number(((saved4096 / (30000 * 4096)) * 100).toFixed(1))}%)`);
  });

  test('the concept entry shows the same example', () => {
    assert.ok(numericExamplesFor(en, 'factorized-embedding-parameterization').some((e) => e.id === 'albert-factorized-embedding'));
  });
});

describe('ALBERT: cross-layer sharing', () => {
  const layer = bertLayer(768, 3072);
  const e = example('cross-layer-parameter-sharing', 'albert-cross-layer-sharing');

  test('one layer is 12H² + 13H and sharing saves 11 of 12 copies', () => {
    assert.equal(layer, 12 * 768 ** 2 + 13 * 768);
    assert.equal(stepValue(e, 'One layer'), fmt(layer));
    assert.equal(stepValue(e, 'with their own weights'), fmt(12 * layer));
    assert.equal(stepValue(e, 'Saved in the layer stack'), `${fmt(11 * layer)} (91.7%)`);
  });

  test('the whole ALBERT-base comes to ≈12M, as the paper says', () => {
    const embeddings = 30000 * 128 + 512 * 128 + 2 * 128 + 2 * 128;
    const projection = 128 * 768 + 768;
    const pooler = 768 * 768 + 768;
    const shared = embeddings + projection + layer + pooler;
    assert.equal(stepValue(e, 'Whole ALBERT-base, shared'), fmt(shared));
    assert.equal(stepValue(e, 'Whole ALBERT-base, not shared'), fmt(shared + 11 * layer));
    assert.equal(Math.round(shared / 1e6), 12);
  });
});

describe('DistilBERT: half the layers', () => {
  test('66,362,880 parameters against BERT-base’s 109,482,240: 39.4% fewer', () => {
    const layer = bertLayer(768, 3072);
    const positionsAndNorm = 512 * 768 + 2 * 768;
    const bertBase = 30522 * 768 + positionsAndNorm + 2 * 768 + 12 * layer + (768 * 768 + 768);
    const distil = 30522 * 768 + positionsAndNorm + 6 * layer;
    assert.equal(bertBase, 109_482_240);
    assert.equal(distil, 66_362_880);
    const e = example('distilbert', 'distilbert-halved-depth');
    assert.equal(stepValue(e, 'BERT-base (bert-base-uncased)'), fmt(bertBase));
    assert.equal(stepValue(e, 'DistilBERT (distilbert-base-uncased)'), fmt(distil));
    assert.equal(stepValue(e, 'DistilBERT layers'), fmt(6 * layer));
    assert.match(e.conclusion, /60\.6%/);
    assert.match(e.conclusion, /39\.4%/);
  });
});

describe('Mixture of Experts: active parameters (Mixtral 8x7B)', () => {
  test('46.70B in total, 12.88B used per token (27.6%)', () => {
    const [layers, d, ff, vocab, kvWidth] = [32, 4096, 14336, 32000, 8 * 128];
    const attention = d * d + 2 * d * kvWidth + d * d;
    const expert = 3 * d * ff;
    const perLayerShared = attention + 8 * d /* router */ + 2 * d; /* norms */
    const shared = layers * perLayerShared + 2 * vocab * d + d;
    const total = shared + layers * 8 * expert;
    const active = shared + layers * 2 * expert;
    assert.equal(total, 46_702_792_704);
    const e = example('mixtral-8x7b', 'moe-active-parameters');
    assert.equal(stepValue(e, 'Total'), `${(total / 1e9).toFixed(2)}B`);
    assert.equal(stepValue(e, 'Active per token'), `${(active / 1e9).toFixed(2)}B`);
    assert.equal(stepValue(e, 'Share used per token'), `${Number(((active / total) * 100).toFixed(1))}%`);
  });
});
