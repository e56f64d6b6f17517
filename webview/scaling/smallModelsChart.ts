import type { ChartBuild, Series, SeriesMark } from './chartCard';
import { logAxis } from './axes';
import { count, decimals, fill, wrap } from './format';
import { cell, type TableModel } from './tableModel';
import { withAlpha, type Palette } from './theme';
import type { ClaimView, MeasureView, ScalingData } from './data';
import type { ScalingStrings } from './strings';

const X_RANGE = { min: 1e6, max: 1e10 };

/** A claim's number in words: "66M", "fewer than 10M", "200M to 300M", "up to 25×", "97%". */
export function measureText(s: ScalingStrings, measure: MeasureView): string {
  const one = (v: number) => (measure.unit === 'percent' ? `${decimals(v, 1)}%` : measure.unit === 'ratio' ? `${decimals(v, 1)}×` : count(v));
  const value = `${measure.approx && measure.max === undefined ? '≈' : ''}${one(measure.value)}`;
  if (measure.max !== undefined) return fill(s.range, one(measure.value), one(measure.max));
  if (measure.bound === 'below') return fill(s.below, value);
  if (measure.bound === 'at-most') return fill(s.atMost, value);
  return value;
}

function citationsOf(data: ScalingData, claim: ClaimView): { source: string; seeAlso: string } {
  const cite = (key: string) => data.sources[key]?.citation ?? key;
  return { source: cite(claim.source), seeAlso: claim.seeAlso.map(cite).join('; ') };
}

function describeClaim(s: ScalingStrings, data: ScalingData, claim: ClaimView): string[] {
  const { source, seeAlso } = citationsOf(data, claim);
  return [
    claim.unconfirmed ? `${claim.label} (${s.unconfirmed})` : claim.label,
    ...wrap(claim.claim),
    `${claim.x.label}: ${measureText(s, claim.x)}`,
    ...(claim.y ? [`${claim.y.label}: ${measureText(s, claim.y)}`] : []),
    ...wrap(claim.note),
    fill(s.source, source),
    ...(seeAlso ? [fill(s.seeAlso, seeAlso)] : []),
    ...(claim.entryId ? [s.openCard] : []),
  ];
}

/**
 * One row per claim, at the small model's size on a log axis. A range is drawn as a bar across it;
 * "fewer than X" as a bar from the axis's start up to X.
 */
export function smallModelsChart(data: ScalingData, s: ScalingStrings, palette: Palette): ChartBuild {
  const claims = data.claims;
  const colour = palette.purple;
  const series: Series[] = [
    {
      id: 'claims',
      dataset: {
        label: s.smallHeading,
        data: claims.map((c, i) => ({ x: c.x.value, y: i })),
        showLine: false,
        borderColor: colour,
        backgroundColor: colour,
        pointBackgroundColor: claims.map((c) => (c.unconfirmed ? 'transparent' : withAlpha(colour, 0.85))),
        pointBorderWidth: claims.map((c) => (c.unconfirmed ? 2 : 1)),
        pointRadius: 6,
        pointHoverRadius: 9,
      },
      describe: (i) => describeClaim(s, data, claims[i]),
      entryAt: (i) => claims[i].entryId,
    },
  ];
  claims.forEach((claim, i) => {
    const span = claim.x.max !== undefined ? [claim.x.value, claim.x.max] : claim.x.bound === 'below' ? [X_RANGE.min, claim.x.value] : undefined;
    if (!span) return;
    series.push({
      id: `claim-span-${claim.id}`,
      dataset: {
        label: claim.label,
        data: span.map((x) => ({ x, y: i })),
        borderColor: withAlpha(colour, 0.45),
        backgroundColor: withAlpha(colour, 0.45),
        borderWidth: 8,
        borderDash: claim.unconfirmed ? [6, 4] : undefined,
        pointRadius: 0,
        pointHitRadius: 6,
      },
      describe: () => describeClaim(s, data, claim),
      entryAt: () => claim.entryId,
      skipKeyboard: true,
    });
  });
  const marks: SeriesMark[] = claims.map((c, index) => ({ series: 'claims', index, text: c.label, ring: c.unconfirmed }));
  return {
    series,
    marks,
    hover: 'point',
    order: 'x',
    legend: false,
    description: s.smallHeading,
    table: smallModelsTable(data, s),
    scales: {
      x: logAxis(s.smallAxis, palette, X_RANGE),
      y: { type: 'linear', min: -0.6, max: claims.length - 0.4, reverse: true, ticks: { display: false }, grid: { display: false } },
    },
  };
}

function smallModelsTable(data: ScalingData, s: ScalingStrings): TableModel {
  return {
    columns: [
      { label: s.colClaim },
      { label: s.colParameters, numeric: true },
      { label: s.colMeasure },
      { label: s.colStatus },
      { label: s.colSource },
      { label: s.colNote },
    ],
    rows: data.claims.map((c) => [
      cell(`${c.label}: ${c.claim}`),
      cell(c.x.value, measureText(s, c.x)),
      cell(c.y ? `${c.y.label}: ${measureText(s, c.y)}` : ''),
      cell(c.unconfirmed ? s.unconfirmed : ''),
      cell([citationsOf(data, c).source, citationsOf(data, c).seeAlso].filter(Boolean).join('; ')),
      cell(c.note),
    ]),
  };
}
