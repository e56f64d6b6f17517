import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { lazyChunkBuilds } from '../../../scripts/lib/lazyChunks.mjs';

/** Accepts anything: every property, call and `new` gives the same stand-in (for `vscode` and the extension context). */
const stub: object = new Proxy(function () {}, {
  get: (_, key) => (key === 'then' ? undefined : key === Symbol.iterator ? [][Symbol.iterator] : stub),
  apply: () => stub,
  construct: () => stub,
});
const vscode = Object.fromEntries(['workspace', 'window', 'commands', 'languages', 'env', 'l10n', 'Uri', 'EventEmitter', 'Disposable', 'ViewColumn', 'FileType'].map((name) => [name, stub]));

test('activating the Node host bundle requires none of its chunks', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'llm-atlas-chunks-'));
  try {
    const options: esbuild.BuildOptions = { bundle: true, platform: 'node', format: 'cjs', external: ['vscode'], logLevel: 'silent' };
    const { plugin, chunkBuilds } = await lazyChunkBuilds('src/extension.ts', dir, options);
    await Promise.all([esbuild.build({ ...options, entryPoints: ['src/extension.ts'], outfile: join(dir, 'extension.js'), plugins: [plugin] }), ...chunkBuilds.map((b) => esbuild.build(b))]);
    assert.deepEqual(readdirSync(join(dir, 'chunks')).sort(), ['atlas.js', 'estimator.js', 'planner.js', 'protocol.js', 'weights.js']);

    const required: string[] = [];
    const load = (Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown })._load;
    (Module as unknown as { _load: typeof load })._load = function (request, ...rest) {
      if (request === 'vscode') return vscode;
      if (request.includes('chunks/')) required.push(request);
      return load.call(this, request, ...rest);
    };
    try {
      const extension = createRequire(import.meta.url)(join(dir, 'extension.js')) as { activate(context: unknown): unknown };
      extension.activate(stub);
      assert.deepEqual(required, []);
      // A chunk exports each module imported from outside it, by its path under src/core.
      const atlas = createRequire(import.meta.url)(join(dir, 'chunks', 'atlas.js')) as Record<string, Record<string, unknown>>;
      assert.equal(typeof atlas.matcher_index.TermMatcher, 'function');
    } finally {
      (Module as unknown as { _load: typeof load })._load = load;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
