import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { parseMessage } from '../../../src/core/protocol/common';
import { SidebarInbound, SidebarOutbound, SidebarState, type SidebarInit } from '../../../src/core/protocol/sidebar';

const strings: SidebarInit['strings'] = {
  searchPlaceholder: 'Search…',
  searchLabel: 'Search',
  actions: 'Quick actions',
  inThisFile: 'In this file',
  browse: 'Browse',
  results: 'Results',
  noResults: 'None.',
  noEditor: 'Open a file.',
  noTerms: 'No terms.',
  revealHint: 'Next',
};
const init: SidebarInit = {
  type: 'init',
  language: 'en',
  strings,
  entries: [{ id: 'bert', name: 'BERT', kind: 'model', figure: '340M parameters', tooltip: 'Encoder.' }],
  groups: [{ id: 'models-encoder-only', title: 'Models', entryIds: ['bert'] }],
  actions: [{ id: 'scalingCharts', title: 'Scaling Charts' }],
};

describe('sidebar protocol', () => {
  test('accepts every well-formed message from the page', () => {
    for (const message of [
      { type: 'ready' },
      { type: 'openEntry', entryId: 'bert' },
      { type: 'search', seq: 3, query: 'distil' },
      { type: 'revealTerm', entryId: 'masked-language-modeling' },
      { type: 'runAction', action: 'estimateFromConfig' },
    ]) {
      assert.deepEqual(parseMessage(SidebarInbound, message), message);
    }
  });

  test('ignores malformed messages from the page', () => {
    for (const message of [
      null,
      undefined,
      'ready',
      42,
      [],
      { type: 'nope' },
      { type: 'openEntry', entryId: '../../etc/passwd' },
      { type: 'openEntry', entryId: 'BERT' },
      { type: 'search', seq: -1, query: 'x' },
      { type: 'search', seq: 1.5, query: 'x' },
      { type: 'search', seq: 1, query: 'x'.repeat(201) },
      { type: 'search', seq: 1 },
      { type: 'revealTerm' },
      { type: 'runAction', action: 'workbench.action.quit' },
    ]) {
      assert.equal(parseMessage(SidebarInbound, message), undefined, JSON.stringify(message));
    }
  });

  test('never throws on arbitrary input (property)', () => {
    fc.assert(fc.property(fc.anything(), (raw) => void parseMessage(SidebarInbound, raw)));
    fc.assert(fc.property(fc.anything(), (raw) => void parseMessage(SidebarOutbound, raw)));
  });

  test('the page accepts well-formed host messages and rejects damaged ones', () => {
    assert.deepEqual(parseMessage(SidebarOutbound, init), init);
    assert.ok(parseMessage(SidebarOutbound, { type: 'searchResults', seq: 1, entryIds: ['bert'] }));
    assert.ok(parseMessage(SidebarOutbound, { type: 'fileTerms', file: null, terms: [] }));
    assert.ok(parseMessage(SidebarOutbound, { type: 'fileTerms', file: 'a.py', terms: [{ entryId: 'bert', count: 2 }], note: 'Large file.' }));
    for (const damaged of [
      { ...init, language: 'fr' },
      { ...init, strings: { ...strings, browse: 7 } },
      { ...init, groups: [{ id: 'Bad Id', title: 'x', entryIds: [] }] },
      { ...init, actions: [{ id: 'rm -rf', title: 'x' }] },
      { type: 'searchResults', seq: 1, entryIds: ['<script>'] },
      { type: 'fileTerms', file: 'a.py', terms: [{ entryId: 'bert', count: -1 }] },
      { type: 'fileTerms', terms: [] },
    ]) {
      assert.equal(parseMessage(SidebarOutbound, damaged), undefined, JSON.stringify(damaged));
    }
  });

  test('saved page state is validated when read back', () => {
    const state = { query: 'bert', expanded: ['file', 'architecture'] };
    assert.deepEqual(parseMessage(SidebarState, state), state);
    assert.equal(parseMessage(SidebarState, undefined), undefined);
    assert.equal(parseMessage(SidebarState, { query: 3, expanded: [] }), undefined);
    assert.equal(parseMessage(SidebarState, { query: '', expanded: 'file' }), undefined);
  });
});
