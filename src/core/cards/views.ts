/**
 * Route → card: the single entry point the cards page calls, with the atlas the host sent it.
 * Everything here is pure and localised for `ctx.lang`.
 */
import type { Route } from '../protocol/cards';
import { say, type CardContext } from './context';
import { compareView } from './compare';
import { entryCard } from './entryCard';
import { familyCard } from './familyCard';
import { originalRow, workedExamples } from './objectives/worked';
import type { CardView, ObjectivesView } from './viewModel';

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
