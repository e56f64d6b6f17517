import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { atlasChartData } from '../../../src/adapters/scaling/atlasChartData';
import { atlas } from '../../../src/core/knowledge/index';
import type { ChartBuild } from '../../../webview/scaling/chartCard';
import { budgetReadouts, frontierChart, gopherTable, isoFlopBudgets, isoFlopChart } from '../../../webview/scaling/chinchillaCharts';
import { growthChart, growthSeriesOf } from '../../../webview/scaling/growthChart';
import { dataFactors, jointChart, lawChart } from '../../../webview/scaling/kaplanCharts';
import { measureText, smallModelsChart } from '../../../webview/scaling/smallModelsChart';
import { scalingData, type MeasureView } from '../../../webview/scaling/data';
import { scalingStrings } from '../../../webview/scaling/strings';
import { paletteFrom } from '../../../webview/scaling/theme';

const s = scalingStrings('en');
const data = scalingData(atlasChartData(atlas, 'en'), 'en');
const palette = paletteFrom(() => '');

function seriesOf(build: ChartBuild, id: string) {
  const found = build.series.find((x) => x.id === id);
  assert.ok(found, `${id} in ${build.series.map((x) => x.id).join(', ')}`);
  return found;
}

describe('growth chart', () => {
  const build = growthChart({ data, strings: s, palette, today: 2026.5 });

  test('has one series per family, plus the human-brain reference line', () => {
    assert.deepEqual(build.series.map((x) => x.id).sort(), ['family-decoder-only', 'family-encoder-decoder', 'family-encoder-only', 'family-rnn', 'reference-human-brain']);
    const points = build.series.filter((x) => x.id.startsWith('family-')).reduce((n, x) => n + x.dataset.data.length, 0);
    assert.equal(points, data.growth.length);
    assert.ok(seriesOf(build, 'reference-human-brain').dataset.data.every((p) => p.y === 1.5e14));
  });

  test('draws unconfirmed sizes hollow, with a dashed ring and a label; MoE models as diamonds', () => {
    const decoders = data.growth.filter((p) => p.family === 'decoder-only');
    const dataset = seriesOf(build, 'family-decoder-only').dataset;
    const gpt4 = decoders.findIndex((p) => p.entryId === 'gpt-4');
    const wuDao = decoders.findIndex((p) => p.entryId === 'wu-dao-2');
    const mixtral = decoders.findIndex((p) => p.entryId === 'mixtral-8x7b');
    const fills = dataset.pointBackgroundColor as string[];
    assert.equal(fills[gpt4], 'transparent');
    assert.equal(fills[wuDao], 'transparent');
    assert.notEqual(fills[mixtral], 'transparent');
    assert.equal((dataset.pointStyle as string[])[mixtral], 'rectRot');
    assert.equal((dataset.pointStyle as string[])[gpt4], 'circle');
    for (const index of [gpt4, wuDao]) {
      const mark = build.marks?.find((m) => m.series === 'family-decoder-only' && m.index === index);
      assert.ok(mark?.ring && mark.text?.includes('unconfirmed'), JSON.stringify(mark));
    }
  });

  test("tooltips give the value, the source and the note (the Transformer's sourced size against the seeds' 465M)", () => {
    const where = growthSeriesOf(data, 'transformer')!;
    const lines = seriesOf(build, where.series).describe(where.index);
    assert.equal(lines[0], atlas.get('transformer')!.name);
    assert.ok(lines.includes('Parameters: ≈213M'), lines.join(' | '));
    assert.match(lines.join(' '), /465M/);
    assert.ok(lines.some((l) => /^Source: Vaswani et al\., 2017$/.test(l)), lines.join(' | '));
    assert.equal(seriesOf(build, where.series).entryAt?.(where.index), 'transformer');
  });

  test("plots the user's model at today's date and the focused model with a ring", () => {
    const withUser = growthChart({ data, strings: s, palette, today: 2026.5, userModel: { label: 'mine', parameters: 3e9 }, focusedEntry: 'gpt-3' });
    assert.deepEqual(seriesOf(withUser, 'user-model').dataset.data, [{ x: 2026.5, y: 3e9 }]);
    assert.equal(withUser.scales.x?.max, 2027, 'the axis reaches today');
    const gpt3 = growthSeriesOf(data, 'gpt-3')!;
    assert.ok(withUser.marks?.some((m) => m.series === gpt3.series && m.index === gpt3.index && m.ring));
  });

  test('its table lists every model, the reference and nothing else', () => {
    assert.equal(build.table.rows.length, data.growth.length + 1);
    const gpt3 = build.table.rows.find((r) => r[0].value === 'GPT-3')!;
    assert.equal(gpt3[2].value, 175e9);
    assert.equal(gpt3[2].text, '175B');
  });
});

describe('Kaplan charts', () => {
  test('8× the parameters needs 8^0.74 ≈ 4.66× the data; the unrounded Table 2 exponent gives ≈ 4.64×', () => {
    const factors = dataFactors(8);
    assert.ok(Math.abs(factors.rounded - Math.exp(0.74 * Math.log(8))) < 1e-12);
    assert.equal(factors.rounded.toFixed(2), '4.66');
    assert.equal(factors.unrounded.toFixed(2), '4.64');
    assert.ok(Math.abs(factors.exponent - 0.076 / 0.103) < 1e-12);
  });

  test('L(N) falls along a straight line on log–log axes with slope −0.076', () => {
    const points = lawChart('n', s, palette).series[0].dataset.data;
    const slope = (Math.log(points.at(-1)!.y) - Math.log(points[0].y)) / (Math.log(points.at(-1)!.x) - Math.log(points[0].x));
    assert.ok(Math.abs(slope + 0.076) < 1e-9, String(slope));
  });

  test('the balanced run keeps the over-fitting penalty of the base run; the same-data run raises it', () => {
    const build = jointChart(8, s, palette);
    const lines = (id: string) => seriesOf(build, id).describe(0).join(' | ');
    const penalty = (id: string) => Number(/δL: ([\d.]+)%/.exec(lines(id))![1]);
    assert.ok(Math.abs(penalty('run-balanced') - penalty('run-base')) < 0.05, `${penalty('run-balanced')} vs ${penalty('run-base')}`);
    assert.ok(penalty('run-same-data') > penalty('run-base'));
  });
});

describe('Chinchilla charts', () => {
  const gopherBudget = 5.76e23;

  test("the readouts lead with ≈20 tokens per parameter and explain the printed fit's ≈93", () => {
    const r = budgetReadouts(gopherBudget, s);
    // D = 20N and 6ND = C: N = √(C/120).
    const n = Math.sqrt(gopherBudget / 120);
    assert.ok(r.rule.includes(`${(n / 1e9).toFixed(1)}B parameters`), r.rule);
    // The printed fit's optimum, from eq. (4) by hand: G = (αA/βB)^(1/(α+β)), N = G(C/6)^(β/(α+β)).
    const [A, B, alpha, beta] = [406.4, 410.7, 0.34, 0.28];
    const g = ((alpha * A) / (beta * B)) ** (1 / (alpha + beta));
    const nOpt = g * (gopherBudget / 6) ** (beta / (alpha + beta));
    const ratio = gopherBudget / 6 / nOpt / nOpt;
    assert.equal(Math.round(ratio), 93);
    assert.ok(r.note.includes(`near ${Math.round(ratio)} tokens per parameter`), r.note);
    assert.match(r.note, /Besiroglu et al\. \(2024\)/);
  });

  test('iso-FLOP curves: the decades plus the chosen budget, each with its valley marked', () => {
    assert.deepEqual(isoFlopBudgets(1e21), [1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25]);
    const build = isoFlopChart(gopherBudget, s, palette);
    assert.equal(seriesOf(build, 'isoflop-fit-minima').dataset.data.length, 8);
    const chosen = seriesOf(build, 'chinchilla-isoflop-5.76e+23');
    assert.equal(chosen.dataset.borderWidth, 3);
    // Every point of a curve spends the same compute: D = C / 6N.
    assert.match(chosen.describe(0)[2], /^D = /);
  });

  test('known models are judged against 20 tokens per parameter in their tooltips', () => {
    const build = frontierChart({ data, strings: s, palette, budget: gopherBudget });
    const known = seriesOf(build, 'known-models');
    const at = (entryId: string) => known.describe(data.known.findIndex((m) => m.entryId === entryId)).join(' | ');
    // Gopher: 300B tokens against 20 × 280B = 5.6T, 18.7× too few.
    assert.match(at('gopher'), /Against 20 tokens per parameter: 18\.7× under-trained/);
    assert.match(at('chinchilla'), /Against 20 tokens per parameter: near optimal \(1×\)/);
    assert.ok(build.marks?.some((m) => m.text === 'Gopher') && build.marks.some((m) => m.text === 'Chinchilla'));
  });

  test("the user's model appears on the frontier only when its training tokens are known", () => {
    const without = frontierChart({ data, strings: s, palette, budget: gopherBudget, userModel: { label: 'mine', parameters: 7e9 } });
    assert.ok(!without.series.some((x) => x.id === 'user-model'));
    const withTokens = frontierChart({ data, strings: s, palette, budget: gopherBudget, userModel: { label: 'mine', parameters: 7e9, trainingTokens: 1.4e11 } });
    assert.deepEqual(seriesOf(withTokens, 'user-model').dataset.data, [{ x: 7e9, y: 1.4e11 }]);
    assert.match(seriesOf(withTokens, 'user-model').describe(0).join(' '), /near optimal/);
  });

  test('Gopher against Chinchilla: the same budget split two ways, then the rule and the fit', () => {
    const rows = gopherTable(s, data).rows;
    assert.deepEqual(rows.map((r) => r[0].value), ['Gopher', 'Chinchilla', s.ruleLine, s.fitOptimum]);
    assert.equal(rows[0][4].value, 6 * 280e9 * 300e9);
    assert.equal(rows[1][4].value, 6 * 70e9 * 1.4e12);
    assert.ok(Math.abs((rows[2][3].value as number) - 20) < 1e-9);
    assert.ok((rows[1][5].value as number) < (rows[0][5].value as number), 'Chinchilla reaches the lower loss');
  });
});

describe('small-models chart', () => {
  test("claims read in words: bounds, ranges and the claim's unit", () => {
    const m = (x: Partial<MeasureView>): MeasureView => ({ value: 1, unit: 'parameters', label: '', ...x });
    assert.equal(measureText(s, m({ value: 10e6, bound: 'below' })), 'fewer than 10M');
    assert.equal(measureText(s, m({ value: 200e6, max: 300e6, approx: true })), '200M to 300M');
    assert.equal(measureText(s, m({ value: 25, unit: 'ratio', bound: 'at-most' })), 'up to 25×');
    assert.equal(measureText(s, m({ value: 59, unit: 'percent', approx: true })), '≈59%');
  });

  test('one point per claim at its size, unconfirmed ones hollow, ranges drawn as bars', () => {
    const build = smallModelsChart(data, s, palette);
    const claims = seriesOf(build, 'claims');
    assert.deepEqual(claims.dataset.data, data.claims.map((c, i) => ({ x: c.x.value, y: i })));
    const fills = claims.dataset.pointBackgroundColor as string[];
    data.claims.forEach((c, i) => assert.equal(fills[i] === 'transparent', c.unconfirmed, c.id));
    assert.deepEqual(seriesOf(build, 'claim-span-plateau').dataset.data.map((p) => p.x), [200e6, 300e6]);
    const distilbert = data.claims.findIndex((c) => c.id === 'distilbert');
    assert.equal(claims.entryAt?.(distilbert), 'distilbert');
    assert.match(claims.describe(distilbert).join(' '), /97%/);
  });
});
