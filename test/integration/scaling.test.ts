import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SCALING_VIEW_TYPE } from '../../src/core/protocol/scalingCharts';
import { whenTabs } from './helpers';

function scalingTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(SCALING_VIEW_TYPE));
}

async function closeScalingCharts(): Promise<void> {
  await vscode.window.tabGroups.close(scalingTabs());
  await whenTabs('the Scaling Charts tab to close', () => scalingTabs().length === 0);
}

describe('scaling charts: commands', () => {
  beforeEach(closeScalingCharts);
  after(closeScalingCharts);

  it('"Show Scaling Charts" opens one panel, and running it again reveals the same one', async () => {
    await vscode.commands.executeCommand('llmAtlas.showScalingCharts');
    await whenTabs('a Scaling Charts tab', () => scalingTabs().length === 1);
    assert.match(scalingTabs()[0].label, /Scaling Charts/);
    await vscode.commands.executeCommand('llmAtlas.showScalingCharts');
    assert.equal(scalingTabs().length, 1);
  });

  // Model ids (also a variant's id) go to the growth chart; scaling-law topics open their tab.
  for (const id of ['gpt-3', 'bert-large', 'chinchilla-scaling-laws']) {
    it(`"Show on Scaling Chart" with the atlas id "${id}" opens the panel`, async () => {
      assert.equal(await vscode.commands.executeCommand('llmAtlas.showOnScalingChart', id), true);
      await whenTabs('a Scaling Charts tab', () => scalingTabs().length === 1);
    });
  }

  it('"Show on Scaling Chart" with the user\'s model (with and without training tokens) opens the panel', async () => {
    await vscode.commands.executeCommand('llmAtlas.showOnScalingChart', { userModel: { label: 'my-7b', parameters: 6.74e9, trainingTokens: 2e12 } });
    await whenTabs('a Scaling Charts tab', () => scalingTabs().length === 1);
    await vscode.commands.executeCommand('llmAtlas.showOnScalingChart', { userModel: { label: 'my-7b', parameters: 6.74e9 } });
    assert.equal(scalingTabs().length, 1);
  });

  const garbage: Array<[string, unknown]> = [
    ['no argument', undefined],
    ['null', null],
    ['a number', 42],
    ['an empty string', ''],
    ['an id that is not kebab-case', 'GPT 3!'],
    ['an unknown id', 'no-such-model'],
    ['an entry with no place on the charts', 'masked-language-modeling'],
    ['a user model without a label', { userModel: { label: '', parameters: 1e9 } }],
    ['a user model with a negative size', { userModel: { label: 'x', parameters: -1 } }],
    ['a user model with an infinite size', { userModel: { label: 'x', parameters: Infinity } }],
    ['a user model with text for numbers', { userModel: { label: 'x', parameters: '7B' } }],
    ['an array', ['gpt-3']],
  ];
  for (const [what, argument] of garbage) {
    it(`"Show on Scaling Chart" with ${what} warns instead of throwing, and opens nothing`, async () => {
      // The command answers whether it opened the panel; a refusal opens nothing.
      assert.equal(await vscode.commands.executeCommand('llmAtlas.showOnScalingChart', argument), false);
      assert.equal(scalingTabs().length, 0);
    });
  }
});
