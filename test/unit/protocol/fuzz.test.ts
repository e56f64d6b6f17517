import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { parseMessage } from '../../../src/core/protocol/common';

/**
 * Every schema a page validates with (anything with a safeParse): those the protocol modules export,
 * and the cards' view model, which the cards page checks each card it builds against.
 */
async function schemas(): Promise<Array<[string, Parameters<typeof parseMessage>[0]]>> {
  const dir = join(__dirname, '../../../src/core/protocol');
  const files = [...readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => join(dir, f)), join(__dirname, '../../../src/core/cards/viewModel.ts')];
  const found: Array<[string, Parameters<typeof parseMessage>[0]]> = [];
  for (const file of files) {
    const module = (await import(file)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(module)) {
      if (value && typeof (value as { safeParse?: unknown }).safeParse === 'function') found.push([`${basename(file)}:${name}`, value as Parameters<typeof parseMessage>[0]]);
    }
  }
  return found;
}

/** Type tags the protocols use, so the fuzzer also builds near-misses that get past the discriminator. */
const TYPES = ['ready', 'init', 'openEntry', 'focus', 'export', 'state', 'search', 'reveal', 'select', 'compare', 'navigate', 'update', 'rendered', 'budget'];

const nearMiss = fc.record(
  { type: fc.constantFrom(...TYPES), entryId: fc.anything(), id: fc.anything(), value: fc.anything(), data: fc.anything() },
  { requiredKeys: ['type'] },
);

function deeplyNested(depth: number): unknown {
  let value: unknown = { type: 'ready' };
  for (let i = 0; i < depth; i++) value = { type: 'openEntry', entryId: value };
  return value;
}

describe('webview message protocols reject malformed messages without throwing', async () => {
  const all = await schemas();

  test('the protocols export schemas to check', () => {
    assert.ok(all.length >= 4, `${all.length} schemas`);
  });

  for (const [name, schema] of all) {
    test(`${name}: random values and near-misses parse to a valid message or to nothing`, () => {
      fc.assert(
        fc.property(fc.oneof(fc.anything(), nearMiss), (raw) => {
          const message = parseMessage(schema, raw);
          if (message !== undefined) assert.deepEqual(parseMessage(schema, message), message, 'a parsed message re-parses to itself');
        }),
        { numRuns: 400 },
      );
    });

    test(`${name}: deep nesting, huge strings, prototypes and cycles are refused or parsed, never thrown`, () => {
      const cyclic: Record<string, unknown> = { type: 'ready' };
      cyclic.self = cyclic;
      for (const raw of [deeplyNested(5000), { type: 'openEntry', entryId: 'x'.repeat(5_000_000) }, Object.create(null), cyclic, new Uint8Array(10), () => 1, Symbol('x')]) {
        parseMessage(schema, raw);
      }
    });
  }
});

test('openEntry accepts atlas ids and refuses anything else', async () => {
  const { OpenEntryMessage } = await import('../../../src/core/protocol/common');
  assert.deepEqual(parseMessage(OpenEntryMessage, { type: 'openEntry', entryId: 'distilbert' }), { type: 'openEntry', entryId: 'distilbert' });
  for (const entryId of ['', 'Distil BERT', '../etc/passwd', 'x'.repeat(200), 42, null]) {
    assert.equal(parseMessage(OpenEntryMessage, { type: 'openEntry', entryId }), undefined, String(entryId));
  }
});
