import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  chinchillaFrontier,
  chinchillaIsoFlopSeries,
  kaplanJointSeries,
  kaplanSeries,
  knownModelsAgainstFrontier,
  logSpace,
} from '../../../src/core/scaling/series';
import { fixtureKb } from './fixtures';

const close = (actual: number, expected: number, relative = 1e-12) =>
  assert.ok(Math.abs(actual - expected) <= relative * Math.abs(expected), `${actual} ≉ ${expected}`);

const chinchilla = (n: number, d: number) => 1.69 + 406.4 / Math.pow(n, 0.34) + 410.7 / Math.pow(d, 0.28);
const isJson = (value: unknown) => assert.deepEqual(JSON.parse(JSON.stringify(value)), value);

describe('logSpace', () => {
  test('hits both ends and keeps a constant ratio', () => {
    const xs = logSpace(1e3, 1e9, 7);
    assert.equal(xs.length, 7);
    assert.equal(xs[0], 1e3);
    assert.equal(xs[6], 1e9);
    xs.forEach((x, i) => close(x, Math.pow(10, 3 + i), 1e-12));
  });

  test('holds for any range and count', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-9, max: 1e9, noNaN: true }), fc.double({ min: 1, max: 1e12, noNaN: true }), fc.integer({ min: 2, max: 200 }), (a, k, n) => {
        const xs = logSpace(a, a * k, n);
        assert.equal(xs.length, n);
        assert.equal(xs[0], a);
        assert.equal(xs[n - 1], a * k);
        for (let i = 1; i < n; i++) close(xs[i]! / xs[i - 1]!, Math.pow(k, 1 / (n - 1)), 1e-9);
      }),
    );
  });

  test('a single point is the start', () => {
    assert.deepEqual(logSpace(5, 50, 1), [5]);
  });
});

describe('kaplanSeries', () => {
  const series = kaplanSeries({ nMin: 1e6, nMax: 1e10, points: 5 });

  test('L(N) at 1e6 … 1e10 is (8.8e13/N)^0.076', () => {
    assert.equal(series.parameters.points.length, 5);
    series.parameters.points.forEach((p, i) => {
      close(p.x, Math.pow(10, 6 + i), 1e-12);
      close(p.y, Math.pow(8.8e13 / p.x, 0.076), 1e-12);
    });
    assert.equal(series.parameters.xUnit, 'parameters');
    assert.equal(series.parameters.yUnit, 'nats-per-token');
  });

  test('L(D) and L(C) follow their laws, in tokens and PF-days', () => {
    for (const p of series.data.points) close(p.y, Math.pow(5.4e13 / p.x, 0.095));
    for (const p of series.compute.points) close(p.y, Math.pow(3.1e8 / p.x, 0.05));
    assert.equal(series.data.xUnit, 'tokens');
    assert.equal(series.compute.xUnit, 'pf-days');
  });

  test('every curve falls left to right and is plain JSON', () => {
    for (const c of [series.parameters, series.data, series.compute]) {
      for (let i = 1; i < c.points.length; i++) assert.ok(c.points[i]!.y < c.points[i - 1]!.y);
    }
    isJson(series);
  });
});

describe('kaplanJointSeries', () => {
  const view = kaplanJointSeries(8);

  test('8× parameters needs 4.66× data; 4.64× with the unrounded exponent', () => {
    assert.equal(view.dataFactor.toFixed(2), '4.66');
    assert.equal(view.dataFactorUnrounded.toFixed(2), '4.64');
  });

  test('the base model gets the data of eq. (4.4) and the scaled model 8× its parameters', () => {
    close(view.base.tokens, 5e3 * Math.pow(1e8, 0.74));
    assert.equal(view.scaledSameData.parameters, 8e8);
    assert.equal(view.scaledSameData.tokens, view.base.tokens);
    close(view.scaledBalanced.tokens, view.base.tokens * Math.pow(8, 0.74));
  });

  test('keeping the data raises the over-fitting penalty; scaling it keeps the penalty level', () => {
    const penalty = (n: number, d: number) =>
      Math.pow(Math.pow(6.4e13 / n, 0.076 / 0.103) + 1.8e13 / d, 0.103) / Math.pow(6.4e13 / n, 0.076) - 1;
    close(view.base.penalty, penalty(1e8, view.base.tokens), 1e-9);
    assert.ok(view.scaledSameData.penalty > 1.5 * view.base.penalty);
    assert.ok(Math.abs(view.scaledBalanced.penalty - view.base.penalty) < 0.01 * view.base.penalty);
  });

  test('bigger models reach lower loss at every data size', () => {
    view.curves.base.points.forEach((p, i) => {
      const q = view.curves.scaled.points[i]!;
      assert.equal(q.x, p.x);
      assert.ok(q.y < p.y);
    });
    isJson(view);
  });
});

describe('chinchillaIsoFlopSeries', () => {
  const budgets = [6e18, 1e20, 3e21];
  const curves = chinchillaIsoFlopSeries(budgets, { points: 61 });

  test('one curve per budget, each point L(N, C/6N)', () => {
    assert.deepEqual(curves.map((c) => c.budget), budgets);
    for (const c of curves) for (const p of c.points) close(p.y, chinchilla(p.x, c.budget / (6 * p.x)), 1e-12);
  });

  test('each valley bottoms out at the curve\'s optimum, which spends the budget', () => {
    for (const c of curves) {
      const lowest = c.points.reduce((a, b) => (b.y < a.y ? b : a));
      assert.ok(c.optimum.loss <= lowest.y + 1e-12);
      assert.ok(Math.abs(Math.log(lowest.x / c.optimum.parameters)) <= Math.log(10) * (3 / 60) + 1e-9);
      close(6 * c.optimum.parameters * c.optimum.tokens, c.budget, 1e-9);
    }
    isJson(curves);
  });

  test('larger budgets reach lower losses', () => {
    for (let i = 1; i < curves.length; i++) assert.ok(curves[i]!.optimum.loss < curves[i - 1]!.optimum.loss);
  });
});

describe('chinchillaFrontier', () => {
  test('every point spends exactly its budget: 6 · N · D = C', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e17, max: 1e22, noNaN: true }), fc.double({ min: 10, max: 1e6, noNaN: true }), (cMin, k) => {
        const frontier = chinchillaFrontier(cMin, cMin * k, 9);
        const budgets = logSpace(cMin, cMin * k, 9);
        frontier.optimum.forEach((p, i) => {
          close(p.flops, budgets[i]!, 1e-9);
          close(6 * p.parameters * p.tokens, budgets[i]!, 1e-9);
        });
        frontier.ruleOfThumb.forEach((p, i) => {
          close(6 * p.parameters * p.tokens, budgets[i]!, 1e-9);
          close(p.tokens / p.parameters, 20, 1e-9);
        });
      }),
    );
  });

  test('the fit\'s optimum is never worse than the rule of thumb at the same budget', () => {
    const frontier = chinchillaFrontier(1e18, 1e26, 17);
    frontier.optimum.forEach((p, i) => {
      close(p.loss, chinchilla(p.parameters, p.tokens), 1e-12);
      assert.ok(p.loss <= frontier.ruleOfThumb[i]!.loss + 1e-12);
    });
  });
});

describe('knownModelsAgainstFrontier', () => {
  const points = knownModelsAgainstFrontier(fixtureKb());

  test('takes dense decoder-only models with both parameters and training tokens', () => {
    assert.deepEqual(points.map((p) => p.entryId), ['dense-late', 'rumoured']);
  });

  test('computes compute, loss and status from the atlas facts', () => {
    const dense = points[0]!;
    close(dense.flops, 6 * 70e9 * 1.4e12);
    close(dense.loss, chinchilla(70e9, 1.4e12));
    assert.equal(dense.status.ruleOfThumb.verdict, 'near-optimal');
    assert.equal(dense.unconfirmed, false);
    assert.deepEqual(dense.sourceKeys, ['fixture2020']);
    const rumoured = points[1]!;
    assert.equal(rumoured.unconfirmed, true);
    assert.deepEqual(rumoured.sourceKeys, ['press2023', 'fixture2020']);
    close(rumoured.status.tokensPerParameter, 13e12 / 1.8e12);
    isJson(points);
  });
});
