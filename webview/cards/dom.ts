/**
 * Small DOM builders shared by the card views: links that carry a route, inline runs, token rows,
 * fact tables and the SVG diagrams. Text always goes in as text nodes; nothing is parsed as HTML.
 */
import type { Diagram, ExampleRow, Fact, Inline, Link, SourceRef, TokenMark, WorkedExample } from '../../src/core/cards/viewModel';
import type { Route } from '../../src/core/protocol/cards';
import { h } from '../shared/components';

/** The route behind each in-panel link; read by the page's click handler. */
const routes = new WeakMap<Element, Route>();

export function routeOf(element: Element): Route | undefined {
  return routes.get(element);
}

/** A link to another card, or plain text when the target is not in the atlas. */
export function cardLink(link: Link, className = ''): HTMLElement {
  if (!link.route) return h('span', { class: `no-card ${className}`.trim() }, link.label);
  const anchor = h('a', { href: '#', class: `card-link ${className}`.trim() }, link.label);
  routes.set(anchor, link.route);
  return anchor;
}

/** An external page (a paper, a model card); VS Code opens it in the browser. */
function externalLink(url: string, label: string): HTMLElement {
  return h('a', { href: url, class: 'external', rel: 'noopener' }, label);
}

export function inline(runs: readonly Inline[]): Node[] {
  return runs.map((run) => {
    if (run.href) return externalLink(run.href, run.text);
    if (run.code) return h('code', {}, run.text);
    if (run.bold) return h('strong', {}, run.text);
    if (run.em) return h('em', {}, run.text);
    return document.createTextNode(run.text);
  });
}

/**
 * The visible "unconfirmed" label of a figure. A plain span: the toolkit's tag renders through a
 * template with an inline style binding, which this page's CSP refuses.
 */
export function unconfirmedTag(label: string): HTMLElement {
  return h('span', { class: 'tag unconfirmed' }, label);
}

/** Text hidden on screen but read by screen readers. */
export function srOnly(text: string): HTMLElement {
  return h('span', { class: 'sr-only' }, text);
}

export function section(title: string, ...content: Array<Node | undefined | false>): HTMLElement {
  return h('section', { class: 'card-section' }, h('h2', {}, title), ...content);
}

/** A comma-separated run of links. */
export function linkList(links: readonly Link[]): HTMLElement {
  const list = h('ul', { class: 'inline-list' });
  for (const link of links) list.append(h('li', {}, cardLink(link)));
  return list;
}

export function sourceLink(source: SourceRef): HTMLElement {
  return externalLink(source.url, source.citation);
}

export interface TableLabels {
  unconfirmed: string;
  source: string;
}

/** A two-column table of facts; unconfirmed figures get a visible tag, notes and sources follow. */
export function factTable(caption: string, facts: readonly Fact[], labels: TableLabels): HTMLElement {
  const body = h('tbody');
  for (const fact of facts) {
    const value = h('td', {}, h('span', { class: 'fact-value' }, fact.value));
    if (fact.unconfirmed) value.append(' ', unconfirmedTag(labels.unconfirmed));
    if (fact.source) value.append(' ', h('span', { class: 'fact-source' }, '(', sourceLink(fact.source), ')'));
    if (fact.note) value.append(h('div', { class: 'fact-note' }, fact.note));
    body.append(h('tr', { class: fact.unconfirmed ? 'is-unconfirmed' : undefined }, h('th', { scope: 'row' }, fact.label), value));
  }
  return h('table', { class: 'facts' }, h('caption', { class: 'sr-only' }, caption), body);
}

function tokenRow(row: ExampleRow, markLabels: ReadonlyMap<TokenMark, string>): HTMLElement {
  const tokens = h('div', { class: 'tokens' });
  for (const token of row.tokens) {
    const label = markLabels.get(token.mark);
    const chip = h('span', { class: `tok tok-${token.mark}`, title: label }, token.text || '\u00a0');
    if (token.sub) chip.append(h('sub', {}, token.sub));
    if (label) chip.append(srOnly(` (${label})`));
    tokens.append(chip);
  }
  return h('div', { class: 'example-row' }, h('div', { class: 'example-label' }, row.label), tokens);
}

export interface ExampleLabels {
  how: string;
  thisRun: string;
  legend: string;
}

export function workedExample(example: WorkedExample, labels: ExampleLabels, headingLevel: 'h2' | 'h3' = 'h3'): HTMLElement {
  const marks = new Map(example.legend.map((l) => [l.mark, l.label]));
  const legend = h('ul', { class: 'legend', 'aria-label': labels.legend });
  for (const { mark, label } of example.legend) legend.append(h('li', {}, h('span', { class: `tok tok-${mark} swatch`, 'aria-hidden': 'true' }, '\u00a0'), ' ', label));
  return h(
    'article',
    { class: 'worked', id: `worked-${example.id}` },
    h(headingLevel, {}, example.objective?.route ? cardLink({ label: example.title, route: example.objective.route }) : example.title),
    h('p', { class: 'how' }, h('span', { class: 'sr-only' }, `${labels.how}: `), example.how),
    h('div', { class: 'example-rows' }, ...example.rows.map((row) => tokenRow(row, marks))),
    example.legend.length > 0 && legend,
    h('p', { class: 'run' }, h('strong', {}, `${labels.thisRun}: `), example.run),
  );
}

const SVG = 'http://www.w3.org/2000/svg';

function svg(tag: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}

let diagramCount = 0;

/** Draws a diagram from its shapes: an image with a title and description, plus a visible legend. */
export function diagram(data: Diagram, legendLabel: string): HTMLElement {
  const id = `diagram-${++diagramCount}`;
  const root = svg('svg', {
    class: 'diagram',
    viewBox: `0 0 ${data.width} ${data.height}`,
    width: data.width,
    height: data.height,
    role: 'img',
    'aria-labelledby': `${id}-title ${id}-desc`,
  });
  root.append(svg('title', { id: `${id}-title` }, data.title), svg('desc', { id: `${id}-desc` }, data.desc));
  for (const shape of data.shapes) {
    if (shape.type === 'rect') {
      const rect = svg('rect', { x: shape.x, y: shape.y, width: shape.width, height: shape.height, rx: 3, class: `shape-${shape.cls}` });
      if (shape.tip) rect.append(svg('title', {}, shape.tip));
      root.append(rect);
    } else if (shape.type === 'line') {
      const line = svg('line', { x1: shape.x1, y1: shape.y1, x2: shape.x2, y2: shape.y2, class: `shape-${shape.cls}` });
      // A presentation attribute, not a style: the page's CSP allows it.
      if (shape.strength !== undefined) line.setAttribute('stroke-width', (1 + 3 * shape.strength).toFixed(2));
      root.append(line);
    } else {
      const attributes: Record<string, string | number> = { x: shape.x, y: shape.y, class: `shape-${shape.cls}`, 'text-anchor': shape.anchor };
      if (shape.rotate) attributes.transform = `rotate(${shape.rotate} ${shape.x} ${shape.y})`;
      root.append(svg('text', attributes, shape.text));
    }
  }
  const legend = h('ul', { class: 'legend', 'aria-label': legendLabel });
  for (const item of data.legend) legend.append(h('li', {}, h('span', { class: `swatch shape-${item.cls}`, 'aria-hidden': 'true' }), ' ', item.label));
  return h('figure', { class: 'diagram-figure' }, h('div', { class: 'diagram-scroll' }, root), h('figcaption', {}, legend));
}
