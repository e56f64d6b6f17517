import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { browseGroups } from '../../../src/core/sidebar/browseGroups';
import { entryRow, plainText } from '../../../src/core/sidebar/entryRows';
import { atlasOf, browseAtlas, entry } from './fixture';

describe('sidebar: browse groups', () => {
  const kb = browseAtlas();

  test('groups follow the browse order and leave out none of the entries', () => {
    const groups = browseGroups(kb, 'en');
    assert.deepEqual(
      groups.map((g) => g.id),
      ['architecture', 'models-encoder-only', 'models-decoder-only', 'models-encoder-decoder', 'models-rnn', 'objective', 'scale-down', 'scale-up', 'tokenization'],
    );
    const listed = groups.flatMap((g) => g.entryIds);
    assert.equal(new Set(listed).size, listed.length, 'no entry is listed twice');
    assert.deepEqual([...listed].sort(), kb.entries.map((e) => e.id).sort());
  });

  test('models are listed in the order they appeared, concepts by name', () => {
    const groups = new Map(browseGroups(kb, 'en').map((g) => [g.id, g.entryIds]));
    // BERT Oct 2018, RoBERTa Jul 2019, ALBERT Sep 2019.
    assert.deepEqual(groups.get('models-encoder-only'), ['bert', 'roberta', 'albert']);
    // "Layer normalization" < "Self-attention".
    assert.deepEqual(groups.get('architecture'), ['layer-norm', 'self-attention']);
  });

  test('in Korean, titles are Korean and concepts sort by their Korean names', () => {
    const groups = browseGroups(kb, 'ko');
    assert.equal(groups[0].title, '아키텍처');
    assert.equal(groups.find((g) => g.id === 'models-encoder-only')?.title, '모델 · 인코더 전용');
    // 셀프 어텐션 (ㅅ) comes before 층 정규화 (ㅊ) in Hangul order, the reverse of the English names.
    assert.deepEqual(groups[0].entryIds, ['self-attention', 'layer-norm']);
  });

  test('empty groups are left out; a model without facts still appears', () => {
    const groups = browseGroups(atlasOf([entry('wordpiece', 'tokenization'), entry('mystery', 'model')]), 'en');
    assert.deepEqual(
      groups.map((g) => [g.id, g.entryIds]),
      [
        ['models-other', ['mystery']],
        ['tokenization', ['wordpiece']],
      ],
    );
  });
});

describe('sidebar: entry rows', () => {
  const kb = browseAtlas();

  test('a model row shows its kind and size', () => {
    assert.deepEqual(entryRow(kb.get('gpt-2')!, 'en'), { id: 'gpt-2', name: 'GPT-2', kind: 'model', figure: '1.5B parameters', tooltip: 'gpt-2 summary' });
  });

  test('in Korean, the Korean name leads and the English one stays visible', () => {
    assert.deepEqual(entryRow(kb.get('self-attention')!, 'ko'), {
      id: 'self-attention',
      name: '셀프 어텐션',
      aka: 'Self-attention',
      kind: '아키텍처',
      tooltip: 'self-attention 요약',
    });
    // Same name in both languages: not repeated.
    assert.equal(entryRow(kb.get('bert')!, 'ko').aka, undefined);
  });

  test('tooltips are plain text', () => {
    assert.equal(plainText(' Sets `mlm_probability` to **15%**, as in [BERT](https://arxiv.org/abs/1810.04805). '), 'Sets mlm_probability to 15%, as in BERT.');
  });
});
