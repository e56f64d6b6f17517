// Benchmark run inside the real VS Code extension host (`extensionTestsPath`). Measures activation,
// the hover provider's latency over a 5,000-line ML file, and extension-host heap growth over
// 10,000 hovers; writes the numbers as JSON to LLM_ATLAS_BENCH_OUT for scripts/bench.mjs.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import * as vscode from 'vscode';
import { AtlasService } from '../../src/adapters/atlas/atlasService';
import { AtlasHoverProvider } from '../../src/adapters/atlas/hoverProvider';
import { nodeReadFile } from '../../src/adapters/nodeReadFile';
import { FileTermScanner } from '../../src/core/sidebar/fileTerms';

const EXTENSION_ID = 'llm-atlas.llm-atlas';

function percentiles(samples: number[]): { p50: number; p95: number; p99: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: sorted[sorted.length - 1] };
}

/** Garbage collection on demand, so heap readings compare live objects rather than GC timing. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

/** Positions spread over the file, each on an identifier (where a user would hover). */
function hoverPositions(document: vscode.TextDocument, count: number): vscode.Position[] {
  const positions: vscode.Position[] = [];
  const step = Math.max(1, Math.floor(document.lineCount / count));
  for (let line = 0; positions.length < count; line = (line + step) % document.lineCount) {
    const text = document.lineAt(line).text;
    const word = /[A-Za-z_][\w.-]{2,}/.exec(text);
    positions.push(new vscode.Position(line, word ? word.index + 1 : 0));
  }
  return positions;
}

export async function run(): Promise<void> {
  const out = process.env.LLM_ATLAS_BENCH_OUT;
  const file = process.env.LLM_ATLAS_BENCH_FILE;
  if (!out || !file) throw new Error('LLM_ATLAS_BENCH_OUT and LLM_ATLAS_BENCH_FILE must be set');
  const extension = vscode.extensions.getExtension(EXTENSION_ID)!;

  // The extension's own measure: evaluating its bundle plus the activate() call.
  const { activationMs, loadMs, activateCallMs } = (await extension.activate()) as { activationMs: number; loadMs: number; activateCallMs: number };

  const document = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  // Read as the Node entry reads it (src/extension.ts).
  const atlas = new AtlasService(extension.extensionUri, nodeReadFile);
  const provider = new AtlasHoverProvider(atlas);
  const firstStarted = performance.now();
  await provider.provideHover(document, new vscode.Position(0, 0));
  const firstHoverMs = performance.now() - firstStarted;

  const positions = hoverPositions(document, 1000);
  for (const p of positions.slice(0, 100)) await provider.provideHover(document, p); // warm the JIT
  const providerMs: number[] = [];
  let hovers = 0;
  for (const position of positions) {
    const started = performance.now();
    const hover = await provider.provideHover(document, position);
    providerMs.push(performance.now() - started);
    if (hover) hovers++;
  }

  // Through VS Code's own hover command: provider plus the host↔workbench round trip.
  const commandMs: number[] = [];
  for (const position of positions.slice(0, 200)) {
    const started = performance.now();
    await vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, position);
    commandMs.push(performance.now() - started);
  }

  // "In this file": one full scan of the document, as the sidebar runs it on an editor switch.
  const { matcher } = await atlas.load();
  const scanMs: number[] = [];
  let distinctTerms = 0;
  for (let i = 0; i < 7; i++) {
    const started = performance.now();
    const scanner = new FileTermScanner(document.getText(), matcher);
    scanner.step();
    distinctTerms = scanner.result().terms.length;
    scanMs.push(performance.now() - started);
  }

  // Planner: the CodeLens on a QLoRA script, first (loads the engine and the known configs), then after edits.
  const script = await vscode.workspace.openTextDocument({ language: 'python', content: readFileSync(join(extension.extensionPath, 'samples/qlora_sft.py'), 'utf8') });
  const lensesOf = () => vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', script.uri);
  const plannerFirstStarted = performance.now();
  await lensesOf();
  const plannerFirstLensMs = performance.now() - plannerFirstStarted;
  const plannerLensMs: number[] = [];
  for (let i = 0; i < 20; i++) {
    const edit = new vscode.WorkspaceEdit();
    edit.insert(script.uri, new vscode.Position(0, 0), '#\n');
    await vscode.workspace.applyEdit(edit);
    const started = performance.now();
    await lensesOf();
    plannerLensMs.push(performance.now() - started);
  }

  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  for (let i = 0; i < 10_000; i++) await provider.provideHover(document, positions[i % positions.length]);
  collectGarbage();
  const heapAfter = process.memoryUsage().heapUsed;

  writeFileSync(
    out,
    JSON.stringify({
      activationMs,
      loadMs,
      activateCallMs,
      firstHoverMs,
      hover: { samples: providerMs.length, withHover: hovers, ...percentiles(providerMs) },
      hoverCommand: { samples: commandMs.length, ...percentiles(commandMs) },
      heapGrowthBytes: heapAfter - heapBefore,
      inThisFile: { distinctTerms, ...percentiles(scanMs) },
      plannerLens: { firstMs: plannerFirstLensMs, ...percentiles(plannerLensMs) },
      fileLines: document.lineCount,
    }),
  );
}
