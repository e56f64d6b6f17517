import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { PLANNER_VIEW_TYPE } from '../../src/core/protocol/planner';
import { SCALING_VIEW_TYPE } from '../../src/core/protocol/scalingCharts';
import { closeAllEditors, openSample, sampleUri, setSetting } from './helpers';

const OPEN_PLANNER = 'llmAtlas.openPlanner';
const GIB = 1024 ** 3;
const gib = (bytes: number) => (bytes / GIB).toFixed(1);

async function plannerLenses(uri: vscode.Uri): Promise<vscode.CodeLens[]> {
  const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)) ?? [];
  return lenses.filter((lens) => lens.command?.command === OPEN_PLANNER);
}

function tabsOf(viewType: string): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(viewType));
}

async function waitFor(condition: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

function lineOf(document: vscode.TextDocument, needle: string): number {
  const index = document.getText().indexOf(needle);
  assert.ok(index >= 0, needle);
  return document.positionAt(index).line;
}

describe('planner: CodeLens on training and serving scripts', () => {
  before(() => setSetting('llmAtlas.language', 'en'));
  after(() => setSetting('llmAtlas.language', undefined));

  it('samples/qlora_sft.py: one lens on the SFTTrainer call with the per-GPU figures, computed here from Mistral-7B\'s dimensions', async () => {
    const document = await openSample('qlora_sft.py');
    const lenses = await plannerLenses(document.uri);
    assert.equal(lenses.length, 1);
    assert.equal(lenses[0].range.start.line, lineOf(document, 'SFTTrainer(\n'));
    // Mistral-7B: h 4096, 8 K/V heads of 128, MLP 14336, 32 layers, vocab 32000, untied head.
    const [h, kv, i, L, v] = [4096, 1024, 14336, 32, 32000];
    const linear = L * (2 * h * h + 2 * h * kv + 3 * h * i);
    const rest = 7_241_732_096 - linear;
    const weights = (linear * (4 + 8 / 64 + 32 / (64 * 256))) / 8 + 2 * rest; // NF4 + double quantization
    // r = 16 on q, k, v, o, gate, up, down: r·(in + out) each.
    const trainable = L * 16 * (2 * h + (h + kv) * 2 + 2 * h + 2 * (h + i) + (i + h));
    const state = trainable * (4 + 4 + 2); // fp32 weight and gradient, two 1-byte moments (8-bit AdamW)
    const [s, b] = [2048, 4];
    const layer = s * b * (3 * h + 4 * h + 4 * kv + (3 * h + 8 * i) + 4 * h); // fused attention: no score tensors
    const activations = L * 2 * s * b * h + layer + s * b * h * 5 + 4 * s * b * v; // gradient checkpointing
    const total = weights + state + activations + GIB;
    assert.equal(
      lenses[0].command?.title,
      `≈ ${gib(total)} GiB per GPU · weights ${gib(weights)} · LoRA + 8-bit AdamW ${gib(state)} · activations ${gib(activations)} · overhead 1.0 · fits H100 80 GB`,
    );
    const tooltip = lenses[0].command?.tooltip ?? '';
    assert.match(tooltip, new RegExp(`LoRA rank \\(line ${lineOf(document, '    r=16,') + 1}: r=16\\)`));
    assert.match(tooltip, /Model \(line \d+: model_id\)/);
    assert.match(tooltip, /Defaults and assumptions: .*GPU count/);
  });

  it('samples/serve_vllm.py: Mixtral over two GPUs in bf16, an fp8 KV cache, and how many 32K sequences fit', async () => {
    const document = await openSample('serve_vllm.py');
    const lenses = await plannerLenses(document.uri);
    assert.equal(lenses.length, 1);
    assert.equal(lenses[0].range.start.line, lineOf(document, 'llm = LLM('));
    const weights = (2 * 46_702_792_704) / 2; // bf16, split over tensor_parallel_size=2
    const kvPerSequence = (32768 * 32 * 2 * 8 * 128 * 1) / 2; // fp8, K/V heads split over the two GPUs
    const room = Math.floor((0.9 * 80 * GIB - weights - GIB) / kvPerSequence);
    assert.equal(
      lenses[0].command?.title,
      `≈ ${gib(weights + kvPerSequence + GIB)} GiB per GPU · weights ${gib(weights)} · KV cache ${gib(kvPerSequence)} · overhead 1.0 · room for ${room} × 32K-token sequences (H100 80 GB)`,
    );
    assert.match(lenses[0].command?.tooltip ?? '', /From the model config: Weights \(config\.json torch_dtype\)/);
  });

  it('samples/train_clm.py: the model comes from a config dict, so the lens names what it cannot read', async () => {
    const document = await openSample('train_clm.py');
    const lenses = await plannerLenses(document.uri);
    assert.equal(lenses.length, 1);
    assert.equal(lenses[0].command?.title, 'LLM Atlas planner: the model is not known: `cfg["model_name_or_path"]` is not a literal, so its value is not known before the script runs.');
  });

  it('Korean relabels the lens', async () => {
    await setSetting('llmAtlas.language', 'ko');
    try {
      const document = await openSample('qlora_sft.py');
      const title = (await plannerLenses(document.uri))[0]?.command?.title ?? '';
      assert.match(title, /^GPU당 ≈ [\d.]+ GiB · 가중치 [\d.]+ · LoRA \+ 8-bit AdamW [\d.]+ · 활성값 [\d.]+ · 오버헤드 1\.0 · H100 80 GB에 들어감$/);
    } finally {
      await setSetting('llmAtlas.language', 'en');
    }
  });
});

describe('planner: bad input', () => {
  it('a 1 MB single-line Python file, binary-looking text and broken calls give no lens and no error', async () => {
    for (const content of [`x = [${'1, '.repeat(350_000)}]`, '\u0000\u0001\u0002 Trainer( \uFFFD', `Trainer(${'('.repeat(20_000)}`, 'LLM(model=f"{name}")']) {
      const document = await vscode.workspace.openTextDocument({ language: 'python', content });
      const lenses = await plannerLenses(document.uri);
      for (const lens of lenses) assert.match(lens.command?.title ?? '', /^LLM Atlas planner: /);
    }
  });

  it('an unknown model id is named, with where it was looked for', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'python', content: 'from vllm import LLM\nllm = LLM(model="nobody/private-13b")\n' });
    const title = (await plannerLenses(document.uri))[0]?.command?.title ?? '';
    assert.match(title, /^LLM Atlas planner: "nobody\/private-13b" is not among the known configs, no config\.json for it was found in the workspace \(a folder of that name, or models\/private-13b\/config\.json\), and it is not in the local Hugging Face cache \(\/.*hub\)$/);
  });
});

describe('planner: the panel and the Chinchilla chart', () => {
  before(() => setSetting('llmAtlas.language', 'en'));
  after(async () => {
    await vscode.window.tabGroups.close([...tabsOf(PLANNER_VIEW_TYPE), ...tabsOf(SCALING_VIEW_TYPE)]);
    await setSetting('llmAtlas.language', undefined);
  });

  it("the lens's command opens one Planner panel; running it again reveals the same one", async () => {
    const document = await openSample('qlora_sft.py');
    const [lens] = await plannerLenses(document.uri);
    assert.equal(await vscode.commands.executeCommand(OPEN_PLANNER, ...(lens.command?.arguments ?? [])), true);
    await waitFor(() => tabsOf(PLANNER_VIEW_TYPE).length === 1, 'a Planner tab');
    assert.match(tabsOf(PLANNER_VIEW_TYPE)[0].label, /Planner/);
    await vscode.commands.executeCommand(OPEN_PLANNER, sampleUri('serve_vllm.py').toString(), 0);
    assert.equal(tabsOf(PLANNER_VIEW_TYPE).length, 1);
  });

  it('garbage arguments without a Python editor open nothing', async () => {
    await closeAllEditors();
    for (const args of [[42], [{ uri: 'x' }], ['x'.repeat(5000)]]) assert.equal(await vscode.commands.executeCommand(OPEN_PLANNER, ...args), false);
  });

  it('a planned run goes to the Scaling Charts with its tab', async () => {
    await vscode.commands.executeCommand('llmAtlas.showOnScalingChart', { userModel: { label: 'Mistral-7B QLoRA', parameters: 7.24e9, trainingTokens: 3.3e7 }, tab: 'chinchilla' });
    await waitFor(() => tabsOf(SCALING_VIEW_TYPE).length === 1, 'a Scaling Charts tab');
  });
});
