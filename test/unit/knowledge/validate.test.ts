import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { KnowledgeBase } from '../../../src/core/knowledge/knowledgeBase';
import type { Entry, ModelFacts, Source } from '../../../src/core/knowledge/schema';
import { STOP_WORDS, normaliseAlias, validateKnowledgeBase } from '../../../src/core/knowledge/validate';

// Small hand-made bases: one valid baseline, then one deliberate defect per test, so that each rule of
// the validator is shown to fire (and the baseline shows it does not fire without the defect).

const SOURCES: Record<string, Source> = {
  vaswani2017: { title: 'Attention Is All You Need', authors: 'Vaswani et al.', year: 2017, url: 'https://arxiv.org/abs/1706.03762', kind: 'paper' },
  devlin2019: { title: 'BERT', authors: 'Devlin et al.', year: 2019, url: 'https://arxiv.org/abs/1810.04805', kind: 'paper' },
};

function concept(id: string, overrides: Partial<Entry> = {}): Entry {
  return {
    id,
    kind: 'architecture',
    name: `Concept ${id}`,
    nameKo: `개념 ${id}`,
    aliases: [`${id} phrase`],
    code: [],
    summary: { en: `One line about ${id}.`, ko: `${id}에 대한 한 줄 설명.` },
    explanation: { en: `A longer explanation of ${id}.`, ko: `${id}에 대한 더 긴 설명입니다.` },
    keyNumbers: [],
    related: [],
    sources: ['vaswani2017'],
    ...overrides,
  };
}

function modelFacts(overrides: Partial<ModelFacts> = {}): ModelFacts {
  return {
    family: 'encoder-only',
    year: 2019,
    organisation: 'Example Lab',
    objectives: [],
    keyIdeas: [{ en: 'A key idea.', ko: '핵심 아이디어.' }],
    ...overrides,
  };
}

function model(id: string, overrides: Partial<ModelFacts> = {}, entryOverrides: Partial<Entry> = {}): Entry {
  return concept(id, { kind: 'model', sources: ['devlin2019'], model: modelFacts(overrides), ...entryOverrides });
}

function problemsOf(entries: Entry[], sources: Record<string, Source> = SOURCES): string[] {
  return validateKnowledgeBase(new KnowledgeBase(entries, sources));
}

/** Asserts that exactly the expected kind of problem is reported, naming the offending thing. */
function assertReports(problems: string[], ...fragments: string[]): void {
  assert.ok(
    problems.some((p) => fragments.every((f) => p.includes(f))),
    `expected a problem mentioning ${fragments.map((f) => JSON.stringify(f)).join(' and ')}, got:\n${problems.join('\n')}`,
  );
}

describe('validateKnowledgeBase on a valid base', () => {
  test('a small consistent base has no problems', () => {
    const base = [
      concept('self-attention', { related: ['bert'], keyNumbers: [{ label: { en: 'Heads', ko: '헤드 수' }, value: 8, unit: 'heads', source: 'vaswani2017' }] }),
      model('bert', {
        objectives: ['self-attention'],
        parameters: { value: 110e6, unit: 'parameters', source: 'devlin2019' },
        variants: [{ id: 'bert-base', name: 'BERT-base', hfIds: ['google-bert/bert-base-uncased', 'bert-base-uncased'], parameters: { value: 110e6, unit: 'parameters', source: 'devlin2019' }, layers: 12 }],
      }),
      model('distilbert', { improvesOn: ['bert'] }),
    ];
    assert.deepEqual(problemsOf(base), []);
  });
});

describe('validateKnowledgeBase: identity and kinds', () => {
  test('duplicate ids are reported', () => {
    assertReports(problemsOf([concept('bpe'), concept('bpe', { aliases: ['other phrase'] })]), '"bpe"', 'more than once');
  });

  test('ids must be kebab-case', () => {
    assertReports(problemsOf([concept('Self_Attention')]), '"Self_Attention"', 'kebab-case');
  });

  test('unknown kinds are reported', () => {
    assertReports(problemsOf([concept('x', { kind: 'gadget' as Entry['kind'] })]), 'x:', '"gadget"');
  });

  test('a model entry needs model facts and a concept must not have them', () => {
    assertReports(problemsOf([concept('bert', { kind: 'model' })]), 'bert:', 'no model facts');
    assertReports(problemsOf([concept('moe', { model: modelFacts() })]), 'moe:', 'model facts');
  });
});

describe('validateKnowledgeBase: text in both languages', () => {
  test('empty names are reported', () => {
    assertReports(problemsOf([concept('x', { name: ' ' })]), 'x:', 'name is empty');
    assertReports(problemsOf([concept('x', { nameKo: '' })]), 'x:', 'nameKo is empty');
  });

  test('missing English or Korean text is reported', () => {
    assertReports(problemsOf([concept('x', { summary: { en: '', ko: '요약.' } })]), 'x: summary', 'no English');
    assertReports(problemsOf([concept('x', { explanation: { en: 'Text.', ko: '  ' } })]), 'x: explanation', 'no Korean');
  });

  test('a Korean field without Hangul (an untranslated copy) is reported', () => {
    assertReports(problemsOf([concept('x', { summary: { en: 'Same text.', ko: 'Same text.' } })]), 'x: summary', 'no Hangul');
  });

  test('Hangul in an English field (swapped languages) is reported', () => {
    assertReports(problemsOf([concept('x', { explanation: { en: '한국어 설명.', ko: '한국어 설명.' } })]), 'x: explanation', 'English text contains Hangul');
  });

  test('a summary must be one line', () => {
    assertReports(problemsOf([concept('x', { summary: { en: 'First.\nSecond.', ko: '첫째.' } })]), 'x:', 'single line');
  });

  test('notes and training data may be bare names but not untranslated English sentences', () => {
    const withNote = (ko: string) =>
      concept('x', { keyNumbers: [{ label: { en: 'Vocabulary', ko: '어휘' }, value: 32000, unit: 'tokens', source: 'vaswani2017', note: { en: 'SentencePiece; not the released figure.', ko } }] });
    assert.deepEqual(problemsOf([withNote('SentencePiece.')]), []);
    assertReports(problemsOf([withNote('SentencePiece; not the released figure.')]), 'x: key number "Vocabulary" note', 'English sentence');
    assert.deepEqual(problemsOf([model('t5', { trainingData: { en: 'C4 (Colossal Clean Crawled Corpus)', ko: 'C4(Colossal Clean Crawled Corpus)' } })]), []);
    assertReports(problemsOf([model('t5', { trainingData: { en: 'Text from the web.', ko: 'Text from the web.' } })]), 't5: model.trainingData', 'English sentence');
  });

  test('model key ideas need both languages', () => {
    assertReports(problemsOf([model('bert', { keyIdeas: [{ en: 'Idea.', ko: 'Idea.' }] })]), 'bert: model.keyIdeas[0]', 'no Hangul');
  });
});

describe('validateKnowledgeBase: sources', () => {
  test('an entry must cite at least one source', () => {
    assertReports(problemsOf([concept('x', { sources: [] })]), 'x:', 'no source');
  });

  test('entry sources, key numbers, model facts and variants must cite registered keys', () => {
    assertReports(problemsOf([concept('x', { sources: ['nobody2020'] })]), 'x: sources', '"nobody2020"');
    const keyNumber = concept('x', { keyNumbers: [{ label: { en: 'Heads', ko: '헤드 수' }, value: 8, unit: 'heads', source: 'ghost2017' }] });
    assertReports(problemsOf([keyNumber]), 'x: key number "Heads"', '"ghost2017"');
    assertReports(problemsOf([model('bert', { parameters: { value: 1e8, unit: 'parameters', source: 'ghost2018' } })]), 'bert: model.parameters', '"ghost2018"');
    const variant = { id: 'bert-base', name: 'BERT-base', hfIds: [], parameters: { value: 1e8, unit: 'parameters' as const, source: 'ghost2019' } };
    assertReports(problemsOf([model('bert', { variants: [variant] })]), 'variant "bert-base" parameters', '"ghost2019"');
  });

  test('source URLs must be https links', () => {
    const sources = { ...SOURCES, vaswani2017: { ...SOURCES.vaswani2017, url: 'http://arxiv.org/abs/1706.03762' } };
    assertReports(problemsOf([concept('x')], sources), 'Source "vaswani2017"', 'https');
    const notAUrl = { ...SOURCES, vaswani2017: { ...SOURCES.vaswani2017, url: 'arxiv 1706.03762' } };
    assertReports(problemsOf([concept('x')], notAUrl), 'Source "vaswani2017"', 'https');
  });

  test('source years must be plausible', () => {
    for (const year of [1066, 3000, 2017.5]) {
      const sources = { ...SOURCES, vaswani2017: { ...SOURCES.vaswani2017, year } };
      assertReports(problemsOf([concept('x')], sources), 'Source "vaswani2017"', `year ${year}`);
    }
  });

  test('source keys follow the surname + year convention', () => {
    const sources = { ...SOURCES, 'Attention-Paper': SOURCES.vaswani2017 };
    assertReports(problemsOf([concept('x')], sources), 'Source "Attention-Paper"', 'convention');
  });
});

describe('validateKnowledgeBase: links between entries', () => {
  test('related, objectives and improvesOn ids must exist', () => {
    assertReports(problemsOf([concept('x', { related: ['nowhere'] })]), 'x: related', '"nowhere"');
    assertReports(problemsOf([model('bert', { objectives: ['mystery-objective'] })]), 'bert: objectives', '"mystery-objective"');
    assertReports(problemsOf([model('distilbert', { improvesOn: ['bort'] })]), 'distilbert: improvesOn', '"bort"');
  });

  test('an entry must not link to itself', () => {
    assertReports(problemsOf([concept('x', { related: ['x'] })]), 'x: related', 'itself');
    assertReports(problemsOf([model('bert', { improvesOn: ['bert'] })]), 'bert: improvesOn', 'itself');
  });

  test('improvesOn must point at a model', () => {
    assertReports(problemsOf([concept('self-attention'), model('bert', { improvesOn: ['self-attention'] })]), 'bert:', 'not a model');
  });
});

describe('validateKnowledgeBase: aliases and code spellings', () => {
  test('an alias shared by two entries is reported, ignoring case and spacing', () => {
    const problems = problemsOf([concept('mlm', { aliases: ['Masked  LM'] }), concept('masking', { aliases: ['masked lm'] })]);
    assertReports(problems, 'Alias "masked lm"', 'mlm', 'masking');
  });

  test('any re-cased, re-spaced copy of an alias in another entry collides', () => {
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 13, maxLength: 13 }), fc.integer({ min: 1, max: 4 }), (upper, spaces) => {
        const alias = 'mixture of experts';
        const variant = [...alias]
          .map((ch, i) => (upper[i % upper.length] ? ch.toUpperCase() : ch))
          .join('')
          .replace(/ /g, ' '.repeat(spaces));
        const problems = problemsOf([concept('a', { aliases: [alias] }), concept('b', { aliases: [variant] })]);
        return problems.some((p) => p.startsWith(`Alias "${alias}"`));
      }),
    );
  });

  test('the same alias twice within one entry is not a conflict', () => {
    assert.deepEqual(problemsOf([concept('x', { aliases: ['KV cache', 'kv cache'] })]), []);
  });

  test('a code spelling shared by two entries is reported; case matters for code', () => {
    assertReports(problemsOf([concept('a', { code: ['num_heads'] }), concept('b', { code: ['num_heads'] })]), 'Code spelling "num_heads"', 'a', 'b');
    assert.deepEqual(problemsOf([concept('a', { code: ['Bert'] }), concept('b', { code: ['BERT_PATH'] })]), []);
  });

  test("an alias equal to another entry's code spelling is reported", () => {
    assertReports(problemsOf([concept('bpe', { code: ['BPE'] }), concept('other', { aliases: ['bpe'] })]), 'Alias "bpe" of other', 'code spelling of bpe');
  });

  test('everyday words are refused as aliases, in English and Korean', () => {
    assertReports(problemsOf([concept('x', { aliases: ['Model'] })]), 'x: alias "Model"', 'everyday');
    assertReports(problemsOf([concept('x', { aliases: ['  loss '] })]), 'x: alias "  loss "', 'everyday');
    assertReports(problemsOf([concept('x', { aliases: ['토큰'] })]), 'x: alias "토큰"', 'everyday');
    for (const word of ['model', 'layer', 'input', 'config', 'train', 'data', 'loss', 'attention', 'token', 'output']) {
      assert.ok(STOP_WORDS.has(word), `${word} should be a stop word`);
    }
  });

  test('code spellings must be identifiers', () => {
    assertReports(problemsOf([concept('x', { code: ['t5-small'] })]), 'x: code spelling "t5-small"', 'identifier');
    assert.deepEqual(problemsOf([concept('x', { code: ['nn.MultiheadAttention', '_private', 'T5'] })]), []);
  });

  test('an entry needs at least one alias or code spelling', () => {
    assertReports(problemsOf([concept('x', { aliases: [], code: [] })]), 'x:', 'neither aliases nor code');
  });

  test('normaliseAlias folds case, Unicode form and whitespace runs', () => {
    assert.equal(normaliseAlias('  Mixture\tof   EXPERTS '), 'mixture of experts');
    // "한" written as decomposed jamo (NFD) and as one syllable (NFC) are the same alias.
    assert.equal(normaliseAlias('\u1112\u1161\u11ab'), normaliseAlias('\ud55c'));
  });
});

describe('validateKnowledgeBase: variants and Hub ids', () => {
  const variant = (id: string, hfIds: string[] = []) => ({ id, name: id, hfIds, parameters: { value: 1e8, unit: 'parameters' as const, source: 'devlin2019' } });

  test('a variant id defined by two models is reported', () => {
    const problems = problemsOf([model('bert', { variants: [variant('base')] }), model('roberta', { variants: [variant('base')] })]);
    assertReports(problems, 'Variant id "base"', 'bert', 'roberta');
  });

  test('a Hugging Face id listed by two variants is reported, ignoring case', () => {
    const problems = problemsOf([model('bert', { variants: [variant('bert-base', ['bert-base-uncased']), variant('bert-large', ['BERT-base-uncased'])] })]);
    assertReports(problems, 'Hugging Face id "BERT-base-uncased"', 'bert-base', 'bert-large');
  });

  test('variant ids must be kebab-case and Hub ids well-formed', () => {
    assertReports(problemsOf([model('gpt-2', { variants: [variant('GPT2_XL')] })]), 'variant "GPT2_XL"', 'kebab-case');
    assertReports(problemsOf([model('gpt-2', { variants: [variant('gpt2.xl')] })]), 'variant "gpt2.xl"', 'kebab-case');
    assert.deepEqual(problemsOf([model('ctrl', { variants: [variant('ctrl-1.63b')] })]), []);
    assertReports(problemsOf([model('t5', { variants: [variant('t5-small', ['google-t5 / t5-small'])] })]), '"google-t5 / t5-small"', 'malformed');
  });

  test('variant sizes must be positive integers', () => {
    const bad = { ...variant('bert-base'), layers: 0, heads: 1.5 };
    const problems = problemsOf([model('bert', { variants: [bad] })]);
    assertReports(problems, 'variant "bert-base" layers 0');
    assertReports(problems, 'variant "bert-base" heads 1.5');
  });
});

describe('validateKnowledgeBase: numbers', () => {
  const fact = (value: number) => ({ label: { en: 'Size', ko: '크기' }, value, unit: 'parameters' as const, source: 'vaswani2017' });

  test('non-finite, zero and negative values are reported', () => {
    for (const value of [Number.NaN, Number.POSITIVE_INFINITY, 0, -65e6]) {
      assertReports(problemsOf([concept('x', { keyNumbers: [fact(value)] })]), 'x: key number "Size"', `value ${value}`);
    }
  });

  test('model facts are checked too', () => {
    assertReports(problemsOf([model('bert', { layers: { value: -12, unit: 'layers', source: 'devlin2019' } })]), 'bert: model.layers', 'value -12');
  });

  test('an unconfirmed figure must say why', () => {
    const rumour = { value: 1.8e12, unit: 'parameters' as const, source: 'devlin2019', unconfirmed: true };
    assertReports(problemsOf([model('gpt-4', { parameters: rumour })]), 'gpt-4: model.parameters', 'unconfirmed');
    const explained = { ...rumour, note: { en: 'Press estimate, never disclosed.', ko: '공개된 적 없는 언론 추정치입니다.' } };
    assert.deepEqual(problemsOf([model('gpt-4', { parameters: explained })]), []);
  });

  test('model months must be 1 to 12 and years plausible', () => {
    assertReports(problemsOf([model('bert', { month: 13 })]), 'bert:', 'month 13');
    assertReports(problemsOf([model('bert', { year: 19 })]), 'bert:', 'year 19');
  });
});

describe('validateKnowledgeBase: contextual spellings', () => {
  const withContext = (id: string, contextual: Entry['contextual']) => concept(id, { contextual });

  test('well-formed places pass, and one spelling may name different entries in different places', () => {
    const entries = [
      withContext('lora', [{ spelling: 'r', as: 'argument', within: ['LoraConfig'] }]),
      withContext('linear-schedule', [{ spelling: 'linear', as: 'value', of: 'lr_scheduler_type' }]),
      withContext('position-interpolation', [{ spelling: 'linear', as: 'value', of: 'type', within: ['rope_scaling'] }]),
      withContext('top-k-sampling', [{ spelling: 'top_k', as: 'argument', within: ['generate'] }, { spelling: 'top_k', as: 'key' }]),
      withContext('moe-top-k', [{ spelling: 'top_k', as: 'argument', within: ['MoeRouter'] }]),
      withContext('gelu-tanh', [{ spelling: 'gelu_pytorch_tanh', as: 'value', of: 'hidden_act' }, { spelling: 'gpt-4o', as: 'value', of: 'model' }]),
    ];
    assert.deepEqual(problemsOf(entries), []);
  });

  test('the same spelling in the same place for two entries is reported; no `within` overlaps every `within`', () => {
    assertReports(
      problemsOf([withContext('a', [{ spelling: 'sdpa', as: 'value', of: 'attn_implementation' }]), withContext('b', [{ spelling: 'sdpa', as: 'value', of: 'attn_implementation' }])]),
      'value "sdpa" of "attn_implementation"',
      'both a and b',
    );
    assertReports(
      problemsOf([withContext('a', [{ spelling: 'top_k', as: 'argument', within: ['generate', 'pipeline'] }]), withContext('b', [{ spelling: 'top_k', as: 'argument', within: ['pipeline'] }])]),
      'argument "top_k"',
      'both a and b',
    );
    assertReports(
      problemsOf([withContext('a', [{ spelling: 'top_k', as: 'key' }]), withContext('b', [{ spelling: 'top_k', as: 'key', within: ['generation'] }])]),
      'key "top_k"',
      'both a and b',
    );
  });

  test('a value needs `of`; `of` is only for values', () => {
    assertReports(problemsOf([withContext('a', [{ spelling: 'sdpa', as: 'value' }])]), 'a: contextual value "sdpa"', 'needs `of`');
    assertReports(problemsOf([withContext('a', [{ spelling: 'top_k', as: 'key', of: 'generation' }])]), 'a: contextual key "top_k"', 'only for values');
  });

  test('names must be identifiers, `within` names too, and a one- or two-letter name needs `within`', () => {
    assertReports(problemsOf([withContext('a', [{ spelling: 'top-k', as: 'argument', within: ['generate'] }])]), 'argument "top-k" is not an identifier');
    assertReports(problemsOf([withContext('a', [{ spelling: 'top_k', as: 'argument', within: ['model.generate'] }])]), 'within "model.generate" is not an identifier');
    assertReports(problemsOf([withContext('a', [{ spelling: 'r', as: 'argument' }])]), 'argument "r" is too short');
    assertReports(problemsOf([withContext('a', [{ spelling: 'sdpa', as: 'value', of: 'attn implementation' }])]), 'of "attn implementation" is not an identifier');
    assertReports(problemsOf([withContext('a', [{ spelling: 'a b', as: 'value', of: 'x' }])]), 'value "a b" is not a short value name');
    assertReports(problemsOf([withContext('a', [{ spelling: 'top_k', as: 'key', within: [] }])]), 'within is empty');
  });
});
