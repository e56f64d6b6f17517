import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Frame, Page } from 'playwright-core';
import { atlas } from '../../src/core/knowledge/index';
import { GOPHER_BUDGET_FLOPS } from '../../src/core/scaling/chinchilla';
import { HUMAN_BRAIN_SYNAPSES, growthPoints } from '../../src/core/scaling/growth';
import {
  chinchillaFrontier,
  chinchillaIsoFlopSeries,
  kaplanJointSeries,
  kaplanSeries,
  knownModelsAgainstFrontier,
  type Point,
} from '../../src/core/scaling/series';
import { SMALL_MODEL_CLAIMS } from '../../src/core/scaling/smallModels';
import { chooseSetting, openFile, openVsCode, postAndFlush, rendered, repoRoot, runCommand, screenshot, webviewFrame, withScreenshot, type Workbench } from './workbench';

interface SeriesData {
  id: string;
  data: Point[];
}

const TITLE = 'LLM Atlas: Show Scaling Charts';
const TABS = ['growth', 'kaplan', 'chinchilla', 'small'] as const;
const CHARTS: Record<(typeof TABS)[number], string[]> = {
  growth: ['growth'],
  kaplan: ['kaplan-n', 'kaplan-d', 'kaplan-c', 'kaplan-joint'],
  chinchilla: ['chinchilla-isoflop', 'chinchilla-frontier'],
  small: ['small'],
};

/** The data a chart holds, as the page exposes it on its canvas. */
async function chartData(frame: Frame, chart: string): Promise<SeriesData[]> {
  const canvas = frame.locator(`#chart-${chart}[data-series]`);
  await canvas.waitFor({ state: 'attached' });
  return JSON.parse((await canvas.getAttribute('data-series')) ?? '[]') as SeriesData[];
}

/**
 * The page computes the curves with the same core functions in Chromium's V8, whose Math.exp and
 * Math.pow may differ from Node's in the last bit; anything beyond that is a real difference.
 */
function assertSamePoints(actual: Point[], expected: Point[], what: string): void {
  assert.equal(actual.length, expected.length, `${what}: number of points`);
  const close = (a: number, b: number) => Math.abs(a - b) <= 1e-12 * Math.max(Math.abs(a), Math.abs(b));
  actual.forEach((p, i) => {
    assert.ok(close(p.x, expected[i].x) && close(p.y, expected[i].y), `${what}[${i}]: (${p.x}, ${p.y}) vs (${expected[i].x}, ${expected[i].y})`);
  });
}

function series(all: SeriesData[], id: string): Point[] {
  const found = all.find((s) => s.id === id);
  assert.ok(found, `series "${id}" in ${all.map((s) => s.id).join(', ')}`);
  return found.data;
}

/** Pixels of the canvas that are not transparent (the chart's background is the page's), once it has drawn. */
async function drawnPixels(frame: Frame, chart: string): Promise<number> {
  await frame.locator(`#chart-${chart}[data-drawn]`).waitFor({ state: 'attached' });
  return frame.locator(`#chart-${chart}`).evaluate((canvas: HTMLCanvasElement) => {
    const { width, height } = canvas;
    if (width === 0 || height === 0) return 0;
    const pixels = canvas.getContext('2d')!.getImageData(0, 0, width, height).data;
    let drawn = 0;
    for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) drawn++;
    return drawn;
  });
}


/** Brings the Scaling Charts tab to the front (its page reloads when shown again) and returns its frame. */
async function showPanel(page: Page): Promise<Frame> {
  await page.locator('.tabs-container .tab[data-resource-name*="llmAtlas.scalingCharts"]').click();
  return webviewFrame(page, 'scaling');
}

async function openTab(frame: Frame, tab: string): Promise<void> {
  await frame.locator(`#tab-${tab}`).click();
  await frame.locator(`#view-${tab}:not([hidden])`).waitFor();
  await rendered(frame, { tab });
}

/**
 * Accepts VS Code's save dialog (the simple, quick-input one in the browser) with the name it proposes,
 * <workspace>/llm-atlas-<chart>.<ext>, once it has listed the folder, and returns the path written.
 */
async function acceptSave(page: Page, frame: Frame, name: string): Promise<string> {
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await page.waitForFunction((n) => (document.querySelector<HTMLInputElement>('.quick-input-widget input')?.value ?? '').endsWith(n), name);
  // The dialog answers Enter only once it has read the folder it proposes: its rows are shown.
  await page.locator('.quick-input-list .monaco-list-row').first().waitFor();
  await input.press('Enter');
  await frame.locator('#status', { hasText: name }).waitFor();
  return join(repoRoot, 'samples', name);
}

describe('Scaling Charts (end-to-end)', () => {
  let vscode: Workbench;
  let frame: Frame;
  const exported: string[] = [];

  before(async () => {
    vscode = await openVsCode();
  });
  after(async () => {
    await vscode?.close();
    for (const file of exported) rmSync(file, { force: true });
  });

  test('opens from the command palette and draws the growth chart', async (t) => {
    await withScreenshot(vscode.page, 'scaling-open', async () => {
      const started = Date.now();
      await runCommand(vscode.page, TITLE);
      frame = await webviewFrame(vscode.page, 'scaling');
      await frame.locator('#app[data-first-chart-ms]').waitFor({ state: 'attached' });
      t.diagnostic(`first chart: ${await frame.locator('#app').getAttribute('data-first-chart-ms')} ms after the command ran in the host`);
      t.diagnostic(`first chart seen by the test: ${Date.now() - started} ms after pressing Enter in the palette`);
      assert.equal(await frame.locator('h1').textContent(), 'Scaling Charts');
      assert.ok((await drawnPixels(frame, 'growth')) > 1000);
    });
  });

  test('every chart on every tab draws', async () => {
    await withScreenshot(vscode.page, 'scaling-every-chart', async () => {
      for (const tab of TABS) {
        await openTab(frame, tab);
        for (const chart of CHARTS[tab]) {
          await chartData(frame, chart);
          assert.ok((await drawnPixels(frame, chart)) > 1000, `${chart} has drawn pixels`);
        }
      }
      await openTab(frame, 'growth');
    });
  });

  test("the charts hold the core's numbers", async () => {
    await withScreenshot(vscode.page, 'scaling-data', async () => {
      const growth = await chartData(frame, 'growth');
      const points = growthPoints(atlas);
      for (const family of new Set(points.map((p) => p.family))) {
        const expected = points.filter((p) => p.family === family).map((p) => ({ x: p.date, y: p.parameters }));
        assert.deepEqual(series(growth, `family-${family}`), expected, family);
      }
      const reference = series(growth, 'reference-human-brain');
      assert.ok(reference.length > 1 && reference.every((p) => p.y === HUMAN_BRAIN_SYNAPSES.value));

      const laws = kaplanSeries();
      for (const [chart, curve] of [['kaplan-n', laws.parameters], ['kaplan-d', laws.data], ['kaplan-c', laws.compute]] as const) {
        assertSamePoints(series(await chartData(frame, chart), curve.id), curve.points, chart);
      }
      const joint = kaplanJointSeries(2); // the default factor
      const jointData = await chartData(frame, 'kaplan-joint');
      assertSamePoints(series(jointData, 'kaplan-joint-base'), joint.curves.base.points, 'joint base');
      assertSamePoints(series(jointData, 'kaplan-joint-scaled'), joint.curves.scaled.points, 'joint scaled');
      assertSamePoints(series(jointData, 'run-balanced'), [{ x: joint.scaledBalanced.tokens, y: joint.scaledBalanced.loss }], 'balanced run');

      // One curve per decade from 10^19 to 10^25 FLOPs, plus the default budget (Gopher's).
      const budgets = [1e19, 1e20, 1e21, 1e22, 1e23, 1e24, 1e25, GOPHER_BUDGET_FLOPS.value];
      const iso = await chartData(frame, 'chinchilla-isoflop');
      for (const curve of chinchillaIsoFlopSeries(budgets)) assertSamePoints(series(iso, curve.id), curve.points, curve.id);
      assertSamePoints(
        series(iso, 'isoflop-fit-minima'),
        chinchillaIsoFlopSeries(budgets).map((c) => ({ x: c.optimum.parameters, y: c.optimum.loss })),
        'iso-FLOP minima',
      );

      const frontier = await chartData(frame, 'chinchilla-frontier');
      const lines = chinchillaFrontier(1e18, 1e26, 50);
      assertSamePoints(series(frontier, 'frontier-rule'), lines.ruleOfThumb.map((r) => ({ x: r.parameters, y: r.tokens })), 'rule line');
      assert.ok(series(frontier, 'frontier-rule').every((p) => Math.abs(p.y / p.x - 20) < 1e-9), '20 tokens per parameter');
      assertSamePoints(series(frontier, 'frontier-fit'), lines.optimum.map((r) => ({ x: r.parameters, y: r.tokens })), 'fit line');
      assert.deepEqual(series(frontier, 'known-models'), knownModelsAgainstFrontier(atlas).map((m) => ({ x: m.parameters, y: m.tokens })));

      const small = await chartData(frame, 'small');
      assert.deepEqual(series(small, 'claims'), SMALL_MODEL_CLAIMS.map((c, i) => ({ x: c.x.value, y: i })));
    });
  });

  test('the data table of a chart lists its values', async () => {
    await withScreenshot(vscode.page, 'scaling-table', async () => {
      await openTab(frame, 'growth');
      await frame.locator('#toggle-table-growth').click();
      const rows = frame.locator('#table-growth tbody tr');
      await rows.first().waitFor();
      const points = growthPoints(atlas);
      assert.equal(await rows.count(), points.length + 1); // and the human-brain reference
      const gpt3 = frame.locator('#table-growth tbody tr', { hasText: 'GPT-3' }).locator('td[data-value]').first();
      assert.equal(Number(await gpt3.getAttribute('data-value')), points.find((p) => p.entryId === 'gpt-3')!.parameters);
    });
  });

  test('moving the N-factor control to 8 shows the required data factor ≈ 4.66', async () => {
    await withScreenshot(vscode.page, 'scaling-n-factor', async () => {
      await openTab(frame, 'kaplan');
      await frame.locator('#n-factor-field input').fill('8');
      const factor = frame.locator('#data-factor');
      await factor.filter({ hasText: '4.66' }).waitFor();
      assert.ok(Math.abs(Number(await factor.textContent()) - 8 ** 0.74) < 0.005);
      const joint = await chartData(frame, 'kaplan-joint');
      assertSamePoints(series(joint, 'kaplan-joint-scaled'), kaplanJointSeries(8).curves.scaled.points, 'joint scaled ×8');
      // The slider follows the field, and answers the keyboard.
      const slider = frame.locator('#n-factor');
      assert.equal(await slider.inputValue(), '8');
      await slider.focus();
      await slider.press('ArrowRight');
      await factor.filter({ hasText: (9 ** 0.74).toFixed(2) }).waitFor();
    });
  });

  test('the compute-budget control moves the Chinchilla readouts and curves', async () => {
    await withScreenshot(vscode.page, 'scaling-budget', async () => {
      await openTab(frame, 'chinchilla');
      await frame.locator('#budget-field input').fill('1e24');
      // √(10^24 / 120) ≈ 91.3B parameters on 20× as many tokens.
      await frame.locator('#rule-allocation', { hasText: '91.3B' }).waitFor();
      assert.match((await frame.locator('#rule-allocation').textContent()) ?? '', /1\.83T/);
      const frontier = await chartData(frame, 'chinchilla-frontier');
      assert.ok(series(frontier, 'budget-line').every((p) => Math.abs((6 * p.x * p.y) / 1e24 - 1) < 1e-9), 'C = 6ND on the budget line');
      await frame.locator('#budget-field input').fill('not a number');
      await frame.locator('#budget-error', { hasText: /10¹⁸/ }).waitFor();
      await frame.locator('#budget-field input').fill('1e24');
    });
  });

  test('charts take the keyboard: arrows step through the points with a spoken description', async () => {
    await withScreenshot(vscode.page, 'scaling-keyboard', async () => {
      await openTab(frame, 'growth');
      const canvas = frame.locator('#chart-growth');
      await canvas.focus();
      await canvas.press('ArrowRight');
      const oldest = growthPoints(atlas)[0];
      await frame.locator('#card-growth [aria-live]', { hasText: oldest.label.en }).waitFor();
      await canvas.press('End');
      const newest = growthPoints(atlas).at(-1)!;
      await frame.locator('#card-growth [aria-live]', { hasText: newest.label.en }).waitFor();
      // Enter opens the model, as a click would: another editor comes to the front.
      await canvas.press('Enter');
      await vscode.page.locator('.tabs-container .tab.active:not([data-resource-name*="llmAtlas.scalingCharts"])').waitFor();
      frame = await showPanel(vscode.page);
    });
  });

  test('a screenshot of the panel is saved', async (t) => {
    await openTab(frame, 'growth');
    await frame.locator('#app').evaluate(() => window.scrollTo(0, 0));
    t.diagnostic(`screenshot: ${await screenshot(vscode.page, 'scaling-charts')}`);
  });

  test('follows the colour theme and the panel size', async () => {
    await withScreenshot(vscode.page, 'scaling-theme', async () => {
      const page = vscode.page;
      await openTab(frame, 'growth');
      const image = () => frame.locator('#chart-growth').evaluate((c: HTMLCanvasElement) => c.toDataURL());
      const light = await image();
      await chooseSetting(page, 'workbench.colorTheme', 'Dark High Contrast');
      frame = await showPanel(page);
      await frame.waitForFunction(() => document.body.classList.contains('vscode-high-contrast'));
      await frame.waitForFunction((before) => (document.getElementById('chart-growth') as HTMLCanvasElement | null)?.toDataURL() !== before, light);

      const width = () => frame.locator('#chart-growth').evaluate((c: HTMLCanvasElement) => c.getBoundingClientRect().width);
      const narrow = await width();
      await runCommand(page, 'View: Toggle Primary Side Bar Visibility');
      await frame.waitForFunction((w) => document.getElementById('chart-growth')!.getBoundingClientRect().width > w + 100, narrow);
      await runCommand(page, 'View: Toggle Primary Side Bar Visibility');
    });
  });

  test('exports a chart as PNG and its data as CSV through the save dialog', async () => {
    await withScreenshot(vscode.page, 'scaling-export', async () => {
      await openTab(frame, 'growth');
      await frame.locator('#export-csv-growth').click();
      const csv = await acceptSave(vscode.page, frame, 'llm-atlas-growth.csv');
      exported.push(csv);
      const lines = readFileSync(csv, 'utf8').trimEnd().split('\r\n');
      assert.match(lines[0], /^Model,Date,Parameters,/);
      assert.ok(lines.some((line) => line.startsWith('GPT-3,2020-05,175000000000,')), 'GPT-3 row with its exact size');

      await frame.locator('#export-png-growth').click();
      const png = await acceptSave(vscode.page, frame, 'llm-atlas-growth.png');
      exported.push(png);
      assert.deepEqual([...readFileSync(png).subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    });
  });

  test('ignores malformed messages and keeps working', async () => {
    await withScreenshot(vscode.page, 'scaling-malformed', async () => {
      const before = await chartData(frame, 'growth');
      const renders = await frame.locator('#app').getAttribute('data-renders');
      await postAndFlush(frame, [null, 'init', { type: 'init' }, { type: 'init', language: 'fr', strings: {}, data: {} }, { type: 'focus', focus: { id: -1 } }, { type: 'saved' }]);
      assert.equal(await frame.locator('#app').getAttribute('data-renders'), renders);
      assert.equal(await frame.locator('h1').textContent(), 'Scaling Charts');
      assert.deepEqual(await chartData(frame, 'growth'), before);
    });
  });

  test('"Show on scaling chart" in a hover focuses that model on the growth chart', async () => {
    await withScreenshot(vscode.page, 'scaling-hover-link', async () => {
      const page = vscode.page;
      await openFile(page, 'distill.py');
      await page.locator('.monaco-editor .view-lines').first().waitFor();
      await page.keyboard.press('Control+G');
      await page.keyboard.type('31');
      await page.keyboard.press('Enter');
      await page.keyboard.press('End');
      await page.keyboard.press('ArrowLeft');
      await page.keyboard.press('ArrowLeft');
      await runCommand(page, 'Show or Focus Hover');
      await page.locator('.monaco-hover a', { hasText: 'Show on scaling chart' }).first().click();
      frame = await webviewFrame(page, 'scaling');
      await frame.locator('#status', { hasText: 'DistilBERT' }).waitFor();
      await rendered(frame, { tab: 'growth' });
    });
  });

  test('restores after a window reload with its controls as they were', async () => {
    await withScreenshot(vscode.page, 'scaling-restore', async () => {
      await openTab(frame, 'chinchilla');
      const reloaded = vscode.page.waitForEvent('framenavigated', { predicate: (f) => f === vscode.page.mainFrame(), timeout: 30_000 });
      await runCommand(vscode.page, 'Developer: Reload Window');
      await reloaded;
      await vscode.page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
      frame = await webviewFrame(vscode.page, 'scaling', 60_000);
      await rendered(frame, { tab: 'chinchilla' });
      assert.equal(await frame.locator('#budget-field').evaluate((field) => (field as HTMLInputElement).value), '1e24');
      await openTab(frame, 'kaplan');
      assert.equal(await frame.locator('#data-factor').textContent(), (9 ** 0.74).toFixed(2));
      await openTab(frame, 'growth');
      await frame.locator('#table-growth tbody tr').first().waitFor(); // the table stayed open
      await frame.locator('#status', { hasText: 'DistilBERT' }).waitFor(); // and the focus stayed
    });
  });

  test('switching llmAtlas.language to Korean relabels the panel', async () => {
    await withScreenshot(vscode.page, 'scaling-korean', async () => {
      const page = vscode.page;
      await chooseSetting(page, 'llmAtlas.language', 'ko');
      frame = await showPanel(page);
      await rendered(frame, { lang: 'ko' });
      await frame.locator('h1', { hasText: '스케일링 차트' }).waitFor();
      assert.equal((await frame.locator('#tab-growth').textContent())?.trim(), '모델 규모의 성장');
      assert.equal(await frame.locator('html').getAttribute('lang'), 'ko');
      // Same numbers, Korean labels.
      const growth = await chartData(frame, 'growth');
      assert.equal(series(growth, 'family-decoder-only').length, growthPoints(atlas).filter((p) => p.family === 'decoder-only').length);
    });
  });

  test('no page logged a Content-Security-Policy violation', () => {
    const violations = vscode.consoleMessages.filter((m) => /Content.Security.Policy|Refused to (load|apply|execute)/i.test(m));
    assert.deepEqual(violations, []);
  });
});
