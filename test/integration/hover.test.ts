import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { atlasHoverAt, openSample, positionOf, repoUri, setSetting } from './helpers';

async function hover(file: string, needle: string, options?: { nth?: number; offset?: number }): Promise<string> {
  const document = await openSample(file);
  const text = await atlasHoverAt(document.uri, positionOf(document, needle, options));
  assert.ok(text, `an LLM Atlas hover on "${needle}" in ${file}`);
  return text;
}

describe('hovers on the sample ML project', () => {
  before(() => setSetting('llmAtlas.language', 'en'));
  after(() => setSetting('llmAtlas.language', undefined));

  it('explains DistilBERT on its Hugging Face id: 66M parameters, 6 layers, distilled from BERT-base, ~97% of GLUE', async () => {
    const text = await hover('distill.py', 'distilbert/distilbert-base-uncased', { nth: 0, offset: 3 });
    assert.match(text, /\*\*DistilBERT\*\*/);
    assert.match(text, /`distilbert\/distilbert-base-uncased`/);
    assert.match(text, /66(\.\d)?M parameters/);
    assert.match(text, /6 layers/);
    assert.match(text, /BERT-base/);
    assert.match(text, /97\s?%/);
    assert.match(text, /\[Show on scaling chart\]\(command:llmAtlas\.showOnScalingChart/);
  });

  it('explains BertForMaskedLM as BERT with the masked-language-modeling head', async () => {
    const text = await hover('train_mlm.py', 'BertForMaskedLM', { offset: 2 });
    assert.match(text, /\*\*BERT\*\*/);
    assert.match(text, /encoder-only/);
    assert.match(text, /Masked language model/i);
  });

  it('explains mlm_probability as masked language modeling with its 15% rate', async () => {
    const text = await hover('train_mlm.py', 'mlm_probability', { offset: 4 });
    assert.match(text, /Masked language model/i);
    assert.match(text, /15%/);
    assert.doesNotMatch(text, /showOnScalingChart/, 'no chart link for an entry the charts cannot show');
  });

  it('explains num_experts_per_tok as top-k routing in a Mixture of Experts', async () => {
    const text = await hover('moe_layer.py', 'num_experts_per_tok', { offset: 5 });
    assert.match(text, /top-k|Top-k|Top-K/);
  });

  it('explains the exact T5 size named by "google-t5/t5-small"', async () => {
    const text = await hover('seq2seq.py', 'google-t5/t5-small', { offset: 12 });
    assert.match(text, /\*\*T5\*\*/);
    assert.match(text, /`google-t5\/t5-small`/);
    assert.match(text, /60(\.\d)?M parameters/);
  });

  it('hovers multi-word phrases in Markdown prose, English and Korean', async () => {
    const en = await hover('docs/design-note.md', 'Mixture of experts', { offset: 3 });
    assert.match(en, /Mixture of Experts/i);
    const ko = await hover('docs/design-note.md', '지식 증류', { offset: 1 });
    assert.match(ko, /distillation/i);
  });

  it('hovers inside notebook-style Python, YAML and JSON', async () => {
    const yaml = await hover('configs/train.yaml', 'num_attention_heads', { offset: 4 });
    assert.match(yaml, /attention/i);
    const json = await hover('models/gpt2/config.json', '"gpt2"', { offset: 2 });
    assert.match(json, /GPT-2/);
  });

  it('switches to Korean when llmAtlas.language is "ko"', async () => {
    await setSetting('llmAtlas.language', 'ko');
    try {
      const text = await hover('distill.py', 'distilbert/distilbert-base-uncased', { offset: 3 });
      assert.match(text, /[\uac00-\ud7a3]/, 'Hangul in the hover');
      assert.match(text, /카드 열기/);
      assert.match(text, /인코더 전용/);
    } finally {
      await setSetting('llmAtlas.language', 'en');
    }
  });

  it('gives no hover on everyday words in code', async () => {
    const document = await openSample('train_mlm.py');
    for (const word of ['import', 'model', 'args', 'return']) {
      const index = document.getText().search(new RegExp(`\\b${word}\\b`));
      if (index < 0) continue;
      assert.equal(await atlasHoverAt(document.uri, document.positionAt(index + 1)), undefined, word);
    }
  });

  it('gives no hover anywhere in a file of 300+ common non-ML identifiers (precision)', async function () {
    this.timeout(120_000);
    const document = await vscode.workspace.openTextDocument(repoUri('test/fixtures/precision/common-code.py'));
    const words = new Map<string, vscode.Position>();
    const text = document.getText();
    for (const m of text.matchAll(/[A-Za-z_][A-Za-z0-9_]*/g)) if (!words.has(m[0])) words.set(m[0], document.positionAt(m.index! + 1));
    assert.ok(words.size >= 300, `the corpus has ${words.size} distinct words`);
    const hovered: string[] = [];
    for (const [word, position] of words) if (await atlasHoverAt(document.uri, position)) hovered.push(word);
    assert.deepEqual(hovered, []);
  });
});

describe('atlas commands', () => {
  it('"Open card" opens the entry\'s card, titled with its name', async () => {
    assert.equal(await vscode.commands.executeCommand('llmAtlas.openCard', 'distilbert'), true);
    const labels = vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputWebview).map((tab) => tab.label);
    assert.ok(labels.some((label) => label.includes('DistilBERT')), labels.join(', '));
  });

  it('rejects unknown entries with a message instead of failing', async () => {
    assert.equal(await vscode.commands.executeCommand('llmAtlas.openCard', 'not-an-entry'), false);
    assert.equal(await vscode.commands.executeCommand('llmAtlas.openCard', { evil: true }), false);
  });

  it('"Explain Term at Cursor" opens the term under the cursor', async () => {
    const document = await openSample('train_mlm.py');
    const editor = await vscode.window.showTextDocument(document);
    const position = positionOf(document, 'BertForMaskedLM', { offset: 2 });
    editor.selection = new vscode.Selection(position, position);
    assert.equal(await vscode.commands.executeCommand('llmAtlas.explainTermAtCursor'), true);
  });
});
