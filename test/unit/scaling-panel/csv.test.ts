import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { toCsv } from '../../../webview/scaling/csv';
import { cell, tableCsv } from '../../../webview/scaling/tableModel';

/** A strict RFC 4180 reader, written here to check the writer independently. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else {
          field += text[i++];
        }
      }
    } else if (text[i] === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (text.startsWith('\r\n', i)) {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else {
      field += text[i++];
    }
  }
  return rows;
}

describe('CSV export', () => {
  test('writes a header row and CRLF-terminated rows', () => {
    assert.equal(toCsv(['a', 'b'], [[1, 'x'], [2, 'y']]), 'a,b\r\n1,x\r\n2,y\r\n');
  });

  test('quotes fields with commas, quotes or line breaks, doubling the quotes', () => {
    assert.equal(toCsv(['note'], [['He said "hi", twice\nthen left']]), 'note\r\n"He said ""hi"", twice\nthen left"\r\n');
  });

  test('keeps numbers at full precision and leaves missing values empty', () => {
    assert.equal(toCsv(['n', 'm', 'b'], [[0.1 + 0.2, undefined, true]]), 'n,m,b\r\n0.30000000000000004,,true\r\n');
    assert.equal(toCsv(['n'], [[1.75e12]]), 'n\r\n1750000000000\r\n');
  });

  test('defuses text a spreadsheet would run as a formula', () => {
    assert.equal(toCsv(['label'], [['=HYPERLINK("x")'], ['+1'], ['@sum'], ['-2']]), `label\r\n"'=HYPERLINK(""x"")"\r\n'+1\r\n'@sum\r\n'-2\r\n`);
    assert.equal(toCsv(['n'], [[-2]]), 'n\r\n-2\r\n', 'a negative number stays a number');
  });

  test('any text reads back as written (apart from the formula guard)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string({ unit: 'grapheme' }), { minLength: 2, maxLength: 2 }), { maxLength: 5 }), (rows) => {
        const safe = rows.map((r) => r.map((f) => (/^[=+\-@\t\r]/.test(f) ? `'${f}` : f)));
        assert.deepEqual(readCsv(toCsv(['a', 'b'], rows)), [['a', 'b'], ...safe]);
      }),
    );
  });

  test('a table exports its values, not its display text', () => {
    const csv = tableCsv({ columns: [{ label: 'Model' }, { label: 'Parameters', numeric: true }], rows: [[cell('GPT-3'), cell(175e9, '175B')]] });
    assert.equal(csv, 'Model,Parameters\r\nGPT-3,175000000000\r\n');
  });
});
