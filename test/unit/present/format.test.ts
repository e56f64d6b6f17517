import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bytes, compactNumber, formatFact, formatValue, groupedNumber, scientific } from '../../../src/core/present/format';

describe('number formatting', () => {
  test('compact numbers keep three significant digits with K/M/B/T', () => {
    assert.equal(compactNumber(66_362_880), '66.4M');
    assert.equal(compactNumber(124_439_808), '124M');
    assert.equal(compactNumber(1.75e12), '1.75T');
    assert.equal(compactNumber(6_738_415_616), '6.74B');
    assert.equal(compactNumber(512), '512');
    assert.equal(compactNumber(2.5), '2.5');
  });

  test('grouped numbers use thousands separators', () => {
    assert.equal(groupedNumber(46_702_792_704), '46,702,792,704');
  });

  test('scientific notation with superscript exponents', () => {
    assert.equal(scientific(3.14e23), '3.14×10²³');
    assert.equal(scientific(8.64e19), '8.64×10¹⁹');
    assert.equal(scientific(2.5e-3), '2.5×10⁻³');
  });

  test('bytes in decimal units', () => {
    assert.equal(bytes(1000), '1 KB');
    assert.equal(bytes(140e9), '140 GB');
    assert.equal(bytes(6_738_415_616 * 2), '13.5 GB');
  });

  test('fractional values keep their digits; integers get separators', () => {
    assert.equal(formatValue(28.4, 'none', 'en'), '28.4');
    assert.equal(formatValue(0.2, 'none', 'en'), '0.2');
    assert.equal(formatValue(3.5, 'days', 'en'), '3.5 days');
    assert.equal(formatValue(30522, 'count', 'en'), '30,522');
  });

  test('values carry their unit in the chosen language', () => {
    assert.equal(formatValue(66e6, 'parameters', 'en'), '66M parameters');
    assert.equal(formatValue(66e6, 'parameters', 'ko'), '66M 파라미터');
    assert.equal(formatValue(15, 'percent', 'en'), '15%');
    assert.equal(formatValue(1.4e12, 'tokens', 'en'), '1.4T tokens');
    assert.equal(formatValue(12, 'layers', 'en'), '12 layers');
    assert.equal(formatValue(1024, 'tokens', 'en'), '1,024 tokens');
    assert.equal(formatValue(32_000, 'tokens', 'en'), '32,000 tokens');
  });

  test('facts mark approximations and unconfirmed figures', () => {
    assert.equal(formatFact({ value: 1.8e12, unit: 'parameters', source: 'x', unconfirmed: true }, 'en'), '1.8T parameters (unconfirmed)');
    assert.equal(formatFact({ value: 1.8e12, unit: 'parameters', source: 'x', unconfirmed: true, approx: true }, 'ko'), '≈1.8T 파라미터 (미확인)');
  });
});
