import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { TermMatcher } from '../../../src/core/matcher';
import { chunkEnd, FileTermScanner, nextOccurrence, type ScanOptions, type TermFinder, type TermOccurrence } from '../../../src/core/sidebar/fileTerms';
import { fixtureAtlas } from '../present/fixture';

/** A stand-in matcher: the words BERT and GPT, as whole words. */
const IDS: Record<string, string> = { BERT: 'bert', GPT: 'gpt' };
const finder: TermFinder & { calls: string[] } = {
  calls: [],
  findAll(text) {
    this.calls.push(text);
    return [...text.matchAll(/\b(BERT|GPT)\b/g)].map((m) => ({ entryId: IDS[m[1]], start: m.index, end: m.index + m[1].length }));
  },
};

/** Whole-word occurrences of `word`, counted independently of any chunking. */
const countWord = (text: string, word: string) => text.split(/[^A-Za-z0-9_]+/).filter((w) => w === word).length;

/** A whole scan in one go. */
function scanFileTerms(text: string, finder: TermFinder, options: ScanOptions = {}) {
  const scanner = new FileTermScanner(text, finder, options);
  assert.equal(scanner.step(), true);
  return scanner.result();
}

const limits = (extra: Partial<{ maxChars: number; budgetMs: number; chunkChars: number }> = {}) => ({ maxChars: 1e9, budgetMs: Infinity, chunkChars: 64, ...extra });

describe('sidebar: "In this file" scan', () => {
  test('counts each term, most frequent first, ties by first appearance', () => {
    const scan = scanFileTerms('GPT and BERT\nBERT, BERT.\nROBERTA GPT\n', finder);
    assert.deepEqual(scan.terms, [
      { entryId: 'bert', count: 3 },
      { entryId: 'gpt', count: 2 },
    ]);
    assert.deepEqual(scanFileTerms('GPT BERT', finder).terms, [
      { entryId: 'gpt', count: 1 },
      { entryId: 'bert', count: 1 },
    ]);
    assert.equal(scanFileTerms('GPT BERT', finder).stoppedBy, undefined);
  });

  test('chunked scans find the same terms at the right offsets (property)', () => {
    const word = fc.constantFrom('BERT', 'GPT', 'model', 'x', 'BERTology', '');
    const line = fc.array(word, { maxLength: 12 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), fc.integer({ min: 10, max: 80 }), (lines, chunkChars) => {
        const text = lines.join('\n');
        finder.calls = [];
        const scan = scanFileTerms(text, finder, { limits: limits({ chunkChars }) });
        assert.ok(finder.calls.every((chunk) => chunk.length <= chunkChars), 'no chunk exceeds the chunk size');
        assert.equal(finder.calls.join(''), text, 'the chunks tile the text');
        for (const [word, id] of Object.entries(IDS)) {
          const found = scan.occurrences.get(id) ?? [];
          assert.equal(found.length, countWord(text, word));
          for (const o of found) assert.equal(text.slice(o.start, o.end), word);
          assert.deepEqual(found, [...found].sort((a, b) => a.start - b.start));
        }
      }),
    );
  });

  test('reads no more than the size cap, and says so', () => {
    const text = 'BERT GPT\n'.repeat(100); // 900 characters
    const scan = scanFileTerms(text, finder, { limits: limits({ maxChars: 200, chunkChars: 50 }) });
    assert.equal(scan.stoppedBy, 'size');
    assert.ok(scan.scannedChars <= 200);
    const prefix = text.slice(0, scan.scannedChars);
    assert.equal(scan.occurrences.get('bert')?.length, countWord(prefix, 'BERT'));
    assert.ok([...scan.occurrences.values()].flat().every((o) => o.end <= 200));
  });

  test('a prefix of a longer document is reported as cut by size', () => {
    assert.equal(scanFileTerms('BERT\n', finder, { documentLength: 10_000 }).stoppedBy, 'size');
  });

  test('stops between chunks once the time budget is spent, after at least one chunk', () => {
    const text = 'BERT GPT\n'.repeat(100);
    let clock = 0;
    const now = () => (clock += 10); // every chunk seems to take 10 ms
    const scan = scanFileTerms(text, finder, { limits: limits({ budgetMs: 25, chunkChars: 45 }), now });
    assert.equal(scan.stoppedBy, 'time');
    assert.ok(scan.scannedChars > 0 && scan.scannedChars < text.length);
    assert.equal(text[scan.scannedChars - 1], '\n', 'stopped on a chunk boundary');
    assert.ok(scan.elapsedMs > 25);
    assert.equal(scan.occurrences.get('bert')?.length, countWord(text.slice(0, scan.scannedChars), 'BERT'));
    const slow = scanFileTerms(text, finder, { limits: limits({ budgetMs: 0, chunkChars: 45 }), now });
    assert.ok(slow.scannedChars > 0, 'even a spent budget scans one chunk');
  });

  test('scans in time slices that add up to the one-shot result; pauses between slices do not count', () => {
    const text = 'GPT BERT BERT\nnothing here\n'.repeat(50);
    let clock = 0;
    const now = () => (clock += 10);
    const options = { limits: limits({ budgetMs: 1000, chunkChars: 30 }), now };
    const scanner = new FileTermScanner(text, finder, options);
    let slices = 0;
    let before = 0;
    while (!scanner.step(15)) {
      slices++;
      const scanned = scanner.result().scannedChars;
      assert.ok(scanned > before, 'every slice makes progress');
      before = scanned;
      clock += 1000; // the editor's own work between slices
    }
    assert.ok(slices > 20 && clock > 20_000, 'the scan took many slices, spread over 20 s');
    const sliced = scanner.result();
    assert.equal(sliced.stoppedBy, undefined, 'about 500 ms of scanning fits a 1 s budget, though the slices span over 20 s');
    const oneShot = scanFileTerms(text, finder, { limits: limits({ chunkChars: 30 }) });
    assert.deepEqual(sliced.terms, oneShot.terms);
    assert.deepEqual(sliced.occurrences, oneShot.occurrences);
  });

  test('chunks end after a line break, else after a space, else at the limit', () => {
    assert.equal(chunkEnd('ab\ncd ef gh', 0, 9), 3);
    assert.equal(chunkEnd('abcd ef gh', 0, 9), 8);
    assert.equal(chunkEnd('abcdefghij', 0, 5), 5);
    assert.equal(chunkEnd('abc', 0, 10), 3);
  });

  test('works with the real matcher', () => {
    const matcher = new TermMatcher(fixtureAtlas());
    const text = [
      'from transformers import DistilBertModel, DataCollatorForLanguageModeling',
      'model = DistilBertModel.from_pretrained("distilbert/distilbert-base-uncased")',
      'collator = DataCollatorForLanguageModeling(tok, mlm_probability=0.15)  # MLM',
    ].join('\n');
    const scan = scanFileTerms(text, matcher);
    const counts = Object.fromEntries(scan.terms.map((t: { entryId: string; count: number }) => [t.entryId, t.count]));
    // DistilBertModel twice and the Hub id once; mlm_probability and "MLM".
    assert.deepEqual(counts, { distilbert: 3, 'masked-language-modeling': 2 });
  });
});

describe('sidebar: next occurrence', () => {
  const occurrences: TermOccurrence[] = [
    { start: 5, end: 9 },
    { start: 20, end: 24 },
    { start: 40, end: 44 },
  ];

  test('the first occurrence after the offset, wrapping around', () => {
    assert.deepEqual(nextOccurrence(occurrences, -1), occurrences[0]);
    assert.deepEqual(nextOccurrence(occurrences, 5), occurrences[1]);
    assert.deepEqual(nextOccurrence(occurrences, 39), occurrences[2]);
    assert.deepEqual(nextOccurrence(occurrences, 40), occurrences[0]);
    assert.equal(nextOccurrence([], 3), undefined);
  });

  test('agrees with a linear search (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(1000)), fc.integer({ min: -1, max: 1001 }), (starts, offset) => {
        const list = starts.sort((a, b) => a - b).map((start) => ({ start, end: start + 1 }));
        const expected = list.find((o) => o.start > offset) ?? list[0];
        assert.deepEqual(nextOccurrence(list, offset), expected);
      }),
    );
  });
});
