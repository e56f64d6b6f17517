import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atlas } from '../../src/core/knowledge';

test('the atlas loads', () => {
  assert.ok(Array.isArray(atlas.entries));
});
