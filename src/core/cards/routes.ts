/**
 * Card routes: which card an id opens and what each card is titled. The host routes commands and
 * titles the panel with these (and nothing else of the cards), so its bundle carries none of the
 * card builders; the builders use the same titles.
 */
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Bilingual } from '../knowledge/schema';
import { FAMILY_IDS, MAX_COMPARE, MIN_COMPARE, type CompareItem, type FamilyId, type Route } from '../protocol/cards';
import { entryName, say, type CardContext } from './context';

const FAMILY_TITLES: Record<FamilyId, Bilingual> = {
  'encoder-only': { en: 'Encoder-only', ko: '인코더 전용' },
  'decoder-only': { en: 'Decoder-only', ko: '디코더 전용' },
  'encoder-decoder': { en: 'Encoder–decoder', ko: '인코더-디코더' },
  'mixture-of-experts': { en: 'Mixture of Experts', ko: '전문가 혼합 (MoE)' },
};

const TITLES = {
  compare: { en: 'Compare', ko: '비교' },
  objectives: { en: 'Objectives, worked', ko: '사전학습 목표 실습' },
} satisfies Record<string, Bilingual>;

export function isFamilyId(id: string): id is FamilyId {
  return (FAMILY_IDS as readonly string[]).includes(id);
}

/**
 * The entry a card id names: an entry id, or a size's id (t5-small) which opens its model's card.
 * Undefined for anything the atlas does not know.
 */
export function resolveCardId(kb: KnowledgeBase, id: unknown): string | undefined {
  if (typeof id !== 'string') return undefined;
  return kb.get(id)?.id ?? kb.variant(id)?.entry.id;
}

/** The items that exist, without duplicates, at most four. */
export function validCompareItems(ctx: CardContext, items: readonly CompareItem[]): CompareItem[] {
  const seen = new Set<string>();
  return items
    .filter((item) => (item.kind === 'family' ? true : ctx.kb.get(item.id)?.kind === 'model'))
    .filter((item) => {
      const key = `${item.kind}:${item.id}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, MAX_COMPARE);
}

export function familyTitle(ctx: CardContext, family: FamilyId): string {
  return say(ctx, FAMILY_TITLES[family]);
}

/** A compare column's heading. */
export function compareItemTitle(ctx: CardContext, item: CompareItem): string {
  return item.kind === 'family' ? familyTitle(ctx, item.id) : entryName(ctx, item.id);
}

/** "Compare: BERT · GPT-2", over the items that survive `validCompareItems`. */
export function compareTitle(ctx: CardContext, items: readonly CompareItem[]): string {
  return `${say(ctx, TITLES.compare)}: ${items.map((item) => compareItemTitle(ctx, item)).join(' · ')}`;
}

export function objectivesTitle(ctx: CardContext): string {
  return say(ctx, TITLES.objectives);
}

/** The title of the card at `route`; none for the catalogue and for cards the atlas cannot fill. */
export function cardTitle(ctx: CardContext, route: Route): string | undefined {
  switch (route.kind) {
    case 'entry':
      return ctx.kb.get(route.id) ? entryName(ctx, route.id) : undefined;
    case 'family':
      return familyTitle(ctx, route.id);
    case 'objectives':
      return objectivesTitle(ctx);
    case 'compare': {
      const items = validCompareItems(ctx, route.items);
      return items.length >= MIN_COMPARE ? compareTitle(ctx, items) : undefined;
    }
    default:
      return undefined;
  }
}
