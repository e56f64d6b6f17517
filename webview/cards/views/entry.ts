import type { EntryView, NumericExample, VariantRow } from '../../../src/core/cards/viewModel';
import { h } from '../../shared/components';
import { cardLink, factTable, inline, linkList, section, sourceLink, workedExample, unconfirmedTag } from '../dom';
import type { PageContext } from '../page';
import { compareToggle } from './compareToggle';

export function numericExample(example: NumericExample): HTMLElement {
  const body = h('tbody');
  for (const step of example.steps) {
    body.append(h('tr', { class: step.emphasis ? 'emphasis' : undefined }, h('th', { scope: 'row' }, step.label), h('td', { class: 'formula' }, step.formula), h('td', { class: 'num' }, step.value)));
  }
  return h(
    'article',
    { class: 'numeric', id: `numeric-${example.id}` },
    h('h3', {}, example.title),
    h('p', {}, example.intro),
    h('table', { class: 'steps' }, h('caption', { class: 'sr-only' }, example.title), body),
    h('p', { class: 'conclusion' }, example.conclusion),
  );
}

function variantTable(page: PageContext, variants: readonly VariantRow[]): HTMLElement {
  const s = page.strings;
  const head = h('thead', {}, h('tr', {}, ...[s.name, s.parameters, s.layers, s.hidden, s.heads, s.hfIds].map((label) => h('th', { scope: 'col' }, label))));
  const body = h('tbody');
  for (const v of variants) {
    const size = h('td', { class: 'num' }, v.parameters);
    if (v.unconfirmed) size.append(' ', unconfirmedTag(s.unconfirmed));
    body.append(
      h(
        'tr',
        {},
        h('th', { scope: 'row' }, v.name),
        size,
        h('td', { class: 'num' }, v.layers ?? '—'),
        h('td', { class: 'num' }, v.hidden ?? '—'),
        h('td', { class: 'num' }, v.heads ?? '—'),
        h('td', {}, ...v.hfIds.flatMap((id, i) => [i > 0 ? ', ' : '', h('code', {}, id)])),
      ),
    );
  }
  return h('table', { class: 'variants' }, h('caption', { class: 'sr-only' }, s.sizes), head, body);
}

/** The card of one atlas entry; model entries add facts, sizes and lineage. */
export function renderEntry(view: EntryView, page: PageContext): HTMLElement {
  const s = page.strings;
  const labels = { unconfirmed: s.unconfirmed, source: s.source };
  const model = view.model;
  const actions = h('div', { class: 'card-actions' });
  if (model) actions.append(h('span', { class: 'families' }, `${s.family}: `, ...model.families.flatMap((f, i) => [i > 0 ? ' + ' : '', cardLink(f)])));
  if (view.familyCard) actions.append(cardLink({ label: s.openFamilyCard, route: view.familyCard.route }, 'button-like'));
  if (view.compare) actions.append(compareToggle(page, view.compare));
  return h(
    'article',
    { class: `card entry-card kind-${view.kindLabel}` },
    h('p', { class: 'kind' }, view.kindLabel),
    h('h1', { tabindex: '-1' }, view.title),
    view.subtitle !== undefined && h('p', { class: 'subtitle' }, view.subtitle),
    h('p', { class: 'summary' }, ...inline(view.summary)),
    actions,
    model && model.facts.length > 0 && section(s.facts, factTable(s.facts, model.facts, labels)),
    section(s.fullExplanation, h('p', {}, ...inline(view.explanation))),
    model && model.keyIdeas.length > 0 && section(s.keyIdeas, h('ul', {}, ...model.keyIdeas.map((idea) => h('li', {}, ...inline(idea))))),
    model && model.variants.length > 0 && section(s.sizes, variantTable(page, model.variants)),
    model && model.objectives.length > 0 && section(s.objectives, linkList(model.objectives)),
    model && model.improvesOn.length > 0 && section(s.improvesOn, linkList(model.improvesOn)),
    model && model.improvedBy.length > 0 && section(s.improvedBy, linkList(model.improvedBy)),
    view.worked.length > 0 && section(s.worked, ...view.worked.map((w) => workedExample(w, { how: s.how, thisRun: s.thisRun, legend: s.legend }))),
    view.numeric.length > 0 && section(s.numeric, ...view.numeric.map(numericExample)),
    view.keyNumbers.length > 0 && section(s.keyNumbers, factTable(s.keyNumbers, view.keyNumbers, labels)),
    view.related.length > 0 && section(s.related, linkList(view.related)),
    view.sources.length > 0 && section(s.sources, h('ul', { class: 'sources' }, ...view.sources.map((src) => h('li', {}, sourceLink(src), ` — ${src.title}`)))),
  );
}
