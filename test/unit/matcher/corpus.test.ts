import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TermMatcher } from '../../../src/core/matcher';
import { fixtureKb } from './fixture';
import { NEGATIVE_FILES, POSITIVES, POSITIVE_TEXT, hoversOnEveryCharacter, score } from './corpus';

const matcher = new TermMatcher(fixtureKb);

describe('precision corpus: ordinary code and prose', () => {
  test('the Python file uses at least 300 distinct identifiers and words', () => {
    const code = NEGATIVE_FILES.find((f) => f.name === 'common-code.py')!.text;
    const words = new Set(code.match(/[A-Za-z_][A-Za-z0-9_]*/g));
    assert.ok(words.size >= 300, `${words.size} distinct words`);
    for (const everyday of ['request', 'response', 'user', 'config', 'model', 'layer', 'input', 'train', 'data', 'loss', 'parser', 'handler', 'token', 'mask', 'head', 'attention']) {
      assert.ok(words.has(everyday), everyday);
    }
  });

  for (const { name, text } of NEGATIVE_FILES) {
    test(`${name}: no match at all`, () => {
      assert.deepEqual(matcher.findAll(text).map((m) => `${m.text}→${m.entryId}`), []);
    });
    test(`${name}: no hover on any character`, () => assert.deepEqual(hoversOnEveryCharacter(matcher, text), []));
  }
});

describe('recall corpus: ML code with every term labelled', () => {
  test(`all ${POSITIVES.length} labelled terms are found, and nothing else`, (t) => {
    const result = score(matcher, { variants: true });
    t.diagnostic(`fixture: precision ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)}`);
    assert.deepEqual(result.misses, []);
    assert.deepEqual(result.falsePositives, []);
  });

  test('the cursor on each labelled term gets its entry', () => {
    for (const p of POSITIVES) {
      const lineStart = POSITIVE_TEXT.lastIndexOf('\n', p.start) + 1;
      const lineEnd = POSITIVE_TEXT.indexOf('\n', p.start);
      const line = POSITIVE_TEXT.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
      const match = matcher.matchAt(line, p.start - lineStart + Math.floor(p.text.length / 2));
      assert.deepEqual([match?.text, match?.entryId, match?.variantId], [p.text, p.entryId, p.variantId]);
    }
  });
});
