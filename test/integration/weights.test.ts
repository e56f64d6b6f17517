import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { llamaParameters, llamaTensors, shard, writeSafetensors, type LlamaShape } from '../unit/weights/writers';
import { setSetting } from './helpers';

const TENSORS_VIEW_TYPE = 'llmAtlas.tensors';
const OPEN_TENSORS = 'llmAtlas.openTensors';

function hoverText(hover: vscode.Hover): string {
  return hover.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
}

async function hoversAt(uri: vscode.Uri, position: vscode.Position): Promise<string[]> {
  return ((await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? []).map(hoverText);
}

async function lensTitles(uri: vscode.Uri): Promise<Array<{ title: string; command?: string; args?: unknown[] }>> {
  const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri, 10)) ?? [];
  return lenses.map((l) => ({ title: l.command?.title ?? '', command: l.command?.command, args: l.command?.arguments }));
}

function positionOf(document: vscode.TextDocument, needle: string, offset = 2): vscode.Position {
  const index = document.getText().indexOf(needle);
  assert.ok(index >= 0, `"${needle}" in ${document.uri.path}`);
  return document.positionAt(index + offset);
}

const grouped = (n: number) => n.toLocaleString('en-US');

// A model whose config counts an untied head while the checkpoint ties it: the weights lack lm_head.
const SHAPE: LlamaShape = { layers: 4, hidden: 64, intermediate: 128, vocab: 100, heads: 4, kvHeads: 2 };
const config = (s: LlamaShape) =>
  JSON.stringify({ model_type: 'llama', architectures: ['LlamaForCausalLM'], hidden_size: s.hidden, intermediate_size: s.intermediate, num_hidden_layers: s.layers, num_attention_heads: s.heads, num_key_value_heads: s.kvHeads, vocab_size: s.vocab, max_position_embeddings: 256, tie_word_embeddings: !!s.tied }, null, 2);

describe('weights on disk: index.json, config.json and the tensors editor', () => {
  let folder: string;
  const weightsShape = { ...SHAPE, tied: true };
  before(async () => {
    await setSetting('llmAtlas.language', 'en');
    folder = mkdtempSync(join(tmpdir(), 'llm-atlas-weights-'));
    const { files, index } = shard(llamaTensors(weightsShape), 3);
    for (const f of files) writeFileSync(join(folder, f.name), writeSafetensors(f.tensors));
    writeFileSync(join(folder, 'model.safetensors.index.json'), index);
    writeFileSync(join(folder, 'config.json'), config(SHAPE));
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await setSetting('llmAtlas.language', undefined);
    rmSync(folder, { recursive: true, force: true });
  });

  it('the CodeLens on model.safetensors.index.json gives the exact count from the shards and opens the tensors', async () => {
    const uri = vscode.Uri.file(join(folder, 'model.safetensors.index.json'));
    await vscode.workspace.openTextDocument(uri);
    const lenses = (await lensTitles(uri)).filter((l) => l.command === OPEN_TENSORS);
    assert.equal(lenses.length, 1, JSON.stringify(await lensTitles(uri)));
    const expected = llamaParameters(weightsShape);
    assert.match(lenses[0].title, new RegExp(`^LLM Atlas: ${grouped(expected)} parameters \\(.*\\) · .* on disk · BF16 · 16\\.00 bits/weight$`));
    assert.equal(String(lenses[0].args?.[0]), vscode.Uri.file(join(folder, 'model-00001-of-00003.safetensors')).toString());
  });

  it('hovers on the index: the whole checkpoint on "weight_map", one tensor on its name', async () => {
    const document = await vscode.workspace.openTextDocument(vscode.Uri.file(join(folder, 'model.safetensors.index.json')));
    const onMap = (await hoversAt(document.uri, positionOf(document, '"weight_map"'))).join('\n');
    assert.match(onMap, new RegExp(`${grouped(llamaParameters(weightsShape))} parameters`));
    assert.match(onMap, /tensors in 3 files/);
    assert.match(onMap, /From the shards' headers; no tensor data was read/);
    const onTensor = (await hoversAt(document.uri, positionOf(document, '"model.layers.2.mlp.down_proj.weight"'))).join('\n');
    // down_proj: [hidden, intermediate] = [64, 128] in BF16: 8,192 parameters, 16,384 bytes.
    assert.match(onTensor, /BF16 \[64, 128\] · 8,192 parameters · 16\.4 KB \(16,384 B\)/);
  });

  it('config.json beside the weights shows both counts and names the missing head', async () => {
    const uri = vscode.Uri.file(join(folder, 'config.json'));
    await vscode.workspace.openTextDocument(uri);
    const weights = llamaParameters(weightsShape);
    const configured = llamaParameters(SHAPE);
    const lens = (await lensTitles(uri)).find((l) => l.command === OPEN_TENSORS);
    assert.ok(lens, JSON.stringify(await lensTitles(uri)));
    assert.equal(lens.title, `LLM Atlas: Weights on disk: ${grouped(weights)} ≠ config ${grouped(configured)}: −6.4K (lm_head.weight)`);
    const document = await vscode.workspace.openTextDocument(uri);
    const hover = (await hoversAt(uri, positionOf(document, '"model_type"'))).join('\n');
    assert.match(hover, /lm\\_head\.weight is not stored \(6,400 = 100 × 64 parameters\)/);
  });

  it('openTensors opens the read-only tensors editor on a shard', async () => {
    const shardUri = vscode.Uri.file(join(folder, 'model-00002-of-00003.safetensors'));
    assert.equal(await vscode.commands.executeCommand(OPEN_TENSORS, shardUri), true);
    const tab = vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputCustom && t.input.viewType === TENSORS_VIEW_TYPE);
    assert.ok(tab, 'a tensors editor tab');
    assert.equal((tab.input as vscode.TabInputCustom).uri.toString(), shardUri.toString());
  });
});

describe('weights on disk: the local Hugging Face cache hover', () => {
  const hash = '1234567890abcdef1234567890abcdef12345678';
  const shape: LlamaShape = { layers: 2, hidden: 128, intermediate: 256, vocab: 320, heads: 4, kvHeads: 4, tied: true };
  let cache: string;
  const previous = process.env.HF_HUB_CACHE;
  before(async () => {
    await setSetting('llmAtlas.language', 'en');
    // The suite runs in the extension's own host process: a cache of its own, never the user's.
    cache = mkdtempSync(join(tmpdir(), 'llm-atlas-hf-cache-'));
    process.env.HF_HUB_CACHE = cache;
    const model = join(cache, 'models--acme-test--tiny-llama');
    mkdirSync(join(model, 'refs'), { recursive: true });
    mkdirSync(join(model, 'snapshots', hash), { recursive: true });
    writeFileSync(join(model, 'refs', 'main'), hash);
    // As huggingface_hub lays files out: content in blobs/<sha>, snapshot entries are relative symlinks.
    mkdirSync(join(model, 'blobs'));
    const blobs: Array<[string, string | Uint8Array]> = [['config.json', config(shape)], ['model.safetensors', writeSafetensors(llamaTensors(shape))]];
    blobs.forEach(([name, content], i) => {
      const blob = `${String(i).repeat(8)}${'ab'.repeat(28)}`;
      writeFileSync(join(model, 'blobs', blob), content);
      symlinkSync(join('..', '..', 'blobs', blob), join(model, 'snapshots', hash, name));
    });
  });
  after(async () => {
    await setSetting('llmAtlas.language', undefined);
    if (previous === undefined) delete process.env.HF_HUB_CACHE;
    else process.env.HF_HUB_CACHE = previous;
    rmSync(cache, { recursive: true, force: true });
  });

  it('from_pretrained("acme-test/tiny-llama") shows the exact count read from the cache', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'python', content: 'from transformers import AutoModelForCausalLM\nmodel = AutoModelForCausalLM.from_pretrained("acme-test/tiny-llama")\n' });
    const hovers = await hoversAt(document.uri, positionOf(document, 'acme-test/tiny-llama', 4));
    const ours = hovers.find((h) => h.includes('local Hugging Face cache'));
    assert.ok(ours, hovers.join('\n---\n'));
    const exact = grouped(llamaParameters(shape));
    assert.match(ours, /\*\*acme-test\/tiny-llama\*\* — local Hugging Face cache/);
    assert.match(ours, /snapshot `1234567890ab` \(refs\/main\); nothing was downloaded/);
    assert.match(ours, new RegExp(`config\\.json: ${exact} parameters .* LlamaForCausalLM`));
    assert.match(ours, new RegExp(`Weights: ${exact} parameters`));
    assert.match(ours, /they match exactly/);
  });

  it('vLLM LLM(model=...) and pipeline(model=...) get the same hover; an id not in the cache gets none', async () => {
    const content = 'llm = LLM(model="acme-test/tiny-llama")\npipe = pipeline("text-generation", model="acme-test/tiny-llama")\nother = AutoModel.from_pretrained("acme-test/not-downloaded")\n';
    const document = await vscode.workspace.openTextDocument({ language: 'python', content });
    for (const line of [0, 1]) {
      const text = document.lineAt(line).text;
      const hovers = await hoversAt(document.uri, new vscode.Position(line, text.indexOf('acme-test') + 3));
      assert.ok(hovers.some((h) => h.includes('local Hugging Face cache')), `line ${line}: ${hovers.join(' | ')}`);
    }
    const missing = await hoversAt(document.uri, new vscode.Position(2, document.lineAt(2).text.indexOf('acme-test') + 3));
    assert.ok(!missing.some((h) => h.includes('local Hugging Face cache')), missing.join(' | '));
  });

  it('the planner reads a cached model: LLM(model=...) gets a plan, an id not in the cache names the cache it looked in', async () => {
    const lensesOf = async (content: string) => {
      const document = await vscode.workspace.openTextDocument({ language: 'python', content });
      const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri)) ?? [];
      return lenses.filter((lens) => lens.command?.command === 'llmAtlas.openPlanner');
    };
    const [cached] = await lensesOf('from vllm import LLM\nllm = LLM(model="acme-test/tiny-llama", max_model_len=2048)\n');
    assert.match(cached?.command?.title ?? '', /^≈ [\d.]+ GiB per GPU · weights [\d.]+ · KV cache [\d.]+ · overhead 1\.0/);
    assert.match(cached?.command?.tooltip ?? '', /From the code: Sequence length \(line 2: max_model_len=2048\); Model \(line 2: model="acme-test\/tiny-llama"\)/);
    const [missing] = await lensesOf('from vllm import LLM\nllm = LLM(model="acme-test/not-downloaded")\n');
    assert.equal(
      missing?.command?.title,
      `LLM Atlas planner: "acme-test/not-downloaded" is not among the known configs, no config.json for it was found in the workspace (a folder of that name, or models/not-downloaded/config.json), and it is not in the local Hugging Face cache (${cache})`,
    );
  });

  it('in Korean, the cache hover is in Korean', async () => {
    await setSetting('llmAtlas.language', 'ko');
    const document = await vscode.workspace.openTextDocument({ language: 'python', content: 'm = AutoModelForCausalLM.from_pretrained("acme-test/tiny-llama")' });
    const hovers = await hoversAt(document.uri, positionOf(document, 'acme-test/tiny-llama', 4));
    const ours = hovers.find((h) => h.includes('로컬 Hugging Face 캐시'));
    assert.ok(ours, hovers.join('\n---\n'));
    assert.match(ours, new RegExp(`파라미터 ${grouped(llamaParameters(shape))}개`));
    await setSetting('llmAtlas.language', 'en');
  });
});
