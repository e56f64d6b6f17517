import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TermMatcher } from '../../../src/core/matcher';
import { fixtureKb } from './fixture';
import { single, summary } from './helpers';

const matcher = new TermMatcher(fixtureKb);

describe('English phrases in comments, docstrings and Markdown', () => {
  const cases: [text: string, phrase: string, entryId: string][] = [
    ['# pre-train with masked language modeling', 'masked language modeling', 'masked-language-modeling'],
    ['"""Masked Language Modeling head."""', 'Masked Language Modeling', 'masked-language-modeling'],
    ['# masked   language\tmodeling', 'masked   language\tmodeling', 'masked-language-modeling'],
    ['## Masked-language-modeling', 'Masked-language-modeling', 'masked-language-modeling'],
    ['A mixture of experts routes each token.', 'mixture of experts', 'mixture-of-experts'],
    ['A sparse mixture of experts routes each token.', 'sparse mixture of experts', 'mixture-of-experts'],
    ['**Mixture-of-Experts** layers', 'Mixture-of-Experts', 'mixture-of-experts'],
    ['the MoE layer', 'MoE', 'mixture-of-experts'],
    ['we distil with knowledge distillation', 'knowledge distillation', 'knowledge-distillation'],
    ['# uses the KV cache', 'KV cache', 'kv-cache'],
    ['GPT-3 (175B)', 'GPT-3', 'gpt-3'],
    ['GPT3 and friends', 'GPT3', 'gpt-3'],
    ['like gpt-3 does', 'gpt-3', 'gpt-3'],
    ['Llama 2 chat', 'Llama 2', 'llama-2'],
    ['Llama2 chat', 'Llama2', 'llama-2'],
    ['LLaMA was trained', 'LLaMA', 'llama'],
    ['ALBERT shares parameters', 'ALBERT', 'albert'],
    ['RoBERTa drops it', 'RoBERTa', 'roberta'],
    ['the original Transformer', 'original Transformer', 'transformer'],
    ['Transformer-big reached 28.4 BLEU', 'Transformer-big', 'transformer'],
    ['the [CLS] token summarises', '[CLS] token', 'cls-token'],
    ['Fine-tuning on SQuAD', 'Fine-tuning', 'fine-tuning'],
    ['fine tuning on SQuAD', 'fine tuning', 'fine-tuning'],
    ['the Text-to-Text Transfer Transformer', 'Text-to-Text Transfer Transformer', 't5'],
    ['Switch-C has 1.6T parameters', 'Switch-C', 'switch-transformer'],
    ['the Falcon LLM family', 'Falcon LLM', 'falcon'],
    ['Chinchilla scaling laws say 20 tokens per parameter', 'Chinchilla scaling laws', 'chinchilla-scaling-laws'],
    ['the Chinchilla model', 'Chinchilla model', 'chinchilla'],
    ['BPE merges', 'BPE', 'bpe'],
    ['byte-level BPE merges', 'byte-level BPE', 'byte-level-bpe'],
  ];
  for (const [text, phrase, entryId] of cases) {
    test(`${phrase} → ${entryId}`, () => {
      const match = single(matcher, text);
      assert.equal(match.entryId, entryId);
      assert.equal(match.text, phrase);
      assert.equal(match.start, text.indexOf(phrase));
    });
  }
});

describe('hyphens', () => {
  test('a one-word alias after a prefix, and a phrase after a command-line dash', () => {
    assert.deepEqual(summary(matcher.findAll('non-BERT models')), ['BERT→bert']);
    assert.deepEqual(summary(matcher.findAll('--mixture-of-experts')), ['mixture-of-experts→mixture-of-experts']);
    assert.deepEqual(summary(matcher.findAll('-mixture of experts')), ['mixture of experts→mixture-of-experts']);
  });
});

describe('Korean phrases, with particles', () => {
  const cases: [text: string, phrase: string, entryId: string][] = [
    ['지식 증류', '지식 증류', 'knowledge-distillation'],
    ['# 지식 증류를 통해 작은 모델을 만든다', '지식 증류', 'knowledge-distillation'],
    ['지식증류는 교사 모델의 출력을 쓴다', '지식증류', 'knowledge-distillation'],
    ['지식 증류에서 온도는', '지식 증류', 'knowledge-distillation'],
    ['스케일링 법칙', '스케일링 법칙', 'scaling-laws'],
    ['스케일링 법칙은 멱법칙이다', '스케일링 법칙', 'scaling-laws'],
    ['스케일링 법칙에 따르면', '스케일링 법칙', 'scaling-laws'],
    ['마스크 언어 모델링으로 사전 학습한다', '마스크 언어 모델링', 'masked-language-modeling'],
    ['버트는 인코더만 쓴다', '버트', 'bert'],
    ['라마 2의 크기', '라마 2', 'llama-2'],
    ['셀프 어텐션의 계산량', '셀프 어텐션', 'self-attention'],
    ['KV 캐시를 재사용한다', 'KV 캐시', 'kv-cache'],
    ['다음 문장 예측(NSP)', '다음 문장 예측', 'next-sentence-prediction'],
  ];
  for (const [text, phrase, entryId] of cases) {
    test(`${text}`, () => {
      const [match] = matcher.findAll(text);
      assert.ok(match, `nothing in ${text}`);
      assert.equal(match.entryId, entryId);
      assert.equal(match.text, phrase);
    });
  }

  test('a Latin alias followed by a Korean particle', () => {
    assert.deepEqual(summary(matcher.findAll('BERT의 구조와 MoE는')), ['BERT→bert', 'MoE→mixture-of-experts']);
  });

  test('two phrases in one Korean sentence', () => {
    assert.deepEqual(summary(matcher.findAll('전문가 혼합(MoE) 모델')), ['전문가 혼합→mixture-of-experts', 'MoE→mixture-of-experts']);
  });
});

describe('longest match wins', () => {
  test('a longer alias over a shorter one at the same place', () => {
    assert.deepEqual(summary(matcher.findAll('Chinchilla scaling laws')), ['Chinchilla scaling laws→chinchilla-scaling-laws']);
    assert.deepEqual(summary(matcher.findAll('a sparse MoE block')), ['sparse MoE→mixture-of-experts']);
    assert.deepEqual(summary(matcher.findAll('the MoE router decides')), ['MoE router→moe-router']);
  });

  test('a phrase over a code spelling it contains', () => {
    assert.deepEqual(summary(matcher.findAll('the [MASK] token')), ['[MASK] token→mask-token']);
  });

  test('an id over the alias that starts it', () => {
    assert.deepEqual(summary(matcher.findAll('BERT-base-uncased')), ['BERT-base-uncased→bert']);
  });
});

describe('prose that must give nothing', () => {
  const negatives = [
    'Albert went home.', 'Roberta called.', 'Bert and Ernie', 'a llama-farm', 'the falcon flew', 'Falcon is a web framework',
    'Chinchilla are rodents', 'moe', 'MoEs', 'GPT-3.5 turbo', 'transformer', 'attention to detail', 'model layer input', 'training data loss',
    'the auth token', 'bit mask', 'head of the list', 'temperature sensor', '지식', '증류', '스케일링',
    '법칙', '지식 증류기', '스케일링법', '모델 학습 데이터', '마스크를 쓴다', 'Masked', 'language modeling', 'Mixture of',
    'experts agree', 'CLS', 'the cls flag', 'fine', 'tuning fork',
    // one-word aliases with capitals match only as written
    // several words inside a hyphenated name
    "'error-print-masked-language-modeling'", '--max-mixture-of-experts', 'my-kv-cache-dir',
    'LLAMA', 'ROBERTA', 'MOE guidelines', 'GREEK CAPITAL LETTER LAMDA', 'for c in [cls]:', 'x = [mask] * 3',
  ];
  for (const text of negatives) test(JSON.stringify(text), () => assert.deepEqual(matcher.findAll(text), []));
});
