import type { KnowledgeBase } from '../../core/knowledge/knowledgeBase';
import type { Lang } from '../../core/knowledge/schema';
import { pick } from '../../core/present/format';
import type { AtlasChartData, GrowthPointView, KnownModelView, SourceView } from '../../core/protocol/scalingCharts';
import { growthPoints } from '../../core/scaling/growth';
import { knownModelsAgainstFrontier } from '../../core/scaling/series';
import { sourceView } from '../../core/scaling/sources';

/** The chart points the page needs from the atlas, localised, with the sources they cite. */
export function atlasChartData(kb: KnowledgeBase, lang: Lang): AtlasChartData {
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
  const sources: Record<string, SourceView> = {};
  for (const key of new Set([...growth.map((p) => p.source), ...known.flatMap((m) => m.sources)])) sources[key] = sourceView(key, kb.source(key));
  return { growth, known, sources };
}
