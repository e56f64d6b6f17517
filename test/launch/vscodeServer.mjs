// Starts the offline VS Code (code-server) with LLM Atlas loaded as a development extension, and
// opens its workbench in Debian's Chromium through playwright-core. Shared by `npm start`, the
// integration launcher, the end-to-end tests and the benchmark.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureHost } from '../host/ensure.mjs';

export const repoRoot = resolve(new URL('../..', import.meta.url).pathname);
export const CHROMIUM = process.env.LLM_ATLAS_CHROMIUM || '/usr/bin/chromium';

const BASE_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'security.workspace.trust.enabled': false,
  'chat.disableAIFeatures': true,
  'editor.hover.delay': 300,
};

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

async function waitForHttp(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited early with code ${child.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`code-server did not answer on ${url} within ${timeoutMs} ms`);
}

/** A development "extension" with no code: the host that runs a test suite against an installed LLM Atlas. */
export const TEST_RUNNER_EXTENSION = join(repoRoot, 'test', 'launch', 'runner-extension');

/** Installs a .vsix into the profile's extensions folder with code-server's own CLI, as a user would. */
function installVsix(node, entry, vsix, userDataDir, extensionsDir) {
  const result = spawnSync(node, [entry, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, '--install-extension', vsix], {
    encoding: 'utf8',
    env: { EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: '' }), ...process.env },
  });
  if (result.status !== 0 || !/successfully installed/i.test(result.stdout)) {
    throw new Error(`code-server --install-extension ${vsix} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}

/**
 * Starts code-server on a free loopback port with a fresh profile.
 * `settings` are added to the user settings; `env` to the server's (and so the extension host's) env;
 * `vsix` is installed into the profile first (then load the tests with `extensionPath: TEST_RUNNER_EXTENSION`).
 */
export async function startServer({ settings = {}, env = {}, log = false, vsix } = {}) {
  const { node, entry } = ensureHost();
  const port = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'llm-atlas-vscode-'));
  const userDataDir = join(profile, 'data');
  const extensionsDir = join(profile, 'extensions');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  if (vsix) installVsix(node, entry, vsix, userDataDir, extensionsDir);
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify({ ...BASE_SETTINGS, ...settings }, null, 2));
  const args = [
    entry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--vscode-option', 'enable-smoke-test-driver',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
  ];
  const child = spawn(node, args, {
    // No extension gallery: the workbench would otherwise query open-vsx.org, off this machine.
    env: { EXTENSIONS_GALLERY: JSON.stringify({ serviceUrl: '' }), ...process.env, ...env },
    stdio: ['ignore', log ? 'inherit' : 'ignore', log ? 'inherit' : 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk) => (stderr = (stderr + chunk).slice(-4000)));
  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${base}/healthz`, child, 60_000);
  } catch (error) {
    child.kill('SIGKILL');
    throw new Error(`${error.message}\n${stderr}`, { cause: error });
  }
  return {
    port,
    base,
    userDataDir,
    extensionsDir,
    pid: child.pid,
    /** The workbench URL for a folder, with LLM Atlas loaded from `extensionPath` (default: this repo). */
    url({ folder, extensionPath = repoRoot, extensionTestsPath } = {}) {
      const remote = (path) => `vscode-remote://127.0.0.1:${port}${path}`;
      const payload = [['extensionDevelopmentPath', remote(extensionPath)], ['skipWelcome', 'true']];
      if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
      return `${base}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
    },
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((r) => {
          const timer = setTimeout(() => {
            child.kill('SIGKILL');
            r();
          }, 3000);
          child.once('exit', () => {
            clearTimeout(timer);
            r();
          });
        });
      }
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Launches Debian's Chromium headless, with everything that would reach the network turned off. */
export async function launchBrowser() {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: run \`apt-get install -y chromium\` or set LLM_ATLAS_CHROMIUM.`);
  }
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/**
 * Opens the workbench in a new page. Resolves `exited` with the code VS Code passes to
 * `codeAutomationExit` (the extension tests' result), and forwards `codeAutomationLog` to `onLog`.
 */
export async function openWorkbench(browser, url, { onLog, viewport = { width: 1400, height: 900 } } = {}) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  let resolveExit;
  const exited = new Promise((r) => (resolveExit = r));
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(code));
  await page.exposeFunction('codeAutomationLog', (type, args) => onLog?.(type, args));
  await page.goto(url);
  return { page, context, exited };
}
