// Runs the web suite (test/web) in VS Code's web-worker extension host, offline, in code-server.
//
// How the extension reaches the worker: VS Code gives an extension whose manifest has a `browser`
// entry but no `main` the extension kind "web", and in a remote window such as code-server's it
// runs "web" extensions in the browser's web-worker host even when they are installed on the server
// (development extensions are). So the launcher makes a development copy of the extension whose
// package.json has no `main`, with the built files copied beside it, and points the smoke-test
// payload at it. (The payload's `extensionDevelopmentKind` is ignored by the web workbench of
// VS Code 1.139, which is why that route does not work.) The tests run in the host that runs the
// extension under development, so the compiled suite is placed inside the copy.
//
// A worker cannot write files: the suite logs one tagged line per result, which the workbench
// forwards to `codeAutomationLog`. Tagged lines also carry the suite's questions about webview
// pages, which the extension host cannot see; the launcher answers them through Playwright.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WEB_TESTS_BUNDLE, buildWebTests } from '../../scripts/build-web-tests.mjs';
import { launchBrowser, openWorkbench, repoRoot, startServer } from '../launch/vscodeServer.mjs';

/** Must equal RESULT_TAG in index.ts. */
const RESULT_TAG = '[llm-atlas-web-result]';
/** Must equal QUERY_TAG in pageQuery.ts. */
const QUERY_TAG = '[llm-atlas-web-page-query]';
const TIMEOUT_MS = 5 * 60_000;
/** What the extension reads at run time, besides its manifest. */
const EXTENSION_FILES = ['dist', 'l10n', 'media', 'snippets', 'package.nls.json', 'package.nls.ko.json'];

/**
 * The worker has no `require` but the host's `vscode`, and no `__dirname`: a bundle naming anything
 * else would fail there only once that code path runs, so it is checked as a whole before the run.
 */
function checkWebBundle(extensionPath) {
  const started = Date.now();
  const code = readFileSync(join(extensionPath, 'dist', 'web', 'extension.js'), 'utf8');
  const offending = [...new Set(code.match(/require\("(?!vscode")[^"]*"\)|\b__dirname\b|\b__filename\b/g) ?? [])];
  const title = 'bundle: dist/web/extension.js requires nothing but vscode and uses no Node module globals';
  return offending.length === 0
    ? { title, state: 'passed', durationMs: Date.now() - started }
    : { title, state: 'failed', durationMs: Date.now() - started, error: `found ${offending.join(', ')}` };
}

/** What the copy must hold: the folders above, the web entry, the atlas and each webview app's bundle. */
function requiredFiles() {
  const apps = readdirSync(join(repoRoot, 'webview'), { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(repoRoot, 'webview', d.name, 'main.ts')))
    .map((d) => `dist/webview/${d.name}.js`);
  return [...EXTENSION_FILES, 'dist/web/extension.js', 'dist/atlas.json', ...apps];
}

/**
 * A copy of the built extension that VS Code can only run as a web extension. A copy, not links:
 * the run must not see a rebuild of dist/ that starts meanwhile; one caught half-way is retried.
 */
async function webOnlyCopy() {
  const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
  if (!manifest.browser) throw new Error('package.json has no `browser` entry');
  delete manifest.main;
  for (let attempt = 1; ; attempt++) {
    const dir = mkdtempSync(join(tmpdir(), 'llm-atlas-web-'));
    writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
    for (const name of EXTENSION_FILES) {
      try {
        cpSync(join(repoRoot, name), join(dir, name), { recursive: true });
      } catch {
        // missing, or a file vanished while copying (dist/ being rebuilt): the check below says which
      }
    }
    const missing = requiredFiles().filter((file) => !existsSync(join(dir, file)));
    if (missing.length === 0) {
      mkdirSync(join(dir, 'test'));
      cpSync(join(repoRoot, WEB_TESTS_BUNDLE), join(dir, 'test', 'index.js'));
      return dir;
    }
    rmSync(dir, { recursive: true, force: true });
    if (attempt === 10) throw new Error(`the build is incomplete (missing ${missing.join(', ')}): run \`node scripts/build.mjs\` first`);
    await new Promise((r) => setTimeout(r, 3000));
  }
}

/**
 * Answers a test's page query (see pageQuery.ts): the elements matching `selector` in the first
 * webview of `app` that has any, waiting up to `timeoutMs` for them to appear.
 */
async function answerPageQuery(page, extensionPath, { id, app, selector, timeoutMs }) {
  const deadline = Date.now() + timeoutMs;
  let answer = { error: `no "${selector}" in the "${app}" webview within ${timeoutMs} ms` };
  search: while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      try {
        const texts = await frame.$$eval(`#app[data-app="${app}"] ${selector}`, (elements) => elements.map((e) => e.textContent.trim()));
        if (texts.length > 0) {
          answer = { count: texts.length, texts };
          break search;
        }
      } catch {
        // the frame navigated or detached while we looked
      }
    }
    await page.waitForTimeout(200);
  }
  const dir = join(extensionPath, 'test', 'page-answers');
  mkdirSync(dir, { recursive: true });
  // Written whole, then renamed: the test polls for the file and must never read half of it.
  writeFileSync(join(dir, `${id}.tmp`), JSON.stringify(answer));
  renameSync(join(dir, `${id}.tmp`), join(dir, `${id}.json`));
}

/** Builds and runs the web suite; expects the extension built (`node scripts/build.mjs`). */
export async function runWebIntegration({ settings = {} } = {}) {
  await buildWebTests();
  const extensionPath = await webOnlyCopy();
  const server = await startServer({ settings });
  const browser = await launchBrowser();
  const started = Date.now();
  const suite = [];
  let summary;
  let timer;
  try {
    const url = server.url({ folder: join(repoRoot, 'samples'), extensionPath, extensionTestsPath: join(extensionPath, 'test', 'index.js') });
    let page;
    const opened = await openWorkbench(browser, url, {
      onLog: (type, args) => {
        if (process.env.LLM_ATLAS_VERBOSE) console.log(`[vscode:${type}]`, ...(args ?? []));
        if (!Array.isArray(args)) return;
        if (args[0] === QUERY_TAG) void answerPageQuery(page, extensionPath, JSON.parse(args[1]));
        if (args[0] !== RESULT_TAG) return;
        const payload = JSON.parse(args[1]);
        if (payload.done) summary = payload;
        else suite.push(payload);
      },
    });
    page = opened.page;
    const timeout = new Promise((r) => (timer = setTimeout(() => r('timeout'), TIMEOUT_MS)));
    const code = await Promise.race([opened.exited, timeout]);
    if (code === 'timeout') throw new Error(`the web suite did not finish within ${TIMEOUT_MS / 1000} s`);
    if (!summary) throw new Error(`the web suite exited with code ${code} without reporting (did the web-worker extension host start?)`);
    if (summary.passed + summary.failed !== suite.length) throw new Error(`the web suite reported ${summary.passed + summary.failed} results but ${suite.length} arrived`);
    const results = [checkWebBundle(extensionPath), ...suite];
    for (const r of results) {
      console.log(`  ${r.state === 'passed' ? '✔' : '✖'} ${r.title} (${r.durationMs} ms)`);
      if (r.error) console.log(r.error.replace(/^/gm, '      '));
    }
    const passed = results.filter((r) => r.state === 'passed').length;
    const failed = results.length - passed;
    console.log(`  web: ${passed} passed, ${failed} failed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    // A non-zero exit with every reported case passing still counts as one failure.
    return { passed, failed: failed + (code !== 0 && failed === 0 ? 1 : 0) };
  } finally {
    clearTimeout(timer);
    await browser.close();
    await server.stop();
    rmSync(extensionPath, { recursive: true, force: true });
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { failed } = await runWebIntegration();
  process.exit(failed > 0 ? 1 : 0);
}
