// `npm run package`: production build, then a .vsix with @vscode/vsce; prints its size.
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';

const run = (cmd, args) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run(process.execPath, ['scripts/ensure-deps.mjs']);
run(process.execPath, ['scripts/build.mjs', '--production']);
const { name, version } = JSON.parse(readFileSync('package.json', 'utf8'));
const file = `${name}-${version}.vsix`;
// Everything is bundled, so no node_modules go into the package.
run('npx', ['vsce', 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', file]);
console.log(`VSIX ${file}: ${(statSync(file).size / 1024).toFixed(1)} KB`);
