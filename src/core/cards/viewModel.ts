import * as z from 'zod/mini';
import { OpenEntryMessage } from '../protocol/common';
import { CompareItem, FamilyId, MAX_COMPARE, Route } from '../protocol/cards';

/**
 * What the card builders produce and the cards page draws. The page builds each view itself from
 * the atlas the host sends, and draws only views that pass these schemas (web links only, known
 * token marks and shape classes, bounded sizes).
 */

const EntryId = OpenEntryMessage.shape.entryId;
const Count = z.number().check(z.int(), z.nonnegative(), z.lte(1e6));
const Coordinate = z.number().check(z.gte(-10_000), z.lte(10_000));
/** Labels, names, figures. */
const Short = z.string().check(z.maxLength(600));
/** Paragraphs. */
const Text = z.string().check(z.maxLength(20_000));
const WebUrl = z.string().check(z.maxLength(2000), z.regex(/^https?:\/\/[^\s"'<>]+$/));

function list<T extends z.ZodMiniType>(item: T, max: number) {
  return z.array(item).check(z.maxLength(max));
}

// Card content.

/** A run of inline text; explanations carry `code`, **bold**, *emphasis* and links. */
export const Inline = z.object({
  text: Text,
  code: z.optional(z.boolean()),
  bold: z.optional(z.boolean()),
  em: z.optional(z.boolean()),
  href: z.optional(WebUrl),
});
export type Inline = z.infer<typeof Inline>;
const Rich = list(Inline, 200);

/** A link to another card; without a route the label is shown as plain text (target not in the atlas). */
export const Link = z.object({ label: Short, route: z.optional(Route) });
export type Link = z.infer<typeof Link>;

export const SourceRef = z.object({ citation: Short, title: Short, url: WebUrl });
export type SourceRef = z.infer<typeof SourceRef>;

/** A labelled figure; unconfirmed figures carry the flag so the page labels them visibly. */
export const Fact = z.object({
  label: Short,
  value: Short,
  approx: z.optional(z.boolean()),
  unconfirmed: z.optional(z.boolean()),
  note: z.optional(Text),
  source: z.optional(SourceRef),
});
export type Fact = z.infer<typeof Fact>;

export const VariantRow = z.object({
  name: Short,
  parameters: Short,
  unconfirmed: z.optional(z.boolean()),
  layers: z.optional(Short),
  hidden: z.optional(Short),
  heads: z.optional(Short),
  hfIds: list(Short, 40),
});
export type VariantRow = z.infer<typeof VariantRow>;

/** How a token is drawn in a worked example. */
export const TOKEN_MARKS = [
  'plain',
  'mask',
  'random',
  'kept',
  'target',
  'ignored',
  'hidden',
  'visible',
  'boundary',
  'sentinel',
  'deleted',
  'original',
  'replaced',
  'moved',
  'separator',
] as const;
export const TokenMark = z.enum(TOKEN_MARKS);
export type TokenMark = z.infer<typeof TokenMark>;

export const ExampleToken = z.object({ text: Short, mark: TokenMark, sub: z.optional(Short) });
export type ExampleToken = z.infer<typeof ExampleToken>;
export const ExampleRow = z.object({ label: Short, tokens: list(ExampleToken, 200) });
export type ExampleRow = z.infer<typeof ExampleRow>;

/** One objective applied to the example document: labelled token rows and the numbers of this run. */
export const WorkedExample = z.object({
  id: Short,
  title: Short,
  objective: z.optional(Link),
  how: Text,
  /** This run in numbers ("5 of 31 tokens selected (15%)…"). */
  run: Text,
  rows: list(ExampleRow, 20),
  legend: list(z.object({ mark: TokenMark, label: Short }), 20),
});
export type WorkedExample = z.infer<typeof WorkedExample>;

/** An idea with numbers, computed step by step. */
export const NumericExample = z.object({
  id: Short,
  title: Short,
  intro: Text,
  steps: list(z.object({ label: Short, formula: Short, value: Short, emphasis: z.optional(z.boolean()) }), 20),
  conclusion: Text,
});
export type NumericExample = z.infer<typeof NumericExample>;

// Diagrams: SVG primitives laid out by the core, drawn by the page; colours come from CSS classes.

export const SHAPE_CLASSES = ['allowed', 'blocked', 'cross', 'heading', 'label', 'axis', 'token', 'expert', 'expert-chosen', 'route', 'weight', 'router'] as const;
export const ShapeClass = z.enum(SHAPE_CLASSES);
export type ShapeClass = z.infer<typeof ShapeClass>;

export const Shape = z.discriminatedUnion('type', [
  z.object({ type: z.literal('rect'), x: Coordinate, y: Coordinate, width: Coordinate, height: Coordinate, cls: ShapeClass, tip: z.optional(Short) }),
  z.object({
    type: z.literal('text'),
    x: Coordinate,
    y: Coordinate,
    text: Short,
    cls: ShapeClass,
    anchor: z.enum(['start', 'middle', 'end']),
    rotate: z.optional(Coordinate),
  }),
  /** `strength` (0–1) thickens the line: a router weight. */
  z.object({ type: z.literal('line'), x1: Coordinate, y1: Coordinate, x2: Coordinate, y2: Coordinate, cls: ShapeClass, strength: z.optional(z.number().check(z.gte(0), z.lte(1))) }),
]);
export type Shape = z.infer<typeof Shape>;

export const Diagram = z.object({
  title: Short,
  desc: Text,
  width: Coordinate,
  height: Coordinate,
  shapes: list(Shape, 3000),
  legend: list(z.object({ cls: ShapeClass, label: Short }), 10),
});
export type Diagram = z.infer<typeof Diagram>;

// Views: one per route kind.

export const HomeView = z.object({ kind: z.literal('home') });

export const ModelSection = z.object({
  /** The family cards the model belongs to (its architecture, and Mixture of Experts if sparse). */
  families: list(Link, 3),
  facts: list(Fact, 40),
  keyIdeas: list(Rich, 40),
  objectives: list(Link, 40),
  improvesOn: list(Link, 40),
  improvedBy: list(Link, 80),
  variants: list(VariantRow, 40),
});
export type ModelSection = z.infer<typeof ModelSection>;

export const EntryView = z.object({
  kind: z.literal('entry'),
  id: EntryId,
  kindLabel: Short,
  title: Short,
  subtitle: z.optional(Short),
  summary: Rich,
  explanation: Rich,
  model: z.optional(ModelSection),
  /** For the family concepts (encoder-only, …): their family card. */
  familyCard: z.optional(Link),
  keyNumbers: list(Fact, 60),
  worked: list(WorkedExample, 10),
  numeric: list(NumericExample, 10),
  related: list(Link, 80),
  sources: list(SourceRef, 40),
  compare: z.optional(CompareItem),
});
export type EntryView = z.infer<typeof EntryView>;

export const FamilyView = z.object({
  kind: z.literal('family'),
  id: FamilyId,
  title: Short,
  aka: Short,
  summary: Rich,
  concept: z.optional(Link),
  attention: Text,
  diagram: Diagram,
  tasks: list(Short, 20),
  strengths: list(Text, 20),
  limits: list(Text, 20),
  objectives: list(Link, 30),
  concepts: list(Link, 30),
  representatives: list(z.object({ link: Link, figure: Short }), 30),
  members: list(Link, 200),
  parameterRange: z.optional(Text),
  numeric: list(NumericExample, 5),
  compare: CompareItem,
});
export type FamilyView = z.infer<typeof FamilyView>;

export const ObjectivesView = z.object({
  kind: z.literal('objectives'),
  intro: Text,
  original: ExampleRow,
  examples: list(WorkedExample, 30),
});
export type ObjectivesView = z.infer<typeof ObjectivesView>;

export const CompareCell = z.object({
  text: Short,
  links: z.optional(list(Link, 30)),
  /** Largest or smallest value of a numeric row that differs. */
  extreme: z.optional(z.enum(['max', 'min'])),
  unconfirmed: z.optional(z.boolean()),
});
export type CompareCell = z.infer<typeof CompareCell>;

export const CompareView = z.object({
  kind: z.literal('compare'),
  title: Short,
  columns: list(z.object({ label: Short, kindLabel: Short, route: Route }), MAX_COMPARE),
  rows: list(z.object({ label: Short, differs: z.boolean(), cells: list(CompareCell, MAX_COMPARE) }), 60),
});
export type CompareView = z.infer<typeof CompareView>;

/** A requested card that is not (or no longer) in the atlas. */
export const MissingView = z.object({ kind: z.literal('missing'), id: Short });

export const CardView = z.discriminatedUnion('kind', [HomeView, EntryView, FamilyView, ObjectivesView, CompareView, MissingView]);
export type CardView = z.infer<typeof CardView>;

/** The home page's catalogue and what the filter searches. */
export const CardsIndex = z.object({
  families: list(z.object({ id: FamilyId, title: Short, aka: Short, summary: Text, count: Count }), 10),
  models: list(
    z.object({
      id: EntryId,
      name: Short,
      family: Short,
      familyId: z.optional(FamilyId),
      moe: z.boolean(),
      year: Count,
      organisation: Short,
      parameters: Short,
      unconfirmed: z.optional(z.boolean()),
      /** Lower-case text the filter matches: names, aliases, organisation, family, year. */
      keywords: Text,
    }),
    2000,
  ),
  objectiveCount: Count,
});
export type CardsIndex = z.infer<typeof CardsIndex>;

/** The page's own strings (chrome and section headings). */
export const CARDS_STRING_KEYS = [
  'title',
  'toolbar',
  'home',
  'back',
  'forward',
  'filter',
  'filterPlaceholder',
  'families',
  'models',
  'objectivesWorked',
  'objectivesWorkedHint',
  'compare',
  'compareSelected',
  'compareHint',
  'addToCompare',
  'removeFromCompare',
  'selectForCompare',
  'onlyDifferences',
  'differs',
  'largest',
  'smallest',
  'attribute',
  'noMatches',
  'loading',
  'notFound',
  'unconfirmed',
  'keyboardHelp',
  'modelCount',
  'facts',
  'family',
  'keyIdeas',
  'sizes',
  'objectives',
  'improvesOn',
  'improvedBy',
  'keyNumbers',
  'worked',
  'numeric',
  'related',
  'sources',
  'source',
  'attention',
  'tasks',
  'strengths',
  'limits',
  'fittingObjectives',
  'concepts',
  'representatives',
  'members',
  'parameterRange',
  'fullExplanation',
  'openFamilyCard',
  'legend',
  'how',
  'thisRun',
  'name',
  'parameters',
  'layers',
  'hidden',
  'heads',
  'hfIds',
  'year',
  'organisation',
  'diagram',
] as const;
export type CardsStringKey = (typeof CARDS_STRING_KEYS)[number];
export const CardsStrings = z.object(Object.fromEntries(CARDS_STRING_KEYS.map((key) => [key, Short])) as Record<CardsStringKey, typeof Short>);
export type CardsStrings = z.infer<typeof CardsStrings>;
