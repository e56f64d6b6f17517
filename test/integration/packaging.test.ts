import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, repoUri } from './helpers';

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function names(uri: vscode.Uri): Promise<string[]> {
  return (await vscode.workspace.fs.readDirectory(uri)).map(([name]) => name);
}

describe('the extension under test', () => {
  const extension = () => vscode.extensions.getExtension(EXTENSION_ID)!;

  it('is the one the launcher meant: the installed .vsix, or this repository', () => {
    const underTest = process.env.LLM_ATLAS_UNDER_TEST;
    const fromRepo = extension().extensionUri.toString() === repoUri('').toString().replace(/\/$/, '');
    assert.ok(underTest === 'vsix' || underTest === 'development', `LLM_ATLAS_UNDER_TEST=${underTest}`);
    assert.equal(fromRepo, underTest === 'development', `loaded from ${extension().extensionUri.fsPath}`);
  });

  it('carries everything it runs on: the atlas, known configs, every webview bundle, l10n, snippets, walkthrough media', async () => {
    const root = extension().extensionUri;
    const pkg = extension().packageJSON;
    const required = ['dist/extension.js', 'dist/web/extension.js', 'dist/atlas.json', 'dist/known-configs.json', `${pkg.l10n}/bundle.l10n.ko.json`, 'package.nls.ko.json'];
    for (const snippet of pkg.contributes.snippets) required.push(snippet.path);
    for (const walkthrough of pkg.contributes.walkthroughs) {
      for (const step of walkthrough.steps) required.push(step.media.markdown ?? step.media.image);
    }
    required.push(pkg.icon);
    // Every webview app of the repository (webview/<app>/main.ts) has its script and stylesheet.
    for (const [app, type] of await vscode.workspace.fs.readDirectory(repoUri('webview'))) {
      if (type !== vscode.FileType.Directory || !(await exists(repoUri(`webview/${app}/main.ts`)))) continue;
      required.push(`dist/webview/${app}.js`, `dist/webview/${app}-style.css`);
    }
    const missing: string[] = [];
    for (const path of required) if (!(await exists(vscode.Uri.joinPath(root, path)))) missing.push(path);
    assert.deepEqual(missing, []);
    assert.ok(required.length > 12, `${required.length} files checked`);
  });

  // Only a package can leave things out; the development copy is the repository itself.
  if (process.env.LLM_ATLAS_UNDER_TEST !== 'vsix') return;
  it('ships no source maps, sources or tests', async () => {
    const root = extension().extensionUri;
    const top = await names(root);
    for (const unwanted of ['src', 'test', 'webview', 'node_modules', 'samples', 'scripts']) assert.ok(!top.includes(unwanted), `${unwanted}/ is not packaged`);
    const dist = await names(vscode.Uri.joinPath(root, 'dist'));
    assert.deepEqual(dist.filter((name) => name.endsWith('.map')), []);
  });
});
