import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Frame } from 'playwright-core';
import { openVsCode, postAndFlush, rendered, runCommand, webviewFrame, withScreenshot, type Workbench } from './workbench';

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

const pageText = (frame: Frame) => frame.evaluate(() => document.getElementById('app')?.innerText ?? '');

describe('hardening (end-to-end)', () => {
  let vscode: Workbench;

  before(async () => {
    vscode = await openVsCode();
  });
  after(async () => vscode?.close());

  /**
   * Opens a panel and waits for it to have drawn its first state, checks it shrugs off malformed
   * messages (no render, same text), then that a real host message still lands.
   */
  async function checkPanel(name: string, open: () => Promise<Frame>, ready: Record<string, string>, language: 'ko' | 'en'): Promise<void> {
    const frame = await open();
    await rendered(frame, ready);
    const before = await pageText(frame);
    const renders = await frame.locator('#app').getAttribute('data-renders');
    await postAndFlush(frame, MALFORMED);
    assert.equal(await frame.locator('#app').getAttribute('data-renders'), renders, `${name} rendered nothing for malformed messages`);
    assert.equal(await pageText(frame), before, `${name} is unchanged by malformed messages`);
    // Still working: a language change makes the host send a new init, which the page renders.
    // Keys go to the workbench, not the page: focus returning to a webview would close the quick pick.
    await vscode.page.locator('.part.sidebar .composite.title').click();
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
      }, { tab: 'growth' }, 'ko');
      await checkPanel('cards', async () => {
        await runCommand(page, 'LLM Atlas: Show Architecture Cards');
        return webviewFrame(page, 'cards');
      }, { lang: 'ko', route: 'home' }, 'en');
      await checkPanel('sidebar', async () => {
        await page.locator('.activitybar .action-item a[aria-label="LLM Atlas"]').click();
        return webviewFrame(page, 'sidebar');
      }, { lang: 'en', fileTerms: 'received', searching: 'false' }, 'ko');
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
