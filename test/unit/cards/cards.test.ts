import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compareView } from '../../../src/core/cards/compare';
import { entryCard } from '../../../src/core/cards/entryCard';
import { familyCard } from '../../../src/core/cards/familyCard';
import { resolveCardId } from '../../../src/core/cards/routes';
import { CardView, CardsIndex, CardsStrings, type Link } from '../../../src/core/cards/viewModel';
import { cardsIndex, cardView, uiStrings } from '../../../src/core/cards/views';
import { atlas } from '../../../src/core/knowledge';
import { FAMILY_IDS, type Route } from '../../../src/core/protocol/cards';

const models = atlas.ofKind('model');

/** Every route in a view, wherever it is nested. */
function routesIn(value: unknown, out: Route[] = []): Route[] {
  if (Array.isArray(value)) value.forEach((v) => routesIn(v, out));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'route' && v && typeof v === 'object') out.push(v as Route);
      else routesIn(v, out);
    }
  }
  return out;
}

function assertRoutesResolve(view: unknown): void {
  for (const route of routesIn(view)) {
    if (route.kind === 'entry') assert.ok(atlas.get(route.id), `link to ${route.id}`);
    if (route.kind === 'family') assert.ok((FAMILY_IDS as readonly string[]).includes(route.id));
  }
}

for (const lang of ['en', 'ko'] as const) {
  const ctx = { kb: atlas, lang };

  describe(`model cards (${lang})`, () => {
    test(`every one of the ${models.length} models has a valid card whose links all resolve`, () => {
      assert.ok(models.length > 40);
      for (const entry of models) {
        const view = entryCard(ctx, entry.id);
        assert.ok(view, entry.id);
        const parsed = CardView.safeParse(view);
        assert.ok(parsed.success, `${entry.id}: ${parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 2))}`);
        assert.ok(view.model, `${entry.id} has a model section`);
        const labels = view.model.facts.map((f) => f.label);
        assert.ok(labels.includes(lang === 'en' ? 'Year' : '연도'));
        assert.ok(view.model.facts.some((f) => f.value === String(entry.model!.year)));
        assert.ok(view.model.facts.some((f) => f.value === entry.model!.organisation));
        assert.ok(view.sources.length > 0, `${entry.id} cites a source`);
        assertRoutesResolve(view);
      }
    });

    test('unconfirmed figures stay flagged (GPT-4’s size was never disclosed)', () => {
      const gpt4 = atlas.get('gpt-4')!;
      assert.equal(gpt4.model?.parameters?.unconfirmed, true);
      const row = entryCard(ctx, 'gpt-4')!.model!.facts.find((f) => f.label === (lang === 'en' ? 'Parameters' : '파라미터'));
      assert.equal(row?.unconfirmed, true);
      for (const entry of models) {
        const facts = entryCard(ctx, entry.id)!.model!.facts;
        const flagged = facts.filter((f) => f.unconfirmed).length;
        const source = entry.model!;
        const expected = [source.parameters, source.activeParameters, source.layers, source.hidden, source.heads, source.vocabulary, source.context, source.trainingTokens].filter((f) => f?.unconfirmed).length;
        assert.equal(flagged, expected, entry.id);
      }
    });

    test('lineage runs both ways: BERT is built upon by RoBERTa, and RoBERTa builds on BERT', () => {
      const bert = entryCard(ctx, 'bert')!;
      assert.ok(bert.model!.improvedBy.some((l) => l.route?.kind === 'entry' && l.route.id === 'roberta'));
      assert.ok(entryCard(ctx, 'roberta')!.model!.improvesOn.some((l) => l.route?.kind === 'entry' && l.route.id === 'bert'));
    });

    test('ALBERT and DistilBERT cards carry their worked numbers', () => {
      assert.deepEqual(entryCard(ctx, 'albert')!.numeric.map((n) => n.id), ['albert-factorized-embedding', 'albert-cross-layer-sharing']);
      assert.deepEqual(entryCard(ctx, 'distilbert')!.numeric.map((n) => n.id), ['distilbert-halved-depth']);
    });
  });

  describe(`family cards (${lang})`, () => {
    for (const family of FAMILY_IDS) {
      test(`${family}: members, representatives and parameter range computed from the atlas`, () => {
        const view = familyCard(ctx, family);
        assert.ok(CardView.safeParse(view).success);
        const members = models.filter((e) => (family === 'mixture-of-experts' ? e.model!.moe === true : e.model!.family === family));
        assert.deepEqual(new Set(view.members.map((l) => (l.route?.kind === 'entry' ? l.route.id : ''))), new Set(members.map((e) => e.id)));
        assert.ok(view.representatives.length >= 2);
        assert.ok(view.objectives.length >= 1);
        // The range's ends, found here independently: every confirmed headline or variant size.
        const sizes = members.flatMap((e) => [e.model!.parameters, ...(e.model!.variants ?? []).map((v) => v.parameters)]).filter((f) => f && !f.unconfirmed);
        const smallest = Math.min(...sizes.map((f) => f!.value));
        const largest = Math.max(...sizes.map((f) => f!.value));
        const compact = (v: number) => {
          for (const [scale, suffix] of [[1e12, 'T'], [1e9, 'B'], [1e6, 'M']] as const) if (v >= scale) return `${Number((v / scale).toFixed(v / scale >= 100 ? 0 : v / scale >= 10 ? 1 : 2))}${suffix}`;
          return String(v);
        };
        assert.ok(view.parameterRange?.includes(compact(smallest)), `${view.parameterRange} mentions ${compact(smallest)}`);
        assert.ok(view.parameterRange?.includes(compact(largest)), `${view.parameterRange} mentions ${compact(largest)}`);
        assert.ok(view.parameterRange?.includes(String(members.length)));
        assertRoutesResolve(view);
      });
    }

    test('unconfirmed sizes are left out of a range and named', () => {
      const decoder = familyCard(ctx, 'decoder-only');
      assert.ok(decoder.parameterRange?.includes('GPT-4'));
      assert.ok(!decoder.parameterRange?.includes('1.8T'));
    });
  });

  describe(`compare view (${lang})`, () => {
    test('puts BERT and GPT-2 side by side and flags the rows that differ', () => {
      const view = compareView(ctx, [
        { kind: 'model', id: 'bert' },
        { kind: 'model', id: 'gpt-2' },
      ])!;
      assert.ok(CardView.safeParse(view).success);
      assert.deepEqual(view.columns.map((c) => c.route), [
        { kind: 'entry', id: 'bert' },
        { kind: 'entry', id: 'gpt-2' },
      ]);
      for (const row of view.rows) {
        assert.equal(row.cells.length, 2);
        assert.equal(row.differs, row.cells[0].text !== row.cells[1].text, row.label);
      }
      const params = view.rows.find((r) => r.label === (lang === 'en' ? 'Parameters' : '파라미터'))!;
      const [bert, gpt2] = [atlas.get('bert')!.model!.parameters!.value, atlas.get('gpt-2')!.model!.parameters!.value];
      assert.equal(params.cells[0].extreme, bert > gpt2 ? 'max' : 'min');
      assert.equal(params.cells[1].extreme, bert > gpt2 ? 'min' : 'max');
    });

    test('mixes families and models, drops unknown and duplicate items, needs two', () => {
      const view = compareView(ctx, [
        { kind: 'family', id: 'encoder-only' },
        { kind: 'model', id: 'not-a-model' },
        { kind: 'model', id: 't5' },
        { kind: 'model', id: 't5' },
      ])!;
      assert.equal(view.columns.length, 2);
      assert.equal(compareView(ctx, [{ kind: 'model', id: 'bert' }]), undefined);
      assert.equal(compareView(ctx, [{ kind: 'model', id: 'self-attention' }, { kind: 'model', id: 'bert' }]), undefined);
    });

    test('an unconfirmed figure is never marked as the largest', () => {
      const view = compareView(ctx, [
        { kind: 'model', id: 'gpt-4' },
        { kind: 'model', id: 'gpt-3' },
      ])!;
      const params = view.rows.find((r) => r.label === (lang === 'en' ? 'Parameters' : '파라미터'))!;
      assert.equal(params.cells[0].unconfirmed, true);
      assert.equal(params.cells[0].extreme, undefined);
    });
  });

  describe(`index, routes and strings (${lang})`, () => {
    test('the index lists every model once and the four families', () => {
      const index = cardsIndex(ctx);
      assert.ok(CardsIndex.safeParse(index).success);
      assert.deepEqual(index.models.map((m) => m.id).sort(), models.map((m) => m.id).sort());
      assert.deepEqual(index.families.map((f) => f.id), [...FAMILY_IDS]);
      assert.ok(JSON.stringify(index).length < 60_000, 'small enough to send once');
    });

    test('every route kind builds a valid view; unknown ids give "missing"', () => {
      const routes: Route[] = [{ kind: 'home' }, { kind: 'objectives' }, { kind: 'entry', id: 'masked-language-modeling' }, { kind: 'family', id: 'encoder-decoder' }];
      for (const route of routes) assert.ok(CardView.safeParse(cardView(ctx, route)).success, route.kind);
      assert.equal(cardView(ctx, { kind: 'entry', id: 'no-such-entry' }).kind, 'missing');
    });

    test('a size id opens its model; anything else is unknown', () => {
      assert.equal(resolveCardId(atlas, 't5-small'), 't5');
      assert.equal(resolveCardId(atlas, 'bert'), 'bert');
      assert.equal(resolveCardId(atlas, 'nope'), undefined);
      assert.equal(resolveCardId(atlas, { evil: true }), undefined);
    });

    test('all page strings are present and valid', () => {
      const strings = uiStrings(ctx);
      assert.ok(CardsStrings.safeParse(strings).success);
      for (const [key, value] of Object.entries(strings)) assert.ok(value.trim().length > 0, key);
      if (lang === 'ko') {
        const english = uiStrings({ kb: atlas, lang: 'en' });
        const untranslated = Object.keys(strings).filter((k) => strings[k as keyof typeof strings] === english[k as keyof typeof english]);
        assert.deepEqual(untranslated, []);
      }
    });
  });
}

describe('links', () => {
  test('a link to an entry the atlas lacks is plain text', () => {
    const view = entryCard({ kb: atlas, lang: 'en' }, 'bert')!;
    const all: Link[] = [...view.related, ...view.model!.objectives];
    assert.ok(all.every((l) => l.route === undefined || (l.route.kind === 'entry' && atlas.get(l.route.id))));
  });
});
