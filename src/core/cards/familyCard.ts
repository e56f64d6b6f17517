import type { Entry, NumberFact } from '../knowledge/schema';
import { formatFact, formatValue } from '../present/format';
import type { FamilyId } from '../protocol/cards';
import { entryLink, entryName, say, type CardContext } from './context';
import { familyDiagram } from './diagrams';
import { familySpec, isMember } from './families';
import { parseInline } from './inline';
import { numericExamplesFor } from './numbers';
import { familyTitle } from './routes';
import type { FamilyView, Link } from './viewModel';

/** A family's model entries in the atlas, oldest first. */
export function familyMembers(ctx: CardContext, family: FamilyId): Entry[] {
  return ctx.kb
    .ofKind('model')
    .filter((e) => isMember(e, family))
    .sort((a, b) => a.model!.year - b.model!.year || (a.model!.month ?? 0) - (b.model!.month ?? 0) || a.name.localeCompare(b.name));
}

/** A released size: the flagship figure or one variant. */
export interface SizePoint {
  label: string;
  entryId: string;
  fact: NumberFact;
}

/** Every parameter count a model entry states: its headline figure and each variant's. */
function sizePoints(ctx: CardContext, entry: Entry): SizePoint[] {
  const model = entry.model;
  if (!model) return [];
  const points: SizePoint[] = (model.variants ?? []).map((v) => ({ label: v.name, entryId: entry.id, fact: v.parameters }));
  if (model.parameters) points.push({ label: entryName(ctx, entry.id), entryId: entry.id, fact: model.parameters });
  return points;
}

export interface ParameterRange {
  smallest: SizePoint;
  largest: SizePoint;
  /** Models whose only figures are unconfirmed, left out of the range. */
  unconfirmed: string[];
}

/** Smallest and largest confirmed parameter counts among `members`. */
export function parameterRange(ctx: CardContext, members: readonly Entry[]): ParameterRange | undefined {
  const points = members.flatMap((e) => sizePoints(ctx, e));
  const confirmed = points.filter((p) => !p.fact.unconfirmed);
  if (confirmed.length === 0) return undefined;
  const bySize = [...confirmed].sort((a, b) => a.fact.value - b.fact.value);
  const confirmedIds = new Set(confirmed.map((p) => p.entryId));
  const unconfirmed = [...new Set(points.filter((p) => p.fact.unconfirmed && !confirmedIds.has(p.entryId)).map((p) => entryName(ctx, p.entryId)))];
  return { smallest: bySize[0], largest: bySize[bySize.length - 1], unconfirmed };
}

function describeRange(ctx: CardContext, range: ParameterRange, memberCount: number): string {
  const size = (p: SizePoint) => `${p.fact.approx ? '≈' : ''}${formatValue(p.fact.value, 'parameters', ctx.lang)} (${p.label})`;
  const left = range.unconfirmed.join(', ');
  return ctx.lang === 'ko'
    ? `아틀라스의 모델 ${memberCount}개: ${size(range.smallest)}부터 ${size(range.largest)}까지.${left ? ` 공개되지 않은 추정치라 범위에서 뺀 모델: ${left}.` : ''}`
    : `${memberCount} models in the atlas, from ${size(range.smallest)} to ${size(range.largest)}.${left ? ` Left out because their size is unconfirmed: ${left}.` : ''}`;
}

/** The headline size of a model, labelled when unconfirmed. */
function headlineSize(ctx: CardContext, entry: Entry): string {
  const fact = entry.model?.parameters;
  return fact ? formatFact(fact, ctx.lang) : '—';
}

export function familyLink(ctx: CardContext, family: FamilyId): Link {
  return { label: familyTitle(ctx, family), route: { kind: 'family', id: family } };
}

export function familyCard(ctx: CardContext, family: FamilyId): FamilyView {
  const spec = familySpec(family);
  const members = familyMembers(ctx, family);
  const concept = ctx.kb.get(spec.conceptId);
  const range = parameterRange(ctx, members);
  const present = (ids: string[]) => ids.filter((id) => ctx.kb.get(id));
  return {
    kind: 'family',
    id: family,
    title: familyTitle(ctx, family),
    aka: say(ctx, spec.aka),
    summary: concept ? parseInline(say(ctx, concept.summary)) : [],
    ...(concept ? { concept: entryLink(ctx, concept.id) } : {}),
    attention: say(ctx, spec.attention),
    diagram: familyDiagram(ctx, family),
    tasks: spec.tasks.map((t) => say(ctx, t)),
    strengths: spec.strengths.map((t) => say(ctx, t)),
    limits: spec.limits.map((t) => say(ctx, t)),
    objectives: present(spec.objectives).map((id) => entryLink(ctx, id)),
    concepts: present(spec.concepts).map((id) => entryLink(ctx, id)),
    representatives: present(spec.representatives)
      .filter((id) => isMember(ctx.kb.get(id)!, family))
      .map((id) => ({ link: entryLink(ctx, id), figure: headlineSize(ctx, ctx.kb.get(id)!) })),
    members: members.map((e) => entryLink(ctx, e.id)),
    ...(range ? { parameterRange: describeRange(ctx, range, members.length) } : {}),
    numeric: numericExamplesFor(ctx, spec.conceptId),
    compare: { kind: 'family', id: family },
  };
}
