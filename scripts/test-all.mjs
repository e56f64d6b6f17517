// `npm test`: builds, then runs the three levels — unit (Node's runner on the pure core),
// integration (mocha inside a real VS Code extension host, offline, against the packaged .vsix
// installed as a user would install it; and in the web-worker host) and end-to-end (Chromium driving
// the real workbench) — and ends with one summary line. Every phase prints its wall time.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { runIntegration } from '../test/launch/offline.mjs';
import { runWebIntegration } from '../test/web/launch.mjs';
import { listTests, repoRoot, runNodeTests } from './lib/nodeTests.mjs';
import { packVsix } from './lib/vsix.mjs';

const started = Date.now();
const levels = [];
const phases = [];

async function timed(title, body) {
  console.log(`\n▶ ${title}`);
  const at = Date.now();
  try {
    return await body();
  } finally {
    const seconds = (Date.now() - at) / 1000;
    phases.push([title, seconds]);
    console.log(`⏱ ${title}: ${seconds.toFixed(1)} s`);
  }
}

function fail(title, detail) {
  console.log(`\n${title} failed (${detail})\n0 passed, 1 failed`);
  process.exit(1);
}

async function step(title, command, args) {
  await timed(title, () => {
    const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit' });
    if (result.status !== 0) fail(title, `exit ${result.status}`);
  });
}

/** Runs a level that reports counts; a crash of the launcher counts as one failure. */
async function level(name, title, run) {
  const result = await timed(title, async () => {
    try {
      return await run();
    } catch (error) {
      console.error(error);
      return { passed: 0, failed: 1 };
    }
  });
  levels.push([name, result]);
}

await step('npm install (if needed)', 'node', ['scripts/ensure-deps.mjs']);
await step('typecheck', 'npx', ['tsc', '-p', '.', '--noEmit']);
await step('lint', 'npx', ['eslint', '.']);
await step('build', 'node', ['scripts/build.mjs', '--production']);
await step('build tests', 'node', ['scripts/build-tests.mjs']);
const vsix = await timed('package the .vsix', () => {
  const dir = join(repoRoot, 'test-results');
  mkdirSync(dir, { recursive: true });
  try {
    const packed = packVsix(dir);
    console.log(`${packed.file}: ${(packed.bytes / 1024).toFixed(1)} KB`);
    return packed.file;
  } catch (error) {
    fail('package the .vsix', error.message);
  }
});
await timed('offline VS Code host (installs once)', async () => {
  const { ensureHost } = await import('../test/host/ensure.mjs');
  ensureHost();
});

await level('unit', 'unit tests', () => runNodeTests(listTests('test/unit'), { tapFile: 'test-results/unit.tap' }));
await level('integration', 'integration tests (the installed .vsix in a real VS Code extension host, offline)', () =>
  runIntegration({ vsix, label: 'integration-vsix' }),
);
await level('web', 'web integration tests (web-worker extension host, offline)', () => runWebIntegration());
// Each file drives its own VS Code; each runs once: a test that needs a second try is a failing test.
await level('end-to-end', 'end-to-end tests (Chromium driving the workbench)', async () => {
  const total = { passed: 0, failed: 0 };
  for (const file of listTests('test/e2e')) {
    const result = await runNodeTests([file], { tapFile: `test-results/e2e-${file.replace(/\W+/g, '-')}.tap` });
    total.passed += result.passed;
    total.failed += result.failed;
  }
  return total;
});

console.log('\n── time per phase ──');
for (const [title, seconds] of phases) console.log(`${seconds.toFixed(1).padStart(7)} s  ${title}`);
console.log('\n── summary ──');
for (const [name, r] of levels) console.log(`${name.padEnd(12)} ${r.passed} passed, ${r.failed} failed`);
const passed = levels.reduce((n, [, r]) => n + r.passed, 0);
const failed = levels.reduce((n, [, r]) => n + r.failed, 0);
console.log(`time         ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
