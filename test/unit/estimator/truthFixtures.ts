/** The truth fixtures (test/fixtures/truth/*.json, written by scripts/truth/generate_truth.py), typed. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LinearModule } from '../../../src/core/estimator';

export interface TruthFixture {
  file: string;
  /** null for library-default fixtures. */
  hubId: string | null;
  source: { kind?: 'library-default'; repository?: string; path?: string; commit?: string; configClass?: string; note?: string };
  config: Record<string, unknown> & { model_type: string };
  truth: {
    transformers: string;
    architecture: string;
    counts: Record<string, number>;
    head: 'tied' | 'untied' | 'none';
    ignoredKeys: string[];
    /** Per counted class. */
    linear: Record<string, LinearModule[]>;
    attention: { layer_types?: string[]; sliding_window?: number; num_key_value_heads?: number; head_dim?: number };
    moe?: {
      expertsPerToken: number | null;
      routedExpertParameters: number;
      layers: Array<{ layer: number | null; module: string; experts: number; parameters: number }>;
    };
  };
}

export const TRUTH_DIR = join(process.cwd(), 'test/fixtures/truth');

export const TRUTH_FIXTURES: readonly TruthFixture[] = readdirSync(TRUTH_DIR)
  .filter((file) => file.endsWith('.json'))
  .sort()
  .map((file) => ({ file, ...(JSON.parse(readFileSync(join(TRUTH_DIR, file), 'utf8')) as Omit<TruthFixture, 'file'>) }));

export function truthFixture(hubId: string): TruthFixture {
  const fixture = TRUTH_FIXTURES.find((f) => f.hubId === hubId);
  if (!fixture) throw new Error(`no truth fixture for ${hubId}`);
  return fixture;
}
