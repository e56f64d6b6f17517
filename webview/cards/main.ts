/**
 * The Architecture Cards page. It owns navigation (history, back/forward), the compare selection and
 * the filter, all kept with `setState` so a reload lands on the same card. It builds every card
 * itself from the atlas the host sends, and draws only views that pass the view model's schemas.
 * Messages in both directions are validated; anything else is ignored.
 */
import { CardView, CardsIndex, type CardsStrings } from '../../src/core/cards/viewModel';
import { cardsIndex, cardView, uiStrings, type CardContext } from '../../src/core/cards/views';
import { KnowledgeBase } from '../../src/core/knowledge/knowledgeBase';
import { parseMessage } from '../../src/core/protocol/common';
import { CardsOutbound, CardsState, MAX_COMPARE, MIN_COMPARE, routeKey, type CardsInbound, type CompareItem, type Route } from '../../src/core/protocol/cards';
import {
  buttonComponent,
  checkboxComponent,
  dataGridCellComponent,
  dataGridComponent,
  dataGridRowComponent,
  h,
  registerComponents,
  textFieldComponent,
} from '../shared/components';
import { markRendered } from '../shared/renderSignal';
import { vscodeApi } from '../shared/vscodeApi';
import { routeOf } from './dom';
import { format, sameItem, type PageContext } from './page';
import { renderCompare } from './views/compare';
import { renderEntry } from './views/entry';
import { renderFamily } from './views/family';
import { renderHome } from './views/home';
import { renderObjectives } from './views/objectives';

registerComponents(buttonComponent, checkboxComponent, dataGridComponent, dataGridRowComponent, dataGridCellComponent, textFieldComponent);
const api = vscodeApi<CardsState>();
const root = document.getElementById('app')!;
const MAX_HISTORY = 100;

function restoredState(): CardsState {
  return parseMessage(CardsState, api.getState()) ?? { history: [{ kind: 'home' }], position: 0, selection: [], filter: '', onlyDifferences: false };
}

const state = restoredState();
state.position = Math.min(state.position, state.history.length - 1);
let ctx: CardContext | undefined;
let strings: CardsStrings | undefined;
let index: CardsIndex | undefined;

function post(message: CardsInbound): void {
  api.postMessage(message);
}

function save(): void {
  api.setState(state);
}

const current = (): Route => state.history[state.position];

// The frame around every card: history buttons, the catalogue, the compare tray, a status line.

const backButton = h('vscode-button', { appearance: 'icon', class: 'nav-back' }, '←');
const forwardButton = h('vscode-button', { appearance: 'icon', class: 'nav-forward' }, '→');
const homeButton = h('vscode-button', { appearance: 'secondary', class: 'nav-home' });
const compareButton = h('vscode-button', { appearance: 'primary', class: 'nav-compare' });
const toolbar = h('nav', { class: 'toolbar' }, backButton, forwardButton, homeButton, compareButton);
const status = h('p', { class: 'sr-only', role: 'status', 'aria-live': 'polite' });
const content = h('div', { class: 'content' });
root.replaceChildren(toolbar, status, content);

function updateToolbar(): void {
  if (!strings) return;
  toolbar.setAttribute('aria-label', strings.toolbar);
  backButton.setAttribute('aria-label', strings.back);
  backButton.setAttribute('title', `${strings.back} (Alt+←)`);
  forwardButton.setAttribute('aria-label', strings.forward);
  forwardButton.setAttribute('title', `${strings.forward} (Alt+→)`);
  homeButton.textContent = strings.home;
  compareButton.textContent = format(strings.compareSelected, state.selection.length);
  compareButton.setAttribute('title', strings.compareHint);
  setDisabled(backButton, state.position === 0);
  setDisabled(forwardButton, state.position >= state.history.length - 1);
  setDisabled(compareButton, state.selection.length < MIN_COMPARE);
}

function setDisabled(element: HTMLElement, disabled: boolean): void {
  if (disabled) element.setAttribute('disabled', '');
  else element.removeAttribute('disabled');
}

// Navigation.

/** Builds and draws the card at the current route (one that fails the view model is not drawn). */
function showCurrent(): void {
  save();
  updateToolbar();
  if (!ctx) return;
  const route = current();
  const view = parseMessage(CardView, cardView(ctx, route));
  if (view) show(view, route);
}

function go(route: Route): void {
  if (routeKey(route) === routeKey(current())) return showCurrent();
  state.history = [...state.history.slice(0, state.position + 1), route].slice(-MAX_HISTORY);
  state.position = state.history.length - 1;
  showCurrent();
}

function step(delta: number): void {
  const position = state.position + delta;
  if (position < 0 || position >= state.history.length) return;
  state.position = position;
  showCurrent();
}

const selection = {
  get items(): readonly CompareItem[] {
    return state.selection;
  },
  get full(): boolean {
    return state.selection.length >= MAX_COMPARE;
  },
  has: (item: CompareItem) => state.selection.some((s) => sameItem(s, item)),
  toggle(item: CompareItem) {
    if (selection.has(item)) state.selection = state.selection.filter((s) => !sameItem(s, item));
    else if (!selection.full) state.selection = [...state.selection, item];
    save();
    updateToolbar();
  },
};

function pageContext(): PageContext {
  return {
    strings: strings!,
    index: index!,
    selection,
    filter: state.filter,
    setFilter(value) {
      state.filter = value.slice(0, 200);
      this.filter = state.filter;
      save();
    },
    onlyDifferences: state.onlyDifferences,
    setOnlyDifferences(value) {
      state.onlyDifferences = value;
      this.onlyDifferences = value;
      save();
    },
  };
}

function renderView(view: CardView): HTMLElement {
  const page = pageContext();
  switch (view.kind) {
    case 'home':
      return renderHome(page, updateToolbar);
    case 'entry':
      return renderEntry(view, page);
    case 'family':
      return renderFamily(view, page);
    case 'objectives':
      return renderObjectives(view, page);
    case 'compare':
      return renderCompare(view, page);
    case 'missing':
      return h('article', { class: 'card' }, h('h1', { tabindex: '-1' }, format(page.strings.notFound, view.id)));
  }
}

function show(view: CardView, route: Route): void {
  const card = renderView(view);
  content.replaceChildren(card);
  window.scrollTo(0, 0);
  const heading = card.querySelector<HTMLElement>('h1');
  status.textContent = heading?.textContent ?? '';
  heading?.focus({ preventScroll: true });
  post({ type: 'rendered', route });
  markRendered({ lang: ctx?.lang ?? '', route: routeKey(route) });
}

window.addEventListener('message', (event: MessageEvent) => {
  const message = parseMessage(CardsOutbound, event.data);
  if (!message) return;
  switch (message.type) {
    case 'init': {
      const built: CardContext = { kb: new KnowledgeBase(message.atlas.entries, message.atlas.sources), lang: message.language };
      const catalogue = parseMessage(CardsIndex, cardsIndex(built));
      if (!catalogue) return;
      ctx = built;
      strings = uiStrings(built);
      index = catalogue;
      document.documentElement.lang = message.language;
      if (message.open) go(message.open);
      else showCurrent();
      return;
    }
    case 'navigate':
      if (ctx) go(message.route);
      return;
  }
});

document.addEventListener('click', (event) => {
  const target = (event.target as Element | null)?.closest('a.card-link');
  const route = target ? routeOf(target) : undefined;
  if (!route) return;
  event.preventDefault();
  go(route);
});

backButton.addEventListener('click', () => step(-1));
forwardButton.addEventListener('click', () => step(1));
homeButton.addEventListener('click', () => go({ kind: 'home' }));
compareButton.addEventListener('click', () => {
  if (state.selection.length >= MIN_COMPARE) go({ kind: 'compare', items: [...state.selection] });
});

function typing(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  return !!element && (element.isContentEditable || /^(INPUT|TEXTAREA|VSCODE-TEXT-FIELD)$/.test(element.tagName));
}

/**
 * Alt+←/→ move through this panel's history, "/" jumps to the filter. Handled keys do not reach VS
 * Code's own bindings (Alt+← would otherwise navigate the editor history).
 */
document.addEventListener('keydown', (event) => {
  let handled = true;
  if (event.altKey && !event.ctrlKey && !event.metaKey && event.key === 'ArrowLeft') step(-1);
  else if (event.altKey && !event.ctrlKey && !event.metaKey && event.key === 'ArrowRight') step(1);
  else if (event.key === '/' && !event.altKey && !event.ctrlKey && !event.metaKey && !typing(event.target)) focusFilter();
  else handled = false;
  if (handled) {
    event.preventDefault();
    event.stopPropagation();
  }
});

function focusFilter(): void {
  if (!document.getElementById('filter')) go({ kind: 'home' });
  document.getElementById('filter')?.focus();
}

post({ type: 'ready' });
