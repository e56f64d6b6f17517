import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TermMatcher } from '../../../src/core/matcher';
import { fixtureKb } from './fixture';
import { single } from './helpers';

const matcher = new TermMatcher(fixtureKb);

describe('exact Hugging Face ids give the variant', () => {
  const cases: [id: string, entryId: string, variantId: string][] = [
    ['bert-base-uncased', 'bert', 'bert-base'],
    ['google-bert/bert-base-uncased', 'bert', 'bert-base'],
    ['google-bert/bert-large-uncased', 'bert', 'bert-large'],
    ['bert-base-cased', 'bert', 'bert-base'],
    ['distilbert/distilbert-base-uncased', 'distilbert', 'distilbert-base'],
    ['distilbert-base-uncased', 'distilbert', 'distilbert-base'],
    ['google-t5/t5-small', 't5', 't5-small'],
    ['t5-small', 't5', 't5-small'],
    ['t5-11b', 't5', 't5-11b'],
    ['mistralai/Mixtral-8x7B-v0.1', 'mixtral-8x7b', 'mixtral-8x7b-v0.1'],
    ['Mixtral-8x7B-v0.1', 'mixtral-8x7b', 'mixtral-8x7b-v0.1'],
    ['microsoft/phi-2', 'phi-2', 'phi-2-2.7b'],
    ['FacebookAI/roberta-base', 'roberta', 'roberta-base'],
    ['openai-community/gpt2', 'gpt-2', 'gpt2'],
    ['gpt2', 'gpt-2', 'gpt2'],
    ['gpt2-xl', 'gpt-2', 'gpt2-xl'],
    ['Salesforce/ctrl', 'ctrl', 'ctrl-1.6b'],
    ['google/flan-t5-base', 'flan-t5', 'flan-t5-base'],
    // ids are case-insensitive on the Hub
    ['BERT-BASE-UNCASED', 'bert', 'bert-base'],
    ['mistralai/mixtral-8x7b-v0.1', 'mixtral-8x7b', 'mixtral-8x7b-v0.1'],
  ];
  for (const [id, entryId, variantId] of cases) {
    for (const quote of ['"', "'"]) {
      test(`${quote}${id}${quote}`, () => {
        const line = `model = AutoModel.from_pretrained(${quote}${id}${quote})`;
        const match = single(matcher, line);
        assert.equal(match.entryId, entryId);
        assert.equal(match.variantId, variantId);
        assert.equal(match.via, 'hf-id');
        assert.equal(match.text, id);
        assert.equal(match.start, line.indexOf(id));
      });
    }
  }

  test('inside a path or a URL', () => {
    const path = single(matcher, 'open("./models/bert-base-uncased/config.json")');
    assert.deepEqual([path.text, path.variantId], ['bert-base-uncased', 'bert-base']);
    const url = single(matcher, 'See https://huggingface.co/google-t5/t5-small for details');
    assert.deepEqual([url.text, url.variantId], ['google-t5/t5-small', 't5-small']);
  });

  test('in Markdown prose and backticks, without the sentence punctuation', () => {
    const match = single(matcher, 'We start from `t5-small`.');
    assert.deepEqual([match.text, match.variantId], ['t5-small', 't5-small']);
    const end = single(matcher, 'The checkpoint is bert-base-uncased.');
    assert.equal(end.text, 'bert-base-uncased');
  });

  test('a bare name without separators keeps its Hub spelling: "GPT2" is the family, not the 124M size', () => {
    const upper = single(matcher, 'GPT2 was trained on WebText');
    assert.equal(upper.entryId, 'gpt-2');
    assert.equal(upper.variantId, undefined);
  });
});

describe('unknown ids of a known family give the family', () => {
  const cases: [id: string, entryId: string][] = [
    ['bert-base-multilingual-cased', 'bert'],
    ['meta-llama/Llama-2-13b-chat-hf', 'llama-2'],
    ['meta-llama/Meta-Llama-3-70B-Instruct', 'llama-3'],
    ['mistralai/Mistral-7B-Instruct-v0.2', 'mistral-7b'],
    ['mistralai/Mixtral-8x22B-v0.1', 'mixtral-8x7b'],
    ['huggyllama/llama-13b', 'llama'],
    ['bigscience/bloom-560m', 'bloom'],
    ['facebook/opt-1.3b', 'opt'],
    ['tiiuae/falcon-7b', 'falcon'],
    ['google/flan-t5-xl', 'flan-t5'],
    ['google/t5-v1_1-base', 't5'],
    ['FacebookAI/xlm-roberta-large', 'xlm-r'],
    ['distilbert-base-cased-distilled-squad', 'distilbert'],
    ['EleutherAI/gpt-neox-20b', 'gpt-neox'],
    ['google/electra-small-discriminator', 'electra'],
    ['roberta-large', 'roberta'],
    ['gpt2-large', 'gpt-2'],
    ['facebook/bart-large-cnn', 'bart'],
    ['microsoft/deberta-v3-base', 'deberta'],
  ];
  for (const [id, entryId] of cases) {
    test(`"${id}" → ${entryId}`, () => {
      const line = `name = "${id}"`;
      const match = single(matcher, line);
      assert.equal(match.entryId, entryId);
      assert.equal(match.variantId, undefined);
      assert.equal(match.text, id);
    });
  }
});

describe('id-like text that names no model', () => {
  const negatives = [
    'opt-in', 'bloom-filter', 'falcon-app', 'roberta-smith', 'llama-farm', 'phi-angle', 't-5', 'x = t-5',
    'gpt-j-6b', 'gpt-3.5-turbo', 'bert_base', 'llama7b', '/usr/local/opt/bloom', 'ctrl', 'press ctrl+c', 'Ctrl+C',
    'bert4rec', 'data-2023.csv', 'mass-storage', 'user/settings', 'api/v2/models', 'a-b-c-d', '---', '...', '///',
  ];
  for (const text of negatives) test(JSON.stringify(text), () => assert.deepEqual(matcher.findAll(text), []));
});
