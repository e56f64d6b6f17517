import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TermMatcher } from '../../../src/core/matcher';
import { fixtureKb } from './fixture';
import { cpuMs, hoverOn } from './helpers';
import { POSITIVE_TEXT } from './corpus';

const matcher = new TermMatcher(fixtureKb);

describe('matchAt: the term under the cursor', () => {
  const line = 'x = BertForMaskedLM(cfg)';
  const start = line.indexOf('Bert');
  const end = start + 'BertForMaskedLM'.length;

  test('every offset inside the identifier gives it, with its span', () => {
    for (let offset = start; offset < end; offset++) {
      const match = matcher.matchAt(line, offset);
      assert.deepEqual([match?.entryId, match?.start, match?.end, match?.text], ['bert', start, end, 'BertForMaskedLM'], `offset ${offset}`);
    }
  });

  test('a cursor just after the identifier still gets it; one further does not', () => {
    assert.equal(matcher.matchAt(line, end)?.entryId, 'bert');
    assert.equal(matcher.matchAt(line, end + 1), undefined);
  });

  test('offsets on other words or outside the line give nothing', () => {
    for (const offset of [0, 1, 2, -1, line.length + 1, Number.NaN, 0.5 * Number.MAX_VALUE]) {
      assert.equal(matcher.matchAt(line, offset), undefined, `offset ${offset}`);
    }
    assert.equal(matcher.matchAt('', 0), undefined);
  });

  test('offsets are relative to the line passed in, and a term at the very end is found', () => {
    const match = matcher.matchAt('  MoE', 5);
    assert.deepEqual([match?.start, match?.end, match?.entryId], [2, 5, 'mixture-of-experts']);
  });

  test('the longest match covering the cursor wins', () => {
    const text = 'see Chinchilla scaling laws here';
    assert.equal(hoverOn(matcher, text, 'Chinchilla')?.entryId, 'chinchilla-scaling-laws');
    assert.equal(hoverOn(matcher, text, 'laws')?.entryId, 'chinchilla-scaling-laws');
    assert.equal(hoverOn(matcher, 'from "google-bert/bert-base-uncased"', 'google')?.variantId, 'bert-base');
  });

  test('two terms on a line: each offset gets its own', () => {
    const text = 'model = T5ForConditionalGeneration.from_pretrained("google-t5/t5-small")';
    assert.equal(hoverOn(matcher, text, 'Conditional')?.entryId, 't5');
    assert.equal(hoverOn(matcher, text, 'Conditional')?.variantId, undefined);
    assert.equal(hoverOn(matcher, text, 't5-small')?.variantId, 't5-small');
    assert.equal(hoverOn(matcher, text, 'from_pretrained'), undefined);
  });

  test('agrees with findAll on every line of the recall corpus', () => {
    for (const text of POSITIVE_TEXT.split('\n')) {
      for (const m of matcher.findAll(text)) {
        for (let offset = m.start; offset < m.end; offset++) {
          assert.deepEqual(matcher.matchAt(text, offset), m, `${text} @${offset}`);
        }
      }
    }
  });
});

describe('matchAt on huge lines reads only around the cursor', () => {
  const filler = '{"k": [1, 2, 3], "name": "value"}, '.repeat(30_000); // ≈ 1 MB single-line JSON
  const line = `${filler}"num_local_experts": 8, ${filler}"model_name": "google-t5/t5-small"}`;

  test('terms in the middle and at the end of a 2 MB line are found', () => {
    assert.equal(hoverOn(matcher, line, 'num_local_experts')?.entryId, 'mixture-of-experts');
    const at = line.lastIndexOf('t5-small');
    assert.equal(matcher.matchAt(line, at)?.variantId, 't5-small');
  });

  test('each answer is fast whatever the line length', () => {
    const perCall = cpuMs(() => {
      for (let i = 0; i < 1000; i++) matcher.matchAt(line, Math.floor((i / 1000) * line.length));
    }) / 1000;
    assert.ok(perCall < 1, `${perCall.toFixed(3)} ms per call`);
  });

  test('a cursor inside a 1 MB token (base64, minified code) gets nothing, fast', () => {
    const blob = 'QmVydEZvck1hc2tlZExN'.repeat(60_000);
    const ms = cpuMs(() => {
      for (const offset of [0, 1000, blob.length >> 1, blob.length - 1]) assert.equal(matcher.matchAt(blob, offset), undefined);
    });
    assert.ok(ms < 50, `${ms.toFixed(1)} ms`);
  });
});
