import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { atlas } from '../../../src/core/knowledge';
import { deserializeAtlasWithIndex, serializeAtlas } from '../../../src/core/knowledge/serialized';
import { TermMatcher, buildMatcherIndex } from '../../../src/core/matcher';
import { NEGATIVE_FILES, POSITIVE_TEXT } from './corpus';

describe('the precomputed matcher index', () => {
  const text = [POSITIVE_TEXT, ...NEGATIVE_FILES.map((f) => f.text), 'LoraConfig(r=8)\n"attn_implementation": "sdpa"\n지식 증류를 "OpenAI GPT-2"'].join('\n');
  const fromKb = new TermMatcher(atlas).findAll(text);

  test('written as JSON and read back (as dist/atlas.json carries it), it matches exactly as one built from the atlas', () => {
    const json = JSON.stringify({ ...serializeAtlas(atlas), matcherIndex: buildMatcherIndex(atlas) });
    const { kb, matcherIndex } = deserializeAtlasWithIndex(json);
    assert.ok(matcherIndex, 'the file carries its index');
    assert.ok(fromKb.length > 50, `${fromKb.length} matches`);
    assert.deepEqual(new TermMatcher(kb, matcherIndex).findAll(text), fromKb);
  });

  test('an index of another version, or none, is rebuilt from the atlas rather than misread', () => {
    const stale = { ...buildMatcherIndex(atlas), version: 0, phrases: { groups: [], gates: [], latinStarts: [], hangulStarts: [], models: [] } };
    assert.deepEqual(new TermMatcher(atlas, stale).findAll(text), fromKb);
    const { matcherIndex } = deserializeAtlasWithIndex(JSON.stringify(serializeAtlas(atlas)));
    assert.equal(matcherIndex, undefined);
  });
});
