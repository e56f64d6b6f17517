import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { documentTokens, EXAMPLE_DOCUMENT } from '../../../src/core/cards/exampleText';
import { MASK } from '../../../src/core/cards/objectives/masking';
import { WORKED_OBJECTIVES, workedExamples, workedExamplesFor } from '../../../src/core/cards/objectives/worked';
import { WorkedExample, type ExampleRow } from '../../../src/core/cards/viewModel';
import { atlas } from '../../../src/core/knowledge';

const texts = (row: ExampleRow) => row.tokens.map((t) => t.text);
const marked = (row: ExampleRow, ...marks: string[]) => row.tokens.flatMap((t, i) => (marks.includes(t.mark) ? [i] : []));

for (const lang of ['en', 'ko'] as const) {
  const ctx = { kb: atlas, lang };
  const byId = new Map(workedExamples(ctx).map((e) => [e.id, e]));
  const doc = documentTokens(lang);
  const n = doc.length;

  describe(`worked objectives (${lang})`, () => {
    test('every objective with an example exists in the atlas and every example is well formed', () => {
      for (const id of WORKED_OBJECTIVES) assert.ok(atlas.get(id), `${id} in the atlas`);
      for (const example of byId.values()) {
        assert.ok(WorkedExample.safeParse(example).success, example.id);
        assert.ok(example.objective?.route, `${example.id} links to its objective`);
      }
      assert.equal(byId.size, 12);
    });

    test('masked LM masks exactly round(15%) of the document, showing all three BERT outcomes', () => {
      const [input, target] = byId.get('mlm')!.rows;
      const k = Math.round((n * 15) / 100);
      assert.equal(marked(input, 'mask', 'random', 'kept').length, k);
      assert.deepEqual(marked(target, 'target'), marked(input, 'mask', 'random', 'kept'));
      for (const mark of ['mask', 'random', 'kept']) assert.ok(marked(input, mark).length > 0, `an example of "${mark}"`);
      input.tokens.forEach((t, i) => {
        if (t.mark === 'mask') assert.equal(t.text, MASK);
        if (t.mark === 'kept' || t.mark === 'plain') assert.equal(t.text, doc[i]);
        if (t.mark === 'random') assert.ok(EXAMPLE_DOCUMENT[lang].distractors.includes(t.text));
      });
      assert.deepEqual(texts(target), doc);
    });

    test('T5 span corruption: sentinels in order, target closed by one more, original rebuilt', () => {
      const [input, target] = byId.get('t5-span-corruption')!.rows;
      const sentinels = texts(input).filter((t) => /^<extra_id_\d+>$/.test(t));
      assert.deepEqual(sentinels, sentinels.map((_, i) => `<extra_id_${i}>`));
      assert.deepEqual(texts(target).filter((t) => /^<extra_id_\d+>$/.test(t)), [...sentinels, `<extra_id_${sentinels.length}>`]);
      const noise = texts(target).filter((t) => !/^<extra_id_\d+>$/.test(t)).length;
      assert.equal(noise, Math.round(n * 0.15));
      let open = '';
      const fill = new Map<string, string[]>();
      for (const t of texts(target)) if (/^<extra_id_/.test(t)) fill.set((open = t), []);
      else fill.get(open)!.push(t);
      assert.deepEqual(texts(input).flatMap((t) => fill.get(t) ?? [t]), doc);
    });

    test('causal LM: targets are the inputs shifted by one', () => {
      const [input, target] = byId.get('causal-lm')!.rows;
      assert.deepEqual(texts(target).slice(0, -1), texts(input).slice(1));
    });

    test('ELECTRA: labels every token, one generator sample equal to the original counts as original', () => {
      const [generator, corrupted, labels] = byId.get('rtd')!.rows;
      assert.equal(labels.tokens.length, n);
      const masked = marked(generator, 'mask');
      const replaced = marked(labels, 'replaced');
      assert.ok(replaced.every((i) => masked.includes(i)));
      assert.ok(replaced.length < masked.length, 'a generator sample that equals the original');
      replaced.forEach((i) => assert.notEqual(corrupted.tokens[i].text, doc[i]));
    });

    test('BART’s five transforms each restore the same document', () => {
      for (const id of ['bart-token-masking', 'bart-token-deletion', 'bart-text-infilling', 'bart-sentence-permutation', 'bart-document-rotation']) {
        const rows = byId.get(id)!.rows;
        assert.deepEqual(texts(rows[rows.length - 1]), doc, id);
      }
      const deletion = byId.get('bart-token-deletion')!.rows;
      assert.equal(deletion[0].tokens.length, n - marked(deletion[1], 'deleted').length);
      const rotation = byId.get('bart-document-rotation')!.rows[0];
      assert.notDeepEqual(texts(rotation), doc);
      assert.deepEqual([...texts(rotation)].sort(), [...doc].sort());
      const infilling = byId.get('bart-text-infilling')!.rows;
      assert.equal(marked(infilling[1], 'target').length, Math.round(n * 0.3));
      // One [MASK] per span; the shipped run includes an empty span, so there is one [MASK] more than hidden runs.
      const runs = marked(infilling[1], 'target').filter((i, k, all) => k === 0 || all[k - 1] !== i - 1).length;
      assert.equal(marked(infilling[0], 'mask').length, runs + 1);
    });

    test('translation LM masks across both languages with positions restarting at the second sentence', () => {
      const rows = byId.get('tlm')!.rows;
      const positions = texts(rows[3]);
      const separator = rows[0].tokens.findIndex((t) => t.mark === 'separator');
      assert.equal(positions[0], '0');
      assert.equal(positions[separator + 1], '0');
      assert.equal(marked(rows[0], 'mask', 'random', 'kept').length, Math.round((rows[0].tokens.length - 1) * 0.15));
    });

    test('the denoising autoencoder card shows BART’s five transforms', () => {
      assert.equal(workedExamplesFor(ctx, 'denoising-autoencoder').length, 5);
      assert.equal(workedExamplesFor(ctx, 'bert').length, 0);
    });
  });
}
