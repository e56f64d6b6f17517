import * as vscode from 'vscode';
import { SCALING_VIEW_TYPE } from '../../src/core/protocol/scalingCharts';
import { SIDEBAR_VIEW_ID } from '../../src/core/protocol/sidebar';
import { openSample, whenTabs } from '../integration/helpers';
import { equal, ok } from './assert';
import { queryWebview } from './pageQuery';

function webviewTabOf(viewType: string): vscode.Tab | undefined {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .find((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(viewType));
}

// What the pages show is read while the suite runs: when it ends, the worker host stops and the
// sidebar's webview goes with it.
describe('webviews served by the web-worker host', () => {
  it('opens the Scaling Charts panel, whose page renders its title once the host has sent the init', async () => {
    await vscode.commands.executeCommand('llmAtlas.showScalingCharts');
    const tab = await whenTabs('a Scaling Charts tab', () => webviewTabOf(SCALING_VIEW_TYPE));
    ok(tab.label.includes('Scaling Charts'), `tab label "${tab.label}"`);
    // The page draws its heading only on the host's `init` answer to its `ready`.
    const heading = await queryWebview('scaling', 'h1');
    equal(heading.texts[0], 'Scaling Charts');
  });

  it('shows the sidebar view, whose page lists the terms the host found in the open file', async () => {
    await vscode.window.showTextDocument(await openSample('train_mlm.py'));
    await vscode.commands.executeCommand(`${SIDEBAR_VIEW_ID}.focus`);
    // The groups exist only once the host's `init` (the atlas) has arrived; the file's terms come
    // from the host's scan of the active editor.
    const groups = await queryWebview('sidebar', '.row.header');
    ok(groups.count > 1, `the sidebar shows "In this file" and the browse groups (got ${groups.texts.join(' | ')})`);
    const terms = await queryWebview('sidebar', 'section[data-section="file"] .row.item .label');
    ok(terms.texts.includes('BERT'), `BERT among the terms of train_mlm.py (got ${terms.texts.join(', ')})`);
  });
});
