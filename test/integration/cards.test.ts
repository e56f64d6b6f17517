import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { entryCard } from '../../src/core/cards/entryCard';
import { CardView } from '../../src/core/cards/viewModel';
import { deserializeAtlas } from '../../src/core/knowledge/serialized';
import { repoUri, setSetting, whenTabs } from './helpers';

const VIEW_TYPE = 'llmAtlas.architectureCards';

/** The Architecture Cards tab, if one is open (webview tabs report `mainThreadWebview-<viewType>`). */
function cardsTab(): vscode.Tab | undefined {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .find((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(VIEW_TYPE));
}

async function timed(command: string, ...args: unknown[]): Promise<{ result: unknown; ms: number }> {
  const started = Date.now();
  const result = await vscode.commands.executeCommand(command, ...args);
  return { result, ms: Date.now() - started };
}

describe('Architecture Cards', () => {
  before(() => setSetting('llmAtlas.language', 'en'));
  after(async () => {
    await setSetting('llmAtlas.language', undefined);
    const tab = cardsTab();
    if (tab) await vscode.window.tabGroups.close(tab);
  });

  it('"Show Architecture Cards" opens the panel on the catalogue', async () => {
    const { result, ms } = await timed('llmAtlas.showArchitectureCards');
    assert.equal(result, true);
    const tab = await whenTabs('the cards tab', cardsTab);
    assert.match(tab.label, /Architecture Cards/);
    console.log(`      show → catalogue rendered: ${ms} ms`);
  });

  it('"Open card" shows the model’s card, titled with its name, within a second once open', async () => {
    const { result, ms } = await timed('llmAtlas.openCard', 'distilbert');
    assert.equal(result, true);
    assert.match(cardsTab()!.label, /DistilBERT/);
    assert.ok(ms < 1000, `openCard took ${ms} ms`);
    console.log(`      openCard → card rendered (panel open): ${ms} ms`);
  });

  it('opens a card from a closed panel (the hover-link path) and reports the time', async () => {
    await vscode.window.tabGroups.close(cardsTab()!);
    await whenTabs('the tab to close', () => !cardsTab());
    const { result, ms } = await timed('llmAtlas.openCard', 'gpt-2');
    assert.equal(result, true);
    assert.match(cardsTab()!.label, /GPT-2/);
    assert.ok(ms < 5000, `cold openCard took ${ms} ms`);
    console.log(`      openCard → card rendered (new panel): ${ms} ms`);
  });

  it('opens a model by one of its sizes, and a family concept as its family card', async () => {
    assert.equal(await vscode.commands.executeCommand('llmAtlas.openCard', 't5-small'), true);
    assert.match(cardsTab()!.label, /T5/);
    assert.equal(await vscode.commands.executeCommand('llmAtlas.openCard', 'mixture-of-experts'), true);
    assert.match(cardsTab()!.label, /Mixture of Experts/);
  });

  it('rejects unknown or malformed ids with a message instead of failing', async () => {
    assert.equal(await vscode.commands.executeCommand('llmAtlas.openCard', 'not-an-entry'), false);
    assert.equal(await vscode.commands.executeCommand('llmAtlas.openCard', { evil: true }), false);
    assert.equal(await vscode.commands.executeCommand('llmAtlas.openCard'), false);
  });

  it('compares 2–4 models or families side by side', async () => {
    assert.equal(await vscode.commands.executeCommand('llmAtlas.compareCards', ['bert', 'gpt-2', 'encoder-decoder']), true);
    assert.match(cardsTab()!.label, /Compare: BERT · GPT-2 · Encoder–decoder/);
    assert.equal(await vscode.commands.executeCommand('llmAtlas.compareCards', ['bert']), false);
    assert.equal(await vscode.commands.executeCommand('llmAtlas.compareCards', 'bert'), false);
  });

  it('every model in the shipped atlas has a renderable card, and a few open through the command', async () => {
    const bytes = await vscode.workspace.fs.readFile(repoUri('dist/atlas.json'));
    const kb = deserializeAtlas(new TextDecoder().decode(bytes));
    const models = kb.ofKind('model');
    assert.ok(models.length > 40, `${models.length} models`);
    for (const lang of ['en', 'ko'] as const) {
      for (const entry of models) {
        const view = entryCard({ kb, lang }, entry.id);
        const parsed = CardView.safeParse(view);
        assert.ok(parsed.success, `${entry.id} (${lang})`);
      }
    }
    for (const id of ['bert', 'albert', 'gpt-4', 'mixtral-8x7b', 'llama-2']) {
      assert.equal(await vscode.commands.executeCommand('llmAtlas.openCard', id), true, id);
      assert.match(cardsTab()!.label, new RegExp(kb.get(id)!.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')), id);
    }
    console.log(`      ${models.length} model cards (+ 4 family cards, objectives, compare)`);
  });

  it('follows llmAtlas.language: the panel re-renders in Korean', async () => {
    await vscode.commands.executeCommand('llmAtlas.openCard', 'bert');
    await setSetting('llmAtlas.language', 'ko');
    try {
      await whenTabs('a Korean title', () => /[\uac00-\ud7a3]/.test(cardsTab()?.label ?? ''));
    } finally {
      await setSetting('llmAtlas.language', 'en');
    }
    await whenTabs('the English title again', () => /BERT/.test(cardsTab()?.label ?? '') && !/[\uac00-\ud7a3]/.test(cardsTab()?.label ?? ''));
  });
});
