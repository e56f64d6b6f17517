import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Frame, Page } from 'playwright-core';
import { estimateFromConfig, findKnownConfig, type KnownConfigTable } from '../../src/core/estimator';
import { GIB, planFor, plannerModelFrom, readScript, scenarioFor, type PlanSettings } from '../../src/core/planner';
import { chooseSetting, openVsCode, repoRoot, runCommand, webviewFrame, withScreenshot, type Workbench } from './workbench';

interface SeriesPoint {
  key: string;
  label: string;
  gib: number;
}

/** What the page should plot, computed here in Node with the same core from the same script. */
function expectedSeries(change: Partial<PlanSettings> = {}): { settings: PlanSettings; byKey: Record<string, number> } {
  const table = JSON.parse(readFileSync(join(repoRoot, 'src/core/estimator/known-configs.json'), 'utf8')) as KnownConfigTable;
  const known = findKnownConfig(table, 'mistralai/Mistral-7B-v0.1')!;
  const result = estimateFromConfig(known.config);
  assert.ok(result.ok);
  const model = plannerModelFrom(result.estimate, known.config as Record<string, unknown>, known.hfId);
  const anchor = readScript(readFileSync(join(repoRoot, 'samples/qlora_sft.py'), 'utf8'))[0];
  const settings = { ...scenarioFor({ anchor, model }).settings, ...change };
  const plan = planFor(model, settings);
  const byKey = Object.fromEntries(plan.parts.map((p) => [p.key, Math.round((p.bytes / GIB) * 1000) / 1000]));
  byKey.capacity = plan.budgetBytes / GIB;
  return { settings, byKey };
}

async function plotted(frame: Frame): Promise<SeriesPoint[]> {
  const canvas = frame.locator('#memory-chart[data-series]');
  await canvas.waitFor({ state: 'attached' });
  return JSON.parse((await canvas.getAttribute('data-series')) ?? '[]') as SeriesPoint[];
}

function byKey(series: SeriesPoint[]): Record<string, number> {
  return Object.fromEntries(series.map((p) => [p.key, p.gib]));
}

/** Waits until the plotted value of `key` is `value` (the chart is redrawn after each input event). */
async function waitForPlotted(frame: Frame, key: string, value: number): Promise<void> {
  await frame.waitForFunction(
    ([k, v]) => {
      const raw = document.getElementById('memory-chart')?.dataset.series;
      return raw !== undefined && (JSON.parse(raw) as SeriesPoint[]).some((p) => p.key === k && Math.abs(p.gib - (v as number)) < 1e-9);
    },
    [key, value] as const,
    { timeout: 10_000 },
  );
}

async function drawnPixels(frame: Frame): Promise<number> {
  return frame.locator('#memory-chart').evaluate((canvas: HTMLCanvasElement) => {
    const { width, height } = canvas;
    if (width === 0 || height === 0) return 0;
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, width, height).data;
    let drawn = 0;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) drawn++;
    return drawn;
  });
}

/** Opens a top-level file of the workspace from the Explorer, as a user would (no file search needed). */
async function openFromExplorer(page: Page, name: string): Promise<void> {
  const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
  await row.waitFor({ timeout: 60_000 });
  await row.click();
  await page.locator('.tab.active', { hasText: name }).waitFor({ timeout: 30_000 });
}

async function showPanel(page: Page): Promise<Frame> {
  await page.locator('.tabs-container .tab[data-resource-name*="llmAtlas.planner"]').click();
  return webviewFrame(page, 'planner');
}

describe('Planner (end-to-end)', () => {
  let vscode: Workbench;
  let frame: Frame;

  before(async () => {
    vscode = await openVsCode({ settings: { 'llmAtlas.language': 'en' } });
  });
  after(async () => vscode?.close());

  test("opens from the script's CodeLens and draws the script's memory breakdown against the GPU", async () => {
    await withScreenshot(vscode.page, 'planner-open', async () => {
      const page = vscode.page;
      await openFromExplorer(page, 'qlora_sft.py');
      // Lenses are drawn for visible lines only: go to the SFTTrainer call, as a user scrolling would.
      const script = readFileSync(join(repoRoot, 'samples/qlora_sft.py'), 'utf8');
      const line = script.slice(0, script.indexOf('trainer = SFTTrainer(')).split('\n').length;
      await page.keyboard.press('Control+G');
      await page.locator('.quick-input-widget input').waitFor({ state: 'visible' });
      await page.keyboard.type(String(line));
      await page.keyboard.press('Enter');
      const lens = page.locator('.codelens-decoration a', { hasText: 'GiB per GPU' }).first();
      await lens.waitFor({ timeout: 30_000 });
      await lens.click();
      frame = await webviewFrame(page, 'planner');
      await frame.locator('#app[data-ready]').waitFor({ state: 'attached' });
      const expected = expectedSeries();
      assert.deepEqual(byKey(await plotted(frame)), expected.byKey);
      assert.match((await frame.locator('#title').textContent()) ?? '', /Planner — Training/);
      assert.match((await frame.locator('#scenario').textContent()) ?? '', /qlora_sft\.py · SFTTrainer \(line \d+\)/);
      assert.match((await frame.locator('#what-fits .verdict').textContent()) ?? '', /^Fits: [\d.]+ of 80\.0 GiB \(\d+%\) on H100 80 GB\.$/);
      // The data table holds the same figures as the bars.
      const weightsCell = await frame.locator('#memory-table tr[data-key="weights"] td').first().textContent();
      assert.equal(weightsCell?.trim(), expected.byKey.weights.toFixed(2));
      assert.ok((await drawnPixels(frame)) > 1000, 'the bars are drawn on the canvas');
      // Where inputs came from: the rank from the code, the GPU count a default.
      assert.match((await frame.locator('#origins-table tr[data-key="loraRank"]').textContent()) ?? '', /16.*code, line \d+: r=16/);
      assert.equal(await frame.locator('#origins-table tr[data-key="gpus"]').getAttribute('data-origin'), 'default');
    });
  });

  test('the batch slider and the GPU select change the bars', async () => {
    await withScreenshot(vscode.page, 'planner-sliders', async () => {
      const before = byKey(await plotted(frame));
      const batch = frame.locator('#batch');
      await batch.focus();
      await batch.press('ArrowRight'); // 4 → 6 sequences per GPU
      const six = expectedSeries({ batch: 6 });
      await waitForPlotted(frame, 'activations', six.byKey.activations);
      const after = byKey(await plotted(frame));
      assert.ok(after.activations > before.activations);
      assert.equal(after.weights, before.weights, 'the weights do not depend on the batch');
      assert.equal((await frame.locator('#batch-value').textContent())?.trim(), '6');

      await frame.locator('#gpu').selectOption('l4');
      await waitForPlotted(frame, 'capacity', 24);
      assert.match((await frame.locator('#what-fits .verdict').textContent()) ?? '', /L4 24 GB/);
    });
  });

  test('keyboard: the controls are reachable with Tab', async () => {
    await withScreenshot(vscode.page, 'planner-keyboard', async () => {
      await frame.locator('#gpu').focus();
      await vscode.page.keyboard.press('Tab');
      assert.equal(await frame.evaluate(() => document.activeElement?.id), 'gpus');
      await vscode.page.keyboard.press('Tab');
      assert.equal(await frame.evaluate(() => document.activeElement?.id), 'batch');
    });
  });

  test('Korean relabels the panel and keeps the settings the user chose', async () => {
    await withScreenshot(vscode.page, 'planner-korean', async () => {
      const page = vscode.page;
      await chooseSetting(page, 'llmAtlas.language', 'ko');
      frame = await showPanel(page);
      await frame.locator('h1', { hasText: '플래너 — 학습' }).waitFor();
      assert.equal(await frame.locator('html').getAttribute('lang'), 'ko');
      assert.equal((await frame.locator('#memory-table caption').textContent())?.trim(), 'GPU당 메모리 구성');
      const series = await plotted(frame);
      assert.equal(series.find((p) => p.key === 'weights')?.label, '가중치');
      assert.equal(series.find((p) => p.key === 'activations')?.label, '활성값');
      // The page was reloaded when shown again: batch 6 and the L4 came back from its saved state.
      assert.equal((await frame.locator('#batch-value').textContent())?.trim(), '6');
      assert.equal(byKey(series).capacity, 24);
      assert.match((await frame.locator('#what-fits .verdict').textContent()) ?? '', /L4 24 GB/);
    });
  });

  test('places the planned run (N, D) on the Scaling Charts\' Chinchilla view, with its 6ND budget', async () => {
    await withScreenshot(vscode.page, 'planner-chinchilla', async () => {
      const { settings } = expectedSeries();
      await frame.locator('#show-on-chart').click();
      const scaling = await webviewFrame(vscode.page, 'scaling');
      await scaling.locator('#view-chinchilla:not([hidden])').waitFor({ timeout: 20_000 });
      const canvas = scaling.locator('#chart-chinchilla-frontier[data-series]');
      await canvas.waitFor({ state: 'attached' });
      const series = JSON.parse((await canvas.getAttribute('data-series')) ?? '[]') as Array<{ id: string; data: Array<{ x: number; y: number }> }>;
      assert.deepEqual(series.find((s) => s.id === 'user-model')?.data, [{ x: 7_241_732_096, y: settings.tokens }]);
      // The chosen budget is the run's own compute, C = 6ND.
      const budget = Number((await scaling.locator('#budget-field input').inputValue()).replace(/[^0-9.e+]/gi, ''));
      assert.ok(Math.abs(budget / (6 * 7_241_732_096 * settings.tokens) - 1) < 0.01, `budget ${budget}`);
    });
  });

  test('no CSP violations, page errors or refused messages', () => {
    const problems = vscode.consoleMessages.filter((m) => /Content Security Policy|Refused to|Uncaught|\[planner\]/i.test(m));
    assert.deepEqual(problems, []);
  });
});

describe('Planner from the command palette (end-to-end)', () => {
  let vscode: Workbench;
  before(async () => {
    vscode = await openVsCode({ settings: { 'llmAtlas.language': 'en' } });
  });
  after(async () => vscode?.close());

  test('"Open Planner" on the vLLM script shows the serving plan with the KV cache', async () => {
    await withScreenshot(vscode.page, 'planner-palette', async () => {
      await openFromExplorer(vscode.page, 'serve_vllm.py');
      // The command reads the host's active editor, which reaches the host after the tab shows; the
      // planner's lens on this editor comes from the host, so once it is drawn the host knows the editor.
      await vscode.page.locator('.codelens-decoration', { hasText: 'per GPU' }).first().waitFor({ timeout: 60_000 });
      await runCommand(vscode.page, 'LLM Atlas: Open Planner');
      const frame = await webviewFrame(vscode.page, 'planner');
      await frame.locator('#app[data-ready]').waitFor({ state: 'attached' });
      assert.match((await frame.locator('#title').textContent()) ?? '', /Planner — Serving/);
      const series = byKey(await plotted(frame));
      // Mixtral in bf16 over two GPUs; one 32K sequence of fp8 KV cache with the K/V heads split in two.
      assert.equal(series.weights, Math.round(((2 * 46_702_792_704) / 2 / GIB) * 1000) / 1000);
      assert.equal(series.kvCache, Math.round(((32768 * 32 * 2 * 8 * 128) / 2 / GIB) * 1000) / 1000);
      assert.equal(series.capacity, 72);
      assert.match((await frame.locator('#decode-bound').textContent()) ?? '', /upper bound: \d+ tokens\/s/);
    });
  });

  test('no CSP violations, page errors or refused messages', () => {
    const problems = vscode.consoleMessages.filter((m) => /Content Security Policy|Refused to|Uncaught|\[planner\]/i.test(m));
    assert.deepEqual(problems, []);
  });
});
