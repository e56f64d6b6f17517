import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { openVsCode, runCommand, webviewFrame, withScreenshot, type Workbench } from './workbench';

describe('Scaling Charts (end-to-end)', () => {
  let vscode: Workbench;
  before(async () => {
    vscode = await openVsCode();
  });
  after(async () => vscode?.close());

  test('opens from the command palette and shows its title inside the webview', async () => {
    await withScreenshot(vscode.page, 'scaling-open', async () => {
      await runCommand(vscode.page, 'LLM Atlas: Show Scaling Charts');
      const frame = await webviewFrame(vscode.page, 'scaling');
      const heading = frame.locator('h1');
      await heading.waitFor();
      assert.equal(await heading.textContent(), 'Scaling Charts');
    });
  });
});
