import type { KnowledgeBase } from '../../core/knowledge/knowledgeBase';
import type { Lang } from '../../core/knowledge/schema';
import { citation, pick } from '../../core/present/format';
import type { ClaimView, GrowthPointView, KnownModelView, MeasureView, ScalingData, SourceView } from '../../core/protocol/scalingCharts';
import { BESIROGLU_REFIT, CHINCHILLA_FIT } from '../../core/scaling/chinchilla';
import { HUMAN_BRAIN_SYNAPSES, growthPoints } from '../../core/scaling/growth';
import { KAPLAN_PARAMETER_LAW } from '../../core/scaling/kaplan';
import { knownModelsAgainstFrontier } from '../../core/scaling/series';
import { SMALL_MODEL_CLAIMS, type Measure } from '../../core/scaling/smallModels';

/** Sources the page cites in its own text, beyond those of the plotted points. */
const TEXT_SOURCES = [KAPLAN_PARAMETER_LAW.source, CHINCHILLA_FIT.source, BESIROGLU_REFIT.source];

function measureView(measure: Measure, lang: Lang): MeasureView {
  if (measure.unit !== 'parameters' && measure.unit !== 'tokens' && measure.unit !== 'percent' && measure.unit !== 'ratio') {
    throw new Error(`small-model claims use no "${measure.unit}" measures`);
  }
  const view: MeasureView = { value: measure.value, unit: measure.unit, label: pick(measure.label, lang) };
  if (measure.bound) view.bound = measure.bound;
  if (measure.max !== undefined) view.max = measure.max;
  if (measure.approx) view.approx = true;
  return view;
}

/**
 * Everything the page plots that comes from the atlas, localised. The scaling-law curves are not
 * here: the page computes them from the same core functions.
 */
export function scalingData(kb: KnowledgeBase, lang: Lang): ScalingData {
  const growth = growthPoints(kb).map((point): GrowthPointView => {
    const view: GrowthPointView = {
      entryId: point.entryId,
      label: pick(point.label, lang),
      date: point.date,
      dateApprox: point.dateApprox,
      parameters: point.parameters,
      family: point.family,
      moe: point.moe,
      unconfirmed: point.unconfirmed,
      approx: point.approx,
      source: point.sourceKey,
    };
    if (point.activeParameters !== undefined) view.activeParameters = point.activeParameters;
    if (point.note) view.note = pick(point.note, lang);
    return view;
  });
  const known = knownModelsAgainstFrontier(kb).map(
    (model): KnownModelView => ({
      entryId: model.entryId,
      label: pick(model.label, lang),
      parameters: model.parameters,
      tokens: model.tokens,
      unconfirmed: model.unconfirmed,
      sources: model.sourceKeys,
    }),
  );
  const claims = SMALL_MODEL_CLAIMS.map((claim): ClaimView => {
    const view: ClaimView = {
      id: claim.id,
      label: pick(claim.label, lang),
      claim: pick(claim.claim, lang),
      x: measureView(claim.x, lang),
      source: claim.source,
      seeAlso: claim.seeAlso ?? [],
      unconfirmed: claim.unconfirmed,
      note: pick(claim.note, lang),
    };
    if (claim.y) view.y = measureView(claim.y, lang);
    if (claim.entryId) view.entryId = claim.entryId;
    return view;
  });
  const reference = {
    label: pick(HUMAN_BRAIN_SYNAPSES.label, lang),
    value: HUMAN_BRAIN_SYNAPSES.value,
    approx: HUMAN_BRAIN_SYNAPSES.approx,
    source: HUMAN_BRAIN_SYNAPSES.sourceKey,
    note: pick(HUMAN_BRAIN_SYNAPSES.note, lang),
  };

  const keys = new Set([
    ...TEXT_SOURCES,
    reference.source,
    ...growth.map((p) => p.source),
    ...known.flatMap((m) => m.sources),
    ...claims.flatMap((c) => [c.source, ...c.seeAlso]),
  ]);
  const sources: Record<string, SourceView> = {};
  for (const key of keys) {
    const source = kb.source(key);
    sources[key] = source ? { citation: citation(source), url: source.url } : { citation: key, url: '' };
  }
  return { growth, reference, known, claims, sources };
}
