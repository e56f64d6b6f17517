import { familyName, formatFact } from '../present/format';
import { entryName, say, type CardContext } from './context';
import { FAMILIES, familiesOf } from './families';
import { familyMembers } from './familyCard';
import { parseInline } from './inline';
import { WORKED_OBJECTIVES } from './objectives/worked';
import { familyTitle } from './routes';
import type { CardsIndex } from './viewModel';

/** The home page's catalogue: the four families and every model, with the text the filter searches. */
export function cardsIndex(ctx: CardContext): CardsIndex {
  const families = FAMILIES.map((spec) => {
    const concept = ctx.kb.get(spec.conceptId);
    return {
      id: spec.id,
      title: familyTitle(ctx, spec.id),
      aka: say(ctx, spec.aka),
      summary: concept ? parseInline(say(ctx, concept.summary)).map((run) => run.text).join('') : '',
      count: familyMembers(ctx, spec.id).length,
    };
  });
  const models = ctx.kb
    .ofKind('model')
    .sort((a, b) => a.model!.year - b.model!.year || (a.model!.month ?? 0) - (b.model!.month ?? 0) || a.name.localeCompare(b.name))
    .map((entry) => {
      const model = entry.model!;
      const ids = familiesOf(entry);
      const family = ids.length > 0 ? ids.map((f) => familyTitle(ctx, f)).join(' + ') : familyName(model.family, ctx.lang);
      const keywords = [entry.name, entry.nameKo, ...entry.aliases, model.organisation, family, String(model.year), ...(model.variants ?? []).map((v) => v.name)];
      return {
        id: entry.id,
        name: entryName(ctx, entry.id),
        family,
        ...(ids[0] ? { familyId: ids[0] } : {}),
        moe: model.moe === true,
        year: model.year,
        organisation: model.organisation,
        parameters: model.parameters ? formatFact({ ...model.parameters, unconfirmed: false }, ctx.lang) : '—',
        ...(model.parameters?.unconfirmed ? { unconfirmed: true } : {}),
        keywords: keywords.join(' ').toLowerCase(),
      };
    });
  return { families, models, objectiveCount: WORKED_OBJECTIVES.length };
}
