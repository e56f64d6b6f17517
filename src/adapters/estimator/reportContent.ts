/** Builds the report page's messages from an estimate: everything formatted and localised here. */
import { deriveFigures, type DerivedFigures, type EstimateError, type ModelEstimate } from '../../core/estimator';
import { groupedNumber, compactNumber, pick } from '../../core/present/format';
import { ESTIMATE_LABELS, breakdownRows, figureRows, parameterCount, shareOfTotal } from '../../core/present/estimateMarkdown';
import type { FiguresMessage, ReportContent, ReportStrings, ReportView } from '../../core/protocol/estimatorReport';
import type { Lang } from '../../core/knowledge/schema';
import { t } from '../i18n';

export interface Budget {
  tokens: number | null;
  context: number | null;
}

export const DEFAULT_BUDGET: Budget = { tokens: null, context: null };

/** Deepest breakdown level the report shows (layer → block is deep enough; the protocol allows 8). */
const MAX_DEPTH = 4;

export function reportStrings(lang: Lang): ReportStrings {
  return {
    empty: t('Open a Hugging Face config.json (or put the cursor in a config-class call) and run "Estimate Model from Config".'),
    errorTitle: pick(ESTIMATE_LABELS.cannotEstimate, lang),
    field: pick(ESTIMATE_LABELS.field, lang),
    total: t('Total parameters'),
    tokens: t('Training tokens'),
    tokensHint: t('e.g. 300B, 1.4T or 2e12; empty for the Chinchilla budget'),
    context: t('Context length'),
    contextHint: t('Tokens per sequence; empty for the config\'s own'),
    invalidNumber: t('Not a positive number within range.'),
    showOnChart: pick(ESTIMATE_LABELS.showOnChart, lang),
    breakdown: pick(ESTIMATE_LABELS.breakdown, lang),
    part: pick(ESTIMATE_LABELS.part, lang),
    parameters: pick(ESTIMATE_LABELS.parameters, lang),
    share: pick(ESTIMATE_LABELS.share, lang),
    figures: pick(ESTIMATE_LABELS.figures, lang),
    warnings: pick(ESTIMATE_LABELS.warnings, lang),
    notes: pick(ESTIMATE_LABELS.notes, lang),
  };
}

export function figuresFor(estimate: ModelEstimate, budget: Budget): DerivedFigures {
  return deriveFigures(estimate, { tokens: budget.tokens ?? undefined, context: budget.context ?? undefined });
}

export function figuresMessage(estimate: ModelEstimate, budget: Budget, lang: Lang, seq = 0): FiguresMessage {
  const figures = figuresFor(estimate, budget);
  return {
    type: 'figures',
    seq,
    tokens: budget.tokens,
    context: budget.context,
    rows: figureRows(estimate, figures, lang).map((row) => ({ key: row.key, label: row.label, value: row.value, ...(row.detail ? { detail: row.detail } : {}) })),
  };
}

function reportView(estimate: ModelEstimate, label: string, lang: Lang): ReportView {
  const total = estimate.totalParameters;
  const defaults = deriveFigures(estimate);
  const view: ReportView = {
    title: `${label} — ${estimate.displayName}`,
    subtitle: estimate.supported ? `${pick(ESTIMATE_LABELS.countedAs, lang)} ${estimate.countedAs}` : `${pick(ESTIMATE_LABELS.generic, lang)}: ${estimate.countedAs}`,
    total: `${estimate.supported ? '' : '≈'}${parameterCount(total, lang)}`,
    totalRounded: compactNumber(total),
    breakdown: breakdownRows(estimate, lang, MAX_DEPTH).map((row) => ({
      key: row.key,
      depth: row.depth,
      label: row.label,
      parameters: row.perRepeat ? t('{0} each', groupedNumber(row.parameters)) : groupedNumber(row.parameters),
      share: row.depth === 0 ? shareOfTotal(row.parameters, total) : '',
    })),
    warnings: estimate.warnings.map((w) => pick(w, lang)),
    notes: defaults.notes.map((n) => pick(n, lang)),
    defaults: {
      tokens: t('{0} (Chinchilla: 20 per parameter)', compactNumber(defaults.tokens)),
      context: t('{0} (from the config)', groupedNumber(defaults.context)),
    },
  };
  if (estimate.activeParameters !== total) {
    view.active = t('{0} active per token ({1})', groupedNumber(estimate.activeParameters), compactNumber(estimate.activeParameters));
  }
  return view;
}

export function reportContent(estimate: ModelEstimate, label: string, budget: Budget, lang: Lang): ReportContent {
  return { kind: 'report', report: reportView(estimate, label, lang), figures: figuresMessage(estimate, budget, lang) };
}

export function errorContent(error: EstimateError, lang: Lang): ReportContent {
  return {
    kind: 'error',
    title: pick(ESTIMATE_LABELS.cannotEstimate, lang),
    message: pick(error.message, lang),
    ...(error.field !== undefined ? { field: error.field } : {}),
  };
}
