import type { CardsIndex } from '../../../src/core/cards/viewModel';
import type { CompareItem } from '../../../src/core/protocol/cards';
import { h } from '../../shared/components';
import { cardLink, srOnly, unconfirmedTag } from '../dom';
import { format, type PageContext } from '../page';

type IndexModel = CardsIndex['models'][number];
type IndexFamily = CardsIndex['families'][number];

/** Every word of the filter must occur somewhere in the item's text. */
function matchesFilter(haystack: string, filter: string): boolean {
  const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
  return words.every((word) => haystack.includes(word));
}

function compareBox(page: PageContext, item: CompareItem, name: string, onChange: () => void): HTMLElement {
  const selected = page.selection.has(item);
  // The toolkit names a checkbox after its text (else "Checkbox"): the name goes in as hidden text.
  const box = h('vscode-checkbox', { checked: selected, disabled: !selected && page.selection.full, class: 'compare-box' }, srOnly(format(page.strings.selectForCompare, name)));
  box.addEventListener('change', () => {
    if ((box as HTMLInputElement).checked !== page.selection.has(item)) {
      page.selection.toggle(item);
      onChange();
    }
  });
  return box;
}

function familyCards(page: PageContext, families: readonly IndexFamily[], refresh: () => void): HTMLElement {
  const grid = h('div', { class: 'family-grid' });
  for (const family of families) {
    const item: CompareItem = { kind: 'family', id: family.id };
    grid.append(
      h(
        'article',
        { class: `family-tile family-${family.id}` },
        h('h3', {}, cardLink({ label: family.title, route: { kind: 'family', id: family.id } })),
        h('p', { class: 'aka' }, family.aka),
        h('p', {}, family.summary),
        h('p', { class: 'tile-footer' }, h('span', { class: 'count' }, format(page.strings.modelCount, family.count)), ' ', compareBox(page, item, family.title, refresh)),
      ),
    );
  }
  return grid;
}

function modelTable(page: PageContext, models: readonly IndexModel[], refresh: () => void): HTMLElement {
  const s = page.strings;
  const head = h(
    'thead',
    {},
    h('tr', {}, h('th', { scope: 'col' }, s.compare), h('th', { scope: 'col' }, s.name), h('th', { scope: 'col' }, s.family), h('th', { scope: 'col' }, s.year), h('th', { scope: 'col' }, s.organisation), h('th', { scope: 'col' }, s.parameters)),
  );
  const body = h('tbody');
  for (const model of models) {
    const size = h('td', { class: 'num' }, model.parameters);
    if (model.unconfirmed) size.append(' ', unconfirmedTag(s.unconfirmed));
    body.append(
      h(
        'tr',
        {},
        h('td', {}, compareBox(page, { kind: 'model', id: model.id }, model.name, refresh)),
        h('th', { scope: 'row' }, cardLink({ label: model.name, route: { kind: 'entry', id: model.id } })),
        h('td', {}, model.family),
        h('td', { class: 'num' }, String(model.year)),
        h('td', {}, model.organisation),
        size,
      ),
    );
  }
  return h('table', { class: 'models' }, h('caption', { class: 'sr-only' }, s.models), head, body);
}

/** The catalogue: filter, the four families, the worked objectives and every model. */
export function renderHome(page: PageContext, onSelectionChange: () => void): HTMLElement {
  const s = page.strings;
  const lists = h('div', { class: 'home-lists', 'aria-live': 'polite' });
  const renderLists = () => {
    const families = page.index.families.filter((f) => matchesFilter(`${f.title} ${f.aka} ${f.id}`.toLowerCase(), page.filter));
    const models = page.index.models.filter((m) => matchesFilter(m.keywords, page.filter));
    const refresh = () => {
      renderLists();
      onSelectionChange();
    };
    lists.replaceChildren(
      ...(families.length > 0 ? [h('section', { class: 'card-section' }, h('h2', {}, s.families), familyCards(page, families, refresh))] : []),
      ...(models.length > 0 ? [h('section', { class: 'card-section' }, h('h2', {}, s.models, ' ', h('span', { class: 'count' }, String(models.length))), modelTable(page, models, refresh))] : []),
      ...(families.length + models.length === 0 ? [h('p', { class: 'empty' }, s.noMatches)] : []),
    );
  };
  const field = h('vscode-text-field', { id: 'filter', placeholder: s.filterPlaceholder, value: page.filter, class: 'filter' }, s.filter);
  field.addEventListener('input', () => {
    page.setFilter((field as HTMLInputElement).value ?? '');
    renderLists();
  });
  renderLists();
  return h(
    'div',
    { class: 'home' },
    h('h1', { tabindex: '-1' }, s.title),
    h('p', { class: 'hint' }, s.compareHint, ' ', s.keyboardHelp),
    h(
      'article',
      { class: 'objectives-tile' },
      h('h2', {}, cardLink({ label: s.objectivesWorked, route: { kind: 'objectives' } })),
      h('p', {}, format(s.objectivesWorkedHint, page.index.objectiveCount)),
    ),
    field,
    lists,
  );
}
