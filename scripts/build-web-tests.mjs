// Compiles the web-worker integration suite (test/web) into one browser bundle: the worker extension
// host has no Node `require`, so mocha's browser build and every helper are bundled in and only
// `vscode` stays external (the host provides it).
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';

export const WEB_TESTS_BUNDLE = 'out/test/web/index.js';

export async function buildWebTests() {
  await esbuild.build({
    entryPoints: ['test/web/index.ts'],
    outfile: WEB_TESTS_BUNDLE,
    absWorkingDir: fileURLToPath(new URL('..', import.meta.url)),
    bundle: true,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    sourcemap: 'inline',
    external: ['vscode'],
    logLevel: 'warning',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await buildWebTests();
