import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { openSample, positionOf, sampleUri, setSetting, whenTabs } from './helpers';

const ESTIMATE_COMMAND = 'llmAtlas.estimateModelFromConfig';
const REPORT_VIEW_TYPE = 'llmAtlas.estimatorReport';

function hoverText(hover: vscode.Hover): string {
  return hover.contents.map((c) => (typeof c === 'string' ? c : 'value' in c ? c.value : '')).join('\n');
}

/** The estimator's hover at a position (the atlas's term hovers are left out), or undefined. */
async function estimateHoverAt(uri: vscode.Uri, position: vscode.Position): Promise<string | undefined> {
  const hovers = (await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position)) ?? [];
  const ours = hovers.map(hoverText).filter((text) => /LLM Atlas estimate|LLM Atlas: Cannot estimate/.test(text));
  return ours.length > 0 ? ours.join('\n') : undefined;
}

async function configHover(model: string, needle: string, offset = 2): Promise<string> {
  const document = await openSample(`models/${model}/config.json`);
  const text = await estimateHoverAt(document.uri, positionOf(document, needle, { offset }));
  assert.ok(text, `an estimate hover on ${needle} in ${model}/config.json`);
  return text;
}

async function untitled(language: string, content: string): Promise<vscode.TextDocument> {
  return vscode.workspace.openTextDocument({ language, content });
}

function reportTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(REPORT_VIEW_TYPE));
}

describe('estimator: hovers on config.json', () => {
  before(() => setSetting('llmAtlas.language', 'en'));
  after(() => setSetting('llmAtlas.language', undefined));

  const references: Array<[model: string, exact: string, rounded: string, countedAs: string]> = [
    ['gpt2', '124,439,808', '124M', 'GPT2LMHeadModel'],
    ['bert-base-uncased', '109,482,240', '109M', 'BertModel'],
    ['t5-small', '60,506,624', '60.5M', 'T5ForConditionalGeneration'],
    ['Llama-2-7b-hf', '6,738,415,616', '6.74B', 'LlamaForCausalLM'],
    ['Mistral-7B-v0.1', '7,241,732,096', '7.24B', 'MistralForCausalLM'],
    ['Mixtral-8x7B-v0.1', '46,702,792,704', '46.7B', 'MixtralForCausalLM'],
  ];
  for (const [model, exact, rounded, countedAs] of references) {
    it(`${model}: ${exact} parameters on "model_type"`, async () => {
      const text = await configHover(model, '"model_type"');
      assert.ok(text.includes(`**${exact} parameters** (${rounded})`), text.slice(0, 400));
      assert.ok(text.includes(`\`${countedAs}`), `counted as ${countedAs}`);
      assert.match(text, /Forward FLOPs per token/);
      assert.match(text, /Chinchilla-optimal tokens/);
      assert.match(text, /Weights memory: \*\*fp32 .* · bf16 .* · int8 .* · int4 /);
      assert.match(text, /Training memory \(Adam, mixed precision\)/);
      assert.match(text, /\[Open report\]\(command:llmAtlas\.estimateModelFromConfig/);
      assert.match(text, /\[Show on scaling chart\]\(command:llmAtlas\.showOnScalingChart/);
    });
  }

  it('Mixtral: ≈12.9B active parameters per token, 2 of 8 experts', async () => {
    const text = await configHover('Mixtral-8x7B-v0.1', '"num_local_experts"');
    assert.ok(text.includes('**12,879,925,248 active per token** (12.9B; 2 of 8 experts)'), text.slice(0, 400));
  });

  it('answers on size fields and on "architectures", keys and values alike', async () => {
    assert.match(await configHover('gpt2', '"n_embd"'), /124,439,808 parameters/);
    assert.match(await configHover('gpt2', '"architectures"'), /124,439,808 parameters/);
    assert.match(await configHover('Llama-2-7b-hf', '"num_key_value_heads"'), /6,738,415,616 parameters/);
    assert.match(await configHover('Llama-2-7b-hf', '11008', 1), /6,738,415,616 parameters/);
    assert.match(await configHover('Llama-2-7b-hf', 'LlamaForCausalLM', 3), /6,738,415,616 parameters/);
  });

  it('the KV cache at the full context: Llama-2-7b holds 524 KB per token, 2.15 GB at 4,096 tokens', async () => {
    // 2 (K, V) × 32 layers × 32 heads × 128 × 2 bytes = 524,288 B; × 4096 = 2,147,483,648 B.
    const text = await configHover('Llama-2-7b-hf', '"hidden_size"');
    assert.match(text, /KV cache \(16-bit, one sequence\): \*\*524 KB per token · 2\.15 GB at 4,096 tokens\*\*/);
  });

  it('stays silent on fields that do not change the count', async () => {
    const document = await openSample('models/gpt2/config.json');
    assert.equal(await estimateHoverAt(document.uri, positionOf(document, '"initializer_range"', { offset: 3 })), undefined);
    assert.equal(await estimateHoverAt(document.uri, positionOf(document, '"attn_pdrop"', { offset: 3 })), undefined);
  });

  it('hovers are fast: first and cached hover times on a config', async () => {
    const document = await openSample('models/Mixtral-8x7B-v0.1/config.json');
    const position = positionOf(document, '"hidden_size"', { offset: 3 });
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      assert.ok(await estimateHoverAt(document.uri, position));
      times.push(performance.now() - started);
    }
    console.log(`[estimator] hover times on Mixtral config.json (ms): ${times.map((t) => t.toFixed(1)).join(', ')}`);
    assert.ok(Math.max(...times.slice(1)) < 250, `cached hovers took ${times.join(', ')} ms`);
  });

  it('Korean', async () => {
    await setSetting('llmAtlas.language', 'ko');
    try {
      const document = await openSample('models/gpt2/config.json');
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, '"n_layer"', { offset: 2 }));
      const text = hovers.map(hoverText).join('\n');
      assert.match(text, /파라미터 124,439,808개/);
      assert.match(text, /보고서 열기/);
    } finally {
      await setSetting('llmAtlas.language', 'en');
    }
  });
});

describe("estimator: today's architectures in config.json hovers and CodeLenses", () => {
  before(() => setSetting('llmAtlas.language', 'en'));
  after(() => setSetting('llmAtlas.language', undefined));

  it('DeepSeek-V3: total and active with routed and shared experts, and the latent (MLA) cache', async () => {
    const text = await configHover('DeepSeek-V3', '"kv_lora_rank"');
    assert.ok(text.includes('**671,026,404,352 parameters** (671B) · **37,552,282,624 active per token** (37.6B; 8 of 256 routed experts + shared)'), text.slice(0, 400));
    assert.ok(text.includes('`DeepseekV3ForCausalLM`'));
    assert.match(text, /Attention and cache: \*\*61 latent-attention \(MLA\) layers caching 576 values per token\*\*/);
    // 61 layers × 576 values × 2 bytes = 70,272 B per token.
    assert.match(text, /KV cache \(16-bit, one sequence\): \*\*70\.3 KB per token/);
    assert.match(text, /multi-token-prediction layer/);
  });

  it('Gemma 3 1B: 22 sliding-window layers and 4 global ones, the cache capped on the sliding layers', async () => {
    const text = await configHover('gemma-3-1b-it', '"sliding_window_pattern"');
    assert.ok(text.includes('**999,885,952 parameters** (1B)'), text.slice(0, 400));
    assert.match(text, /Attention and cache: \*\*22 sliding-window layers \(512 tokens\) \+ 4 global layers · 4 query heads share 1 K\/V head of 256\*\*/);
    assert.match(text, /when the 22 sliding-window layers keep only their window/);
  });

  it('Qwen3-30B-A3B and Llama 3.1 8B: exact counts, and the CodeLens with the active count', async () => {
    assert.match(await configHover('Qwen3-30B-A3B', '"num_experts"'), /\*\*3,353,032,704 active per token\*\* \(3\.35B; 8 of 128 experts\)/);
    assert.match(await configHover('Llama-3.1-8B', '"num_key_value_heads"'), /\*\*8,030,261,248 parameters\*\* \(8\.03B\)/);
    const uri = sampleUri('models/Qwen3-30B-A3B/config.json');
    const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)) ?? [];
    const title = lenses.find((lens) => lens.command?.command === ESTIMATE_COMMAND)?.command?.title ?? '';
    assert.equal(title, 'LLM Atlas: 30,532,122,624 parameters (30.5B; 3.35B active) · Qwen3MoeForCausalLM · 61.1 GB bf16');
  });

  it('Korean: MLA and shared experts', async () => {
    await setSetting('llmAtlas.language', 'ko');
    try {
      const document = await openSample('models/DeepSeek-V3/config.json');
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, positionOf(document, '"n_shared_experts"', { offset: 2 }));
      const text = hovers.map(hoverText).join('\n');
      assert.match(text, /라우팅 전문가 256개 중 8개 \+ 공유 전문가/);
      assert.match(text, /토큰당 값 576개를 보관하는 잠재 어텐션\(MLA\) 레이어 61개/);
    } finally {
      await setSetting('llmAtlas.language', 'en');
    }
  });
});

describe('estimator: bad input', () => {
  before(() => setSetting('llmAtlas.language', 'en'));
  after(() => setSetting('llmAtlas.language', undefined));

  it('invalid JSON gives an error hover that locates the problem', async () => {
    const document = await untitled('json', '{\n  "model_type": "gpt2",\n  "n_embd": 768,,\n  "n_layer": 12\n}\n');
    const text = await estimateHoverAt(document.uri, positionOf(document, '"model_type"', { offset: 2 }));
    assert.ok(text, 'an error hover');
    assert.match(text, /Cannot estimate this model config/);
    assert.match(text, /not valid JSON \(line 3, column \d+\)/);
  });

  it('a wrong-typed field: the hover names it', async () => {
    const document = await untitled('json', '{\n  "model_type": "llama",\n  "hidden_size": "4096"\n}\n');
    const text = await estimateHoverAt(document.uri, positionOf(document, '"hidden_size"', { offset: 2 }));
    assert.ok(text);
    assert.match(text, /"hidden\\_size" must be a whole number/);
    assert.match(text, /Field: `hidden_size`/);
  });

  it('JSON that is not a model config gets no estimate hover or CodeLens', async () => {
    const document = await untitled('json', '{\n  "name": "my-app",\n  "hidden_size": 12\n}\n');
    assert.equal(await estimateHoverAt(document.uri, positionOf(document, '"hidden_size"', { offset: 2 })), undefined);
    const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri)) ?? [];
    assert.equal(lenses.filter((lens) => lens.command?.command === ESTIMATE_COMMAND).length, 0);
  });

  it('a 6 MB config is refused from its size, quickly, with a clear message', async () => {
    const document = await untitled('json', `{"model_type": "gpt2", "padding": "${'x'.repeat(6 * 1024 * 1024)}"}`);
    const started = performance.now();
    const text = await estimateHoverAt(document.uri, new vscode.Position(0, 3));
    const elapsed = performance.now() - started;
    console.log(`[estimator] hover on a 6 MB untitled JSON: ${elapsed.toFixed(1)} ms`);
    assert.ok(text === undefined || /not read/.test(text), text);
    assert.ok(elapsed < 2000, `${elapsed} ms`);
  });
});

describe('estimator: CodeLens', () => {
  before(() => setSetting('llmAtlas.language', 'en'));
  after(() => setSetting('llmAtlas.language', undefined));

  it('gives the one-line summary at the top of config.json, opening the report', async () => {
    const uri = sampleUri('models/gpt2/config.json');
    await vscode.workspace.openTextDocument(uri);
    const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)) ?? [];
    const ours = lenses.filter((lens) => lens.command?.command === ESTIMATE_COMMAND);
    assert.equal(ours.length, 1);
    assert.equal(ours[0].range.start.line, 0);
    assert.equal(ours[0].command?.title, 'LLM Atlas: 124,439,808 parameters (124M) · GPT2LMHeadModel · 249 MB bf16');
  });

  it('Mixtral: total and active', async () => {
    const uri = sampleUri('models/Mixtral-8x7B-v0.1/config.json');
    const lenses = (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri)) ?? [];
    const title = lenses.find((lens) => lens.command?.command === ESTIMATE_COMMAND)?.command?.title ?? '';
    assert.match(title, /46,702,792,704 parameters \(46\.7B; 12\.9B active\) · MixtralForCausalLM/);
  });
});

describe('estimator: Python config classes', () => {
  before(() => setSetting('llmAtlas.language', 'en'));
  after(() => setSetting('llmAtlas.language', undefined));

  it('GPT2Config(n_layer=24, n_embd=1024, n_head=16) over several lines: GPT-2 medium, 354,823,168', async () => {
    const document = await untitled('python', 'from transformers import GPT2Config\n\nconfig = GPT2Config(\n    n_layer=24,\n    n_embd=1024,  # medium\n    n_head=16,\n)\n');
    const onClass = await estimateHoverAt(document.uri, positionOf(document, 'GPT2Config(', { offset: 3 }));
    assert.ok(onClass, 'a hover on the class name');
    assert.match(onClass, /\*\*354,823,168 parameters\*\* \(355M\)/);
    const onArgument = await estimateHoverAt(document.uri, positionOf(document, 'n_head=16', { offset: 2 }));
    assert.match(onArgument ?? '', /354,823,168 parameters/);
  });

  it('transformers.LlamaConfig with Llama-2-7b sizes gives 6,738,415,616', async () => {
    const document = await untitled(
      'python',
      'import transformers\ncfg = transformers.LlamaConfig(hidden_size=4096, intermediate_size=11008, num_hidden_layers=32, num_attention_heads=32)\n',
    );
    const text = await estimateHoverAt(document.uri, positionOf(document, 'LlamaConfig', { offset: 2 }));
    assert.match(text ?? '', /6,738,415,616 parameters/);
  });

  it('BertConfig(**cfg[...]) in the sample project: the defaults (BERT-base) with a warning', async () => {
    const document = await openSample('train_mlm.py');
    const text = await estimateHoverAt(document.uri, positionOf(document, 'BertConfig(', { offset: 2 }));
    assert.match(text ?? '', /109,482,240 parameters/);
    assert.match(text ?? '', /keep their defaults/);
  });

  it('a dataclass named like a config but unknown to transformers gets no estimate', async () => {
    const document = await openSample('moe_layer.py');
    assert.equal(await estimateHoverAt(document.uri, positionOf(document, 'MoEConfig(hidden_size', { offset: 2 })), undefined);
  });

  it('an invalid value: the error names the keyword', async () => {
    const document = await untitled('python', 'c = GPT2Config(n_embd=1000, n_head=16)\n');
    const text = await estimateHoverAt(document.uri, positionOf(document, 'GPT2Config', { offset: 2 }));
    assert.match(text ?? '', /Cannot estimate/);
    assert.match(text ?? '', /`n_head`/);
  });
});

describe('estimator: the report command', () => {
  before(() => setSetting('llmAtlas.language', 'en'));
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await setSetting('llmAtlas.language', undefined);
  });

  it('opens the report for a config file passed as argument (CodeLens, hover link)', async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    const opened = await vscode.commands.executeCommand<boolean>(ESTIMATE_COMMAND, sampleUri('models/Llama-2-7b-hf/config.json'));
    assert.equal(opened, true);
    await whenTabs('the report tab', () => reportTabs().length === 1);
  });

  it('opens it for the active config editor, reusing the one panel', async () => {
    const document = await openSample('models/t5-small/config.json');
    await vscode.window.showTextDocument(document);
    assert.equal(await vscode.commands.executeCommand<boolean>(ESTIMATE_COMMAND), true);
    await whenTabs('the report tab, active', () => reportTabs().length === 1 && reportTabs()[0].isActive);
  });

  it('a 50 MB config.json is refused from its size without being opened', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'llm-atlas-'));
    try {
      const file = join(dir, 'config.json');
      writeFileSync(file, `{"model_type": "gpt2", "padding": "${'x'.repeat(50 * 1024 * 1024)}"}`);
      const started = performance.now();
      assert.equal(await vscode.commands.executeCommand<boolean>(ESTIMATE_COMMAND, vscode.Uri.file(file)), true);
      const elapsed = performance.now() - started;
      console.log(`[estimator] report command on a 50 MB config.json: ${elapsed.toFixed(1)} ms`);
      assert.ok(elapsed < 3000, `${elapsed} ms`);
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.fsPath === file), 'the file was not loaded as a document');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('accepts the hover link form (a Uri string and a Python call offset)', async () => {
    const document = await untitled('python', 'x = 1\nc = GPT2Config(n_layer=2)\n');
    const offset = document.getText().indexOf('GPT2Config');
    assert.equal(await vscode.commands.executeCommand<boolean>(ESTIMATE_COMMAND, document.uri.toString(), offset), true);
  });
});
