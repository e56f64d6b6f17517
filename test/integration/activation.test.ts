import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID } from './helpers';

describe('activation', () => {
  it('activates in the extension host and registers every contributed command', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is loaded`);
    await extension.activate();
    assert.equal(extension.isActive, true);
    const contributed: string[] = extension.packageJSON.contributes.commands.map((c: { command: string }) => c.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.filter((c) => !registered.has(c));
    assert.deepEqual(missing, []);
    assert.ok(contributed.length > 0);
  });

  it('contributes every command under the "LLM Atlas" category', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    for (const command of extension.packageJSON.contributes.commands) {
      assert.equal(command.category, 'LLM Atlas', command.command);
    }
  });
});
