/**
 * Route → card: the single entry point the panel's host side calls. Everything here is pure and
 * localised for `ctx.lang`; the host only sends the result.
 */
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { CardView, ObjectivesView, Route } from '../protocol/cards';
import { say, type CardContext } from './context';
import { compareView } from './compare';
import { entryCard } from './entryCard';
import { familyCard } from './familyCard';
import { LABELS } from './labels';
import { originalRow, workedExamples } from './objectives/worked';

export { cardsIndex } from './cardIndex';
export { uiStrings } from './uiStrings';
export type { CardContext } from './context';

function objectivesView(ctx: CardContext): ObjectivesView {
  return {
    kind: 'objectives',
    intro: say(ctx, {
      en: 'The same short document, put through each pre-training objective. Each example shows what the model reads and what it must produce, with this run’s numbers. The draws come from a fixed seed, so the example never changes; real pre-training draws afresh for every sequence.',
      ko: '같은 짧은 문서를 사전학습 목표마다 변형해 보았다. 각 예시는 모델이 읽는 것과 만들어야 하는 것을 이번 실행의 수치와 함께 보여 준다. 무작위 선택은 고정된 시드에서 나오므로 예시는 바뀌지 않지만, 실제 사전학습은 시퀀스마다 새로 뽑는다.',
    }),
    original: originalRow(ctx),
    examples: workedExamples(ctx),
  };
}

/** The view for a route; ids that are not (or no longer) in the atlas give a "missing" view. */
export function cardView(ctx: CardContext, route: Route): CardView {
  switch (route.kind) {
    case 'home':
      return { kind: 'home' };
    case 'entry':
      return entryCard(ctx, route.id) ?? { kind: 'missing', id: route.id };
    case 'family':
      return familyCard(ctx, route.id);
    case 'objectives':
      return objectivesView(ctx);
    case 'compare':
      return compareView(ctx, route.items) ?? { kind: 'missing', id: route.items.map((i) => i.id).join(', ') };
  }
}

/** The card's name, for the panel's title. */
export function viewTitle(ctx: CardContext, view: CardView): string | undefined {
  switch (view.kind) {
    case 'entry':
    case 'family':
    case 'compare':
      return view.title;
    case 'objectives':
      return say(ctx, LABELS.objectivesTitle);
    default:
      return undefined;
  }
}

/**
 * The entry a card id names: an entry id, or a size's id (t5-small) which opens its model's card.
 * Undefined for anything the atlas does not know.
 */
export function resolveCardId(kb: KnowledgeBase, id: unknown): string | undefined {
  if (typeof id !== 'string') return undefined;
  return kb.get(id)?.id ?? kb.variant(id)?.entry.id;
}
