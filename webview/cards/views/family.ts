import type { FamilyView } from '../../../src/core/cards/viewModel';
import { h } from '../../shared/components';
import { cardLink, diagram, inline, linkList, section } from '../dom';
import type { PageContext } from '../page';
import { numericExample } from './entry';
import { compareToggle } from './compareToggle';

function bullets(items: readonly string[]): HTMLElement {
  return h('ul', {}, ...items.map((item) => h('li', {}, item)));
}

/** A family card: masking diagram, what it suits, strengths and limits, objectives and models. */
export function renderFamily(view: FamilyView, page: PageContext): HTMLElement {
  const s = page.strings;
  const representatives = h('table', { class: 'representatives' }, h('caption', { class: 'sr-only' }, s.representatives));
  const body = h('tbody');
  for (const r of view.representatives) body.append(h('tr', {}, h('th', { scope: 'row' }, cardLink(r.link)), h('td', { class: 'num' }, r.figure)));
  representatives.append(body);
  return h(
    'article',
    { class: `card family-card family-${view.id}` },
    h('p', { class: 'kind' }, s.family),
    h('h1', { tabindex: '-1' }, view.title),
    h('p', { class: 'subtitle' }, view.aka),
    h('p', { class: 'summary' }, ...inline(view.summary)),
    h('div', { class: 'card-actions' }, view.concept && cardLink({ label: s.fullExplanation, route: view.concept.route }, 'button-like'), compareToggle(page, view.compare)),
    section(s.attention, h('p', {}, view.attention), diagram(view.diagram, s.legend)),
    section(s.tasks, bullets(view.tasks)),
    h('div', { class: 'two-columns' }, section(s.strengths, bullets(view.strengths)), section(s.limits, bullets(view.limits))),
    view.objectives.length > 0 && section(s.fittingObjectives, linkList(view.objectives)),
    view.concepts.length > 0 && section(s.concepts, linkList(view.concepts)),
    view.representatives.length > 0 && section(s.representatives, representatives),
    view.parameterRange !== undefined && section(s.parameterRange, h('p', {}, view.parameterRange)),
    view.numeric.length > 0 && section(s.numeric, ...view.numeric.map(numericExample)),
    view.members.length > 0 && section(s.members, linkList(view.members)),
  );
}
