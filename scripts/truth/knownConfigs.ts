/**
 * Regenerates src/core/estimator/known-configs.json (Hub id → config, shipped as dist/known-configs.json)
 * from the published configs among the truth fixtures, keyed by the Hub id as the Hub spells it, with the
 * keys that only describe how a checkpoint was saved or loaded left out.
 *
 *     npx tsx scripts/truth/knownConfigs.ts
 *
 * Run it after adding fixtures (scripts/truth/generate_truth.py); a unit test checks the two agree.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Keys of a saved config that say nothing about the architecture, or only concern generation.
 * `torch_dtype`/`dtype` stay: the planner serves a model in the dtype it was published in.
 */
export const METADATA_KEYS: ReadonlySet<string> = new Set([
  '_name_or_path',
  '_commit_hash',
  '_attn_implementation',
  'transformers_version',
  'auto_map',
  'quantization_config',
  'task_specific_params',
  'id2label',
  'label2id',
  'suppress_tokens',
  'begin_suppress_tokens',
  'forced_decoder_ids',
  'alignment_heads',
  'lang_ids',
  'use_cache',
  'output_past',
  'gradient_checkpointing',
]);

interface Fixture {
  hubId: string | null;
  source: { kind?: string };
  config: Record<string, unknown>;
}

export const FIXTURE_DIR = 'test/fixtures/truth';
export const KNOWN_CONFIGS_FILE = 'src/core/estimator/known-configs.json';

export function readFixtures(dir = FIXTURE_DIR): Fixture[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(readFileSync(join(dir, file), 'utf8')) as Fixture);
}

/** Published configs only (library defaults have no Hub id), in Hub-id order. */
export function buildKnownConfigs(fixtures: readonly Fixture[]): Record<string, Record<string, unknown>> {
  const table: Record<string, Record<string, unknown>> = {};
  const published = fixtures.filter((fixture) => fixture.hubId !== null && fixture.source.kind !== 'library-default');
  for (const fixture of [...published].sort((a, b) => (a.hubId as string).localeCompare(b.hubId as string))) {
    table[fixture.hubId as string] = Object.fromEntries(Object.entries(fixture.config).filter(([key]) => !METADATA_KEYS.has(key)));
  }
  return table;
}

export function serialize(table: Record<string, unknown>): string {
  return `${JSON.stringify(table, null, 1)}\n`;
}

if (process.argv[1]?.endsWith('knownConfigs.ts')) {
  const table = buildKnownConfigs(readFixtures());
  writeFileSync(KNOWN_CONFIGS_FILE, serialize(table));
  console.log(`${KNOWN_CONFIGS_FILE}: ${Object.keys(table).length} configs`);
}
