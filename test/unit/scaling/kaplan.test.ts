import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  DATA_EXPONENTS,
  FLOPS_PER_PF_DAY,
  KAPLAN_COMPUTE_LAW,
  KAPLAN_DATA_LAW,
  KAPLAN_JOINT_FIT,
  KAPLAN_PARAMETER_LAW,
  dataFactorForParameterFactor,
  flopsToPfDays,
  jointLoss,
  lossFromCompute,
  lossFromData,
  lossFromParameters,
  minimumTokensToAvoidOverfitting,
  overfittingPenalty,
  pfDaysToFlops,
} from '../../../src/core/scaling/kaplan';

const close = (actual: number, expected: number, relative = 1e-12) =>
  assert.ok(Math.abs(actual - expected) <= relative * Math.abs(expected), `${actual} ≉ ${expected}`);

describe('Kaplan et al. 2020 constants', () => {
  test('match eqs. (1.1)–(1.3), Table 5 and Table 2 of the paper', () => {
    assert.deepEqual([KAPLAN_PARAMETER_LAW.alpha, KAPLAN_PARAMETER_LAW.scale], [0.076, 8.8e13]);
    assert.deepEqual([KAPLAN_DATA_LAW.alpha, KAPLAN_DATA_LAW.scale], [0.095, 5.4e13]);
    assert.deepEqual([KAPLAN_COMPUTE_LAW.alpha, KAPLAN_COMPUTE_LAW.scale], [0.05, 3.1e8]);
    assert.deepEqual([KAPLAN_JOINT_FIT.alphaN, KAPLAN_JOINT_FIT.alphaD, KAPLAN_JOINT_FIT.nc, KAPLAN_JOINT_FIT.dc], [0.076, 0.103, 6.4e13, 1.8e13]);
    for (const c of [KAPLAN_PARAMETER_LAW, KAPLAN_DATA_LAW, KAPLAN_COMPUTE_LAW, KAPLAN_JOINT_FIT]) assert.equal(c.source, 'kaplan2020');
  });
});

describe('single-variable laws', () => {
  test('L(N = 1e9) = (8.8e13 / 1e9)^0.076 ≈ 2.376', () => {
    close(lossFromParameters(1e9), Math.pow(8.8e13 / 1e9, 0.076));
    // By hand: ln 88 000 = 11.385, × 0.076 = 0.8653, e^0.8653 = 2.3757.
    assert.ok(Math.abs(lossFromParameters(1e9) - 2.3757) < 1e-3);
  });

  test('L(D = 1e10 tokens) = (5.4e13 / 1e10)^0.095 ≈ 2.262', () => {
    close(lossFromData(1e10), Math.pow(5.4e3, 0.095));
    assert.ok(Math.abs(lossFromData(1e10) - 2.2624) < 1e-3);
  });

  test('L(C_min = 1 PF-day) = (3.1e8)^0.05 ≈ 2.658', () => {
    close(lossFromCompute(1), Math.pow(3.1e8, 0.05));
    assert.ok(Math.abs(lossFromCompute(1) - 2.658) < 1e-3);
  });

  test('each law falls as its variable grows', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e3, max: 1e13, noNaN: true }), fc.double({ min: 1.001, max: 1e3, noNaN: true }), (x, k) => {
        assert.ok(lossFromParameters(x * k) < lossFromParameters(x));
        assert.ok(lossFromData(x * k) < lossFromData(x));
        assert.ok(lossFromCompute(x * k) < lossFromCompute(x));
      }),
    );
  });
});

describe('joint law L(N, D)', () => {
  test('equals eq. (1.5) with the Table 2 constants', () => {
    const n = 3e8;
    const d = 2e10;
    close(jointLoss(n, d), Math.pow(Math.pow(6.4e13 / n, 0.076 / 0.103) + 1.8e13 / d, 0.103));
  });

  test('tends to (Nc/N)^αN as data becomes unlimited', () => {
    close(jointLoss(1e9, 1e40), Math.pow(6.4e13 / 1e9, 0.076), 1e-9);
  });

  test('falls with more parameters and with more data', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e5, max: 1e12, noNaN: true }),
        fc.double({ min: 1e7, max: 1e13, noNaN: true }),
        fc.double({ min: 1.01, max: 100, noNaN: true }),
        (n, d, k) => {
          assert.ok(jointLoss(n * k, d) < jointLoss(n, d));
          assert.ok(jointLoss(n, d * k) < jointLoss(n, d));
        },
      ),
    );
  });

  test('the over-fitting penalty is unchanged when N grows k-fold and D grows k^(αN/αD)-fold', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e5, max: 1e11, noNaN: true }),
        fc.double({ min: 1e7, max: 1e12, noNaN: true }),
        fc.double({ min: 1, max: 1e3, noNaN: true }),
        (n, d, k) => {
          close(overfittingPenalty(n * k, d * Math.pow(k, 0.076 / 0.103)), overfittingPenalty(n, d), 1e-9);
        },
      ),
    );
  });

  test('the penalty is positive and vanishes with unlimited data', () => {
    assert.ok(overfittingPenalty(1e9, 1e9) > 0);
    assert.ok(overfittingPenalty(1e9, 1e40) < 1e-12);
  });
});

describe('data needed to avoid over-fitting', () => {
  test('8× parameters needs 8^0.74 ≈ 4.66× data (the factor the UI shows)', () => {
    assert.equal(dataFactorForParameterFactor(8).toFixed(2), '4.66');
    close(dataFactorForParameterFactor(8), Math.pow(2, 3 * 0.74));
  });

  test('the unrounded Table 2 ratio gives 4.64, the single-law ratio 0.8 gives 5.28', () => {
    close(DATA_EXPONENTS.jointFit, 0.076 / 0.103);
    assert.equal(DATA_EXPONENTS.jointFit.toFixed(2), '0.74');
    assert.equal(dataFactorForParameterFactor(8, DATA_EXPONENTS.jointFit).toFixed(2), '4.64');
    close(DATA_EXPONENTS.singleLaws, 0.8, 1e-12);
    assert.equal(dataFactorForParameterFactor(8, DATA_EXPONENTS.singleLaws).toFixed(2), '5.28');
  });

  test('eq. (4.4) D ≳ 5e3 · N^0.74 gives ≈22B tokens at 1e9 parameters, as §4.2 says of WebText2', () => {
    close(minimumTokensToAvoidOverfitting(1e9), 5e3 * Math.pow(1e9, 0.74));
    const tokens = minimumTokensToAvoidOverfitting(1e9);
    assert.ok(tokens > 2e10 && tokens < 2.5e10, String(tokens));
  });
});

describe('PF-days', () => {
  test('1 PF-day = 1e15 × 86 400 = 8.64e19 FLOPs', () => {
    assert.equal(FLOPS_PER_PF_DAY, 8.64e19);
    assert.equal(pfDaysToFlops(1), 8.64e19);
    close(pfDaysToFlops(3.1e8), 3.1e8 * 8.64e19);
    close(flopsToPfDays(5.76e23), 5.76e23 / 8.64e19);
  });

  test('round-trips', () => {
    fc.assert(fc.property(fc.double({ min: 1e-12, max: 1e12, noNaN: true }), (x) => close(flopsToPfDays(pfDaysToFlops(x)), x, 1e-12)));
  });
});
