/**
 * The estimator against the real library: every fixture in test/fixtures/truth/ holds a published config
 * (or a configuration class's defaults, labelled as such) and what Transformers 5.18 built from it on the
 * meta device (scripts/truth/generate_truth.py). Totals must match exactly; for mixtures of experts the
 * active count is derived here from the recorded module tree, not from the estimator's formulas; the
 * Linear modules must be the library's; the KV-cache groups must follow the library's per-layer attention.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SUPPORTED_MODEL_TYPES, estimateFromConfig, type KvCacheGroup, type LinearModule, type ModelEstimate } from '../../../src/core/estimator';
import { assertBreakdownConsistent } from './helpers';
import { TRUTH_FIXTURES, type TruthFixture } from './truthFixtures';

function label(fixture: TruthFixture): string {
  return `${fixture.config.model_type} ${fixture.hubId ?? `(library defaults, ${fixture.file})`}`;
}

function estimate(fixture: TruthFixture): ModelEstimate {
  const result = estimateFromConfig(fixture.config);
  if (!result.ok) assert.fail(`${label(fixture)}: refused (${result.error.message.en})`);
  return result.estimate;
}

/** The class the estimate reproduces, as `countedAs` names it first. */
function countedClass(estimate: ModelEstimate): string {
  return estimate.countedAs.split(' ')[0];
}

/** Active parameters from the library's module tree: every routed expert a token is not sent to is skipped. */
function activeFromModuleTree(fixture: TruthFixture, total: number): number {
  const moe = fixture.truth.moe!;
  if (moe.expertsPerToken === null) return total;
  const used = moe.layers.reduce((sum, layer) => sum + (layer.parameters / layer.experts) * moe.expertsPerToken!, 0);
  return total - moe.routedExpertParameters + used;
}

function sortedModules(modules: readonly LinearModule[]): LinearModule[] {
  const key = (m: LinearModule) => `${m.name}|${m.inputs}|${m.outputs}|${m.bias}|${m.expert ?? false}`;
  return [...modules].map((m) => ({ ...m })).sort((a, b) => key(a).localeCompare(key(b)));
}

/** Layers per KV-cache kind as the library's `layer_types` and `sliding_window` say. */
function libraryCacheLayers(fixture: TruthFixture): Map<string, number> | undefined {
  const { layer_types: layerTypes, sliding_window: window } = fixture.truth.attention;
  if (layerTypes === undefined) return undefined;
  const counts = new Map<string, number>();
  for (const kind of layerTypes) {
    // Anything but attention (Mamba's "linear_attention") keeps no per-token cache.
    const key = kind === 'sliding_attention' && window ? `sliding ${window}` : kind === 'full_attention' || kind === 'sliding_attention' ? 'full' : 'none';
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

function estimatorCacheLayers(groups: readonly KvCacheGroup[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const group of groups) {
    const key = group.kind === 'sliding' ? `sliding ${group.window}` : group.kind;
    counts.set(key, (counts.get(key) ?? 0) + group.layers);
  }
  return counts;
}

describe('exact counts against Transformers 5.18 on the meta device', () => {
  for (const fixture of TRUTH_FIXTURES) {
    test(`${label(fixture)}: total${fixture.truth.moe ? ' and active' : ''}`, () => {
      const result = estimate(fixture);
      assert.equal(result.supported, true, `${label(fixture)} is counted by a family`);
      const cls = countedClass(result);
      const expected = fixture.truth.counts[cls];
      assert.ok(expected !== undefined, `${label(fixture)}: the fixture has no count for ${cls} (it has ${Object.keys(fixture.truth.counts).join(', ')})`);
      assert.equal(
        result.totalParameters,
        expected,
        `${label(fixture)}: the estimator counts ${result.totalParameters.toLocaleString('en-US')}, Transformers ${expected.toLocaleString('en-US')} (${cls})`,
      );
      if (fixture.truth.moe) {
        const active = activeFromModuleTree(fixture, expected);
        assert.equal(
          result.activeParameters,
          active,
          `${label(fixture)}: the estimator's active count is ${result.activeParameters.toLocaleString('en-US')}, the module tree gives ${active.toLocaleString('en-US')}`,
        );
      } else {
        assert.equal(result.activeParameters, result.totalParameters, `${label(fixture)}: a dense model uses every parameter`);
      }
      assertBreakdownConsistent(result);
    });

    test(`${label(fixture)}: Linear modules and KV cache`, () => {
      const result = estimate(fixture);
      const modules = fixture.truth.linear[countedClass(result)];
      assert.deepEqual(sortedModules(result.shape.linearModules ?? []), sortedModules(modules), `${label(fixture)}: Linear modules`);
      const cache = result.shape.kvCache;
      if (result.architecture === 'encoder-only') {
        assert.equal(cache, undefined, `${label(fixture)}: an encoder caches nothing`);
        return;
      }
      assert.ok(cache && cache.length > 0, `${label(fixture)}: a generating model describes its cache`);
      const layers = result.architecture === 'encoder-decoder' ? result.shape.decoderLayers : result.shape.layers;
      assert.equal(cache.reduce((sum, group) => sum + group.layers, 0), layers, `${label(fixture)}: every generating layer is in one cache group`);
      const expected = libraryCacheLayers(fixture);
      if (expected) assert.deepEqual(estimatorCacheLayers(cache), expected, `${label(fixture)}: cache groups follow layer_types`);
      const { num_key_value_heads: kvHeads, head_dim: headDim } = fixture.truth.attention;
      for (const group of cache) {
        if ((group.kind === 'full' || group.kind === 'sliding') && kvHeads !== undefined && headDim !== undefined) {
          assert.equal(group.valuesPerToken, 2 * kvHeads * headDim, `${label(fixture)}: K and V of ${kvHeads} heads of ${headDim}`);
        }
      }
    });
  }
});

describe('the fixtures', () => {
  test('every supported type has a fixture of its configuration class defaults', () => {
    const defaults = new Set(TRUTH_FIXTURES.filter((f) => f.source.kind === 'library-default').map((f) => f.config.model_type));
    for (const type of SUPPORTED_MODEL_TYPES) assert.ok(defaults.has(type), type);
  });

  test('every published config names its Hub id and where the copy was found', () => {
    for (const fixture of TRUTH_FIXTURES.filter((f) => f.source.kind !== 'library-default')) {
      assert.match(fixture.hubId ?? '', /^[\w.-]+\/[\w.-]+$/, fixture.file);
      assert.ok(fixture.source.repository && fixture.source.path, fixture.file);
      assert.match(fixture.source.commit ?? '', /^[0-9a-f]{40}$/, fixture.file);
    }
  });

  test('the truth was recorded with Transformers 5.18.0', () => {
    for (const fixture of TRUTH_FIXTURES) assert.equal(fixture.truth.transformers, '5.18.0', fixture.file);
  });
});
