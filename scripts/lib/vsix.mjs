// Packs the built extension into a .vsix with @vscode/vsce (what the Marketplace would ship).
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './nodeTests.mjs';

/** Packs dist/ as built (no rebuild) into `outDir`; returns the file's path and size in bytes. */
export function packVsix(outDir = repoRoot) {
  const { name, version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  const file = join(outDir, `${name}-${version}.vsix`);
  // Everything is bundled, so no node_modules go into the package.
  const result = spawnSync('npx', ['vsce', 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', file], {
    cwd: repoRoot,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`vsce package failed (exit ${result.status})`);
  return { file, bytes: statSync(file).size };
}
