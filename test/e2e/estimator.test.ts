import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Frame } from 'playwright-core';
import { openFile, openVsCode, runCommand, webviewFrame, withScreenshot, type Workbench } from './workbench';

async function textOf(frame: Frame, selector: string): Promise<string> {
  return ((await frame.locator(selector).first().textContent()) ?? '').trim();
}

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
      await report.locator('#total').waitFor();
      assert.equal(await textOf(report, '#total'), '124,439,808 parameters');
      assert.equal(await textOf(report, '#total-rounded'), '(124M)');
      assert.match(await textOf(report, '#title'), /^gpt2 — GPT-2/);
      // Embeddings: (50,257 tokens + 1,024 positions) × 768 = 39,383,808.
      const embeddings = report.locator('vscode-data-grid-row[data-key="embeddings"]');
      assert.match((await embeddings.textContent()) ?? '', /Embeddings\s*39,383,808\s*31\.6%/);
      // One block's self-attention: 768 × 2,304 + 2,304 + 768 × 768 + 768 = 2,362,368, shown per layer.
      const attention = report.locator('vscode-data-grid-row[data-key="layers.attention"]');
      assert.match((await attention.textContent()) ?? '', /2,362,368 each/);
      // The Chinchilla default: 6 × N × 20N ≈ 1.86×10¹⁸ FLOPs.
      assert.equal(await textOf(report, 'dd[data-key="trainingCompute"] .value'), '1.86×10¹⁸ FLOPs');
    });
  });

  test('a new token budget recomputes the training compute; a bad one is flagged and not sent', async () => {
    await withScreenshot(vscode.page, 'estimator-budget', async () => {
      const tokens = report.locator('#tokens input');
      await tokens.fill('1T');
      // 6 × 124,439,808 × 10¹² = 7.466×10²⁰.
      await report.locator('dd[data-key="trainingCompute"] .value', { hasText: '7.47×10²⁰ FLOPs' }).waitFor({ timeout: 10_000 });
      assert.match(await textOf(report, 'dd[data-key="trainingCompute"] .detail'), /1T tokens, the chosen budget/);

      await tokens.fill('lots');
      await report.locator('#budget-error', { hasText: 'Not a positive number' }).waitFor();
      assert.equal(await textOf(report, 'dd[data-key="trainingCompute"] .value'), '7.47×10²⁰ FLOPs');

      // Context 2048: KV cache 36,864 B per token × 2048 = 75.5 MB.
      await tokens.fill('');
      await report.locator('#context input').fill('2048');
      await report.locator('dd[data-key="kvCache"] .value', { hasText: '75.5 MB at 2,048 tokens' }).waitFor({ timeout: 10_000 });
      assert.equal(await textOf(report, 'dd[data-key="trainingCompute"] .value'), '1.86×10¹⁸ FLOPs');
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
