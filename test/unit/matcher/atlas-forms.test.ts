/**
 * The matcher against the real atlas: every form issue 3 lists, with the canonical ids of the brief.
 * A failure here can mean a spelling the atlas lacks (an alias, a code spelling, a Hugging Face id)
 * rather than a matcher bug; the message says which text gave what.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TermMatcher } from '../../../src/core/matcher';
import { atlas } from '../../../src/core/knowledge';
import { NEGATIVE_FILES, POSITIVES, hoversOnEveryCharacter, score } from './corpus';
import { hoverOn, single } from './helpers';

const matcher = new TermMatcher(atlas);
const MLM = 'masked-language-modeling';
const CLM = 'causal-language-modeling';

describe('atlas: class names', () => {
  const cases: [identifier: string, entryId: string, alsoIncludes: string[]][] = [
    ['BertForMaskedLM', 'bert', [MLM]],
    ['RobertaTokenizerFast', 'roberta', ['tokenization']],
    ['T5ForConditionalGeneration', 't5', ['sequence-to-sequence']],
    ['MixtralSparseMoeBlock', 'mixtral-8x7b', ['mixture-of-experts']],
    ['GPT2LMHeadModel', 'gpt-2', [CLM]],
    ['DistilBertModel', 'distilbert', []],
    ['LlamaForCausalLM', 'llama', [CLM]],
    ['AutoModelForMaskedLM', MLM, []],
    ['DataCollatorForLanguageModeling', MLM, []],
    ['XLMRobertaModel', 'xlm-r', []],
    ['MBartForConditionalGeneration', 'mbart', ['sequence-to-sequence']],
    ['BartForConditionalGeneration', 'bart', ['sequence-to-sequence']],
    ['AlbertModel', 'albert', []],
    ['ElectraForPreTraining', 'electra', ['pre-training']],
    ['MistralForCausalLM', 'mistral-7b', [CLM]],
    ['TFDistilBertModel', 'distilbert', []],
  ];
  for (const [identifier, entryId, alsoIncludes] of cases) {
    test(`${identifier} → ${entryId}`, () => {
      const match = single(matcher, `model = ${identifier}.from_pretrained(path)`);
      assert.equal(match.entryId, entryId);
      assert.equal(match.text, identifier);
      for (const id of alsoIncludes) assert.ok(match.also.includes(id), `${identifier}: also ${JSON.stringify(match.also)} lacks ${id}`);
    });
  }

  test('RobertaTokenizerFast also names its byte-level BPE', () => {
    const { also } = single(matcher, 'RobertaTokenizerFast');
    assert.ok(also.includes('bpe') || also.includes('byte-level-bpe'), `also ${JSON.stringify(also)}: roberta.related lists no BPE entry`);
  });
});

describe('atlas: Hugging Face ids give the exact variant', () => {
  const exact = [
    'bert-base-uncased',
    'google-bert/bert-base-uncased',
    'distilbert/distilbert-base-uncased',
    'google-t5/t5-small',
    'mistralai/Mixtral-8x7B-v0.1',
    'microsoft/phi-2',
  ];
  const families: Record<string, string> = {
    'bert-base-uncased': 'bert',
    'google-bert/bert-base-uncased': 'bert',
    'distilbert/distilbert-base-uncased': 'distilbert',
    'google-t5/t5-small': 't5',
    'mistralai/Mixtral-8x7B-v0.1': 'mixtral-8x7b',
    'microsoft/phi-2': 'phi-2',
  };
  for (const id of exact) {
    test(`"${id}"`, () => {
      const match = single(matcher, `AutoModel.from_pretrained("${id}")`);
      assert.equal(match.entryId, families[id]);
      assert.equal(match.text, id);
      const variant = match.variantId ? atlas.variant(match.variantId)?.variant : undefined;
      assert.ok(variant, `${id}: no variant (the atlas lists no variant with this Hugging Face id)`);
      // The variant is the one whose Hub ids include this id (with or without the organisation).
      const names = variant.hfIds.flatMap((h) => [h.toLowerCase(), h.toLowerCase().split('/').pop()]);
      assert.ok(names.includes(id.toLowerCase()) || names.includes(id.toLowerCase().split('/').pop()), `${id} → ${variant.id}`);
    });
  }

  const unknown: [id: string, entryId: string][] = [
    ['bert-base-multilingual-cased', 'bert'],
    ['meta-llama/Llama-2-13b-chat-hf', 'llama-2'],
    ['meta-llama/Llama-2-7b-chat-hf', 'llama-2'],
    ['mistralai/Mistral-7B-Instruct-v0.2', 'mistral-7b'],
    ['google/flan-t5-xl', 'flan-t5'],
  ];
  for (const [id, entryId] of unknown) {
    test(`"${id}" → at least the family ${entryId}`, () => {
      assert.equal(single(matcher, `name = "${id}"`).entryId, entryId);
    });
  }
});

describe('atlas: configuration keys and arguments', () => {
  const cases: [key: string, entryId: string][] = [
    ['mlm_probability', MLM],
    ['num_attention_heads', 'multi-head-attention'],
    ['num_key_value_heads', 'grouped-query-attention'],
    ['num_local_experts', 'mixture-of-experts'],
    ['num_experts_per_tok', 'top-k-routing'],
    ['type_vocab_size', 'segment-embedding'],
    ['tie_word_embeddings', 'tied-embeddings'],
  ];
  for (const [key, entryId] of cases) {
    test(`${key} → ${entryId}`, () => {
      for (const line of [`config.${key}`, `    "${key}": 8,`, `${key}: 2`, `f(${key}=0.15)`]) {
        const match = single(matcher, line);
        assert.deepEqual([match.text, match.entryId], [key, entryId], line);
      }
    });
  }
});

describe('atlas: a configuration key that counts only in its place', () => {
  test('embedding_size is the factorised size as a config key or a config class argument, nothing elsewhere', () => {
    for (const line of ['{"embedding_size": 128, "hidden_size": 4096}', 'embedding_size: 128\nnum_attention_heads: 64', 'AlbertConfig(embedding_size=128)']) {
      const match = matcher.findAll(line).find((m) => m.text === 'embedding_size');
      assert.deepEqual([match?.entryId, match?.via], ['factorized-embedding-parameterization', 'contextual'], line);
    }
    for (const line of ['config.embedding_size', 'f(embedding_size=0.15)', 'embedding_size = emb.weight.shape[0]']) assert.deepEqual(matcher.findAll(line), [], line);
  });
});

describe('atlas: phrases in comments, docstrings and Markdown', () => {
  const cases: [text: string, phrase: string, entryIds: string[]][] = [
    ['# continue masked language modeling on our data', 'masked language modeling', [MLM]],
    ['"""A sparse Mixture of Experts layer."""', 'sparse Mixture of Experts', ['mixture-of-experts']],
    ['Each token goes to two experts in a mixture-of-experts block.', 'mixture-of-experts', ['mixture-of-experts']],
    ['# 지식 증류', '지식 증류', ['knowledge-distillation']],
    ['지식 증류를 통해 작은 모델을 만든다', '지식 증류', ['knowledge-distillation']],
    ['스케일링 법칙', '스케일링 법칙', ['scaling-laws', 'kaplan-scaling-laws']],
    ['스케일링 법칙은 멱법칙을 따른다', '스케일링 법칙', ['scaling-laws', 'kaplan-scaling-laws']],
    ['BERT uses WordPiece', 'BERT', ['bert']],
    ['the KV cache grows with the context', 'KV cache', ['kv-cache']],
  ];
  for (const [text, phrase, entryIds] of cases) {
    test(`${phrase} in ${JSON.stringify(text)}`, () => {
      const match = hoverOn(matcher, text, phrase);
      assert.equal(match?.text, phrase);
      assert.ok(match && entryIds.includes(match.entryId), `${phrase} → ${match?.entryId}`);
    });
  }
});

describe('atlas: precision', () => {
  test('everyday words alone give nothing', () => {
    const words = ['model', 'layer', 'input', 'config', 'train', 'data', 'loss', 'attention', 'token', 'mask', 'head', 'Albert', 'Roberta', 'Bert'];
    for (const word of words) assert.deepEqual(matcher.findAll(`${word} = ${word}  # the ${word}`), [], word);
  });

  for (const { name, text } of NEGATIVE_FILES) {
    test(`${name}: no match at all`, () => {
      assert.deepEqual(matcher.findAll(text).map((m) => `${m.text}→${m.entryId}`), []);
    });
    test(`${name}: no hover on any character`, () => assert.deepEqual(hoversOnEveryCharacter(matcher, text), []));
  }

  test(`recall corpus: ${POSITIVES.length} labelled terms`, (t) => {
    const result = score(matcher, { variants: false });
    t.diagnostic(`atlas: precision ${result.precision.toFixed(3)}, recall ${result.recall.toFixed(3)}`);
    assert.deepEqual(result.misses, []);
    assert.deepEqual(result.falsePositives, []);
  });
});
