/** Shared by the estimator tests: sample configs and checks on results. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { estimateFromConfig, estimateFromConfigText, type BreakdownNode, type ModelEstimate } from '../../../src/core/estimator';

/** The unit-test runner starts in the repository root. */
export const SAMPLES_DIR = join(process.cwd(), 'samples/models');

export const SAMPLE_NAMES = [
  'gpt2',
  'bert-base-uncased',
  't5-small',
  'Llama-2-7b-hf',
  'Mistral-7B-v0.1',
  'Mixtral-8x7B-v0.1',
  'distilbert-base-uncased',
  'albert-base-v2',
  'roberta-base',
  'electra-small-discriminator',
  'bart-base',
  'Qwen2-0.5B',
  'gemma-2b',
  'phi-2',
  'pythia-160m',
] as const;

export type SampleName = (typeof SAMPLE_NAMES)[number];

export function sampleText(name: SampleName): string {
  return readFileSync(join(SAMPLES_DIR, name, 'config.json'), 'utf8');
}

export function sampleConfig(name: SampleName): Record<string, unknown> {
  return JSON.parse(sampleText(name)) as Record<string, unknown>;
}

/** Estimate of a sample, read from its file text as the editor would. */
export function sampleEstimate(name: SampleName): ModelEstimate {
  return ok(estimateFromConfigText(sampleText(name)));
}

export function estimateOf(config: Record<string, unknown>): ModelEstimate {
  return ok(estimateFromConfig(config));
}

export function ok(result: ReturnType<typeof estimateFromConfig>): ModelEstimate {
  if (!result.ok) assert.fail(`expected an estimate, got ${result.error.code}: ${result.error.message.en}`);
  return result.estimate;
}

/** Every node equals count × the sum of its children; the top level sums to the total. */
export function assertBreakdownConsistent(estimate: ModelEstimate): void {
  const check = (node: BreakdownNode): void => {
    assert.ok(Number.isSafeInteger(node.parameters) && node.parameters >= 0, `${node.key}: ${node.parameters}`);
    assert.ok(node.label.en.length > 0 && node.label.ko.length > 0, `${node.key} has both labels`);
    if (node.children) {
      const inner = node.children.reduce((total, child) => total + child.parameters, 0);
      assert.equal(node.parameters, (node.count ?? 1) * inner, `${node.key} = count × children`);
      node.children.forEach(check);
    }
  };
  estimate.breakdown.forEach(check);
  assert.equal(
    estimate.breakdown.reduce((total, node) => total + node.parameters, 0),
    estimate.totalParameters,
    'breakdown sums to the total',
  );
}

/** The node at a key path, e.g. `find(e, 'layers', 'attention')`. */
export function find(estimate: ModelEstimate, ...path: string[]): BreakdownNode {
  let nodes = estimate.breakdown;
  let node: BreakdownNode | undefined;
  for (const key of path) {
    node = nodes.find((candidate) => candidate.key === key);
    assert.ok(node, `no breakdown node ${path.join(' › ')}`);
    nodes = node.children ?? [];
  }
  return node as BreakdownNode;
}
