import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { AtlasSearch } from '../../../src/core/search/atlasSearch';
import { fixtureAtlas } from './fixture';

describe('atlas search', () => {
  const search = new AtlasSearch(fixtureAtlas());
  const top = (q: string) => search.search(q)[0]?.entry.id;

  test('finds by name, alias, Korean name and code spelling', () => {
    assert.equal(top('DistilBERT'), 'distilbert');
    assert.equal(top('MLM'), 'masked-language-modeling');
    assert.equal(top('마스크 언어'), 'masked-language-modeling');
    assert.equal(top('mlm_probability'), 'masked-language-modeling');
  });

  test('tolerates typos', () => {
    assert.equal(top('distlbert'), 'distilbert');
    assert.equal(top('maskd languge'), 'masked-language-modeling');
  });

  test('an empty query lists everything by name; nonsense finds nothing', () => {
    assert.deepEqual(search.search('').map((h) => h.entry.id), ['distilbert', 'masked-language-modeling']);
    assert.deepEqual(search.search('qqqqzzzz'), []);
  });
});
