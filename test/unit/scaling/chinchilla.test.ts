import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  BESIROGLU_REFIT,
  CHINCHILLA_FIT,
  type ChinchillaFit,
  GOPHER_BUDGET_FLOPS,
  chinchillaLoss,
  computeOptimal,
  gopherVersusChinchilla,
  isoFlopLoss,
  optimalTokensForParameters,
  optimumExponents,
  ruleOfThumbAllocation,
  ruleOfThumbTokens,
  trainingFlops,
  trainingStatus,
} from '../../../src/core/scaling/chinchilla';

const close = (actual: number, expected: number, relative = 1e-12) =>
  assert.ok(Math.abs(actual - expected) <= relative * Math.abs(expected), `${actual} ≉ ${expected}`);

/** The loss written out from the fit's constants, independently of the module. */
const loss = (f: ChinchillaFit, n: number, d: number) => f.E + f.A * Math.pow(n, -f.alpha) + f.B * Math.pow(d, -f.beta);

/** Golden-section search for the N minimising loss on the iso-FLOP curve 6ND = C. */
function numericOptimum(f: ChinchillaFit, c: number): number {
  const lossAt = (logN: number) => loss(f, Math.exp(logN), c / (6 * Math.exp(logN)));
  const phi = (Math.sqrt(5) - 1) / 2;
  let lo = Math.log(1e3);
  let hi = Math.log(c / 6 / 1e3); // at least 1e3 tokens
  let x1 = hi - phi * (hi - lo);
  let x2 = lo + phi * (hi - lo);
  for (let i = 0; i < 200; i++) {
    if (lossAt(x1) < lossAt(x2)) {
      hi = x2;
      x2 = x1;
      x1 = hi - phi * (hi - lo);
    } else {
      lo = x1;
      x1 = x2;
      x2 = lo + phi * (hi - lo);
    }
  }
  return Math.exp((lo + hi) / 2);
}

describe('Hoffmann et al. 2022 parametric fit', () => {
  test('constants are the Approach-3 values printed in Appendix D.2', () => {
    const { E, A, B, alpha, beta, source } = CHINCHILLA_FIT;
    assert.deepEqual({ E, A, B, alpha, beta, source }, { E: 1.69, A: 406.4, B: 410.7, alpha: 0.34, beta: 0.28, source: 'hoffmann2022' });
  });

  test('L(N, D) = E + A/N^α + B/D^β', () => {
    close(chinchillaLoss(70e9, 1.4e12), 1.69 + 406.4 / Math.pow(70e9, 0.34) + 410.7 / Math.pow(1.4e12, 0.28));
    close(chinchillaLoss(1e9, 2e10, BESIROGLU_REFIT), 1.8172 + 482.01 / Math.pow(1e9, 0.3478) + 2085.43 / Math.pow(2e10, 0.3658));
  });

  test('loss falls with more parameters and with more data, and stays above E', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e6, max: 1e13, noNaN: true }),
        fc.double({ min: 1e8, max: 1e14, noNaN: true }),
        fc.double({ min: 1.01, max: 100, noNaN: true }),
        (n, d, k) => {
          assert.ok(chinchillaLoss(n * k, d) < chinchillaLoss(n, d));
          assert.ok(chinchillaLoss(n, d * k) < chinchillaLoss(n, d));
          assert.ok(chinchillaLoss(n, d) > CHINCHILLA_FIT.E);
        },
      ),
    );
  });

  test('optimum exponents a = β/(α+β), b = α/(α+β) add up to 1', () => {
    const { a, b } = optimumExponents();
    close(a, 0.28 / 0.62);
    close(b, 0.34 / 0.62);
    close(a + b, 1);
  });
});

describe('training compute C = 6ND', () => {
  test('Gopher 6·280B·300B = 5.04e23 and Chinchilla 6·70B·1.4T = 5.88e23 bracket the quoted 5.76e23', () => {
    close(trainingFlops(280e9, 300e9), 5.04e23, 1e-12);
    close(trainingFlops(70e9, 1.4e12), 5.88e23, 1e-12);
    const cmp = gopherVersusChinchilla();
    assert.equal(cmp.budget, 5.76e23);
    close(cmp.gopher.flops, 5.04e23);
    close(cmp.chinchilla.flops, 5.88e23);
    assert.ok(cmp.gopher.flops < cmp.budget && cmp.budget < cmp.chinchilla.flops);
  });

  test('at that compute the fit predicts a lower loss for Chinchilla than for Gopher', () => {
    const cmp = gopherVersusChinchilla();
    close(cmp.chinchilla.loss, loss(CHINCHILLA_FIT, 70e9, 1.4e12));
    close(cmp.gopher.loss, loss(CHINCHILLA_FIT, 280e9, 300e9));
    assert.ok(cmp.chinchilla.loss < cmp.gopher.loss);
    assert.ok(Math.abs(cmp.chinchilla.loss - 1.937) < 1e-3 && Math.abs(cmp.gopher.loss - 1.993) < 1e-3);
    assert.ok(cmp.optimum.loss <= cmp.chinchilla.loss);
  });
});

describe('compute-optimal allocation', () => {
  for (const [name, fit] of [
    ['printed fit', CHINCHILLA_FIT],
    ['Besiroglu refit', BESIROGLU_REFIT],
  ] as const) {
    test(`closed form matches a golden-section search along the iso-FLOP curve (${name})`, () => {
      for (const c of [1e18, 6e20, GOPHER_BUDGET_FLOPS.value, 1e26]) {
        const { parameters } = computeOptimal(c, fit);
        close(parameters, numericOptimum(fit, c), 1e-6);
      }
    });
  }

  test('at Gopher\'s budget the printed fit puts the optimum near 32B parameters (Hoffmann et al. quote 40B)', () => {
    // By hand: G = (0.34·406.4 / 0.28·410.7)^(1/0.62) = 1.3447; (9.6e22)^0.4516 = 2.39e10; N = 3.22e10.
    const { parameters, tokens } = computeOptimal(5.76e23);
    assert.ok(parameters > 3.1e10 && parameters < 3.3e10, String(parameters));
    assert.ok(tokens / parameters > 85 && tokens / parameters < 100);
  });

  test('the Besiroglu refit puts it near 20 tokens per parameter, like Approaches 1 and 2', () => {
    const { parameters, tokens } = computeOptimal(5.76e23, BESIROGLU_REFIT);
    assert.ok(tokens / parameters > 15 && tokens / parameters < 25, String(tokens / parameters));
  });

  test('the optimum spends exactly the budget: 6 · N_opt · D_opt = C', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e15, max: 1e30, noNaN: true }), (c) => {
        const { parameters, tokens } = computeOptimal(c);
        close(6 * parameters * tokens, c, 1e-9);
      }),
    );
  });

  test('the optimum is the lowest loss on its iso-FLOP curve', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e18, max: 1e27, noNaN: true }), fc.double({ min: -2, max: 2, noNaN: true }), (c, shift) => {
        const best = computeOptimal(c);
        assert.ok(isoFlopLoss(best.parameters, c) <= isoFlopLoss(best.parameters * Math.pow(10, shift), c) + 1e-12);
      }),
    );
  });

  test('optimalTokensForParameters inverts computeOptimal', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e6, max: 1e13, noNaN: true }), (n) => {
        const d = optimalTokensForParameters(n);
        const back = computeOptimal(6 * n * d);
        close(back.parameters, n, 1e-9);
        close(back.tokens, d, 1e-9);
      }),
    );
  });
});

describe('the 20-tokens-per-parameter rule', () => {
  test('Chinchilla itself: 70B × 20 = 1.4T tokens', () => {
    assert.equal(ruleOfThumbTokens(70e9), 1.4e12);
  });

  test('splits a budget so that D = 20N and 6ND = C', () => {
    const { parameters, tokens } = ruleOfThumbAllocation(5.88e23);
    close(parameters, Math.sqrt(5.88e23 / 120));
    close(parameters, 7e10, 1e-12);
    close(tokens, 20 * parameters);
  });
});

describe('trainingStatus', () => {
  test('Chinchilla is on the rule of thumb', () => {
    const s = trainingStatus(70e9, 1.4e12);
    close(s.tokensPerParameter, 20);
    close(s.ruleOfThumb.tokenRatio, 1);
    assert.equal(s.ruleOfThumb.verdict, 'near-optimal');
  });

  test('Gopher is under-trained by 20 / (300/280) ≈ 18.7×', () => {
    const s = trainingStatus(280e9, 300e9);
    assert.equal(s.ruleOfThumb.verdict, 'under-trained');
    close(s.ruleOfThumb.factor, 20 / (300 / 280), 1e-12);
    assert.equal(s.fit.verdict, 'under-trained');
  });

  test('a 6.7B model on 1T tokens is over-trained by (1e12/6.7e9)/20 ≈ 7.5×', () => {
    const s = trainingStatus(6.7e9, 1e12);
    assert.equal(s.ruleOfThumb.verdict, 'over-trained');
    close(s.ruleOfThumb.factor, 1e12 / 6.7e9 / 20, 1e-12);
  });

  test('the fit judgement compares with the optimum at the same compute, found numerically', () => {
    const s = trainingStatus(70e9, 1.4e12);
    const c = 6 * 70e9 * 1.4e12;
    const nOpt = numericOptimum(CHINCHILLA_FIT, c);
    close(s.fit.optimum.parameters, nOpt, 1e-6);
    close(s.fit.tokenRatio, 1.4e12 / (c / (6 * nOpt)), 1e-6);
  });
});
