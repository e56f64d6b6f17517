import * as z from 'zod/mini';
import { AtlasData } from './atlas';
import { OpenEntryMessage, ReadyMessage } from './common';

/**
 * The Architecture Cards panel's protocol. The host owns routing: it resolves the ids commands name,
 * tells the page which card to open and titles the panel. The page gets the atlas with each init and
 * builds every card itself, localised (src/core/cards); it keeps its navigation history and reports
 * the card it shows. Both sides validate what they receive against these schemas and ignore
 * anything else.
 */
export { CARDS_VIEW_TYPE } from './viewTypes';

const EntryId = OpenEntryMessage.shape.entryId;
const Count = z.number().check(z.int(), z.nonnegative(), z.lte(1e6));

function list<T extends z.ZodMiniType>(item: T, max: number) {
  return z.array(item).check(z.maxLength(max));
}

// Navigation.

export const FAMILY_IDS = ['encoder-only', 'decoder-only', 'encoder-decoder', 'mixture-of-experts'] as const;
export const FamilyId = z.enum(FAMILY_IDS);
export type FamilyId = z.infer<typeof FamilyId>;

/** What a compare column shows: a model entry or a family card. */
export const CompareItem = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('model'), id: EntryId }),
  z.object({ kind: z.literal('family'), id: FamilyId }),
]);
export type CompareItem = z.infer<typeof CompareItem>;
export const MIN_COMPARE = 2;
export const MAX_COMPARE = 4;

/** A place in the panel; the page's history is a list of these. */
export const Route = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('home') }),
  z.object({ kind: z.literal('entry'), id: EntryId }),
  z.object({ kind: z.literal('family'), id: FamilyId }),
  z.object({ kind: z.literal('objectives') }),
  z.object({ kind: z.literal('compare'), items: list(CompareItem, MAX_COMPARE).check(z.minLength(MIN_COMPARE)) }),
]);
export type Route = z.infer<typeof Route>;

/** A stable key for a route (equal routes, equal keys). */
export function routeKey(route: Route): string {
  switch (route.kind) {
    case 'entry':
    case 'family':
      return `${route.kind}:${route.id}`;
    case 'compare':
      return `compare:${route.items.map((item) => `${item.kind}/${item.id}`).join(',')}`;
    default:
      return route.kind;
  }
}

// Webview → host.

/** The card for `route` is on screen (the host titles the panel after it; commands and tests wait for it). */
export const RenderedMessage = z.object({ type: z.literal('rendered'), route: Route });

export const CardsInbound = z.discriminatedUnion('type', [ReadyMessage, RenderedMessage]);
export type CardsInbound = z.infer<typeof CardsInbound>;

// Host → webview.

export const CardsInit = z.object({
  type: z.literal('init'),
  language: z.enum(['en', 'ko']),
  atlas: AtlasData,
  /** A card to open now (the panel was opened for it); otherwise the page restores its own. */
  open: z.optional(Route),
});
export type CardsInit = z.infer<typeof CardsInit>;

/** Open `route` in the running page, on top of its history. */
export const NavigateMessage = z.object({ type: z.literal('navigate'), route: Route });

export const CardsOutbound = z.discriminatedUnion('type', [CardsInit, NavigateMessage]);
export type CardsOutbound = z.infer<typeof CardsOutbound>;

/** What the page keeps with `setState` across hiding and reloads; validated when read back. */
export const CardsState = z.object({
  history: list(Route, 100).check(z.minLength(1)),
  position: Count,
  selection: list(CompareItem, MAX_COMPARE),
  filter: z.string().check(z.maxLength(200)),
  onlyDifferences: z.boolean(),
});
export type CardsState = z.infer<typeof CardsState>;
