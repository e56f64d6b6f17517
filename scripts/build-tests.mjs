// Compiles the integration suite: one self-contained CommonJS file per test (vscode and mocha stay
// external, provided by the extension host and node_modules).
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';

const dir = 'test/integration';
const entries = readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => `${dir}/${f}`);
rmSync('out/test/integration', { recursive: true, force: true });
await esbuild.build({
  entryPoints: entries,
  outdir: 'out/test/integration',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node18',
  sourcemap: 'inline',
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
});
