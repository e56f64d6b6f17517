import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { atlas } from '../../../src/core/knowledge';
import {
  BESIROGLU_REFIT,
  CHINCHILLA,
  CHINCHILLA_FIT,
  FLOPS_PER_PARAMETER_TOKEN,
  GOPHER,
  GOPHER_BUDGET_FLOPS,
  TOKENS_PER_PARAMETER,
} from '../../../src/core/scaling/chinchilla';
import { HUMAN_BRAIN_SYNAPSES } from '../../../src/core/scaling/growth';
import { KAPLAN_COMPUTE_LAW, KAPLAN_DATA_LAW, KAPLAN_JOINT_FIT, KAPLAN_OVERFIT_RULE, KAPLAN_PARAMETER_LAW } from '../../../src/core/scaling/kaplan';
import { SMALL_MODEL_CLAIMS } from '../../../src/core/scaling/smallModels';
import { SCALING_SOURCES } from '../../../src/core/scaling/sources';

const cited = [
  KAPLAN_PARAMETER_LAW, KAPLAN_DATA_LAW, KAPLAN_COMPUTE_LAW, KAPLAN_JOINT_FIT, KAPLAN_OVERFIT_RULE,
  CHINCHILLA_FIT, BESIROGLU_REFIT, FLOPS_PER_PARAMETER_TOKEN, TOKENS_PER_PARAMETER, GOPHER, CHINCHILLA, GOPHER_BUDGET_FLOPS,
  ...SMALL_MODEL_CLAIMS,
].map((c) => c.source).concat(HUMAN_BRAIN_SYNAPSES.sourceKey, ...SMALL_MODEL_CLAIMS.flatMap((c) => c.seeAlso ?? []));

describe('scaling sources', () => {
  test('every cited key is registered', () => {
    for (const key of cited) assert.ok(SCALING_SOURCES[key], key);
  });

  test('every registered key is cited', () => {
    assert.deepEqual(Object.keys(SCALING_SOURCES).filter((key) => !cited.includes(key)), []);
  });

  test('keys follow the convention and papers link to their arXiv abstract', () => {
    for (const [key, source] of Object.entries(SCALING_SOURCES)) {
      assert.match(key, /^[a-z]+\d{4}[a-z0-9]*$/, key);
      if (source.url.includes('arxiv.org')) assert.match(source.url, /^https:\/\/arxiv\.org\/abs\/\d{4}\.\d{4,5}$/, key);
    }
  });

  test('the atlas resolves every scaling citation (charts show sources through it)', () => {
    for (const [key, source] of Object.entries(SCALING_SOURCES)) assert.equal(atlas.source(key), source, key);
  });
});
