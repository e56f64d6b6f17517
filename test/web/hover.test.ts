import * as vscode from 'vscode';
import { atlasHoverAt, openSample, positionOf, setSetting } from '../integration/helpers';
import { equal, match, ok } from './assert';

async function hover(file: string, needle: string, offset: number): Promise<string> {
  const document = await openSample(file);
  const text = await atlasHoverAt(document.uri, positionOf(document, needle, { offset }));
  ok(text, `an LLM Atlas hover on "${needle}" in ${file}`);
  return text;
}

describe('hovers from the web-worker host', () => {
  before(() => setSetting('llmAtlas.language', 'en'));
  after(() => setSetting('llmAtlas.language', undefined));

  it('explains BertForMaskedLM as BERT (the atlas is read from dist/atlas.json over the remote file system)', async () => {
    const text = await hover('train_mlm.py', 'BertForMaskedLM', 2);
    match(text, /\*\*BERT\*\*/);
    match(text, /encoder-only/);
  });

  it('explains mlm_probability with its 15% masking rate', async () => {
    match(await hover('train_mlm.py', 'mlm_probability', 4), /15%/);
  });

  it('explains DistilBERT on its Hugging Face id with 66M parameters', async () => {
    const text = await hover('distill.py', 'distilbert/distilbert-base-uncased', 3);
    match(text, /\*\*DistilBERT\*\*/);
    match(text, /66(\.\d)?M parameters/);
  });

  it('answers in Korean when llmAtlas.language is "ko"', async () => {
    await setSetting('llmAtlas.language', 'ko');
    try {
      match(await hover('distill.py', 'distilbert/distilbert-base-uncased', 3), /[\uac00-\ud7a3]/, 'Hangul in the hover');
    } finally {
      await setSetting('llmAtlas.language', 'en');
    }
  });

  it('gives no hover on an everyday word', async () => {
    const document = await openSample('train_mlm.py');
    equal(await atlasHoverAt(document.uri, positionOf(document, 'import', { offset: 1 })), undefined);
  });

  it('opens an entry\'s card through "Open card"', async () => {
    equal(await vscode.commands.executeCommand('llmAtlas.openCard', 'distilbert'), true);
    const labels = vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputWebview).map((tab) => tab.label);
    match(labels.join(' | '), /DistilBERT/);
  });
});
