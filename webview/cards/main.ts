/**
 * The Architecture Cards page. It owns navigation (history, back/forward), the compare selection and
 * the filter, all kept with `setState` so a reload lands on the same card; every card's content comes
 * from the host on request. Messages in both directions are validated; anything else is ignored.
 */
import { parseMessage } from '../../src/core/protocol/common';
import {
  CardsOutbound,
  CardsState,
  MAX_COMPARE,
  MIN_COMPARE,
  routeKey,
  type CardView,
  type CardsIndex,
  type CardsInbound,
  type CardsStrings,
  type CompareItem,
  type Route,
} from '../../src/core/protocol/cards';
import { h, registerComponents } from '../shared/components';
import { vscodeApi } from '../shared/vscodeApi';
import { routeOf } from './dom';
import { format, sameItem, type PageContext } from './page';
import { renderCompare } from './views/compare';
import { renderEntry } from './views/entry';
import { renderFamily } from './views/family';
import { renderHome } from './views/home';
import { renderObjectives } from './views/objectives';

registerComponents();
const api = vscodeApi<CardsState>();
const root = document.getElementById('app')!;
const MAX_HISTORY = 100;

function restoredState(): CardsState {
  return parseMessage(CardsState, api.getState()) ?? { history: [{ kind: 'home' }], position: 0, selection: [], filter: '', onlyDifferences: false };
}

const state = restoredState();
state.position = Math.min(state.position, state.history.length - 1);
let strings: CardsStrings | undefined;
let index: CardsIndex | undefined;
let seq = 0;

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

function request(): void {
  save();
  updateToolbar();
  content.setAttribute('aria-busy', 'true');
  post({ type: 'request', seq: ++seq, route: current() });
}

function go(route: Route): void {
  if (routeKey(route) === routeKey(current())) return request();
  state.history = [...state.history.slice(0, state.position + 1), route].slice(-MAX_HISTORY);
  state.position = state.history.length - 1;
  request();
}

function step(delta: number): void {
  const position = state.position + delta;
  if (position < 0 || position >= state.history.length) return;
  state.position = position;
  request();
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

function show(view: CardView, route: Route, messageSeq: number): void {
  const card = renderView(view);
  content.replaceChildren(card);
  content.removeAttribute('aria-busy');
  window.scrollTo(0, 0);
  const heading = card.querySelector<HTMLElement>('h1');
  status.textContent = heading?.textContent ?? '';
  heading?.focus({ preventScroll: true });
  post({ type: 'rendered', seq: messageSeq, route });
}

window.addEventListener('message', (event: MessageEvent) => {
  const message = parseMessage(CardsOutbound, event.data);
  if (!message) return;
  switch (message.type) {
    case 'init':
      strings = message.strings;
      index = message.index;
      document.documentElement.lang = message.language;
      if (message.open) go(message.open);
      else request();
      return;
    case 'navigate':
      if (strings) go(message.route);
      return;
    case 'view':
      // Only the answer to the latest request is shown; slower, older answers are dropped.
      if (message.seq === seq && strings) show(message.view, message.route, message.seq);
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
  const field = document.getElementById('filter');
  if (field) field.focus();
  else {
    go({ kind: 'home' });
    // The catalogue arrives with the next view message.
    const observer = new MutationObserver(() => {
      const arrived = document.getElementById('filter');
      if (!arrived) return;
      observer.disconnect();
      arrived.focus();
    });
    observer.observe(content, { childList: true });
  }
}

post({ type: 'ready' });
