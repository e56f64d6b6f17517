import * as z from 'zod/mini';
import { ReadyMessage } from './common';

/** The model-estimate report panel's protocol. The host formats and localises; the page only renders. */
export { ESTIMATOR_REPORT_VIEW_TYPE } from './viewTypes';

/** Far beyond any training run (Llama 3 used 1.5×10¹³ tokens), yet finite. */
export const MAX_TOKEN_BUDGET = 1e18;
/** The estimator's own ceiling for position tables. */
export const MAX_CONTEXT_LENGTH = 1_073_741_824;

const Seq = z.number().check(z.int(), z.nonnegative());
const Text = z.string().check(z.maxLength(2000));
const Key = z.string().check(z.regex(/^[A-Za-z0-9_.-]{1,200}$/));

/** A token budget; null means the default (the Chinchilla 20 tokens per parameter). */
export const TokenBudget = z.nullable(z.number().check(z.positive(), z.lte(MAX_TOKEN_BUDGET)));
/** A context length; null means the config's own. */
export const ContextLength = z.nullable(z.number().check(z.int(), z.positive(), z.lte(MAX_CONTEXT_LENGTH)));

// Webview → host.

/** Recompute the figures for this budget and context; the answer echoes `seq` so stale ones can be dropped. */
export const SetBudgetMessage = z.object({ type: z.literal('setBudget'), seq: Seq, tokens: TokenBudget, context: ContextLength });
/** Plot the model on the scaling charts with the current budget. */
export const ShowOnChartMessage = z.object({ type: z.literal('showOnChart') });

export const EstimatorInbound = z.discriminatedUnion('type', [ReadyMessage, SetBudgetMessage, ShowOnChartMessage]);
export type EstimatorInbound = z.infer<typeof EstimatorInbound>;

// Host → webview.

export const ReportStrings = z.object({
  empty: Text,
  errorTitle: Text,
  field: Text,
  total: Text,
  tokens: Text,
  tokensHint: Text,
  context: Text,
  contextHint: Text,
  invalidNumber: Text,
  showOnChart: Text,
  breakdown: Text,
  part: Text,
  parameters: Text,
  share: Text,
  figures: Text,
  warnings: Text,
  notes: Text,
});
export type ReportStrings = z.infer<typeof ReportStrings>;

export const BreakdownRowView = z.object({
  key: Key,
  depth: z.number().check(z.int(), z.nonnegative(), z.lte(8)),
  label: Text,
  /** Exact count with separators. */
  parameters: Text,
  share: Text,
});
export type BreakdownRowView = z.infer<typeof BreakdownRowView>;

export const FigureRowView = z.object({ key: Key, label: Text, value: Text, detail: z.optional(Text) });
export type FigureRowView = z.infer<typeof FigureRowView>;

export const FiguresMessage = z.object({
  type: z.literal('figures'),
  /** The `seq` of the request answered; 0 for figures sent unasked. */
  seq: Seq,
  /** The budget in effect, shown in the fields (null: default). */
  tokens: TokenBudget,
  context: ContextLength,
  rows: z.array(FigureRowView).check(z.maxLength(50)),
});
export type FiguresMessage = z.infer<typeof FiguresMessage>;

export const ReportView = z.object({
  title: Text,
  subtitle: Text,
  total: Text,
  totalRounded: Text,
  active: z.optional(Text),
  breakdown: z.array(BreakdownRowView).check(z.maxLength(1000)),
  warnings: z.array(Text).check(z.maxLength(50)),
  notes: z.array(Text).check(z.maxLength(50)),
  /** Placeholders of the fields: what an empty field means. */
  defaults: z.object({ tokens: Text, context: Text }),
});
export type ReportView = z.infer<typeof ReportView>;

const Empty = z.object({ kind: z.literal('empty') });
const Failure = z.object({ kind: z.literal('error'), title: Text, message: Text, field: z.optional(Text) });
const Report = z.object({ kind: z.literal('report'), report: ReportView, figures: FiguresMessage });
export const ReportContent = z.discriminatedUnion('kind', [Empty, Failure, Report]);
export type ReportContent = z.infer<typeof ReportContent>;

export const EstimatorInit = z.object({
  type: z.literal('init'),
  language: z.enum(['en', 'ko']),
  strings: ReportStrings,
  content: ReportContent,
});
export type EstimatorInit = z.infer<typeof EstimatorInit>;

export const EstimatorOutbound = z.discriminatedUnion('type', [EstimatorInit, FiguresMessage]);
export type EstimatorOutbound = z.infer<typeof EstimatorOutbound>;
