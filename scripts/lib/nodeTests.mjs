// Runs TypeScript test files with Node's built-in runner (through tsx) and reads back its counts.
// Node 20 has no --test glob, so the files are listed here.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const repoRoot = new URL('../..', import.meta.url).pathname;

export function listTests(dir, filters = []) {
  return readdirSync(join(repoRoot, dir), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.test.ts'))
    .filter((f) => filters.length === 0 || filters.some((x) => f.includes(x)))
    .sort()
    .map((f) => join(dir, f));
}

/** Runs the files (spec output on the console, TAP to `tapFile`) and returns the pass/fail counts. */
export function runNodeTests(files, { tapFile, concurrency } = {}) {
  mkdirSync(dirname(join(repoRoot, tapFile)), { recursive: true });
  const args = [
    '--import', 'tsx',
    '--test',
    ...(concurrency ? [`--test-concurrency=${concurrency}`] : []),
    '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=tap', `--test-reporter-destination=${tapFile}`,
    ...files,
  ];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: repoRoot, stdio: 'inherit' });
    child.on('exit', (code) => {
      const tap = readFileSync(join(repoRoot, tapFile), 'utf8');
      const count = (name) => Number(tap.match(new RegExp(`^# ${name} (\\d+)`, 'm'))?.[1] ?? 0);
      const failed = count('fail') + count('cancelled');
      resolve({ passed: count('pass'), failed: failed || (code === 0 ? 0 : 1), skipped: count('skipped') + count('todo') });
    });
  });
}
