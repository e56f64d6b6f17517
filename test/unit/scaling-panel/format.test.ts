import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { decimalYear } from '../../../src/core/scaling/growth';
import { count, decimalYearOf, decimals, exponential, fill, fillParts, flops, powerOfTenTick, wrap, yearMonth } from '../../../webview/scaling/format';

describe('page formatting', () => {
  test('fill puts arguments in their slots, in any order', () => {
    assert.equal(fill('{1} after {0}', 'a', 'b'), 'b after a');
    assert.equal(fill('no slots'), 'no slots');
  });

  test('fillParts keeps non-text arguments as they are, between the text pieces', () => {
    const node = { node: true };
    assert.deepEqual(fillParts<object>('{0}× the parameters needs {1}× the data.', '8', node), ['8', '× the parameters needs ', node, '× the data.']);
    assert.deepEqual(fillParts('파라미터를 {0}배로', 'x'), ['파라미터를 ', 'x', '배로']);
  });

  test('decimals rounds and drops trailing zeros', () => {
    assert.equal(decimals(8 ** 0.74, 2), '4.66');
    assert.equal(decimals(20.0001, 1), '20');
  });

  test('counts read as K/M/B/T above a thousand, three significant digits below', () => {
    assert.equal(count(175e9), '175B');
    assert.equal(count(1.5e14), '150T');
    assert.equal(count(0.123456), '0.123');
  });

  test('FLOPs are written as powers of ten, without "1×" for an exact power', () => {
    assert.equal(flops(5.76e23), '5.76×10²³');
    assert.equal(flops(1e19), '10¹⁹');
    assert.equal(flops(1e-8), '10⁻⁸');
  });

  test('a field shows numbers as one would type them', () => {
    assert.equal(exponential(5.76e23), '5.76e23');
    assert.equal(exponential(1e24), '1e24');
  });

  test('log axes are labelled at powers of ten only, optionally every n-th', () => {
    assert.equal(powerOfTenTick(1e9), '1B');
    assert.equal(powerOfTenTick(2e9), undefined);
    assert.equal(powerOfTenTick(1e-3, flops, 2), undefined);
    assert.equal(powerOfTenTick(1e-4, flops, 2), '10⁻⁴');
  });

  test('a decimal year reads back as its month, or only its year when the month is unknown', () => {
    for (let month = 1; month <= 12; month++) {
      assert.equal(yearMonth(decimalYear(2020, month), true), `2020-${String(month).padStart(2, '0')}`);
    }
    assert.equal(yearMonth(decimalYear(2021), false), '2021');
  });

  test("today's decimal year lies within the year, growing through it", () => {
    assert.equal(decimalYearOf(new Date(Date.UTC(2024, 0, 1))), 2024);
    const mid = decimalYearOf(new Date(Date.UTC(2024, 6, 2)));
    assert.ok(mid > 2024.49 && mid < 2024.51, String(mid));
  });

  test('wrap keeps every word, in order, on lines no longer than the width (unless a word is)', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z가-힣]{1,12}$/), { maxLength: 40 }), fc.integer({ min: 8, max: 80 }), (words, width) => {
        const lines = wrap(words.join(' '), width);
        assert.deepEqual(lines.join(' ').split(' ').filter(Boolean), words);
        for (const line of lines) assert.ok(line.length <= width || !line.includes(' '), line);
      }),
    );
  });
});
