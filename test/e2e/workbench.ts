// Drives the real VS Code workbench (code-server in Chromium) for the end-to-end tests.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Frame, Locator, Page } from 'playwright-core';
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
  await extensionContributed(page);
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
 * Waits until the workbench has read LLM Atlas's contributions and settled: its activity-bar
 * container is there (a development extension is scanned after the workbench first paints; until
 * then its commands are not in the palette), and the workbench has reached its last start-up phase,
 * which it marks as `code/LifecyclePhase/Eventually` (services such as the custom-editor registry
 * are set up late; a .safetensors file opened before that opens as text).
 */
export async function extensionContributed(page: Page): Promise<void> {
  await page.locator('.activitybar .action-item a[aria-label^="LLM Atlas"]').waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => performance.getEntriesByName('code/LifecyclePhase/Eventually').length > 0, undefined, { timeout: 60_000 });
}

/**
 * Runs a command by its palette title, as a user would: F1, type, Enter on the row with that exact
 * title, then waits until the command was dispatched.
 */
export async function runCommand(page: Page, title: string): Promise<void> {
  const input = page.locator('.quick-input-widget input');
  await page.keyboard.press('F1');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  const label = page.locator('.label-name', { hasText: title });
  await page.locator('.quick-input-list .monaco-list-row.focused', { has: label }).first().waitFor({ state: 'visible' });
  await input.press('Enter');
  // Dispatched: the palette closed, or the command opened a quick pick of its own in its place.
  await page.waitForFunction((typed) => {
    const field = document.querySelector<HTMLInputElement>('.quick-input-widget input');
    return !field || field.offsetParent === null || field.value !== typed;
  }, `>${title}`);
}

/** Changes a setting as a user would: in the Settings editor, by its dropdown. */
export async function chooseSetting(page: Page, key: string, value: string): Promise<void> {
  await runCommand(page, 'Preferences: Open User Settings');
  // Ready once it has listed settings and put the focus in its search box (typing earlier is lost).
  await page.locator('.settings-editor .settings-tree-container .setting-item-contents').first().waitFor();
  await page.waitForFunction(() => document.activeElement?.closest('.settings-header .suggest-input-container') != null);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(key);
  await page.locator(`.setting-item-contents[data-key="${key}"] select`).selectOption(value);
}

/** Opens a workspace file with Quick Open, as a user would, and waits for its editor to be active. */
export async function openFile(page: Page, relativePath: string): Promise<void> {
  const name = relativePath.slice(relativePath.lastIndexOf('/') + 1);
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(relativePath);
  // The first row is the best match once the file search has answered for this exact text.
  const row = page.locator('.quick-input-list .monaco-list-row.focused', { hasText: name });
  await row.waitFor({ state: 'visible', timeout: 20_000 });
  await input.press('Enter');
  await page.locator('.tab.active', { hasText: name }).waitFor();
  await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor();
}

/**
 * Waits for the webview frame whose page root is `#app[data-app=<app>]` (and, when given, that holds
 * `showing`, a selector continuing from that root: a page shown earlier may still be in the DOM).
 */
export async function webviewFrame(page: Page, app: string, timeoutMs = 30_000, showing = ''): Promise<Frame> {
  const find = async (): Promise<Frame | undefined> => {
    for (const frame of page.frames()) {
      // A frame may navigate or detach while it is asked.
      if (await frame.$(`#app[data-app="${app}"]${showing}`).catch(() => null)) return frame;
    }
    return undefined;
  };
  const deadline = Date.now() + timeoutMs;
  for (let found = await find(); ; found = await find()) {
    if (found) return found;
    const left = deadline - Date.now();
    if (left <= 0) throw new Error(`webview "${app}" did not appear within ${timeoutMs} ms`);
    // Each webview is a nested frame: wait for the next one to load, then look again.
    await page.waitForEvent('framenavigated', { timeout: Math.min(left, 1_000) }).catch(() => undefined);
  }
}

/**
 * Waits until the page has rendered the given state: the `data-*` attributes its `markRendered` call
 * sets on `#app` (`{ lang: 'ko' }`, `{ query: 'bert', searching: 'false' }`, `{ route: 'entry:bert' }`).
 */
export async function rendered(frame: Frame, state: Record<string, string>, timeoutMs = 30_000): Promise<void> {
  const selector = Object.entries(state)
    .map(([key, value]) => `[data-${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}="${value.replace(/["\\]/g, '\\$&')}"]`)
    .join('');
  await frame.locator(`#app${selector}`).waitFor({ state: 'attached', timeout: timeoutMs });
}

/**
 * Posts `messages` into the page as a host would, and returns once the page has handled all of them:
 * a sentinel posted after them reaches a listener added after the page's own, and message events are
 * dispatched in order, so every earlier message has been through the page's handler by then.
 */
export async function postAndFlush(frame: Frame, messages: unknown[]): Promise<void> {
  // A string, not a function: the test's compiler would wrap named functions in helpers the page lacks.
  await frame.evaluate(`new Promise((resolve) => {
    const sentinel = 'flush-' + Math.random();
    window.addEventListener('message', function onMessage(event) {
      if (event.data !== sentinel) return;
      window.removeEventListener('message', onMessage);
      resolve();
    });
    for (const message of ${JSON.stringify(messages)}) window.postMessage(message, '*');
    window.postMessage(sentinel, '*');
  })`);
}

/** Where `word` is drawn in the editor (Monaco may put it in one span with its neighbours). */
async function wordBox(page: Page, word: string): Promise<{ x: number; y: number; width: number; height: number } | undefined> {
  return page.evaluate((needle) => {
    for (const line of document.querySelectorAll('.view-lines .view-line')) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(needle) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        const r = range.getBoundingClientRect();
        return { x: r.x, y: r.y, width: r.width, height: r.height };
      }
    }
    return undefined;
  }, word);
}

/**
 * Rests the mouse on `word` in the editor and waits for VS Code's hover widget to hold `expected`.
 * The extension registers its hover provider when it activates (on opening the file), so a rest of
 * the mouse before that shows nothing of ours: until the widget holds the text, the mouse leaves the
 * word and rests on it again, each time waiting for VS Code to answer that rest.
 */
export async function hoverWord(page: Page, word: string, expected: string | RegExp, timeoutMs = 30_000): Promise<Locator> {
  const hover = page.locator('.monaco-hover:visible', { hasText: expected });
  const deadline = Date.now() + timeoutMs;
  while (!(await hover.isVisible())) {
    if (Date.now() > deadline) throw new Error(`no hover with ${String(expected)} on "${word}" within ${timeoutMs} ms`);
    const box = await wordBox(page, word);
    if (!box) throw new Error(`"${word}" is not on screen`);
    await page.mouse.move(box.x + box.width / 2, box.y - 3 * box.height);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
    // VS Code answers a rest with a widget, or with nothing when no provider has content yet.
    await hover.waitFor({ timeout: 3_000 }).catch(() => undefined);
  }
  return hover;
}

/** Waits until the element's trimmed text equals `expected` (or matches it), and returns the text. */
export async function textBecomes(frame: Frame, selector: string, expected: string | RegExp, timeoutMs = 30_000): Promise<string> {
  const pattern = typeof expected === 'string' ? new RegExp(`^\\s*${expected.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`) : expected;
  const locator = frame.locator(selector, { hasText: pattern }).first();
  try {
    await locator.waitFor({ state: 'attached', timeout: timeoutMs });
  } catch (error) {
    const actual = await frame.locator(selector).first().textContent().catch(() => null);
    throw new Error(`${selector}: expected ${String(expected)}, found ${JSON.stringify(actual)}`, { cause: error });
  }
  return ((await locator.textContent()) ?? '').trim();
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
