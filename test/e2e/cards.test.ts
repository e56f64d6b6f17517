import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Frame } from 'playwright-core';
import { hoverWord, openFile, openVsCode, postAndFlush, rendered, runCommand, screenshot, webviewFrame, withScreenshot, type Workbench } from './workbench';

/** The facts table of the card on screen, label → value. */
async function facts(frame: Frame): Promise<Record<string, string>> {
  const rows = await frame.$$eval('table.facts:first-of-type tr', (trs) => trs.map((tr) => [tr.querySelector('th')?.textContent ?? '', tr.querySelector('.fact-value')?.textContent ?? '']));
  return Object.fromEntries(rows);
}

async function heading(frame: Frame, text: string | RegExp): Promise<void> {
  await frame.locator('h1', { hasText: text }).waitFor({ timeout: 15_000 });
}

describe('Architecture Cards (end-to-end)', () => {
  let vscode: Workbench;
  before(async () => {
    vscode = await openVsCode({ settings: { 'llmAtlas.language': 'en' } });
  });
  after(async () => vscode?.close());

  test('hovering a model in distill.py and clicking "Open card" shows that model’s facts', async () => {
    const { page } = vscode;
    await withScreenshot(page, 'cards-hover', async () => {
      await openFile(page, 'distill.py');
      await page.locator('.view-lines', { hasText: 'DistilBertForMaskedLM' }).waitFor({ timeout: 15_000 });
      // The real hover widget: the mouse rests on the word until VS Code shows our hover.
      const hover = await hoverWord(page, 'DistilBertForMaskedLM', 'Open card');
      assert.match((await hover.textContent()) ?? '', /DistilBERT/);
      const started = Date.now();
      await hover.locator('a', { hasText: 'Open card' }).first().click();
      const frame = await webviewFrame(page, 'cards');
      await rendered(frame, { route: 'entry:distilbert' });
      await heading(frame, 'DistilBERT');
      await frame.locator('table.facts').first().waitFor();
      const openMs = Date.now() - started;
      const table = await facts(frame);
      assert.match(table.Parameters, /66(\.\d)?M/);
      assert.equal(table.Layers, '6 layers');
      assert.match(table['Hidden size'], /768/);
      assert.equal(table.Year, '2019');
      assert.equal(table.Organisation, 'Hugging Face');
      // The halved-depth example with real counts is on the card.
      assert.match((await frame.locator('#numeric-distilbert-halved-depth').textContent()) ?? '', /66,362,880/);
      const file = await screenshot(page, 'cards-model-distilbert');
      console.log(`hover "Open card" → DistilBERT facts on screen: ${openMs} ms (screenshot ${file})`);
    });
  });

  test('the compare view shows the chosen models side by side, differences marked', async () => {
    const { page } = vscode;
    await withScreenshot(page, 'cards-compare', async () => {
      const frame = await webviewFrame(page, 'cards');
      await frame.locator('vscode-button.nav-home').click();
      await heading(frame, 'Architecture Cards');
      for (const name of ['BERT', 'GPT-2', 'T5']) await frame.locator(`vscode-checkbox[aria-label="Compare ${name}"]`).click();
      const compare = frame.locator('vscode-button.nav-compare');
      assert.equal(((await compare.textContent()) ?? '').trim(), 'Compare selected (3)');
      await compare.click();
      await heading(frame, 'Compare: BERT · GPT-2 · T5');
      const headers = await frame.$$eval('vscode-data-grid-row[row-type="header"] vscode-data-grid-cell a', (as) => as.map((a) => a.textContent));
      assert.deepEqual(headers, ['BERT', 'GPT-2', 'T5']);
      const rows = await frame.$$eval('vscode-data-grid-row:not([row-type="header"])', (trs) =>
        trs.map((tr) => ({ differs: tr.classList.contains('differs'), cells: [...tr.querySelectorAll('vscode-data-grid-cell')].map((c) => c.textContent?.trim() ?? '') })),
      );
      const family = rows.find((r) => r.cells[0].startsWith('Family'))!;
      assert.deepEqual(family.cells.slice(1), ['Encoder-only', 'Decoder-only', 'Encoder–decoder']);
      assert.equal(family.differs, true);
      const params = rows.find((r) => r.cells[0].startsWith('Parameters'))!;
      assert.equal(params.cells.length, 4);
      assert.ok(params.cells.some((c) => c.includes('▲')) && params.cells.some((c) => c.includes('▼')), 'largest and smallest marked');
      const file = await screenshot(page, 'cards-compare');
      console.log(`compare view: ${rows.length} rows (screenshot ${file})`);
      // Alt+← goes back to the catalogue, keeping the selection.
      await frame.locator('h1').press('Alt+ArrowLeft');
      await heading(frame, 'Architecture Cards');
      assert.equal(await frame.locator('vscode-checkbox[aria-label="Compare GPT-2"]').getAttribute('aria-checked'), 'true');
    });
  });

  test('a family card draws its attention mask as a labelled image', async () => {
    const { page } = vscode;
    await withScreenshot(page, 'cards-family', async () => {
      const frame = await webviewFrame(page, 'cards');
      await frame.locator('.family-tile a', { hasText: 'Decoder-only' }).click();
      await heading(frame, 'Decoder-only');
      const image = frame.getByRole('img', { name: /Causal self-attention mask/ });
      await image.waitFor();
      const description = await frame.locator('svg.diagram desc').textContent();
      assert.match(description ?? '', /21 of 36 pairs allowed/);
      assert.equal(await frame.locator('svg.diagram rect.shape-allowed').count(), 21);
      assert.equal(await frame.locator('svg.diagram rect.shape-blocked').count(), 15);
      assert.ok((await frame.locator('.diagram-figure .legend li').count()) >= 2);
      const file = await screenshot(page, 'cards-family-decoder-only');
      console.log(`family card diagram (screenshot ${file})`);
    });
  });

  test('the palette command opens the cards; malformed messages are ignored; no CSP violations', async () => {
    const { page } = vscode;
    await withScreenshot(page, 'cards-hardening', async () => {
      const started = Date.now();
      await runCommand(page, 'LLM Atlas: Show Architecture Cards');
      const frame = await webviewFrame(page, 'cards');
      await frame.locator('h1').first().waitFor();
      console.log(`palette → cards on screen: ${Date.now() - started} ms`);
      const before = await frame.locator('h1').first().textContent();
      const renders = await frame.locator('#app').getAttribute('data-renders');
      await postAndFlush(frame, [
        null,
        'view',
        { type: 'view', seq: 1e9 },
        { type: 'view', seq: 1, route: { kind: 'entry', id: 'bert' }, view: { kind: 'entry', summary: [{ text: 'x', href: 'javascript:alert(1)' }] } },
        { type: 'navigate', route: { kind: 'entry', id: '../etc' } },
        { type: 'init' },
      ]);
      assert.equal(await frame.locator('h1').first().textContent(), before);
      assert.equal(await frame.locator('#app').getAttribute('data-renders'), renders, 'nothing was rendered');
      // Still working: back to the catalogue, then follow a link to the objectives page.
      await frame.locator('vscode-button.nav-home').click();
      await heading(frame, 'Architecture Cards');
      await frame.locator('a.card-link', { hasText: 'Objectives, worked' }).first().click();
      await heading(frame, 'Objectives, worked');
      assert.ok((await frame.locator('article.worked').count()) >= 12);
      const csp = vscode.consoleMessages.filter((m) => /Content Security Policy|Refused to/i.test(m));
      assert.deepEqual(csp, []);
    });
  });

  test('after a window reload the panel comes back on the same card, with its history', async () => {
    const { page } = vscode;
    await withScreenshot(page, 'cards-reload', async () => {
      let frame = await webviewFrame(page, 'cards');
      await frame.locator('.worked a.card-link', { hasText: 'Span corruption (T5)' }).click();
      await heading(frame, 'Span corruption');
      // Through VS Code's own command, which saves the workbench state (the page's setState) first.
      const reloaded = page.waitForEvent('framenavigated', { predicate: (f) => f === page.mainFrame(), timeout: 30_000 });
      await runCommand(page, 'Developer: Reload Window');
      await reloaded;
      await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
      frame = await webviewFrame(page, 'cards', 60_000);
      await heading(frame, 'Span corruption');
      await frame.locator('vscode-button.nav-back').click();
      await heading(frame, 'Objectives, worked');
    });
  });
});
