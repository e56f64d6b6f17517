// `npm start`: builds LLM Atlas, starts the offline VS Code (code-server) with the extension loaded
// on samples/, and prints the URL to open in a browser. Ctrl-C stops it.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

for (const args of [['scripts/ensure-deps.mjs'], ['scripts/build.mjs']]) {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
const { repoRoot, startServer } = await import('../test/launch/vscodeServer.mjs');
const server = await startServer();
const url = server.url({ folder: join(repoRoot, 'samples') });
console.log(`\nLLM Atlas is running in VS Code on the sample workspace. Open:\n\n  ${url}\n\n(Ctrl-C to stop)`);
const stop = async () => {
  await server.stop();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
setInterval(() => {}, 1 << 30);
