import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SMALL_MODEL_CLAIMS } from '../../../src/core/scaling/smallModels';

const claim = (id: string) => {
  const found = SMALL_MODEL_CLAIMS.find((c) => c.id === id);
  assert.ok(found, id);
  return found;
};
const hangul = /[\uac00-\ud7a3]/;

describe('small-model claims', () => {
  test('ids are unique and every claim sits on the parameter axis', () => {
    assert.equal(new Set(SMALL_MODEL_CLAIMS.map((c) => c.id)).size, SMALL_MODEL_CLAIMS.length);
    for (const c of SMALL_MODEL_CLAIMS) assert.equal(c.x.unit, 'parameters', c.id);
  });

  test('every text is written in English and in Korean (names may stay untranslated)', () => {
    for (const c of SMALL_MODEL_CLAIMS) {
      assert.ok(c.label.en.length > 0 && c.label.ko.length > 0, c.id);
      for (const t of [c.claim, c.note, c.x.label, ...(c.y ? [c.y.label] : [])]) {
        assert.ok(t.en.trim().length > 0, c.id);
        assert.match(t.ko, hangul, c.id);
      }
    }
  });

  test('TinyStories: under 10 million parameters (Eldan and Li 2023)', () => {
    const c = claim('tinystories');
    assert.deepEqual([c.x.value, c.x.bound, c.source, c.unconfirmed], [10e6, 'below', 'eldan2023', false]);
  });

  test('DistilBERT: 66M is 60% of BERT-base\'s 110M and 77.0/79.5 of its GLUE score rounds to 97%', () => {
    const c = claim('distilbert');
    assert.equal(c.x.value, 66e6);
    assert.equal(Math.round((c.x.value / 110e6) * 100), 60);
    assert.equal(c.y!.value, Math.round((77.0 / 79.5) * 100));
    assert.equal(c.source, 'sanh2019');
  });

  test('ELECTRA: under a quarter of RoBERTa/XLNet compute; ELECTRA-Small with 30× less than GPT', () => {
    const large = claim('electra-large');
    assert.deepEqual([large.y!.value, large.y!.unit, large.y!.bound], [100 / 4, 'percent', 'below']);
    assert.equal(claim('electra-small').y!.value, 30);
    assert.equal(large.source, 'clark2020');
  });

  test('Phi-2: 2.7B parameters, matching models up to 25× larger', () => {
    const c = claim('phi-2');
    assert.deepEqual([c.x.value, c.y!.value, c.y!.bound, c.source], [2.7e9, 25, 'at-most', 'microsoft2023phi2']);
  });

  test('the claims without a primary source are marked unconfirmed and say why', () => {
    for (const id of ['glue-8m', 'plateau']) {
      const c = claim(id);
      assert.equal(c.unconfirmed, true, id);
      assert.match(c.note.en, /no primary/i, id);
    }
    const plateau = claim('plateau');
    assert.deepEqual([plateau.x.value, plateau.x.max], [200e6, 300e6]);
  });

  test('is plain JSON', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(SMALL_MODEL_CLAIMS)), SMALL_MODEL_CLAIMS);
  });
});
