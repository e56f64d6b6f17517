import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Frame } from 'playwright-core';
import { openVsCode, runCommand, webviewFrame, withScreenshot, type Workbench } from './workbench';

/** Messages no panel's protocol accepts: wrong shapes, wrong types, junk, oversized and hostile. */
const MALFORMED: unknown[] = [
  null,
  42,
  'init',
  [],
  { type: 'init' },
  { type: 'init', language: 'fr', strings: 7 },
  { type: 'focus', entryId: { toString: 'x' } },
  { type: 'unknown-message', payload: 1 },
  { type: 'openEntry', entryId: '<img src=x onerror=alert(1)>' },
  { __proto__: { type: 'init' } },
  { type: 'state', data: 'x'.repeat(1_000_000) },
];

/** Posts each malformed message into the page, as a compromised or buggy host would. */
async function postMalformed(frame: Frame): Promise<void> {
  await frame.evaluate((messages) => {
    for (const message of messages) window.postMessage(message, '*');
  }, MALFORMED);
}

const pageText = (frame: Frame) => frame.evaluate(() => document.getElementById('app')?.innerText ?? '');

/** The page's text once it has stopped changing (pages render in steps after their init message). */
async function settledText(frame: Frame): Promise<string> {
  let previous = await pageText(frame);
  for (;;) {
    await frame.page().waitForTimeout(400);
    const current = await pageText(frame);
    if (current === previous && current.trim().length > 0) return current;
    previous = current;
  }
}

describe('hardening (end-to-end)', () => {
  let vscode: Workbench;

  before(async () => {
    vscode = await openVsCode();
  });
  after(async () => vscode?.close());

  /** Opens a panel, checks it shrugs off malformed messages, then that a real host message still lands. */
  async function checkPanel(name: string, open: () => Promise<Frame>, language: 'ko' | 'en'): Promise<void> {
    const frame = await open();
    const before = await settledText(frame);
    await postMalformed(frame);
    await vscode.page.waitForTimeout(300);
    assert.equal(await pageText(frame), before, `${name} is unchanged by malformed messages`);
    // Still working: a language change makes the host send a new init, which the page renders.
    await runCommand(vscode.page, 'LLM Atlas: Set Language');
    await vscode.page.locator('.quick-input-list .monaco-list-row', { hasText: language === 'ko' ? '한국어' : 'English' }).click();
    const hangul = language === 'ko';
    await frame.waitForFunction((ko) => /[\uac00-\ud7a3]/.test(document.getElementById('app')?.innerText ?? '') === ko, hangul, { timeout: 15_000 });
  }

  test('every webview ignores malformed messages and keeps working', async () => {
    await withScreenshot(vscode.page, 'hardening-malformed', async () => {
      const { page } = vscode;
      await checkPanel('scaling', async () => {
        await runCommand(page, 'LLM Atlas: Show Scaling Charts');
        return webviewFrame(page, 'scaling');
      }, 'ko');
      await checkPanel('cards', async () => {
        await runCommand(page, 'LLM Atlas: Show Architecture Cards');
        return webviewFrame(page, 'cards');
      }, 'en');
      await checkPanel('sidebar', async () => {
        await page.locator('.activitybar .action-item a[aria-label="LLM Atlas"]').click();
        return webviewFrame(page, 'sidebar');
      }, 'ko');
    });
  });

  test('no page logs a Content-Security-Policy violation or an uncaught error', () => {
    const problems = vscode.consoleMessages.filter((m) => /Content.Security.Policy|Refused to|Uncaught/i.test(m));
    assert.deepEqual(problems, []);
  });

  test('nothing is requested from any host but the local VS Code server', () => {
    // Webview resources use the virtual host *.vscode-resource.vscode-cdn.net, which VS Code's
    // service worker answers from the local server; anything else would leave the machine.
    const local = (url: string) =>
      url.startsWith(vscode.origin) || /^(data|blob|vscode-[a-z-]+):/.test(url) || /^https:\/\/[^/]+\.vscode-resource\.vscode-cdn\.net\//.test(url);
    const foreign = vscode.requests.filter((url) => !local(url));
    assert.deepEqual([...new Set(foreign.map((url) => new URL(url).origin))], []);
    assert.ok(vscode.requests.length > 0, 'requests were observed');
  });
});
