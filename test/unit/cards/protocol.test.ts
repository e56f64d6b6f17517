import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { parseInline } from '../../../src/core/cards/inline';
import { CardView } from '../../../src/core/cards/viewModel';
import { cardView } from '../../../src/core/cards/views';
import { atlas } from '../../../src/core/knowledge';
import { serializeAtlas } from '../../../src/core/knowledge/serialized';
import { CardsInbound, CardsOutbound, CardsState, routeKey, type Route } from '../../../src/core/protocol/cards';
import { parseMessage } from '../../../src/core/protocol/common';

const ctx = { kb: atlas, lang: 'en' as const };

describe('cards protocol', () => {
  test('accepts the page’s well-formed messages', () => {
    const messages = [
      { type: 'ready' },
      { type: 'rendered', route: { kind: 'entry', id: 'bert' } },
      { type: 'rendered', route: { kind: 'compare', items: [{ kind: 'model', id: 'bert' }, { kind: 'family', id: 'decoder-only' }] } },
      { type: 'rendered', route: { kind: 'objectives' } },
    ];
    for (const m of messages) assert.deepEqual(parseMessage(CardsInbound, m), m);
  });

  test('ignores malformed messages from the page', () => {
    const bad: unknown[] = [
      null,
      'ready',
      { type: 'openCard' },
      { type: 'request', seq: 1, route: { kind: 'home' } },
      { type: 'rendered', route: { kind: 'entry', id: 'BERT' } },
      { type: 'rendered', route: { kind: 'entry', id: '<script>' } },
      { type: 'rendered', route: { kind: 'family', id: 'rnn' } },
      { type: 'rendered', route: { kind: 'compare', items: [{ kind: 'model', id: 'bert' }] } },
      { type: 'rendered', route: { kind: 'compare', items: Array(5).fill({ kind: 'model', id: 'bert' }) } },
      { type: 'rendered', route: { kind: 'compare', items: [{ kind: 'family', id: 'bert' }, { kind: 'model', id: 'gpt-2' }] } },
      { type: 'rendered' },
    ];
    for (const m of bad) assert.equal(parseMessage(CardsInbound, m), undefined, JSON.stringify(m));
    // Random values never throw and are never mistaken for a message.
    fc.assert(fc.property(fc.anything(), (value) => parseMessage(CardsInbound, value) === undefined));
  });

  test('everything the host sends passes the page’s validation, the atlas unchanged', () => {
    const init = { type: 'init', language: 'en', atlas: serializeAtlas(atlas), open: { kind: 'entry', id: 'bert' } };
    // The parsed atlas is the atlas: validation drops no field and the page builds the same cards.
    assert.deepEqual(parseMessage(CardsOutbound, JSON.parse(JSON.stringify(init))), init);
    assert.ok(parseMessage(CardsOutbound, { type: 'navigate', route: { kind: 'family', id: 'encoder-only' } }));
  });

  test('the page ignores an init whose atlas breaks the schema', () => {
    type Loose = { entries: Array<Record<string, unknown> & { model?: Record<string, unknown> }>; sources: unknown };
    const broken = (change: (atlas: Loose) => void) => {
      const copy = JSON.parse(JSON.stringify(serializeAtlas(atlas)));
      change(copy);
      return { type: 'init', language: 'en', atlas: copy };
    };
    const bad = [
      broken((a) => (a.entries[0].id = '<script>')),
      broken((a) => (a.entries[0].kind = 'spell')),
      broken((a) => delete a.entries[0].summary),
      broken((a) => (a.entries.find((e) => e.model)!.model!.year = '2019')),
      broken((a) => (a.sources = [])),
      { type: 'init', language: 'en', atlas: { entries: 'all of them', sources: {} } },
    ];
    for (const message of bad) assert.equal(parseMessage(CardsOutbound, message), undefined);
  });

  test('every view the page builds from the atlas passes the view model', () => {
    const routes: Route[] = [{ kind: 'home' }, { kind: 'objectives' }, { kind: 'family', id: 'mixture-of-experts' }, ...atlas.entries.map((e): Route => ({ kind: 'entry', id: e.id }))];
    for (const route of routes) assert.ok(parseMessage(CardView, cardView(ctx, route)), routeKey(route));
  });

  test('the page draws no view that breaks the view model (an inline script link, an unknown mark)', () => {
    const view = cardView(ctx, { kind: 'entry', id: 'bert' });
    const withScript = JSON.parse(JSON.stringify(view));
    withScript.summary = [{ text: 'x', href: 'javascript:alert(1)' }];
    assert.equal(parseMessage(CardView, withScript), undefined);
    const objectives = JSON.parse(JSON.stringify(cardView(ctx, { kind: 'objectives' })));
    objectives.examples[0].rows[0].tokens[0].mark = 'blink';
    assert.equal(parseMessage(CardView, objectives), undefined);
  });

  test('saved page state is validated when read back', () => {
    const good = { history: [{ kind: 'home' }, { kind: 'entry', id: 'bert' }], position: 1, selection: [{ kind: 'model', id: 'bert' }], filter: 'bert', onlyDifferences: false };
    assert.deepEqual(parseMessage(CardsState, good), good);
    assert.equal(parseMessage(CardsState, { ...good, history: [] }), undefined);
    assert.equal(parseMessage(CardsState, { ...good, filter: 'x'.repeat(201) }), undefined);
    assert.equal(parseMessage(CardsState, undefined), undefined);
  });

  test('route keys identify routes', () => {
    assert.equal(routeKey({ kind: 'entry', id: 'bert' }), routeKey({ kind: 'entry', id: 'bert' }));
    assert.notEqual(routeKey({ kind: 'entry', id: 'bert' }), routeKey({ kind: 'entry', id: 'gpt-2' }));
    assert.notEqual(
      routeKey({ kind: 'compare', items: [{ kind: 'model', id: 'a' }, { kind: 'model', id: 'b' }] }),
      routeKey({ kind: 'compare', items: [{ kind: 'model', id: 'b' }, { kind: 'model', id: 'a' }] }),
    );
  });
});

describe('inline Markdown', () => {
  test('splits code, bold, emphasis and web links; leaves the rest as text', () => {
    assert.deepEqual(parseInline('Use `mlm_probability` with **care**, *really*, see [T5](https://arxiv.org/abs/1910.10683).'), [
      { text: 'Use ' },
      { text: 'mlm_probability', code: true },
      { text: ' with ' },
      { text: 'care', bold: true },
      { text: ', ' },
      { text: 'really', em: true },
      { text: ', see ' },
      { text: 'T5', href: 'https://arxiv.org/abs/1910.10683' },
      { text: '.' },
    ]);
    assert.deepEqual(parseInline('[x](javascript:alert(1)) 2 * 3 * 4'), [{ text: '[x](javascript:alert(1)) 2 * 3 * 4' }]);
  });

  test('text without Markdown marks comes back whole; runs only ever quote the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        const runs = parseInline(s);
        if (!/[`*[]/.test(s)) assert.deepEqual(runs, s ? [{ text: s }] : []);
        for (const run of runs) assert.ok(s.includes(run.text));
      }),
    );
  });
});
