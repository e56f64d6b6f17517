import type { Lang } from '../../src/core/knowledge/schema';
import { pick } from '../../src/core/present/format';
import type { AtlasChartData, SourceView } from '../../src/core/protocol/scalingCharts';
import { BESIROGLU_REFIT, CHINCHILLA_FIT } from '../../src/core/scaling/chinchilla';
import { HUMAN_BRAIN_SYNAPSES } from '../../src/core/scaling/growth';
import { KAPLAN_PARAMETER_LAW } from '../../src/core/scaling/kaplan';
import { SMALL_MODEL_CLAIMS, type Measure } from '../../src/core/scaling/smallModels';
import { SCALING_SOURCES, sourceView } from '../../src/core/scaling/sources';

export interface MeasureView {
  value: number;
  unit: 'parameters' | 'tokens' | 'percent' | 'ratio';
  label: string;
  bound?: 'below' | 'at-most';
  max?: number;
  approx?: boolean;
}

/** A seed's claim about small models, checked against its primary source. */
export interface ClaimView {
  id: string;
  label: string;
  claim: string;
  x: MeasureView;
  y?: MeasureView;
  entryId?: string;
  source: string;
  seeAlso: string[];
  unconfirmed: boolean;
  note: string;
}

export interface ReferenceLineView {
  label: string;
  value: number;
  approx: boolean;
  source: string;
  note: string;
}

/** Everything the page plots: the atlas's points from the host, and the static data added here. */
export interface ScalingData extends AtlasChartData {
  reference: ReferenceLineView;
  claims: ClaimView[];
}

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
 * The host's atlas points completed with what needs no atlas, localised: the small-model claims,
 * the human-brain reference line and the sources they and the page's text cite.
 */
export function scalingData(atlas: AtlasChartData, lang: Lang): ScalingData {
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
  const sources: Record<string, SourceView> = { ...atlas.sources };
  for (const key of [...TEXT_SOURCES, reference.source, ...claims.flatMap((c) => [c.source, ...c.seeAlso])]) {
    sources[key] ??= sourceView(key, Object.hasOwn(SCALING_SOURCES, key) ? SCALING_SOURCES[key] : undefined);
  }
  return { ...atlas, reference, claims, sources };
}
