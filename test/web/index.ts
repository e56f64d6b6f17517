// Entry point VS Code calls in the web-worker extension host (`extensionTestsPath`). A worker cannot
// write files, so each result goes out as one console line tagged with RESULT_TAG: the workbench
// forwards extension-host console output of a test run to `codeAutomationLog`, where launch.mjs
// reads it back.
import { mocha } from './setup';
import './host.test';
import './hover.test';
import './panels.test';

/** Must equal RESULT_TAG in launch.mjs. */
const RESULT_TAG = '[llm-atlas-web-result]';

interface WebCaseResult {
  title: string;
  state: 'passed' | 'failed';
  durationMs: number;
  error?: string;
}

function report(payload: WebCaseResult | { done: true; passed: number; failed: number }): void {
  console.log(RESULT_TAG, JSON.stringify(payload));
}

export function run(): Promise<void> {
  let passed = 0;
  let failed = 0;
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      report({ done: true, passed, failed });
      if (failures > 0) reject(new Error(`${failures} web integration test(s) failed`));
      else resolve();
    });
    runner.on('pass', (test) => {
      passed++;
      report({ title: test.fullTitle(), state: 'passed', durationMs: test.duration ?? 0 });
    });
    runner.on('fail', (test, error: Error) => {
      failed++;
      report({ title: test.fullTitle(), state: 'failed', durationMs: test.duration ?? 0, error: String(error?.stack ?? error).slice(0, 4000) });
    });
  });
}
