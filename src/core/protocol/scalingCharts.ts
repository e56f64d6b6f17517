import * as z from 'zod/mini';
import { OpenEntryMessage, ReadyMessage } from './common';

/**
 * The Scaling Charts panel's protocol. The host sends the language and the atlas-derived points
 * (growth points, known models) already localised; the page holds its own UI text and static data
 * and computes the scaling-law curves itself with the pure core, so its controls answer without a
 * round trip.
 */
export { SCALING_VIEW_TYPE } from './viewTypes';

/** The panel's tabs, in order. */
export const SCALING_TABS = ['growth', 'kaplan', 'chinchilla', 'small'] as const;
export type ScalingTab = (typeof SCALING_TABS)[number];

/** The largest numbers the page accepts: far beyond any model or training run, yet finite. */
export const MAX_PARAMETERS = 1e16;
export const MAX_TOKENS = 1e18;

const EntryId = OpenEntryMessage.shape.entryId;
const Text = z.string().check(z.maxLength(4000));
const Label = z.string().check(z.minLength(1), z.maxLength(120));
const SourceKey = z.string().check(z.regex(/^[a-z0-9]{1,60}$/));
const Positive = (max: number) => z.number().check(z.positive(), z.lte(max));
const Year = z.number().check(z.gte(1900), z.lte(2200));
const FAMILIES = ['encoder-only', 'decoder-only', 'encoder-decoder', 'rnn'] as const;

// Webview → host.

export const EXPORT_FORMATS = ['png', 'csv'] as const;
/** A PNG's base64 text or a CSV's text; 16 MB covers a chart canvas at any sensible size. */
export const MAX_EXPORT_LENGTH = 16 * 1024 * 1024;

/** Save a chart as PNG (`data` is base64) or its data as CSV (`data` is the text), via a save dialog. */
export const ExportMessage = z.object({
  type: z.literal('export'),
  format: z.enum(EXPORT_FORMATS),
  /** A bare file name the dialog proposes; its extension must match the format. */
  filename: z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/)),
  data: z.string().check(z.minLength(1), z.maxLength(MAX_EXPORT_LENGTH)),
});
export type ExportMessage = z.infer<typeof ExportMessage>;

export const ScalingInbound = z.discriminatedUnion('type', [ReadyMessage, OpenEntryMessage, ExportMessage]);
export type ScalingInbound = z.infer<typeof ScalingInbound>;

// Host → webview.

export const SourceView = z.object({ citation: Text, url: Text });
export type SourceView = z.infer<typeof SourceView>;

export const GrowthPointView = z.object({
  entryId: EntryId,
  label: Label,
  /** Decimal year. */
  date: Year,
  dateApprox: z.boolean(),
  parameters: Positive(MAX_PARAMETERS),
  activeParameters: z.optional(Positive(MAX_PARAMETERS)),
  family: z.enum(FAMILIES),
  moe: z.boolean(),
  unconfirmed: z.boolean(),
  approx: z.boolean(),
  source: SourceKey,
  note: z.optional(Text),
});
export type GrowthPointView = z.infer<typeof GrowthPointView>;

/** A dense decoder-only model with both sizes known; the page judges it against the frontier. */
export const KnownModelView = z.object({
  entryId: EntryId,
  label: Label,
  parameters: Positive(MAX_PARAMETERS),
  tokens: Positive(MAX_TOKENS),
  unconfirmed: z.boolean(),
  sources: z.array(SourceKey).check(z.maxLength(4)),
});
export type KnownModelView = z.infer<typeof KnownModelView>;

/**
 * The chart points that come from the atlas, localised: growth points and known models, with the
 * sources they cite. The page adds what needs no atlas itself (the small-model claims, the human
 * brain reference line) and computes the scaling-law curves with the pure core.
 */
export const AtlasChartData = z.object({
  growth: z.array(GrowthPointView).check(z.maxLength(2000)),
  known: z.array(KnownModelView).check(z.maxLength(2000)),
  /** The sources of these points, by key. */
  sources: z.record(SourceKey, SourceView),
});
export type AtlasChartData = z.infer<typeof AtlasChartData>;

/** The user's own model (from the estimator), plotted at today's date. */
export const UserModel = z.object({
  label: Label,
  parameters: Positive(MAX_PARAMETERS),
  trainingTokens: z.optional(Positive(MAX_TOKENS)),
});
export type UserModel = z.infer<typeof UserModel>;

export const FocusTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('entry'), entryId: EntryId }),
  /** The user's model; `tab` chooses the chart (the growth chart when absent). */
  z.object({ kind: z.literal('user'), model: UserModel, tab: z.optional(z.enum(SCALING_TABS)) }),
  z.object({ kind: z.literal('tab'), tab: z.enum(SCALING_TABS) }),
]);
export type FocusTarget = z.infer<typeof FocusTarget>;

/**
 * A "show on chart" request. `id` (the host's clock when asked) lets the page apply each request
 * once: a re-sent init after a language change must not undo what the user did since.
 */
export const Focus = z.object({ id: z.number().check(z.nonnegative()), target: FocusTarget });
export type Focus = z.infer<typeof Focus>;

export const ScalingInit = z.object({
  type: z.literal('init'),
  language: z.enum(['en', 'ko']),
  data: AtlasChartData,
  focus: z.optional(Focus),
  /** The host's clock when the command that opened the panel ran, for the first-chart timing. */
  openedAt: z.optional(z.number().check(z.nonnegative())),
});
export type ScalingInit = z.infer<typeof ScalingInit>;

export const FocusMessage = z.object({ type: z.literal('focus'), focus: Focus });
export type FocusMessage = z.infer<typeof FocusMessage>;

/** The file was written (the page shows where). */
export const SavedMessage = z.object({ type: z.literal('saved'), name: Text });
export type SavedMessage = z.infer<typeof SavedMessage>;

export const ScalingOutbound = z.discriminatedUnion('type', [ScalingInit, FocusMessage, SavedMessage]);
export type ScalingOutbound = z.infer<typeof ScalingOutbound>;

/** What the page keeps across hiding and reloads (`setState`); anything unreadable is dropped. */
export const ScalingState = z.object({
  tab: z.enum(SCALING_TABS),
  nFactor: z.number().check(z.gte(1), z.lte(1000)),
  /** The Chinchilla compute budget, FLOPs. */
  budget: z.number().check(z.positive(), z.lte(1e30)),
  /** Charts whose data table is shown. */
  tables: z.array(z.string().check(z.maxLength(40))).check(z.maxLength(20)),
  /** The id of the last "show on chart" request applied. */
  appliedFocus: z.optional(z.number()),
  focusedEntry: z.optional(EntryId),
  userModel: z.optional(UserModel),
});
export type ScalingState = z.infer<typeof ScalingState>;

/**
 * The argument `llmAtlas.showOnScalingChart` accepts: an atlas entry id, or the user's own model.
 * Hover links pass the id; the estimator passes `{ userModel }`; the planner adds `tab: 'chinchilla'`.
 */
export const ShowOnChartArgument = z.union([EntryId, z.object({ userModel: UserModel, tab: z.optional(z.enum(SCALING_TABS)) })]);
export type ShowOnChartArgument = z.infer<typeof ShowOnChartArgument>;
