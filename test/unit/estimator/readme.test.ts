/** The README's table of exact-count types says what the code and the truth fixtures say. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { SUPPORTED_MODEL_TYPES, estimateFromConfig } from '../../../src/core/estimator';
import { TRUTH_FIXTURES } from './truthFixtures';

function expectedRows(): string[] {
  return SUPPORTED_MODEL_TYPES.map((type) => {
    const result = estimateFromConfig({ model_type: type });
    assert.ok(result.ok, type);
    const counted = result.estimate.countedAs.split(' ')[0];
    const published = TRUTH_FIXTURES.filter((f) => f.config.model_type === type && f.hubId !== null).map((f) => f.hubId as string);
    return `| \`${type}\` | ${counted} | ${published.length === 0 ? 'library defaults only' : published.join(', ')} |`;
  });
}

test('README: one row per supported type, with the class counted and the published configs checked', () => {
  const readme = readFileSync('README.md', 'utf8');
  const section = /<!-- exact-count-types:start -->\n([\s\S]*?)\n<!-- exact-count-types:end -->/.exec(readme);
  assert.ok(section, 'the README has the exact-count table');
  const rows = section[1].split('\n').slice(2);
  const expected = expectedRows();
  assert.deepEqual(rows, expected, `the README table should read:\n${expected.join('\n')}`);
});
