// `npm run package`: production build, then a .vsix with @vscode/vsce; prints its size.
import { spawnSync } from 'node:child_process';
import { packVsix } from './lib/vsix.mjs';

for (const args of [['scripts/ensure-deps.mjs'], ['scripts/build.mjs', '--production']]) {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
const { file, bytes } = packVsix();
console.log(`VSIX ${file}: ${(bytes / 1024).toFixed(1)} KB`);
