import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TermMatcher, type TermMatch } from '../../../src/core/matcher';
import type { KnowledgeBase } from '../../../src/core/knowledge/knowledgeBase';
import { fixtureKb } from './fixture';
import { cpuMs } from './helpers';

const matcher = new TermMatcher(fixtureKb);

/** Pieces that exercise every recogniser, glued with separators, odd characters and lone surrogates. */
const piece = fc.oneof(
  fc.constantFrom(
    'BertForMaskedLM', 'DistilBert', 'XLMRoberta', 'AutoModelFor', 'ForMaskedLM', 'Tokenizer', 'mlm_probability', 'num_',
    'google-t5/t5-small', 'bert-base-', 'meta-llama/', 'Llama-2-', '8x7B', 'v0.1', 'microsoft/phi-2', 'gpt2', 'GPT-3', '.5',
    'masked language', ' modeling', 'mixture of experts', 'MoE', '지식 증류', '를', '스케일링 법칙', '은', '[MASK]', '[CLS', 'nn.',
    'F.scaled_dot_product_attention', 'Albert', 'ALBERT', 'T5', 'opt-in',
    // contextual spellings and the brackets, keys and lines around them
    'AlbertConfig(', 'embedding_size=', '"embedding_size": ', 'embedding_size:', 'hidden_size', '{', '}', '(', ')', '\n  ', '\n', '- ',
  ),
  fc.constantFrom(' ', '  ', '-', '_', '.', '/', '"', "'", '`', '(', ')', '\t', 'é', '가', '\u0000', '\uD800', '\uDC00', '😀', '\u00A0'),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);
const mixedText = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));
const anyText = fc.oneof(mixedText, fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'binary-ascii', maxLength: 400 }));
/** Binary content read as text: every UTF-16 code unit, including unpaired surrogates and NUL. */
const codeUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 400 }).map((units) => String.fromCharCode(...units));

function assertWellFormed(kb: KnowledgeBase, text: string, match: TermMatch): void {
  assert.ok(Number.isInteger(match.start) && Number.isInteger(match.end));
  assert.ok(0 <= match.start && match.start < match.end && match.end <= text.length);
  assert.equal(match.text, text.slice(match.start, match.end));
  const entry = kb.get(match.entryId);
  assert.ok(entry, match.entryId);
  if (match.variantId) assert.equal(kb.variant(match.variantId)?.entry.id, match.entryId);
  for (const id of match.also) {
    assert.ok(kb.get(id), id);
    assert.notEqual(id, match.entryId);
  }
}

describe('properties: any input, no exception, well-formed answers', () => {
  test('findAll: matches are in bounds, in order, disjoint and name real entries', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, codeUnits), (text) => {
        const found = matcher.findAll(text);
        found.forEach((m, i) => {
          assertWellFormed(fixtureKb, text, m);
          if (i > 0) assert.ok(found[i - 1].end <= m.start);
        });
      }),
      { numRuns: 2000 },
    );
  });

  test('matchAt: any offset, an answer that covers it', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, codeUnits), fc.integer({ min: -5, max: 500 }), (text, offset) => {
        const match = matcher.matchAt(text, offset);
        if (!match) return;
        assertWellFormed(fixtureKb, text, match);
        assert.ok(match.start <= offset && offset <= match.end);
      }),
      { numRuns: 2000 },
    );
  });

  test('matchAt finds at least as much as findAll at every offset of a line', () => {
    const line = mixedText.map((t) => t.replace(/[\n\r\u2028\u2029]/g, ' '));
    fc.assert(
      fc.property(line, (text) => {
        for (const m of matcher.findAll(text)) {
          for (let offset = m.start; offset < m.end; offset++) {
            const here = matcher.matchAt(text, offset);
            assert.ok(here && here.start <= offset && offset < here.end, `${JSON.stringify(text)} @${offset}`);
            assert.ok(here.end - here.start >= m.end - m.start);
          }
        }
      }),
      { numRuns: 500 },
    );
  });

  test('a term separated by spaces from random noise is still found', () => {
    const terms: [string, string][] = [
      ['BertForMaskedLM', 'bert'],
      ['mlm_probability', 'masked-language-modeling'],
      ['"google-t5/t5-small"', 't5'],
      ['mixture of experts', 'mixture-of-experts'],
      ['지식 증류를', 'knowledge-distillation'],
    ];
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 50 }), fc.constantFrom(...terms), fc.string({ unit: 'binary', maxLength: 50 }), (before, [term, entryId], after) => {
        const text = `${before} ${term} ${after}`;
        const at = before.length + 1 + Math.floor(term.length / 2);
        assert.equal(matcher.matchAt(text, at)?.entryId, entryId, JSON.stringify(text));
      }),
      { numRuns: 1000 },
    );
  });
});

/** At least `size` characters of generated text (distinct samples, repeated as needed). */
function randomText(arbitrary: fc.Arbitrary<string>, size: number, separator: string): string {
  const chunk = fc.sample(arbitrary, { numRuns: 10_000, seed: 42 }).join(separator);
  return chunk.repeat(Math.ceil(size / chunk.length));
}

describe('properties: bounded time', () => {
  test('findAll over 1 MB of random text stays fast', () => {
    const text = randomText(fc.oneof(mixedText, fc.string({ unit: 'binary', maxLength: 400 })), 1_000_000, '\n');
    const ms = cpuMs(() => matcher.findAll(text));
    assert.ok(ms < 1500, `${ms.toFixed(0)} ms for ${text.length} chars`);
  });

  test('matchAt on a 1 MB line of random text answers in well under a millisecond on average', () => {
    const line = randomText(fc.oneof(mixedText, codeUnits), 1_000_000, '').replace(/[\n\r]/g, ' ');
    const offsets = fc.sample(fc.integer({ min: 0, max: line.length }), { numRuns: 2000, seed: 3 });
    const perCall = cpuMs(() => offsets.forEach((offset) => matcher.matchAt(line, offset))) / offsets.length;
    assert.ok(perCall < 1, `${perCall.toFixed(3)} ms per call`);
  });
});
