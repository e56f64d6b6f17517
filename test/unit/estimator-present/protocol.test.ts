/** The report's messages: what the page may ask for, and that anything malformed is dropped. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { deriveFigures } from '../../../src/core/estimator';
import { breakdownRows, figureRows } from '../../../src/core/present/estimateMarkdown';
import { parseMessage } from '../../../src/core/protocol/common';
import { EstimatorInbound, EstimatorOutbound, MAX_CONTEXT_LENGTH, MAX_TOKEN_BUDGET } from '../../../src/core/protocol/estimatorReport';
import { sampleEstimate } from '../estimator/helpers';

describe('webview → host', () => {
  test('well-formed requests pass', () => {
    assert.deepEqual(parseMessage(EstimatorInbound, { type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseMessage(EstimatorInbound, { type: 'showOnChart' }), { type: 'showOnChart' });
    const budget = { type: 'setBudget', seq: 3, tokens: 3e11, context: 2048 };
    assert.deepEqual(parseMessage(EstimatorInbound, budget), budget);
    assert.deepEqual(parseMessage(EstimatorInbound, { ...budget, tokens: null, context: null }), { ...budget, tokens: null, context: null });
  });

  test('budgets out of range or of the wrong type are refused', () => {
    const bad: unknown[] = [
      { type: 'setBudget', seq: 1, tokens: -1, context: null },
      { type: 'setBudget', seq: 1, tokens: 0, context: null },
      { type: 'setBudget', seq: 1, tokens: Number.NaN, context: null },
      { type: 'setBudget', seq: 1, tokens: Number.POSITIVE_INFINITY, context: null },
      { type: 'setBudget', seq: 1, tokens: MAX_TOKEN_BUDGET * 10, context: null },
      { type: 'setBudget', seq: 1, tokens: '3e11', context: null },
      { type: 'setBudget', seq: 1, tokens: null, context: 1.5 },
      { type: 'setBudget', seq: 1, tokens: null, context: MAX_CONTEXT_LENGTH + 1 },
      { type: 'setBudget', seq: -1, tokens: null, context: null },
      { type: 'setBudget', tokens: null, context: null },
      { type: 'runCommand', command: 'workbench.action.terminal.new' },
      { type: 'openEntry', entryId: 'gpt-2' }, // not part of this panel's protocol
      null,
      'ready',
      [],
    ];
    for (const message of bad) assert.equal(parseMessage(EstimatorInbound, message), undefined, JSON.stringify(message));
  });

  test('random junk never passes and never throws', () => {
    fc.assert(
      fc.property(fc.anything(), (junk) => {
        const parsed = parseMessage(EstimatorInbound, junk);
        assert.ok(parsed === undefined || ['ready', 'setBudget', 'showOnChart'].includes(parsed.type));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('host → webview', () => {
  test('a report of every sample model fits the schema', () => {
    for (const name of ['gpt2', 'Mixtral-8x7B-v0.1', 't5-small', 'albert-base-v2'] as const) {
      const estimate = sampleEstimate(name);
      const rows = figureRows(estimate, deriveFigures(estimate), 'en');
      const figures = { type: 'figures', seq: 0, tokens: null, context: null, rows };
      const breakdown = breakdownRows(estimate, 'en', 4).map((row) => ({ key: row.key, depth: row.depth, label: row.label, parameters: String(row.parameters), share: '' }));
      const init = {
        type: 'init',
        language: 'en',
        strings: Object.fromEntries(['empty', 'errorTitle', 'field', 'total', 'tokens', 'tokensHint', 'context', 'contextHint', 'invalidNumber', 'showOnChart', 'breakdown', 'part', 'parameters', 'share', 'figures', 'warnings', 'notes'].map((k) => [k, k])),
        content: {
          kind: 'report',
          report: { title: name, subtitle: '', total: '', totalRounded: '', breakdown, warnings: [], notes: [], defaults: { tokens: '', context: '' } },
          figures,
        },
      };
      assert.ok(parseMessage(EstimatorOutbound, init), name);
      assert.ok(parseMessage(EstimatorOutbound, figures), name);
    }
  });

  test('an error content and an empty one fit; an unknown kind does not', () => {
    const base = { type: 'init', language: 'ko', strings: { empty: '', errorTitle: '', field: '', total: '', tokens: '', tokensHint: '', context: '', contextHint: '', invalidNumber: '', showOnChart: '', breakdown: '', part: '', parameters: '', share: '', figures: '', warnings: '', notes: '' } };
    assert.ok(parseMessage(EstimatorOutbound, { ...base, content: { kind: 'empty' } }));
    assert.ok(parseMessage(EstimatorOutbound, { ...base, content: { kind: 'error', title: 't', message: 'm', field: 'n_embd' } }));
    assert.equal(parseMessage(EstimatorOutbound, { ...base, content: { kind: 'html', html: '<script>' } }), undefined);
  });
});
