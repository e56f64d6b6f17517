import * as vscode from 'vscode';
import { EXTENSION_ID } from '../integration/helpers';
import { equal, ok } from './assert';

/** The worker's global scope, as far as these checks need it (the DOM lib types `self` as a Window). */
const scope = globalThis as unknown as { importScripts?: unknown; WorkerGlobalScope?: abstract new () => unknown; process?: unknown; window?: unknown };

describe('web-worker extension host', () => {
  it('runs this suite in a web worker with no Node.js runtime', () => {
    equal(typeof scope.process, 'undefined', 'no Node `process` global');
    equal(typeof scope.window, 'undefined', 'no DOM window (not the workbench page)');
    equal(typeof scope.importScripts, 'function', 'a worker global scope');
    ok(scope.WorkerGlobalScope && globalThis instanceof scope.WorkerGlobalScope, 'globalThis is a WorkerGlobalScope');
    equal(vscode.env.uiKind, vscode.UIKind.Web);
  });

  it('loads LLM Atlas from its `browser` entry into this same worker host', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    ok(extension, `${EXTENSION_ID} is loaded`);
    equal(extension.packageJSON.main, undefined, 'the development copy has no Node entry');
    equal(extension.packageJSON.browser, './dist/web/extension.js');
    // In a remote window (code-server), UI means the local extension host: the browser's web worker;
    // the Node host on the server would report Workspace.
    equal(extension.extensionKind, vscode.ExtensionKind.UI, 'extensionKind');
    await extension.activate();
    equal(extension.isActive, true);
  });

  it('registers every contributed command', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    const contributed: string[] = extension.packageJSON.contributes.commands.map((c: { command: string }) => c.command);
    ok(contributed.length > 0, 'the manifest contributes commands');
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.filter((c) => !registered.has(c));
    equal(missing.join(', '), '', 'contributed commands not registered');
  });
});
