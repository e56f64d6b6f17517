/**
 * `npm start` as a user runs it: from a shell, in the repository. It must print a URL that serves a
 * working VS Code with LLM Atlas active on samples/, and Ctrl-C must stop everything it started.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { hermeticEnv } from '../host/ensure.mjs';
import { launchBrowser, openWorkbench } from '../launch/vscodeServer.mjs';
import { extensionContributed, hoverWord, openFile, repoRoot, withScreenshot } from './workbench';

/** Pids still alive in a process group. */
function processesIn(group: number): number[] {
  const ps = spawnSync('ps', ['-o', 'pid=', '-g', String(group)], { encoding: 'utf8' });
  return ps.stdout.split('\n').map((line) => Number(line.trim())).filter((pid) => pid > 0);
}

/** Resolves with the first line of output that matches, rejecting if the process ends first. */
function lineMatching(child: ChildProcess, pattern: RegExp, output: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    const onData = (chunk: Buffer) => {
      buffered += chunk.toString();
      output.push(chunk.toString());
      const found = buffered.split('\n').find((line) => pattern.test(line));
      if (found) {
        child.stdout?.off('data', onData);
        resolve(found.trim());
      }
    };
    child.stdout?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`npm start exited (${code}) before printing a URL:\n${output.join('')}`)));
  });
}

describe('npm start (end-to-end)', () => {
  let start: ChildProcess;
  let browser: Browser;
  let page: Page;
  let url: string;
  const output: string[] = [];

  before(async () => {
    // A shell's environment, not that of the `npm test` running this file; its own process group,
    // as a terminal gives a foreground job.
    start = spawn('npm', ['start'], { cwd: repoRoot, env: hermeticEnv(), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    start.stderr?.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    url = (await lineMatching(start, /^\s*http:\/\/127\.0\.0\.1:\d+\/\?folder=/, output)).trim();
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    if (start?.pid && processesIn(start.pid).length > 0) process.kill(-start.pid, 'SIGKILL');
  });

  test('prints the URL of the workbench on samples/', () => {
    const printed = new URL(url);
    assert.equal(printed.searchParams.get('folder'), `${repoRoot}/samples`);
    assert.match(output.join(''), /LLM Atlas is running in VS Code on the sample workspace/);
  });

  test('the URL serves VS Code with LLM Atlas active: a hover on BertForMaskedLM explains BERT', async () => {
    ({ page } = await openWorkbench(browser, url));
    await withScreenshot(page, 'npm-start', async () => {
      await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
      await extensionContributed(page);
      await openFile(page, 'train_mlm.py');
      const hover = await hoverWord(page, 'BertForMaskedLM', 'BERT');
      assert.match((await hover.textContent()) ?? '', /Bidirectional Encoder Representations from Transformers|BERT/);
      assert.match((await hover.textContent()) ?? '', /masked/i);
    });
  });

  test('Ctrl-C stops the server and leaves no process behind', async () => {
    const group = start.pid!;
    const port = Number(new URL(url).port);
    const exited = new Promise<string>((resolve) => start.once('exit', (code, signal) => resolve(signal ?? `exit ${code}`)));
    process.kill(-group, 'SIGINT'); // what a terminal sends the foreground job on Ctrl-C
    // npm reports an interrupted script as such (exit 130 or the signal); what matters is what is left.
    assert.match(await exited, /^(exit 0|exit 130|SIGINT)$/);
    // The npm process has gone; its children are given until they have closed their own children.
    const deadline = Date.now() + 15_000;
    while (processesIn(group).length > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    assert.deepEqual(processesIn(group), [], 'no process of npm start is left');
    await assert.rejects(fetch(`http://127.0.0.1:${port}/healthz`), 'nothing listens on the port any more');
  });
});
