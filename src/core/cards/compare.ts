/**
 * The compare view: two to four models or families side by side, one row per attribute, rows whose
 * values differ flagged, and the largest and smallest figure of a differing size row marked.
 */
import type { Bilingual, Entry, NumberFact } from '../knowledge/schema';
import { familyName, formatFact } from '../present/format';
import { MIN_COMPARE, type CompareItem, type FamilyId, type Route } from '../protocol/cards';
import { entryLink, say, type CardContext } from './context';
import { familiesOf, familySpec } from './families';
import { familyMembers, parameterRange } from './familyCard';
import { LABELS } from './labels';
import { compareItemTitle, compareTitle, familyTitle, validCompareItems } from './routes';
import type { CompareCell, CompareView, Link } from './viewModel';

/** A cell before comparison: its text, and the number behind it when extremes make sense. */
interface Value extends CompareCell {
  number?: number;
}

type Profile = Map<string, Value>;

/** Row order and labels; a row appears when at least one column has a value for it. */
const ROWS: Array<{ key: string; label: Bilingual; sized?: boolean }> = [
  { key: 'family', label: LABELS.family },
  { key: 'attention', label: LABELS.attention },
  { key: 'year', label: LABELS.year },
  { key: 'organisation', label: LABELS.organisation },
  { key: 'parameters', label: LABELS.parameters, sized: true },
  { key: 'activeParameters', label: LABELS.activeParameters, sized: true },
  { key: 'parameterRange', label: LABELS.parameterRange },
  { key: 'members', label: LABELS.members, sized: true },
  { key: 'layers', label: LABELS.layers, sized: true },
  { key: 'hidden', label: LABELS.hidden, sized: true },
  { key: 'heads', label: LABELS.heads, sized: true },
  { key: 'vocabulary', label: LABELS.vocabulary, sized: true },
  { key: 'context', label: LABELS.context, sized: true },
  { key: 'trainingTokens', label: LABELS.trainingTokens, sized: true },
  { key: 'trainingData', label: LABELS.trainingData },
  { key: 'objectives', label: LABELS.objectives },
  { key: 'tasks', label: LABELS.tasks },
  { key: 'improvesOn', label: LABELS.improvesOn },
];

function numberValue(ctx: CardContext, fact: NumberFact): Value {
  return { text: formatFact(fact, ctx.lang), ...(fact.unconfirmed ? { unconfirmed: true } : { number: fact.value }) };
}

function linksValue(links: Link[]): Value | undefined {
  return links.length > 0 ? { text: links.map((l) => l.label).join(', '), links } : undefined;
}

function modelProfile(ctx: CardContext, entry: Entry): Profile {
  const model = entry.model!;
  const profile: Profile = new Map();
  const set = (key: string, value: Value | undefined) => value && profile.set(key, value);
  const families = familiesOf(entry).map((f) => familyTitle(ctx, f));
  set('family', { text: families.length > 0 ? families.join(' + ') : familyName(model.family, ctx.lang) });
  set('year', { text: String(model.year) });
  set('organisation', { text: model.organisation });
  for (const key of ['parameters', 'activeParameters', 'layers', 'hidden', 'heads', 'vocabulary', 'context', 'trainingTokens'] as const) {
    const fact = model[key];
    if (fact) set(key, numberValue(ctx, fact));
  }
  if (model.trainingData) set('trainingData', { text: say(ctx, model.trainingData) });
  set('objectives', linksValue(model.objectives.map((id) => entryLink(ctx, id))));
  set('improvesOn', linksValue((model.improvesOn ?? []).map((id) => entryLink(ctx, id))));
  return profile;
}

function familyProfile(ctx: CardContext, id: FamilyId): Profile {
  const spec = familySpec(id);
  const members = familyMembers(ctx, id);
  const range = parameterRange(ctx, members);
  const profile: Profile = new Map();
  profile.set('family', { text: familyTitle(ctx, id) });
  profile.set('attention', { text: say(ctx, spec.attention) });
  profile.set('members', { text: String(members.length), number: members.length });
  if (range) profile.set('parameterRange', { text: `${formatFact(range.smallest.fact, ctx.lang)} – ${formatFact(range.largest.fact, ctx.lang)}` });
  const objectives = linksValue(spec.objectives.filter((o) => ctx.kb.get(o)).map((o) => entryLink(ctx, o)));
  if (objectives) profile.set('objectives', objectives);
  profile.set('tasks', { text: spec.tasks.map((t) => say(ctx, t)).join('; ') });
  return profile;
}

function itemRoute(item: CompareItem): Route {
  return item.kind === 'family' ? { kind: 'family', id: item.id } : { kind: 'entry', id: item.id };
}

/** Marks the largest and smallest numbers of a row (confirmed figures only, when they differ). */
function extremes(values: Array<Value | undefined>): Array<CompareCell['extreme']> {
  const numbers = values.map((v) => v?.number).filter((n): n is number => n !== undefined);
  if (numbers.length < 2) return values.map(() => undefined);
  const max = Math.max(...numbers);
  const min = Math.min(...numbers);
  if (max === min) return values.map(() => undefined);
  return values.map((v) => (v?.number === max ? 'max' : v?.number === min ? 'min' : undefined));
}

export function compareView(ctx: CardContext, requested: readonly CompareItem[]): CompareView | undefined {
  const items = validCompareItems(ctx, requested);
  if (items.length < MIN_COMPARE) return undefined;
  const profiles = items.map((item) => (item.kind === 'family' ? familyProfile(ctx, item.id) : modelProfile(ctx, ctx.kb.get(item.id)!)));
  const columns = items.map((item) => ({
    label: compareItemTitle(ctx, item),
    kindLabel: say(ctx, item.kind === 'family' ? LABELS.familyCard : LABELS.model),
    route: itemRoute(item),
  }));
  const rows = ROWS.flatMap(({ key, label, sized }) => {
    const values = profiles.map((p) => p.get(key));
    if (values.every((v) => v === undefined)) return [];
    const marks = sized ? extremes(values) : values.map(() => undefined);
    const cells: CompareCell[] = values.map((v, i) => {
      if (!v) return { text: '—' };
      const extreme = marks[i];
      return {
        text: v.text,
        ...(v.links ? { links: v.links } : {}),
        ...(v.unconfirmed ? { unconfirmed: true } : {}),
        ...(extreme ? { extreme } : {}),
      };
    });
    return [{ label: say(ctx, label), differs: new Set(cells.map((c) => c.text)).size > 1, cells }];
  });
  return { kind: 'compare', title: compareTitle(ctx, items), columns, rows };
}
