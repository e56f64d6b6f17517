import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { estimateFromConfig, findKnownConfig, kvCacheGroups, type KnownConfigTable } from '../../../src/core/estimator';
import { KNOWN_CONFIGS_FILE, METADATA_KEYS, buildKnownConfigs, readFixtures, serialize } from '../../../scripts/truth/knownConfigs';
import { TRUTH_FIXTURES } from './truthFixtures';

const text = readFileSync(KNOWN_CONFIGS_FILE, 'utf8');
const table = JSON.parse(text) as KnownConfigTable;

describe('known configs', () => {
  test('finds an id with its organisation, without it, and in any case', () => {
    assert.equal(findKnownConfig(table, 'meta-llama/Llama-2-7b-hf')?.hfId, 'meta-llama/Llama-2-7b-hf');
    assert.equal(findKnownConfig(table, 'llama-2-7B-HF')?.hfId, 'meta-llama/Llama-2-7b-hf');
    assert.equal(findKnownConfig(table, 'nobody/Llama-2-7b-hf'), undefined);
    assert.equal(findKnownConfig(table, ''), undefined);
  });

  test('a bare name two organisations share finds nothing', () => {
    const shared: KnownConfigTable = { 'a/x-1b': { model_type: 'gpt2' }, 'b/x-1b': { model_type: 'gpt2' } };
    assert.equal(findKnownConfig(shared, 'x-1b'), undefined);
    assert.equal(findKnownConfig(shared, 'b/x-1b')?.hfId, 'b/x-1b');
  });

  test('the table is what the generator makes of the truth fixtures (regenerate with npx tsx scripts/truth/knownConfigs.ts)', () => {
    assert.equal(text, serialize(buildKnownConfigs(readFixtures())));
  });

  test('it holds every published config of the fixtures, by Hub id, without metadata keys, and stays small', () => {
    const published = TRUTH_FIXTURES.filter((f) => f.hubId !== null).map((f) => f.hubId as string);
    assert.deepEqual(Object.keys(table).sort(), [...published].sort());
    for (const [hubId, config] of Object.entries(table)) {
      for (const key of Object.keys(config)) assert.ok(!METADATA_KEYS.has(key), `${hubId}: ${key}`);
    }
    // It ships in the VSIX (minified by the build): a few hundred KB at most.
    assert.ok(JSON.stringify(table).length < 300_000);
  });

  test('a known config counts exactly what its fixture recorded from Transformers', () => {
    for (const fixture of TRUTH_FIXTURES.filter((f) => f.hubId !== null)) {
      const result = estimateFromConfig(findKnownConfig(table, fixture.hubId as string)!.config);
      assert.ok(result.ok, fixture.hubId as string);
      const cls = result.estimate.countedAs.split(' ')[0];
      assert.equal(result.estimate.totalParameters, fixture.truth.counts[cls], fixture.hubId as string);
    }
  });

  test('every known config is counted by a supported family', () => {
    for (const [hfId, config] of Object.entries(table)) {
      const result = estimateFromConfig(config);
      assert.ok(result.ok && result.estimate.supported, hfId);
    }
  });
});

describe('KV cache layout', () => {
  test('Mistral 7B v0.1: 32 sliding layers of 2 × 8 heads × 128, window 4096', () => {
    const result = estimateFromConfig(findKnownConfig(table, 'mistralai/Mistral-7B-v0.1')!.config);
    assert.ok(result.ok);
    assert.deepEqual(kvCacheGroups(result.estimate), [{ layers: 32, kind: 'sliding', valuesPerToken: 2 * 8 * 128, window: 4096 }]);
  });

  test('encoder-only models cache nothing; GPT-2 caches every layer in full', () => {
    const bert = estimateFromConfig(findKnownConfig(table, 'bert-base-uncased')!.config);
    const gpt2 = estimateFromConfig(findKnownConfig(table, 'gpt2')!.config);
    assert.ok(bert.ok && gpt2.ok);
    assert.equal(kvCacheGroups(bert.estimate), undefined);
    assert.deepEqual(kvCacheGroups(gpt2.estimate), [{ layers: 12, kind: 'full', valuesPerToken: 2 * 768 }]);
  });

  test('Llama 2 7B: the linear modules LoRA can target have their real shapes', () => {
    const result = estimateFromConfig(findKnownConfig(table, 'meta-llama/Llama-2-7b-hf')!.config);
    assert.ok(result.ok);
    const modules = new Map(result.estimate.shape.linearModules!.map((m) => [m.name, m]));
    assert.deepEqual(modules.get('q_proj'), { name: 'q_proj', inputs: 4096, outputs: 4096, bias: false, count: 32 });
    assert.deepEqual(modules.get('down_proj'), { name: 'down_proj', inputs: 11008, outputs: 4096, bias: false, count: 32 });
    // Every Linear inside the blocks plus the head: their weights are the model minus embeddings and norms.
    const linearWeights = [...modules.values()].reduce((n, m) => n + m.count * m.inputs * m.outputs, 0);
    assert.equal(linearWeights, 6_738_415_616 - 32000 * 4096 - (2 * 32 + 1) * 4096);
  });
});
