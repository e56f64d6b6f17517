// Entry point VS Code calls in the extension host (`extensionTestsPath`). Runs every compiled
// *.test.js beside it with mocha, and writes the results as JSON for the launcher to print:
// in code-server the host's console is not the launcher's.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Mocha from 'mocha';

interface CaseResult {
  title: string;
  state: 'passed' | 'failed';
  durationMs: number;
  error?: string;
}

export function run(): Promise<void> {
  const resultsFile = process.env.LLM_ATLAS_RESULTS ?? resolve(__dirname, '../../../test-results/integration.json');
  const grep = process.env.LLM_ATLAS_GREP;
  const mocha = new Mocha({ ui: 'bdd', timeout: 20_000, color: false, reporter: 'spec', ...(grep ? { grep } : {}) });
  for (const file of readdirSync(__dirname).filter((f) => f.endsWith('.test.js')).sort()) mocha.addFile(join(__dirname, file));

  const results: CaseResult[] = [];
  return new Promise((resolvePromise, reject) => {
    const runner = mocha.run((failures) => {
      mkdirSync(dirname(resultsFile), { recursive: true });
      writeFileSync(resultsFile, JSON.stringify({ results }, null, 2));
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolvePromise();
    });
    runner.on('pass', (test) => results.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration ?? 0 }));
    runner.on('fail', (test, error: Error) =>
      results.push({ title: test.fullTitle(), state: 'failed', durationMs: test.duration ?? 0, error: String(error?.stack ?? error) }),
    );
  });
}
