// Compiles the suites that run inside the extension host (integration tests and the benchmark):
// one self-contained CommonJS file per entry; vscode and mocha stay external, provided by the
// extension host and node_modules.
import * as esbuild from 'esbuild';
import { readdirSync, rmSync } from 'node:fs';

async function compile(dir) {
  rmSync(`out/${dir}`, { recursive: true, force: true });
  await esbuild.build({
    entryPoints: readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => `${dir}/${f}`),
    outdir: `out/${dir}`,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node18',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
}

for (const dir of ['test/integration', 'test/bench']) await compile(dir);
