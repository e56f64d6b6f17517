import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Frame } from 'playwright-core';
import { openFile, openVsCode, rendered, runCommand, textBecomes, webviewFrame, withScreenshot, type Workbench } from './workbench';

describe('Estimate Model from Config (end-to-end)', () => {
  let vscode: Workbench;
  let report: Frame;
  before(async () => {
    vscode = await openVsCode({ settings: { 'llmAtlas.language': 'en' } });
  });
  after(async () => vscode?.close());

  test('runs from the palette on the open gpt2/config.json and shows the total and the breakdown', async () => {
    await withScreenshot(vscode.page, 'estimator-open', async () => {
      await openFile(vscode.page, 'models/gpt2/config.json');
      await runCommand(vscode.page, 'LLM Atlas: Estimate Model from Config');
      report = await webviewFrame(vscode.page, 'estimator');
      await rendered(report, { content: 'report' });
      await textBecomes(report, '#total', '124,439,808 parameters');
      await textBecomes(report, '#total-rounded', '(124M)');
      await textBecomes(report, '#title', /^\s*gpt2 — GPT-2/);
      // Embeddings: (50,257 tokens + 1,024 positions) × 768 = 39,383,808.
      const embeddings = report.locator('vscode-data-grid-row[data-key="embeddings"]');
      assert.match((await embeddings.textContent()) ?? '', /Embeddings\s*39,383,808\s*31\.6%/);
      // One block's self-attention: 768 × 2,304 + 2,304 + 768 × 768 + 768 = 2,362,368, shown per layer.
      const attention = report.locator('vscode-data-grid-row[data-key="layers.attention"]');
      assert.match((await attention.textContent()) ?? '', /2,362,368 each/);
      // The Chinchilla default: 6 × N × 20N ≈ 1.86×10¹⁸ FLOPs.
      await textBecomes(report, 'dd[data-key="trainingCompute"] .value', '1.86×10¹⁸ FLOPs');
    });
  });

  test('a new token budget recomputes the training compute; a bad one is flagged and not sent', async () => {
    await withScreenshot(vscode.page, 'estimator-budget', async () => {
      const tokens = report.locator('#tokens input');
      const figures = async () => Number(await report.locator('#app').getAttribute('data-figures'));
      const before = await figures();
      await tokens.fill('1T');
      // 6 × 124,439,808 × 10¹² = 7.466×10²⁰, once the host has answered the new budget.
      await rendered(report, { figures: String(before + 1) });
      await textBecomes(report, 'dd[data-key="trainingCompute"] .value', '7.47×10²⁰ FLOPs');
      await textBecomes(report, 'dd[data-key="trainingCompute"] .detail', /1T tokens, the chosen budget/);

      // An invalid budget is flagged at once and never sent: the figures stay those of the last answer.
      await tokens.fill('lots');
      await textBecomes(report, '#budget-error', /^Not a positive number/);
      assert.equal(await figures(), before + 1);
      await textBecomes(report, 'dd[data-key="trainingCompute"] .value', '7.47×10²⁰ FLOPs');

      // Context 2048: KV cache 36,864 B per token × 2048 = 75.5 MB.
      await tokens.fill('');
      await report.locator('#context input').fill('2048');
      await textBecomes(report, 'dd[data-key="kvCache"] .value', /75\.5 MB at 2,048 tokens$/);
      await textBecomes(report, 'dd[data-key="trainingCompute"] .value', '1.86×10¹⁸ FLOPs');
    });
  });

  test('keyboard: the fields and the chart button are reachable with Tab', async () => {
    await withScreenshot(vscode.page, 'estimator-keyboard', async () => {
      await report.locator('#tokens input').focus();
      await vscode.page.keyboard.press('Tab');
      assert.equal(await report.evaluate(() => document.activeElement?.id), 'context');
      await vscode.page.keyboard.press('Tab');
      assert.equal(await report.evaluate(() => document.activeElement?.id), 'show-on-chart');
    });
  });

  test('no CSP violations or page errors in the report', () => {
    const problems = vscode.consoleMessages.filter((m) => /Content Security Policy|Refused to|Uncaught/i.test(m));
    assert.deepEqual(problems, []);
  });
});
