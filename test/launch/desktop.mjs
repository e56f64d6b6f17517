// `npm run test:desktop`: the same integration suite in desktop VS Code, downloaded by
// @vscode/test-electron (needs network; for developers' machines and public CI).
import { runTests } from '@vscode/test-electron';
import { join } from 'node:path';

const root = new URL('../..', import.meta.url).pathname;
try {
  await runTests({
    extensionDevelopmentPath: root,
    extensionTestsPath: join(root, 'out/test/integration/index.js'),
    launchArgs: [join(root, 'samples'), '--disable-extensions', '--disable-workspace-trust'],
  });
} catch (error) {
  console.error('Desktop integration tests failed:', error);
  process.exit(1);
}
