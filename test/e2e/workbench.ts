// Drives the real VS Code workbench (code-server in Chromium) for the end-to-end tests.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { launchBrowser, openWorkbench, repoRoot, startServer } from '../launch/vscodeServer.mjs';

export { repoRoot };

export interface Workbench {
  page: Page;
  /** Console messages of the page and its frames, for CSP and error checks. */
  consoleMessages: string[];
  /** Every URL the page, its frames and their service workers requested. */
  requests: string[];
  /** The server's own origin (http://127.0.0.1:PORT). */
  origin: string;
  close(): Promise<void>;
}

/** Starts code-server and opens the workbench on `folder` (default: samples/) with LLM Atlas loaded. */
export async function openVsCode(options: { folder?: string; settings?: Record<string, unknown> } = {}): Promise<Workbench> {
  const server = await startServer({ settings: options.settings ?? {} });
  const browser: Browser = await launchBrowser();
  const { page, context } = await openWorkbench(browser, server.url({ folder: options.folder ?? join(repoRoot, 'samples') }));
  const consoleMessages: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => consoleMessages.push(`${m.type()}: ${m.text()}`));
  context.on('request', (r) => requests.push(r.url()));
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  await page.locator('.statusbar').waitFor({ timeout: 60_000 });
  return {
    page,
    consoleMessages,
    requests,
    origin: server.base,
    async close() {
      await browser.close();
      await server.stop();
    },
  };
}

/**
 * Runs a command by its palette title, as a user would: F1, type, Enter. Development extensions
 * register a moment after the workbench appears, and a webview taking focus closes the palette,
 * so each step is given a few seconds and the whole is tried again.
 */
export async function runCommand(page: Page, title: string, attempts = 4): Promise<void> {
  const input = page.locator('.quick-input-widget input');
  const row = page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
  for (let attempt = 1; ; attempt++) {
    try {
      await page.keyboard.press('F1');
      await input.waitFor({ state: 'visible', timeout: 5_000 });
      await input.fill(`>${title}`, { timeout: 5_000 });
      await row.waitFor({ state: 'visible', timeout: 5_000 });
      await input.press('Enter', { timeout: 5_000 });
      return;
    } catch (error) {
      await page.keyboard.press('Escape');
      if (attempt >= attempts) throw error;
    }
  }
}

/** Changes a setting as a user would: in the Settings editor, by its dropdown. */
export async function chooseSetting(page: Page, key: string, value: string): Promise<void> {
  await runCommand(page, 'Preferences: Open User Settings');
  await page.locator('.settings-editor').waitFor();
  await page.waitForTimeout(500);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(key);
  await page.locator(`.setting-item-contents[data-key="${key}"] select`).selectOption(value);
}

/** Opens a workspace file with Quick Open, as a user would; retried while the workbench is still starting. */
export async function openFile(page: Page, relativePath: string): Promise<void> {
  const name = relativePath.slice(relativePath.lastIndexOf('/') + 1);
  const tab = page.locator('.tab.active', { hasText: name });
  for (let attempt = 0; attempt < 3 && !(await tab.isVisible()); attempt++) {
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(relativePath);
    const row = page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first();
    await row.waitFor({ state: 'visible', timeout: 10_000 });
    await row.click();
    await tab.waitFor({ timeout: 5_000 }).catch(() => page.keyboard.press('Escape'));
  }
  await tab.waitFor({ timeout: 5_000 });
}

/** Waits for the webview frame whose page root is `#app[data-app=<app>]` and returns it. */
export async function webviewFrame(page: Page, app: string, timeoutMs = 20_000): Promise<Frame> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      try {
        if (await frame.$(`#app[data-app="${app}"]`)) return frame;
      } catch {
        // frame navigated or detached while we looked
      }
    }
    await page.waitForTimeout(100);
  }
  throw new Error(`webview "${app}" did not appear within ${timeoutMs} ms`);
}

/** Saves a screenshot under test-results/ (called when a test fails). */
export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = join(repoRoot, 'test-results', 'screenshots');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name.replace(/[^a-z0-9-]+/gi, '-')}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** Wraps a test body: on failure, takes a screenshot before rethrowing. */
export async function withScreenshot(page: Page, name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    const file = await screenshot(page, `FAILED-${name}`).catch(() => 'none');
    throw new Error(`${(error as Error).message}\n(screenshot: ${file})`, { cause: error });
  }
}
