import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { atlas } from '../../../src/core/knowledge/index';
import { parseMessage } from '../../../src/core/protocol/common';
import { ScalingInbound, ScalingOutbound, ScalingState, ShowOnChartArgument } from '../../../src/core/protocol/scalingCharts';
import { CHART_TOPICS, chartTargetFor } from '../../../src/core/scaling/chartTargets';

describe('scaling-charts protocol', () => {
  test('"show on chart" takes an entry id or a user model', () => {
    assert.equal(parseMessage(ShowOnChartArgument, 'gpt-3'), 'gpt-3');
    const user = { userModel: { label: 'my model', parameters: 7e9, trainingTokens: 2e12 } };
    assert.deepEqual(parseMessage(ShowOnChartArgument, user), user);
    assert.deepEqual(parseMessage(ShowOnChartArgument, { userModel: { label: 'm', parameters: 1e8 } }), { userModel: { label: 'm', parameters: 1e8 } });
  });

  test('"show on chart" rejects everything else', () => {
    for (const bad of [
      undefined,
      null,
      7,
      '',
      'GPT 3',
      '../etc',
      ['gpt-3'],
      { userModel: { label: '', parameters: 1 } },
      { userModel: { label: 'x'.repeat(121), parameters: 1 } },
      { userModel: { label: 'x', parameters: 0 } },
      { userModel: { label: 'x', parameters: Number.NaN } },
      { userModel: { label: 'x', parameters: Infinity } },
      { userModel: { label: 'x', parameters: 1e9, trainingTokens: -5 } },
      { userModel: { label: 'x', parameters: '7e9' } },
    ]) {
      assert.equal(parseMessage(ShowOnChartArgument, bad), undefined, JSON.stringify(bad) ?? String(bad));
    }
  });

  test('export requests must name a plain file', () => {
    const ok = { type: 'export', format: 'csv', filename: 'llm-atlas-growth.csv', data: 'a' };
    assert.ok(parseMessage(ScalingInbound, ok));
    for (const filename of ['../x.csv', 'a/b.csv', '.hidden.csv', '', 'x'.repeat(81)]) {
      assert.equal(parseMessage(ScalingInbound, { ...ok, filename }), undefined, filename);
    }
    assert.equal(parseMessage(ScalingInbound, { ...ok, format: 'svg' }), undefined);
    assert.equal(parseMessage(ScalingInbound, { ...ok, data: '' }), undefined);
    assert.equal(parseMessage(ScalingInbound, { type: 'openEntry', entryId: 'javascript:alert(1)' }), undefined);
  });

  test('the page ignores malformed host messages', () => {
    for (const bad of [null, 'init', { type: 'init' }, { type: 'focus', focus: { id: 1, target: { kind: 'entry', entryId: 'Bad Id' } } }, { type: 'saved' }]) {
      assert.equal(parseMessage(ScalingOutbound, bad), undefined, JSON.stringify(bad));
    }
  });

  test('saved page state is read back only when it is sound', () => {
    const state = { tab: 'kaplan', nFactor: 8, budget: 5.76e23, tables: ['growth'] };
    assert.deepEqual(parseMessage(ScalingState, state), state);
    assert.equal(parseMessage(ScalingState, { ...state, tab: 'other' }), undefined);
    assert.equal(parseMessage(ScalingState, { ...state, nFactor: 0 }), undefined);
    assert.equal(parseMessage(ScalingState, { ...state, budget: -1 }), undefined);
  });
});

describe('where "show on chart" takes an entry', () => {
  test('a model with a size goes on the growth chart, also by one of its variant ids', () => {
    assert.deepEqual(chartTargetFor(atlas, 'gpt-3'), { kind: 'model', entryId: 'gpt-3' });
    assert.deepEqual(chartTargetFor(atlas, 'bert-large'), { kind: 'model', entryId: 'bert' });
  });

  test('a scaling-law topic opens its tab', () => {
    assert.deepEqual(chartTargetFor(atlas, 'kaplan-scaling-laws'), { kind: 'tab', tab: 'kaplan' });
    assert.deepEqual(chartTargetFor(atlas, 'tokens-per-parameter'), { kind: 'tab', tab: 'chinchilla' });
    assert.deepEqual(chartTargetFor(atlas, 'knowledge-distillation'), { kind: 'tab', tab: 'small' });
  });

  test('other entries and unknown ids have no place', () => {
    assert.equal(chartTargetFor(atlas, 'masked-language-modeling'), undefined);
    assert.equal(chartTargetFor(atlas, 'no-such-entry'), undefined);
    assert.equal(chartTargetFor(atlas, 'constructor'), undefined);
  });

  test('every topic the charts name is an atlas entry', () => {
    for (const id of Object.keys(CHART_TOPICS)) assert.ok(atlas.get(id), id);
  });
});
