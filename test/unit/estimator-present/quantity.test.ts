/** The report's number fields: token counts written as people write them. */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseAmount, parseCount, parseQuantity } from '../../../webview/estimator/quantity';

describe('parseQuantity', () => {
  test('suffixes K, M, B, T (either case) and exponents', () => {
    assert.equal(parseQuantity('300B'), 300_000_000_000);
    assert.equal(parseQuantity('1.4T'), 1_400_000_000_000);
    assert.equal(parseQuantity('1.4t'), 1_400_000_000_000);
    assert.equal(parseQuantity('20k'), 20_000);
    assert.equal(parseQuantity('2.5M'), 2_500_000);
    assert.equal(parseQuantity('2e12'), 2_000_000_000_000);
    assert.equal(parseQuantity('1.5e3k'), 1_500_000);
    assert.equal(parseQuantity('.5B'), 500_000_000);
    assert.equal(parseQuantity(' 300 B '), 300_000_000_000);
  });

  test('thousands separators', () => {
    assert.equal(parseQuantity('2,000,000'), 2_000_000);
    assert.equal(parseQuantity('1_024'), 1024);
    assert.equal(parseQuantity('1 000 000'), 1_000_000);
  });

  test('empty means the default', () => {
    assert.equal(parseQuantity(''), null);
    assert.equal(parseQuantity('   '), null);
  });

  test('anything else is invalid', () => {
    for (const text of ['abc', '-5', '0', '0B', '1e400', '5X', '1.2.3', 'B', '3 4', 'NaN', 'Infinity']) {
      assert.equal(parseQuantity(text), undefined, text);
    }
  });
});

describe('parseCount and parseAmount', () => {
  test('counts are whole numbers within the limit', () => {
    assert.equal(parseCount('2048', 1e9), 2048);
    assert.equal(parseCount('4k', 1e9), 4000);
    assert.equal(parseCount('32,768', 1e9), 32_768);
    assert.equal(parseCount('1.5', 1e9), undefined);
    assert.equal(parseCount('2e9', 1e9), undefined);
    assert.equal(parseCount('', 1e9), null);
  });

  test('amounts may be fractional but stay within the limit', () => {
    assert.equal(parseAmount('2.5e9', 1e18), 2_500_000_000);
    assert.equal(parseAmount('2e18', 1e18), undefined);
    assert.equal(parseAmount('', 1e18), null);
  });
});
