// Runs the integration suite inside a real VS Code extension host, offline: code-server serves the
// workbench, Chromium opens it with LLM Atlas as a development extension and the compiled suite as
// `extensionTestsPath`; VS Code reports the exit code through `codeAutomationExit`.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, openWorkbench, repoRoot, startServer } from './vscodeServer.mjs';

const TIMEOUT_MS = 10 * 60_000;

export async function runIntegration({ settings = {}, label = 'integration', grep } = {}) {
  // The pid keeps concurrent runs (several developers' terminals) from reading each other's results.
  const resultsFile = join(repoRoot, 'test-results', `${label}-${process.pid}.json`);
  mkdirSync(join(repoRoot, 'test-results'), { recursive: true });
  rmSync(resultsFile, { force: true });
  const env = { LLM_ATLAS_RESULTS: resultsFile, ...(grep ? { LLM_ATLAS_GREP: grep } : {}) };
  const server = await startServer({ settings, env });
  const browser = await launchBrowser();
  const started = Date.now();
  try {
    const url = server.url({ folder: join(repoRoot, 'samples'), extensionTestsPath: join(repoRoot, 'out/test/integration/index.js') });
    const { exited } = await openWorkbench(browser, url, {
      onLog: (type, args) => {
        if (process.env.LLM_ATLAS_VERBOSE) console.log(`[vscode:${type}]`, ...(args ?? []));
      },
    });
    const timeout = new Promise((r) => setTimeout(() => r('timeout'), TIMEOUT_MS));
    const code = await Promise.race([exited, timeout]);
    if (code === 'timeout') throw new Error(`the integration suite did not finish within ${TIMEOUT_MS / 1000} s`);
    if (!existsSync(resultsFile)) throw new Error(`the suite exited with code ${code} without writing ${resultsFile} (did the extension host start?)`);
    const { results } = JSON.parse(readFileSync(resultsFile, 'utf8'));
    for (const r of results) {
      console.log(`  ${r.state === 'passed' ? '✔' : '✖'} ${r.title} (${r.durationMs} ms)`);
      if (r.error) console.log(r.error.replace(/^/gm, '      '));
    }
    const passed = results.filter((r) => r.state === 'passed').length;
    const failed = results.length - passed;
    console.log(`  ${label}: ${passed} passed, ${failed} failed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return { passed, failed: failed + (code !== 0 && failed === 0 ? 1 : 0) };
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { failed } = await runIntegration({ grep: process.argv[2] });
  process.exit(failed > 0 ? 1 : 0);
}
