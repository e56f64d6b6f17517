import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Frame, Page } from 'playwright-core';
import { chooseSetting, openFile, openVsCode, postAndFlush, rendered, repoRoot, runCommand, webviewFrame, withScreenshot, type Workbench } from './workbench';

/** Clicks the "LLM Atlas" activity-bar item and returns the sidebar's webview frame. */
async function openSidebar(page: Page): Promise<Frame> {
  await page.locator('.activitybar .action-item a[aria-label="LLM Atlas"]').click();
  const frame = await webviewFrame(page, 'sidebar');
  await rendered(frame, { searching: 'false' });
  return frame;
}

/** Waits for an entry's card: the Architecture Cards page showing `entryId`. */
async function waitForCard(page: Page, entryId: string): Promise<void> {
  await rendered(await webviewFrame(page, 'cards'), { route: `entry:${entryId}` });
}

const searchInput = (frame: Frame) => frame.locator('vscode-text-field input');
const resultNames = (frame: Frame) => frame.locator('section[data-section="results"] .row.item .label').allTextContents();
const fileTerm = (frame: Frame, name: string) => frame.locator('section[data-section="file"] .row.item', { has: frame.locator('.label', { hasText: new RegExp(`^${name}$`) }) });

/** Types a query as a user would and waits until the page shows the host's answer to it. */
async function search(frame: Frame, query: string): Promise<void> {
  await searchInput(frame).fill('');
  await searchInput(frame).pressSequentially(query, { delay: 20 });
  await rendered(frame, { query, searching: 'false' });
}

describe('LLM Atlas sidebar (end-to-end)', () => {
  let vscode: Workbench;
  let frame: Frame;
  before(async () => {
    vscode = await openVsCode();
  });
  after(async () => vscode?.close());

  test('opens from the activity bar with the search field, the quick actions and the browse groups', async () => {
    await withScreenshot(vscode.page, 'sidebar-open', async () => {
      frame = await openSidebar(vscode.page);
      await searchInput(frame).waitFor();
      assert.ok(await frame.locator('vscode-button[data-action="scalingCharts"]').isVisible());
      const groups = await frame.locator('section .row.header .label').allTextContents();
      assert.deepEqual(groups.slice(0, 2), ['In this file', 'Architectures']);
      assert.ok(groups.includes('Tokenization'));
    });
  });

  test('typing in the search narrows the list, forgiving typos', async () => {
    await withScreenshot(vscode.page, 'sidebar-search', async () => {
      const total = (await frame.locator('section:not([data-section="file"]) > .row.header span.count').allTextContents()).reduce((sum, n) => sum + Number(n), 0);
      await search(frame, 'distlbert');
      const names = await resultNames(frame);
      assert.equal(names[0], 'DistilBERT');
      assert.ok(names.length < total, `${names.length} results out of ${total} entries`);
      await search(frame, 'qqqzzzxx');
      assert.ok(await frame.locator('section[data-section="results"] .message').isVisible());
      assert.deepEqual(await resultNames(frame), []);
    });
  });

  test('"In this file" lists the terms of a sample opened with Quick Open, with counts', async () => {
    await withScreenshot(vscode.page, 'sidebar-in-this-file', async () => {
      await openFile(vscode.page, 'train_mlm.py');
      await rendered(frame, { file: 'train_mlm.py' });
      const bert = fileTerm(frame, 'BERT');
      // The file spells BERT's classes out often: BertForMaskedLM alone appears this many times.
      const text = readFileSync(join(repoRoot, 'samples', 'train_mlm.py'), 'utf8');
      const classMentions = text.split('BertForMaskedLM').length - 1;
      assert.ok(Number(await bert.locator('span.count').textContent()) >= classMentions);
      assert.ok(await fileTerm(frame, 'Masked language modeling').isVisible());
    });
  });

  test('clicking a term in "In this file" selects its next occurrence in the editor', async () => {
    await withScreenshot(vscode.page, 'sidebar-reveal', async () => {
      await fileTerm(frame, 'Masked language modeling').click();
      const status = vscode.page.locator('.statusbar-item', { hasText: /selected/ });
      await status.waitFor();
      assert.match((await status.textContent()) ?? '', /\(\d+ selected\)/);
    });
  });

  test('clicking a search result opens its explanation', async () => {
    await withScreenshot(vscode.page, 'sidebar-open-entry', async () => {
      await search(frame, 'chinchilla');
      const first = frame.locator('section[data-section="results"] .row.item').first();
      const entryId = (await first.getAttribute('data-entry')) ?? '';
      assert.match(entryId, /chinchilla/);
      await first.click();
      await waitForCard(vscode.page, entryId);
    });
  });

  test('is keyboard navigable: arrow down from the search, Enter opens', async () => {
    await withScreenshot(vscode.page, 'sidebar-keyboard', async () => {
      await search(frame, 'roberta');
      await searchInput(frame).press('ArrowDown');
      const focused = () => frame.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.key ?? '');
      assert.equal(await focused(), 'results:roberta');
      await frame.locator('section[data-section="results"] .row.item').first().press('ArrowUp');
      assert.equal(await focused(), 'section:results');
      await frame.locator('section[data-section="results"] .row.header').press('Enter'); // collapses
      assert.equal(await frame.locator('section[data-section="results"] .row.item').count(), 0);
      await frame.locator('section[data-section="results"] .row.header').press('ArrowRight'); // expands
      await frame.locator('section[data-section="results"] .row.header').press('ArrowDown');
      await frame.locator('section[data-section="results"] .row.item').first().press('Enter');
      await waitForCard(vscode.page, 'roberta');
    });
  });

  test('ignores malformed messages and keeps working', async () => {
    await withScreenshot(vscode.page, 'sidebar-malformed', async () => {
      await postAndFlush(frame, [null, 'init', { type: 'init' }, { type: 'searchResults', seq: 1e9, entryIds: ['<img src=x>'] }, { type: 'fileTerms', terms: 'x' }]);
      await search(frame, 'gpt-2');
      assert.ok((await resultNames(frame)).includes('GPT-2'));
    });
  });

  test('keeps its search when hidden and shown again', async () => {
    await withScreenshot(vscode.page, 'sidebar-restore', async () => {
      await search(frame, 'mixtral');
      const hidden = frame;
      // Without retainContextWhenHidden the page is discarded when hidden; wait for that, then show it again.
      const discarded = vscode.page.waitForEvent('framedetached', { predicate: (f) => f === hidden });
      await vscode.page.locator('.activitybar .action-item a[aria-label^="Explorer"]').click();
      await discarded;
      frame = await openSidebar(vscode.page);
      assert.equal(await searchInput(frame).inputValue(), 'mixtral');
      await rendered(frame, { query: 'mixtral', searching: 'false' });
      assert.ok((await resultNames(frame)).some((name) => name.startsWith('Mixtral')));
    });
  });

  test('restores its search after the window reloads', async () => {
    await withScreenshot(vscode.page, 'sidebar-reload', async () => {
      await search(frame, 'chinchilla');
      // VS Code's own reload, which saves the workbench state (webview states included) first.
      await vscode.page.locator('.part.sidebar .composite.title').click(); // keys go to the workbench, not the webview
      const reloaded = vscode.page.waitForEvent('framenavigated', { predicate: (f) => f === vscode.page.mainFrame(), timeout: 30_000 });
      await runCommand(vscode.page, 'Developer: Reload Window');
      await reloaded;
      await vscode.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
      // The sidebar was the open view, so VS Code shows it again by itself.
      frame = await webviewFrame(vscode.page, 'sidebar', 60_000);
      await rendered(frame, { query: 'chinchilla', searching: 'false' });
      assert.equal(await searchInput(frame).inputValue(), 'chinchilla');
    });
  });

  test('switches to Korean when the language setting changes', async () => {
    await withScreenshot(vscode.page, 'sidebar-korean', async () => {
      await vscode.page.locator('.part.sidebar .composite.title').click();
      await chooseSetting(vscode.page, 'llmAtlas.language', 'ko');
      await frame.locator('section[data-section="file"] .row.header .label', { hasText: '이 파일에서' }).waitFor();
      assert.equal(await frame.locator('vscode-text-field').getAttribute('placeholder'), '아틀라스 검색…');
      await search(frame, '지식 증류');
      assert.ok((await resultNames(frame)).includes('지식 증류'));
    });
  });

  test('logged no Content-Security-Policy violation', () => {
    const violations = vscode.consoleMessages.filter((m) => /Content.Security.Policy/i.test(m));
    assert.deepEqual(violations, []);
  });
});
