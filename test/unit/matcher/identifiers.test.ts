import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { TermMatcher } from '../../../src/core/matcher';
import { fixtureKb } from './fixture';
import { single } from './helpers';

const matcher = new TermMatcher(fixtureKb);
const MLM = 'masked-language-modeling';
const CLM = 'causal-language-modeling';
const SEQ2SEQ = 'sequence-to-sequence';

describe('class names: stem + ending', () => {
  const cases: [identifier: string, entryId: string, also: string[]][] = [
    ['BertForMaskedLM', 'bert', [MLM]],
    ['RobertaTokenizerFast', 'roberta', ['tokenization', 'byte-level-bpe']],
    ['T5ForConditionalGeneration', 't5', [SEQ2SEQ]],
    ['MixtralSparseMoeBlock', 'mixtral-8x7b', ['mixture-of-experts']],
    ['GPT2LMHeadModel', 'gpt-2', [CLM]],
    ['DistilBertModel', 'distilbert', []],
    ['DistilBertForMaskedLM', 'distilbert', [MLM]],
    ['LlamaForCausalLM', 'llama', [CLM]],
    ['XLMRobertaModel', 'xlm-r', []],
    ['XLMRobertaTokenizer', 'xlm-r', ['tokenization', 'sentencepiece']],
    ['XLMModel', 'xlm', []],
    ['MBartForConditionalGeneration', 'mbart', [SEQ2SEQ]],
    ['BartForConditionalGeneration', 'bart', [SEQ2SEQ]],
    ['TFBertModel', 'bert', []],
    ['TFDistilBertForSequenceClassification', 'distilbert', ['fine-tuning']],
    ['FlaxT5ForConditionalGeneration', 't5', [SEQ2SEQ]],
    ['BertTokenizer', 'bert', ['tokenization', 'wordpiece']],
    ['BertTokenizerFast', 'bert', ['tokenization', 'wordpiece']],
    ['T5Tokenizer', 't5', ['tokenization', 'sentencepiece']],
    ['GPT2TokenizerFast', 'gpt-2', ['tokenization', 'byte-level-bpe']],
    ['LlamaRMSNorm', 'llama', ['rms-norm']],
    ['LlamaRotaryEmbedding', 'llama', ['rotary-position-embedding']],
    ['LlamaAttention', 'llama', ['self-attention']],
    ['LlamaSdpaAttention', 'llama', ['scaled-dot-product-attention']],
    ['LlamaDecoderLayer', 'llama', []],
    ['LlamaMLP', 'llama', ['feed-forward-network']],
    ['LlamaConfig', 'llama', []],
    ['BertPreTrainedModel', 'bert', []],
    ['BertForPreTraining', 'bert', ['pre-training']],
    ['BertForNextSentencePrediction', 'bert', ['next-sentence-prediction']],
    ['BertForSequenceClassification', 'bert', ['fine-tuning']],
    ['BertForTokenClassification', 'bert', ['fine-tuning']],
    ['BertForQuestionAnswering', 'bert', ['fine-tuning']],
    ['BertOnlyMLMHead', 'bert', [MLM]],
    ['BertLayerNorm', 'bert', ['layer-norm']],
    ['DebertaV2Model', 'deberta', []],
    ['ElectraForPreTraining', 'electra', ['pre-training']],
    ['GPTNeoXForCausalLM', 'gpt-neox', [CLM]],
    ['SwitchTransformersTop1Router', 'switch-transformer', ['moe-router']],
    ['OPTForCausalLM', 'opt', [CLM]],
    ['BloomForCausalLM', 'bloom', [CLM]],
    ['PhiForCausalLM', 'phi-2', [CLM]],
    ['MistralForCausalLM', 'mistral-7b', [CLM]],
    ['AlbertModel', 'albert', []],
    ['FalconForCausalLM', 'falcon', [CLM]],
    // Stems shaped like no English word stand alone.
    ['T5', 't5', []],
    ['DistilBert', 'distilbert', []],
    ['XLMRoberta', 'xlm-r', []],
  ];
  for (const [identifier, entryId, also] of cases) {
    test(`${identifier} → ${entryId}${also.length ? ` + ${also.join(', ')}` : ''}`, () => {
      const match = single(matcher, `x = ${identifier}(config)`);
      assert.equal(match.entryId, entryId);
      assert.deepEqual([...match.also].sort(), [...also].sort());
      assert.equal(match.text, identifier);
      assert.equal(match.start, 4);
    });
  }
});

describe('class names without a known stem', () => {
  const cases: [identifier: string, entryId: string][] = [
    ['AutoModelForMaskedLM', MLM],
    ['AutoModelForCausalLM', CLM],
    ['AutoModelForSeq2SeqLM', SEQ2SEQ],
    ['TFAutoModelForMaskedLM', MLM],
    ['AutoTokenizer', 'tokenization'],
    ['GPTJForCausalLM', CLM],
    ['MyModelForMaskedLM', MLM],
    ['CustomSparseMoeBlock', 'mixture-of-experts'],
  ];
  for (const [identifier, entryId] of cases) {
    test(`${identifier} → ${entryId}`, () => {
      const match = single(matcher, identifier);
      assert.equal(match.entryId, entryId);
      assert.equal(match.via, 'identifier');
      assert.deepEqual(match.also, []);
    });
  }

  test('auto classes that name no concept give nothing', () => {
    assert.deepEqual(matcher.findAll('AutoModel AutoConfig AutoModelForFoo'), []);
  });
});

describe('exact code spellings', () => {
  const cases: [line: string, spelling: string, entryId: string][] = [
    ['collator = DataCollatorForLanguageModeling(tokenizer=tok)', 'DataCollatorForLanguageModeling', MLM],
    ['    mlm_probability=0.15,', 'mlm_probability', MLM],
    ['heads = config.num_attention_heads', 'num_attention_heads', 'multi-head-attention'],
    ['"num_key_value_heads": 8,', 'num_key_value_heads', 'grouped-query-attention'],
    ['"num_local_experts": 8,', 'num_local_experts', 'mixture-of-experts'],
    ['num_experts_per_tok: 2', 'num_experts_per_tok', 'top-k-routing'],
    ['"type_vocab_size": 2,', 'type_vocab_size', 'segment-embedding'],
    ['tie_word_embeddings=False', 'tie_word_embeddings', 'tied-embeddings'],
    ['parser.add_argument("--mlm_probability", type=float)', 'mlm_probability', MLM],
    ['theta = cfg.rope_theta', 'rope_theta', 'rotary-position-embedding'],
    ['attn = nn.MultiheadAttention(512, 8)', 'nn.MultiheadAttention', 'multi-head-attention'],
    ['attn = torch.nn.MultiheadAttention(512, 8)', 'nn.MultiheadAttention', 'multi-head-attention'],
    ['y = F.scaled_dot_product_attention(q, k, v)', 'scaled_dot_product_attention', 'scaled-dot-product-attention'],
    ['y = scaled_dot_product_attention(q, k, v)', 'scaled_dot_product_attention', 'scaled-dot-product-attention'],
    ['text = "Paris is the [MASK] of France."', '[MASK]', 'mask-token'],
    ['ids = tokenizer("[CLS] hello")', '[CLS]', 'cls-token'],
    ['if mlm:', 'mlm', MLM],
  ];
  for (const [line, spelling, entryId] of cases) {
    test(`${spelling} in ${line.trim()}`, () => {
      const match = single(matcher, line);
      assert.equal(match.entryId, entryId);
      assert.equal(match.text, spelling);
      assert.equal(match.start, line.indexOf(spelling));
      assert.equal(match.via, 'code-key');
    });
  }

  test('an exact spelling that is also a class name keeps the class reading in `also`', () => {
    // DataCollatorForLanguageModeling has no model stem: nothing else to imply.
    assert.deepEqual(single(matcher, 'DataCollatorForLanguageModeling').also, []);
  });
});

describe('code spellings inside longer identifiers', () => {
  const cases: [identifier: string, part: string, entryId: string][] = [
    ['self.default_mlm_probability', 'mlm_probability', MLM],
    ['num_key_value_heads_per_rank', 'num_key_value_heads', 'grouped-query-attention'],
    ['_num_attention_heads', 'num_attention_heads', 'multi-head-attention'],
    ['MyRMSNormLayer', 'RMSNorm', 'rms-norm'],
    ['patchedMultiheadAttention', 'MultiheadAttention', 'multi-head-attention'],
  ];
  for (const [identifier, part, entryId] of cases) {
    test(`${part} inside ${identifier}`, () => {
      const match = single(matcher, identifier);
      assert.equal(match.entryId, entryId);
      assert.equal(match.text, part);
      assert.equal(match.start, identifier.indexOf(part));
    });
  }
});

describe('identifiers that must give nothing', () => {
  const negatives = [
    // a stem that is also a name or a word needs a known ending
    'Bert', 'Albert', 'Llama', 'Falcon', 'Roberta', 'Phi', 'Bloom',
    // a known stem followed by an unknown word
    'AlbertEinstein', 'BloomFilter', 'FalconApp', 'RobertaSmith', 'BertModelWrapper', 'PhiAngle', 'LlamaIndex',
    // case matters in code: "Opt" is not OPT
    'OptParser', 'OptConfig', 'bert', 'bert_model', 'MLM_PROBABILITY',
    // an all-capitals stem is a constant on its own: `OPT`, curses' `CTRL`
    'OPT', 'CTRL',
    // a one-word code spelling ("mlm", "llama") inside a longer identifier or a hyphenated word
    'use_mlm', 'llama_index', 'llama-farm', 'mlm-style',
    // generic endings without a stem
    'Tokenizer', 'JsonTokenizer', 'SelfAttention', 'RequestRouter', 'ModelConfig', 'UserModel', 'LayerNorm2d',
    // everyday words, including one the fixture wrongly lists as a code spelling ("temperature")
    'config', 'model', 'layer', 'input', 'train', 'data', 'loss', 'attention', 'token', 'mask', 'head', 'temperature',
    // a stem glued into a longer word
    'Bertha', 'Bertrand', 'T5000', 'xT5', 'Mistralia',
  ];
  for (const word of negatives) {
    test(word, () => assert.deepEqual(matcher.findAll(`${word} = ${word}()`), []));
  }
});
