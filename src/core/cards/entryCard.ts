import { modelNumberFacts, type Entry } from '../knowledge/schema';
import { familyName, formatFact, kindName } from '../present/format';
import { entryLink, factRow, say, sourceRef, type CardContext } from './context';
import { familiesOf } from './families';
import { familyLink } from './familyCard';
import { parseInline } from './inline';
import { LABELS } from './labels';
import { numericExamplesFor } from './numbers';
import { workedExamplesFor } from './objectives/worked';
import { isFamilyId } from './routes';
import type { EntryView, Fact, ModelSection, VariantRow } from './viewModel';

function textFact(label: string, value: string): Fact {
  return { label, value };
}

function modelFacts(ctx: CardContext, entry: Entry): Fact[] {
  const model = entry.model!;
  const facts: Fact[] = [textFact(say(ctx, LABELS.year), String(model.year)), textFact(say(ctx, LABELS.organisation), model.organisation)];
  for (const [label, fact] of modelNumberFacts(model)) facts.push(factRow(ctx, say(ctx, LABELS[label]), fact));
  if (model.trainingData) facts.push(textFact(say(ctx, LABELS.trainingData), say(ctx, model.trainingData)));
  return facts;
}

function variantRows(ctx: CardContext, entry: Entry): VariantRow[] {
  return (entry.model?.variants ?? []).map((v) => ({
    name: v.name,
    parameters: formatFact({ ...v.parameters, unconfirmed: false }, ctx.lang),
    ...(v.parameters.unconfirmed ? { unconfirmed: true } : {}),
    ...(v.layers !== undefined ? { layers: String(v.layers) } : {}),
    ...(v.hidden !== undefined ? { hidden: String(v.hidden) } : {}),
    ...(v.heads !== undefined ? { heads: String(v.heads) } : {}),
    hfIds: v.hfIds,
  }));
}

/** Models that name this one in `improvesOn`: the links forward in time. */
export function improvedBy(ctx: CardContext, id: string): Entry[] {
  return ctx.kb.ofKind('model').filter((e) => e.model?.improvesOn?.includes(id));
}

function modelSection(ctx: CardContext, entry: Entry): ModelSection | undefined {
  const model = entry.model;
  if (!model) return undefined;
  const families = familiesOf(entry).map((f) => familyLink(ctx, f));
  return {
    families: families.length > 0 ? families : [{ label: familyName(model.family, ctx.lang) }],
    facts: modelFacts(ctx, entry),
    keyIdeas: model.keyIdeas.map((idea) => parseInline(say(ctx, idea))),
    objectives: model.objectives.map((id) => entryLink(ctx, id)),
    improvesOn: (model.improvesOn ?? []).map((id) => entryLink(ctx, id)),
    improvedBy: improvedBy(ctx, entry.id).map((e) => entryLink(ctx, e.id)),
    variants: variantRows(ctx, entry),
  };
}

/** The card of any atlas entry; models get their facts table, sizes and lineage. */
export function entryCard(ctx: CardContext, id: string): EntryView | undefined {
  const entry = ctx.kb.get(id);
  if (!entry) return undefined;
  const [title, other] = ctx.lang === 'ko' ? [entry.nameKo, entry.name] : [entry.name, entry.nameKo];
  const model = modelSection(ctx, entry);
  const sources = entry.sources.map((key) => ctx.kb.source(key)).flatMap((s) => (s ? [sourceRef(s)] : [])).filter((s) => s !== undefined);
  return {
    kind: 'entry',
    id,
    kindLabel: kindName(entry.kind, ctx.lang),
    title,
    ...(!title.includes(other) && !other.includes(title) ? { subtitle: other } : {}),
    summary: parseInline(say(ctx, entry.summary)),
    explanation: parseInline(say(ctx, entry.explanation)),
    ...(model ? { model } : {}),
    ...(isFamilyId(id) ? { familyCard: familyLink(ctx, id) } : {}),
    keyNumbers: entry.keyNumbers.map((k) => factRow(ctx, say(ctx, k.label), k)),
    worked: workedExamplesFor(ctx, id),
    numeric: numericExamplesFor(ctx, id),
    related: entry.related.map((r) => entryLink(ctx, r)),
    sources,
    ...(entry.kind === 'model' ? { compare: { kind: 'model', id } } : isFamilyId(id) ? { compare: { kind: 'family', id } } : {}),
  };
}
