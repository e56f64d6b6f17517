// Lets a test look into a webview page, which the extension host cannot reach: the test logs a
// query tagged QUERY_TAG, launch.mjs runs it in the page through Playwright and writes the answer
// into the extension's folder, where the test reads it back through `workspace.fs`.
import * as vscode from 'vscode';
import { EXTENSION_ID } from '../integration/helpers';

/** Must equal QUERY_TAG in launch.mjs. */
const QUERY_TAG = '[llm-atlas-web-page-query]';

export interface PageAnswer {
  /** How many elements match, in the first webview of that app that has any. */
  count: number;
  /** Their trimmed text contents. */
  texts: string[];
}

let nextId = 0;

/** The elements matching `selector` inside the webview whose root is `#app[data-app=<app>]`. */
export async function queryWebview(app: string, selector: string, timeoutMs = 20_000): Promise<PageAnswer> {
  const id = `${Date.now()}-${nextId++}`;
  console.log(QUERY_TAG, JSON.stringify({ id, app, selector, timeoutMs }));
  const answerUri = vscode.Uri.joinPath(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, 'test', 'page-answers', `${id}.json`);
  const deadline = Date.now() + timeoutMs + 10_000;
  while (Date.now() < deadline) {
    try {
      const answer = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(answerUri)));
      if (answer.error) throw new Error(`page query failed: ${answer.error}`);
      return answer as PageAnswer;
    } catch (error) {
      if (!(error instanceof vscode.FileSystemError)) throw error;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`no answer from the launcher to the page query "${selector}" in "${app}"`);
}
