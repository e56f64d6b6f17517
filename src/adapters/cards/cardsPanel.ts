import * as vscode from 'vscode';
import { cardTitle, isFamilyId, resolveCardId } from '../../core/cards/routes';
import { serializeAtlas } from '../../core/knowledge/serialized';
import { parseMessage } from '../../core/protocol/common';
import {
  CardsInbound,
  MAX_COMPARE,
  MIN_COMPARE,
  routeKey,
  type CardsOutbound,
  type CompareItem,
  type Route,
} from '../../core/protocol/cards';
import { CARDS_VIEW_TYPE } from '../../core/protocol/viewTypes';
import type { AtlasService } from '../atlas/atlasService';
import { onLanguageChange, t, uiLanguage } from '../i18n';
import { SingletonPanel } from '../webview/singletonPanel';

/** How long a command waits for the page to show the card before returning anyway. */
const RENDER_TIMEOUT_MS = 10_000;

/**
 * The "Architecture Cards" panel. This side routes: it resolves the ids commands name, sends the
 * atlas and the language, and titles the panel after the card; the page builds every card itself,
 * keeps its history and reports each card it shows. A card opened from outside (hover link, search,
 * chart point) is pushed onto the page's history: posted at once when the page runs, or handed over
 * with `init` when the page is (re)loading.
 */
class ArchitectureCards {
  private readonly panel: SingletonPanel<CardsInbound>;
  /** A card asked for from outside that the page has not shown yet. */
  private pending: Route | undefined;
  private title: string | undefined;
  private readonly waiters = new Map<string, Array<() => void>>();

  constructor(
    context: vscode.ExtensionContext,
    private readonly atlas: AtlasService,
  ) {
    this.panel = new SingletonPanel<CardsInbound>(context, {
      // Opened from code (a hover, the cursor), the card goes beside it rather than over it.
      column: () => (vscode.window.activeTextEditor ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active),
      viewType: CARDS_VIEW_TYPE,
      app: 'cards',
      title: () => `LLM Atlas: ${this.title ?? t('Architecture Cards')}`,
      parse: (raw) => parseMessage(CardsInbound, raw),
      handle: (message) => this.handle(message),
    });
  }

  /** Opens an entry's card (a family concept opens its family card). False for ids not in the atlas. */
  async openCard(entryId: unknown): Promise<boolean> {
    const { kb } = await this.atlas.load();
    const id = resolveCardId(kb, entryId);
    if (!id) {
      void vscode.window.showWarningMessage(t('"{0}" is not in the atlas.', typeof entryId === 'string' ? entryId : String(JSON.stringify(entryId))));
      return false;
    }
    await this.open(isFamilyId(id) ? { kind: 'family', id } : { kind: 'entry', id });
    return true;
  }

  /** Reveals the panel as it was, or opens it on the catalogue. */
  async show(): Promise<boolean> {
    if (this.panel.isOpen) this.panel.show();
    else await this.open({ kind: 'home' });
    return true;
  }

  /** Opens the compare view of 2–4 model or family ids. */
  async compare(ids: unknown): Promise<boolean> {
    const { kb } = await this.atlas.load();
    const items: CompareItem[] = [];
    for (const raw of Array.isArray(ids) ? ids : []) {
      if (typeof raw !== 'string') continue;
      if (isFamilyId(raw)) items.push({ kind: 'family', id: raw });
      else {
        const id = resolveCardId(kb, raw);
        if (id && kb.get(id)?.kind === 'model') items.push({ kind: 'model', id });
      }
    }
    if (items.length < MIN_COMPARE || items.length > MAX_COMPARE) {
      void vscode.window.showWarningMessage(t('Choose 2 to 4 models or families to compare.'));
      return false;
    }
    await this.open({ kind: 'compare', items });
    return true;
  }

  /** Re-sends everything in the current language; the page shows its card again. */
  async refresh(): Promise<void> {
    if (!this.panel.isOpen) return;
    this.title = undefined;
    this.panel.retitle();
    await this.sendInit();
  }

  private async open(route: Route): Promise<void> {
    this.pending = route;
    const shown = this.rendered(route);
    // Titled now rather than when the page reports the card, so a command resolves on a titled tab.
    await this.retitle(route);
    const running = this.panel.isOpen;
    this.panel.show();
    if (running) void this.panel.post({ type: 'navigate', route } satisfies CardsOutbound);
    await shown;
  }

  /** Resolves when the page reports `route` on screen, or after a timeout. */
  private rendered(route: Route): Promise<void> {
    const key = routeKey(route);
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        const left = (this.waiters.get(key) ?? []).filter((w) => w !== done);
        if (left.length > 0) this.waiters.set(key, left);
        else this.waiters.delete(key);
        resolve();
      };
      const timer = setTimeout(done, RENDER_TIMEOUT_MS);
      this.waiters.set(key, [...(this.waiters.get(key) ?? []), done]);
    });
  }

  /** Titles the panel after the card at `route`. */
  private async retitle(route: Route): Promise<void> {
    const { kb } = await this.atlas.load();
    this.title = cardTitle({ kb, lang: uiLanguage() }, route);
    this.panel.retitle();
  }

  private async sendInit(): Promise<void> {
    const { kb } = await this.atlas.load();
    const open = this.pending;
    this.pending = undefined;
    await this.panel.post({ type: 'init', language: uiLanguage(), atlas: serializeAtlas(kb), ...(open ? { open } : {}) } satisfies CardsOutbound);
  }

  private async handle(message: CardsInbound): Promise<void> {
    switch (message.type) {
      case 'ready':
        return this.sendInit();
      case 'rendered': {
        const key = routeKey(message.route);
        if (this.pending && routeKey(this.pending) === key) this.pending = undefined;
        await this.retitle(message.route);
        [...(this.waiters.get(key) ?? [])].forEach((done) => done());
        return;
      }
    }
  }
}

export function registerCardsPanel(context: vscode.ExtensionContext, atlas: AtlasService): void {
  const cards = new ArchitectureCards(context, atlas);
  context.subscriptions.push(
    // Hover "Open card" links, the search QuickPick, the sidebar and chart points all come through here.
    vscode.commands.registerCommand('llmAtlas.openCard', (entryId: unknown) => cards.openCard(entryId)),
    vscode.commands.registerCommand('llmAtlas.showArchitectureCards', () => cards.show()),
    vscode.commands.registerCommand('llmAtlas.compareCards', (ids: unknown) => cards.compare(ids)),
    onLanguageChange(() => void cards.refresh()),
  );
}
