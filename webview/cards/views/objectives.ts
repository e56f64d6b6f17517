import type { ObjectivesView } from '../../../src/core/cards/viewModel';
import { h } from '../../shared/components';
import { workedExample } from '../dom';
import type { PageContext } from '../page';

/** "Objectives, worked": the original document, a contents list, then every example. */
export function renderObjectives(view: ObjectivesView, page: PageContext): HTMLElement {
  const s = page.strings;
  const contents = h('ol', { class: 'contents' }, ...view.examples.map((e) => h('li', {}, h('a', { href: `#worked-${e.id}` }, e.title))));
  const original = h('div', { class: 'tokens' }, ...view.original.tokens.map((t) => h('span', { class: 'tok tok-plain' }, t.text)));
  return h(
    'article',
    { class: 'card objectives-card' },
    h('h1', { tabindex: '-1' }, s.objectivesWorked),
    h('p', { class: 'summary' }, view.intro),
    h('div', { class: 'example-row original' }, h('div', { class: 'example-label' }, view.original.label), original),
    h('nav', { 'aria-label': s.objectivesWorked }, contents),
    ...view.examples.map((e) => workedExample(e, { how: s.how, thisRun: s.thisRun, legend: s.legend }, 'h2')),
  );
}
