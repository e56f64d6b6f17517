import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { Frame } from 'playwright-core';
import { ggufTensorBytes, llamaGgufMetadata, llamaGgufTensors, llamaTensors, safetensorBytes, shard, writeGguf, writeSafetensors, type LlamaShape } from '../unit/weights/writers';
import { openVsCode, postAndFlush, webviewFrame, withScreenshot, type Workbench } from './workbench';

const grouped = (n: number) => n.toLocaleString('en-US');

async function text(frame: Frame, selector: string): Promise<string> {
  return ((await frame.locator(selector).first().textContent()) ?? '').trim();
}

/** The frame of the tensors page that has rendered and shows `ready` (a selector inside #app). */
function tensorsPage(vscode: Workbench, ready: string, timeoutMs = 30_000): Promise<Frame> {
  return webviewFrame(vscode.page, 'tensors', timeoutMs, `[data-ready] ${ready}`);
}

/** Opens a file by clicking it in the Explorer, as a user would; the tensors editor is its default. */
async function openFromExplorer(vscode: Workbench, name: string): Promise<void> {
  const row = vscode.page.locator('.explorer-folders-view .monaco-list-row', { hasText: name }).first();
  await row.waitFor({ timeout: 30_000 });
  await row.click();
  await vscode.page.locator('.tab.active', { hasText: name }).waitFor({ timeout: 30_000 });
}

const titled = (name: string) => `#title:text-is("${name}")`;

describe('Tensors editor (end-to-end)', () => {
  const shape: LlamaShape = { layers: 3, hidden: 256, intermediate: 512, vocab: 512, heads: 4, kvHeads: 2 };
  const tensors = llamaTensors(shape);
  const ggufTensors = llamaGgufTensors(shape);
  let folder: string;
  let vscode: Workbench;

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'llm-atlas-tensors-e2e-'));
    const { files, index } = shard(tensors, 3);
    for (const f of files) writeFileSync(join(folder, f.name), writeSafetensors(f.tensors));
    writeFileSync(join(folder, 'model.safetensors.index.json'), index);
    writeFileSync(join(folder, 'tiny-Q4_K_M.gguf'), writeGguf(llamaGgufMetadata(shape), ggufTensors));
    const good = writeSafetensors(tensors.slice(0, 3));
    writeFileSync(join(folder, 'broken.safetensors'), good.slice(0, good.length - 10));
    // Opened once LLM Atlas's contributions are registered: a file clicked before opens as text.
    vscode = await openVsCode({ folder, settings: { 'llmAtlas.language': 'en' } });
  });
  after(async () => {
    await vscode?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  test('a shard opens the whole sharded checkpoint: totals equal an independent count', async () => {
    await withScreenshot(vscode.page, 'tensors-sharded', async () => {
      await openFromExplorer(vscode, 'model-00002-of-00003.safetensors');
      const page = await tensorsPage(vscode, titled('model-00002-of-00003.safetensors'));
      const parameters = tensors.reduce((s, t) => s + t.shape.reduce((a, b) => a * b, 1), 0);
      const bytes = tensors.reduce((s, t) => s + safetensorBytes(t), 0);
      assert.equal(await text(page, 'dd[data-key="parameters"]'), grouped(parameters));
      assert.match(await text(page, 'dd[data-key="bytes"]'), new RegExp(`\\(${grouped(bytes)} B\\)$`));
      assert.equal(await text(page, 'dd[data-key="tensors"]'), grouped(tensors.length));
      assert.equal(await text(page, 'dd[data-key="files"]'), '3');
      assert.equal(await text(page, 'dd[data-key="bitsPerWeight"]'), '16.00');
      assert.equal(await text(page, 'dd[data-key="layers"]'), `${shape.layers} × model.layers`);
      assert.match(await text(page, '.subtitle'), /One shard of 3; the whole checkpoint of model\.safetensors\.index\.json is shown/);
      assert.equal(await text(page, '#dtypes tr[data-dtype="BF16"] td'), grouped(tensors.length));
    });
  });

  test('the tensor tree: groups roll up, search filters, the keyboard moves and opens groups', async () => {
    await withScreenshot(vscode.page, 'tensors-tree', async () => {
      const page = await tensorsPage(vscode, titled('model-00002-of-00003.safetensors'));
      const top = page.locator('#tree .row.group[data-path="model"]');
      // model.* holds every tensor but lm_head.
      const lmHead = shape.vocab * shape.hidden;
      assert.match((await top.textContent()) ?? '', new RegExp(`${grouped(tensors.length - 1)} tensors.*${grouped(tensors.reduce((s, t) => s + t.shape.reduce((a, b) => a * b, 1), 0) - lmHead)}`));
      await top.focus();
      await vscode.page.keyboard.press('ArrowRight');
      await page.locator('#tree .row.group[data-path="model"][aria-expanded="true"]').waitFor();
      await page.locator('#tree .row.group[data-path="model.layers"]').waitFor();
      const focused = () => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.path);
      await vscode.page.keyboard.press('ArrowRight');
      assert.equal(await focused(), 'model.embed_tokens', 'Right on an open group steps into it');
      await vscode.page.keyboard.press('ArrowDown');
      assert.equal(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.path), 'model.layers');
      await vscode.page.keyboard.press('Enter');
      await page.locator('#tree .row.group[data-path="model.layers.2"]').waitFor();
      // One block: 2 norms + q, k, v, o + gate, up, down.
      const kv = shape.kvHeads * (shape.hidden / shape.heads);
      const block = 2 * shape.hidden + 2 * shape.hidden * shape.hidden + 2 * kv * shape.hidden + 3 * shape.intermediate * shape.hidden;
      assert.match((await page.locator('#tree .row.group[data-path="model.layers.2"]').textContent()) ?? '', new RegExp(`9 tensors.*${grouped(block)}`));

      await page.locator('#search input').fill('layers.1.');
      await page.locator('#tree[data-query="layers.1."]').waitFor({ state: 'attached' });
      assert.equal(await text(page, '#match-count'), `9 of ${tensors.length} tensors match`);
      assert.equal(await page.locator('#tree .row.tensor').count(), 9);
      await page.locator('#search input').fill('no-such-tensor');
      await page.locator('#tree[data-query="no-such-tensor"]').waitFor({ state: 'attached' });
      assert.equal(await text(page, '#match-count'), 'No tensor name contains this text.');
    });
  });

  test('a GGUF file: metadata, the Q4_K/Q6_K mix and its true bits per weight', async () => {
    await withScreenshot(vscode.page, 'tensors-gguf', async () => {
      await openFromExplorer(vscode, 'tiny-Q4_K_M.gguf');
      const page = await tensorsPage(vscode, titled('tiny-Q4_K_M.gguf'));
      const parameters = ggufTensors.reduce((s, t) => s + t.dims.reduce((a, b) => a * b, 1), 0);
      const bytes = ggufTensors.reduce((s, t) => s + ggufTensorBytes(t), 0);
      assert.equal(await text(page, 'dd[data-key="parameters"]'), grouped(parameters));
      assert.match(await text(page, 'dd[data-key="bytes"]'), new RegExp(`\\(${grouped(bytes)} B\\)$`));
      assert.equal(await text(page, 'dd[data-key="bitsPerWeight"]'), ((8 * bytes) / parameters).toFixed(2));
      assert.equal(await text(page, '#metadata dd[data-key="architecture"]'), 'llama');
      assert.equal(await text(page, '#metadata dd[data-key="contextLength"]'), '4,096');
      assert.equal(await text(page, '#metadata dd[data-key="tokenizer"]'), 'gpt2');
      assert.match(await text(page, '#metadata dd[data-key="chatTemplate"]'), /^present \(53 bytes\)$/);
      assert.equal(await text(page, '#metadata dd[data-key="fileType"]'), 'MOSTLY_Q4_K_M (15)');
      const q6 = ggufTensors.filter((t) => t.type === 14);
      assert.equal(await text(page, '#dtypes tr[data-dtype="Q6_K"] td'), grouped(q6.length));
      assert.equal(await page.locator('#dtypes tr[data-dtype="Q6_K"] td').nth(3).textContent(), '6.56');
    });
  });

  test('a truncated safetensors file shows a clear message, not a crash', async () => {
    await withScreenshot(vscode.page, 'tensors-broken', async () => {
      await openFromExplorer(vscode, 'broken.safetensors');
      const page = await tensorsPage(vscode, '#error-message');
      const message = await text(page, '#error-message');
      assert.match(message, /data section of \d+ bytes \(offsets out of range, or a truncated file\)/);
    });
  });

  test('messages that do not match the protocol are ignored: the page keeps its content', async () => {
    await withScreenshot(vscode.page, 'tensors-malformed', async () => {
      const page = await tensorsPage(vscode, '#error-message');
      const before = await text(page, '#app');
      await postAndFlush(page, [
        null,
        'init',
        { type: 'init' },
        { type: 'init', language: 'fr', strings: {}, content: { kind: 'error', title: 'x', message: 'y' } },
        { type: 'init', language: 'en', strings: {}, content: { kind: 'weights', view: { tensors: 'all' } } },
      ]);
      assert.equal(await text(page, '#app'), before);
    });
  });

  test('no CSP violations or page errors', () => {
    const problems = vscode.consoleMessages.filter((m) => /Content Security Policy|Refused to|Uncaught/i.test(m));
    assert.deepEqual(problems, []);
  });
});
