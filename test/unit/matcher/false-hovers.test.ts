// The false and misleading hovers found on real open-source code (issue 14), each as a class of bug:
// the place a spelling stands in, or the word after it, decides the entry — not the spelling alone.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { atlas } from '../../../src/core/knowledge';
import { KnowledgeBase } from '../../../src/core/knowledge/knowledgeBase';
import type { Entry } from '../../../src/core/knowledge/schema';
import { TermMatcher } from '../../../src/core/matcher';
import { FIXTURE_ENTRIES, fixtureKb } from './fixture';
import { hoverOn, summary } from './helpers';

const matcher = new TermMatcher(atlas);
const found = (text: string) => summary(matcher.findAll(text));
const idsIn = (text: string) => matcher.findAll(text).map((m) => m.entryId);

describe('false hovers: the place decides', () => {
  test('position_embeddings in Llama code (RoPE cos/sin) is not explained as absolute position embeddings', () => {
    const llama = [
      'position_embeddings = self.rotary_emb(hidden_states, position_ids)',
      'cos, sin = position_embeddings',
      '            position_embeddings=position_embeddings,',
    ];
    for (const line of llama) assert.ok(!idsIn(line).includes('absolute-position-embedding'), `${line} → ${found(line)}`);
    assert.ok(idsIn('uses a learned absolute position embedding').includes('absolute-position-embedding'));
  });

  test('embedding_size in run_* scripts (the matrix row count) is not ALBERT factorisation; the config key is', () => {
    const factorised = 'factorized-embedding-parameterization';
    assert.ok(!idsIn('    embedding_size = model.get_input_embeddings().weight.shape[0]').includes(factorised));
    assert.deepEqual(found('    if len(tokenizer) > embedding_size:'), []);
    assert.ok(idsIn('{\n  "embedding_size": 128,\n  "hidden_size": 4096\n}').includes(factorised));
    assert.ok(idsIn('embedding_size: 128\nhidden_size: 4096').includes(factorised));
    assert.ok(idsIn('config = AlbertConfig(embedding_size=128, hidden_size=768)').includes(factorised));
  });

  test('TFT5ForConditionalGeneration and TFT5Model read as TF + T5 + ending', () => {
    assert.equal(hoverOn(matcher, 'model = TFT5ForConditionalGeneration.from_pretrained("t5-small")', 'TFT5For')?.entryId, 't5');
    assert.equal(hoverOn(matcher, 'model = TFT5Model(config)', 'TFT5Model')?.entryId, 't5');
    assert.equal(hoverOn(matcher, 'model = TFGPT2LMHeadModel(config)', 'TFGPT2')?.entryId, 'gpt-2');
    assert.deepEqual(found('TFIDFVectorizer TFRecordWriter'), []);
  });
});

describe('false hovers: the word after decides', () => {
  test('"OpenAI GPT-2" is GPT-2, and "OpenAI GPT" alone is still GPT-1', () => {
    assert.equal(hoverOn(matcher, 'the OpenAI GPT-2 model', 'GPT-2')?.entryId, 'gpt-2');
    assert.deepEqual(idsIn('the OpenAI GPT-2 model'), ['gpt-2']);
    assert.deepEqual(idsIn('The OpenAI GPT model was proposed'), ['gpt-1']);
  });

  test('"Mistral AI" and mistral.ai (the company) are not Mistral 7B; Mistral alone and Mistral-7B are', () => {
    for (const text of ['Mistral AI released it', 'see https://mistral.ai/news/', 'docs.mistral.ai', '미스트랄 AI가 공개했다']) {
      assert.ok(!idsIn(text).includes('mistral-7b'), `${text} → ${found(text)}`);
    }
    assert.deepEqual(idsIn('Mistral-7B beats Llama 2 13B'), ['mistral-7b', 'llama-2']);
    assert.ok(idsIn('MistralForCausalLM').includes('mistral-7b'));
  });
});

describe('Korean: verb and adjective endings after an alias', () => {
  const cases: [text: string, alias: string, entryId: string][] = [
    ['사전학습된 모델을 불러온다', '사전학습', 'pre-training'],
    ['사전 학습된 가중치', '사전 학습', 'pre-training'],
    ['토큰화된 입력', '토큰화', 'tokenization'],
    ['4비트로 양자화된 모델', '양자화', 'quantization'],
    ['문장을 토큰화하는 방법', '토큰화', 'tokenization'],
    ['양자화한 뒤', '양자화', 'quantization'],
  ];
  for (const [text, alias, entryId] of cases) {
    test(`${text} → ${alias}`, () => {
      const match = matcher.findAll(text).find((m) => m.entryId === entryId);
      assert.equal(match?.text, alias, JSON.stringify(found(text)));
    });
  }

  test('aliases the entry writers add (트랜스포머, 그리디, 빔 서치) match with particles and endings', () => {
    const extra = (id: string, aliases: string[]): Entry => ({ ...FIXTURE_ENTRIES[0], id, kind: 'inference', aliases, code: [], model: undefined });
    const kb = new KnowledgeBase(
      [...FIXTURE_ENTRIES.filter((e) => e.id !== 'transformer'), extra('transformer', ['트랜스포머']), extra('greedy-decoding', ['그리디 디코딩', '그리디']), extra('beam-search', ['빔 서치', '빔 탐색'])],
      fixtureKb.sources,
    );
    const m = new TermMatcher(kb);
    assert.deepEqual(summary(m.findAll('트랜스포머는 어텐션만 쓴다')), ['트랜스포머→transformer']);
    assert.deepEqual(summary(m.findAll('그리디로 뽑고, 빔 서치를 쓰면')), ['그리디→greedy-decoding', '빔 서치→beam-search']);
    assert.deepEqual(summary(m.findAll('빔서치와 그리디 디코딩은')), ['빔서치→beam-search', '그리디 디코딩→greedy-decoding']);
  });
});
