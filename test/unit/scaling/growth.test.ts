import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { atlas } from '../../../src/core/knowledge';
import { HUMAN_BRAIN_SYNAPSES, decimalYear, growthPoints } from '../../../src/core/scaling/growth';
import { fixtureKb } from './fixtures';

describe('growthPoints on a fixture atlas', () => {
  const points = growthPoints(fixtureKb());

  test('has one point per model with a parameter count, oldest first', () => {
    assert.deepEqual(
      points.map((p) => p.entryId),
      ['dense-early', 'dense-late', 'rumoured', 'moe'],
    );
  });

  test('dates are the middle of the month, or mid-year when the month is unknown', () => {
    const byId = new Map(points.map((p) => [p.entryId, p]));
    assert.equal(byId.get('dense-early')!.date, 2017 + 5.5 / 12);
    assert.equal(byId.get('moe')!.date, 2023 + 11.5 / 12);
    assert.equal(byId.get('rumoured')!.date, 2023.5);
    assert.equal(byId.get('rumoured')!.dateApprox, true);
    assert.equal(byId.get('dense-late')!.dateApprox, false);
    assert.equal(decimalYear(2020, 1), 2020 + 1 / 24);
  });

  test('carries values, family, MoE, flags, notes and source keys from the entries', () => {
    const byId = new Map(points.map((p) => [p.entryId, p]));
    assert.deepEqual(byId.get('dense-early'), {
      entryId: 'dense-early',
      label: { en: 'DENSE-EARLY', ko: 'dense-early 모델' },
      date: 2017 + 5.5 / 12,
      dateApprox: false,
      parameters: 213e6,
      family: 'encoder-decoder',
      moe: false,
      unconfirmed: false,
      approx: false,
      sourceKey: 'fixture2020',
      note: { en: 'not 465M', ko: '465M이 아님' },
    });
    const moe = byId.get('moe')!;
    assert.equal(moe.moe, true);
    assert.equal(moe.activeParameters, 12.9e9);
    const rumoured = byId.get('rumoured')!;
    assert.equal(rumoured.unconfirmed, true);
    assert.equal(rumoured.approx, true);
    assert.equal(rumoured.sourceKey, 'press2023');
  });

  test('is plain JSON', () => {
    assert.deepEqual(JSON.parse(JSON.stringify(points)), points);
  });
});

describe('human brain reference line', () => {
  test('uses the stereological neocortex count, 0.15 × 10^15, marked approximate', () => {
    assert.equal(HUMAN_BRAIN_SYNAPSES.value, 0.15e15);
    assert.equal(HUMAN_BRAIN_SYNAPSES.approx, true);
    assert.equal(HUMAN_BRAIN_SYNAPSES.sourceKey, 'pakkenberg2003');
  });

  test('explains in both languages that synapses are not parameters', () => {
    assert.match(HUMAN_BRAIN_SYNAPSES.note.en, /synapse is not|do not measure the same/);
    assert.match(HUMAN_BRAIN_SYNAPSES.note.ko, /파라미터/);
  });
});

describe('growthPoints on the real atlas', () => {
  test('includes the models the seeds name, with GPT-4 flagged unconfirmed', () => {
    const points = growthPoints(atlas);
    const ids = new Set(points.map((p) => p.entryId));
    const expected = [
      'transformer', 'gpt-1', 'gpt-2', 'gpt-3', 'bert', 't5', 'switch-transformer', 'wu-dao-2',
      'gopher', 'chinchilla', 'llama', 'mixtral-8x7b', 'phi-2', 'gpt-4',
    ];
    assert.deepEqual(expected.filter((id) => !ids.has(id)), [], 'models missing from the growth chart');
    assert.equal(points.find((p) => p.entryId === 'gpt-4')!.unconfirmed, true);
  });
});
