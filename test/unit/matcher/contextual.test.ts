import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { KnowledgeBase } from '../../../src/core/knowledge/knowledgeBase';
import type { ContextualSpelling, Entry } from '../../../src/core/knowledge/schema';
import { TermMatcher } from '../../../src/core/matcher';
import { FIXTURE_ENTRIES, fixtureKb } from './fixture';
import { hoverOn, summary } from './helpers';

const GEN = ['generate', 'GenerationConfig', 'SamplingParams', 'pipeline'];

function contextualEntry(id: string, code: string[], contextual: ContextualSpelling[]): Entry {
  return { ...FIXTURE_ENTRIES.find((e) => e.id === 'bert')!, id, kind: 'inference', name: id, model: undefined, aliases: [], code, contextual, related: [] };
}

export const CONTEXTUAL_ENTRIES: Entry[] = [
  contextualEntry('lora', ['LoraConfig', 'lora_alpha'], [{ spelling: 'r', as: 'argument', within: ['LoraConfig'] }, { spelling: 'alpha', as: 'argument', within: ['LoraConfig'] }]),
  contextualEntry('top-k-sampling', [], [{ spelling: 'top_k', as: 'argument', within: GEN }, { spelling: 'top_k', as: 'key' }]),
  contextualEntry('temperature-sampling', [], [{ spelling: 'temperature', as: 'argument', within: GEN }, { spelling: 'temperature', as: 'key' }]),
  contextualEntry('do-sample', ['do_sample'], []),
  contextualEntry('pytorch-sdpa', [], [{ spelling: 'sdpa', as: 'value', of: 'attn_implementation' }]),
  contextualEntry('flash-attention-2', ['flash_attention_2'], [{ spelling: 'flash_attention_2', as: 'value', of: 'attn_implementation' }]),
  contextualEntry('paged-optimizers', [], [{ spelling: 'paged_adamw_8bit', as: 'value', of: 'optim' }]),
  contextualEntry('cosine-schedule', [], [{ spelling: 'cosine', as: 'value', of: 'lr_scheduler_type' }]),
  contextualEntry('position-interpolation', [], [{ spelling: 'linear', as: 'value', of: 'type', within: ['rope_scaling'] }]),
  contextualEntry('linear-schedule', [], [{ spelling: 'linear', as: 'value', of: 'lr_scheduler_type' }]),
  contextualEntry('rope-scaling-factor', [], [{ spelling: 'factor', as: 'key', within: ['rope_scaling'] }]),
  contextualEntry('nf4', [], [{ spelling: 'nf4', as: 'value', of: 'bnb_4bit_quant_type' }]),
  contextualEntry('quant-bits', [], [{ spelling: 'bits', as: 'key', within: ['quantization_config'] }]),
  contextualEntry('gelu-tanh', [], [{ spelling: 'gelu-tanh', as: 'value', of: 'hidden_activation' }]),
];

const kb = new KnowledgeBase([...FIXTURE_ENTRIES, ...CONTEXTUAL_ENTRIES], fixtureKb.sources);
const matcher = new TermMatcher(kb);
const found = (text: string) => summary(matcher.findAll(text));

describe('contextual spellings: keyword arguments', () => {
  test('r= and alpha= inside LoraConfig(...) name LoRA; the bare words never do', () => {
    assert.deepEqual(found('config = LoraConfig(r=16, lora_alpha=32, alpha=8)'), ['LoraConfig→lora', 'r→lora', 'lora_alpha→lora', 'alpha→lora']);
    assert.deepEqual(found('r = 16\nalpha = 0.5\nplot(x, r=3, alpha=0.2)\nfor r in rows: pass'), []);
  });

  test('an argument on its own line finds its call several lines up', () => {
    const text = 'peft_config = LoraConfig(\n    task_type="CAUSAL_LM",\n    target_modules=["q_proj", "v_proj"],\n    r=8,\n)';
    assert.deepEqual(found(text), ['LoraConfig→lora', 'r→lora']);
    // The hover provider passes a window of lines; the cursor on `r` sees the call above.
    const at = text.indexOf('r=8');
    assert.equal(matcher.matchAt(text, at)?.entryId, 'lora');
  });

  test('a nested call does not lend its callee: r= inside dict(...) inside LoraConfig(...) is not LoRA', () => {
    assert.deepEqual(found('LoraConfig(extra=dict(r=4), r=8)'), ['LoraConfig→lora', 'r→lora']);
  });

  test('top_k= and temperature= count in generate(...) and friends, by the last dotted part of the callee', () => {
    assert.deepEqual(found('out = model.generate(**inputs, do_sample=True, top_k=50, temperature=0.7)'), [
      'do_sample→do-sample',
      'top_k→top-k-sampling',
      'temperature→temperature-sampling',
    ]);
    assert.deepEqual(found('SamplingParams(temperature=0.8, top_k=20)'), ['temperature→temperature-sampling', 'top_k→top-k-sampling']);
    assert.deepEqual(found('sensor.read(temperature=21.5)\nweather(top_k=3)'), []);
  });

  test('comparisons and assignments are not keyword arguments', () => {
    assert.deepEqual(found('generate(x, top_k == 3)\nif (top_k := 5): pass'), []);
  });
});

describe('contextual spellings: keys', () => {
  test('"top_k": in JSON and top_k: in YAML', () => {
    assert.deepEqual(found('{\n  "do_sample": true,\n  "top_k": 50\n}'), ['do_sample→do-sample', 'top_k→top-k-sampling']);
    assert.deepEqual(found('generation:\n  top_k: 40\n  do_sample: true\n'), ['top_k→top-k-sampling', 'do_sample→do-sample']);
  });

  test('without `within`, a key or argument needs a distinctive atlas spelling among its own siblings', () => {
    assert.deepEqual(found('{"method": "GET", "top_k": 10}'), []);
    // Nested objects do not vouch for their parent, and contextual spellings do not vouch for each other.
    assert.deepEqual(found('{"temperature": 21.5, "search": {"do_sample": true}}'), ['do_sample→do-sample']);
    assert.deepEqual(found('{"temperature": 0.7, "top_k": 5}'), []);
    assert.deepEqual(found('weather:\n  temperature: 21\n  detail:\n    do_sample: true\n'), ['do_sample→do-sample']);
  });

  test('a plain word without `within` needs another atlas spelling in its object or block, before or after it', () => {
    assert.deepEqual(found('{"do_sample": true, "temperature": 0.6}'), ['do_sample→do-sample', 'temperature→temperature-sampling']);
    assert.deepEqual(found('{"temperature": 0.6, "do_sample": true}'), ['temperature→temperature-sampling', 'do_sample→do-sample']);
    assert.deepEqual(found('{"city": "Seoul", "temperature": 21.5, "humidity": 40}'), []);
    assert.deepEqual(found('sampling:\n  temperature: 0.7\n  do_sample: true\n'), ['temperature→temperature-sampling', 'do_sample→do-sample']);
    assert.deepEqual(found('weather:\n  temperature: 21\n  humidity: 40\nsampling:\n  do_sample: true\n'), ['do_sample→do-sample']);
  });

  test('a key within a named object: "bits" only inside quantization_config', () => {
    assert.deepEqual(found('{"quantization_config": {"bits": 4, "group_size": 128}}'), ['bits→quant-bits']);
    assert.deepEqual(found('{"image": {"bits": 8}}'), []);
    assert.deepEqual(found('quantization_config:\n  bits: 4\nother:\n  bits: 8\n'), ['bits→quant-bits']);
    assert.deepEqual(found('rope_scaling = {"factor": 8.0, "type": "linear"}'), ['factor→rope-scaling-factor', 'linear→position-interpolation']);
  });

  test('YAML keys open their line; text such as `note: top_k: x` in prose is not a key', () => {
    assert.deepEqual(found('- top_k: 5\n  do_sample: true\n'), ['top_k→top-k-sampling', 'do_sample→do-sample']);
    assert.deepEqual(found('see the note: top_k: 5'), []);
    assert.deepEqual(found('top_k:5'), []);
  });
});

describe('contextual spellings: values', () => {
  test('attn_implementation="sdpa" is SDPA, not FlashAttention; flash_attention_2 is FlashAttention-2', () => {
    assert.deepEqual(found('AutoModelForCausalLM.from_pretrained(name, attn_implementation="sdpa")'), ['AutoModelForCausalLM→causal-language-modeling', 'sdpa→pytorch-sdpa']);
    assert.deepEqual(found('"attn_implementation": "flash_attention_2"'), ['flash_attention_2→flash-attention-2']);
    assert.deepEqual(found('backend = "sdpa"\nname="sdpa"'), []);
  });

  test('the same word is a different entry as the value of a different key', () => {
    assert.deepEqual(found('TrainingArguments(lr_scheduler_type="linear", optim="paged_adamw_8bit")'), ['linear→linear-schedule', 'paged_adamw_8bit→paged-optimizers']);
    assert.deepEqual(found('"rope_scaling": {"type": "linear", "factor": 2.0}'), ['linear→position-interpolation', 'factor→rope-scaling-factor']);
    assert.deepEqual(found('{"type": "linear"}\nlayer = {"type": "linear"}'), []);
  });

  test('YAML, unquoted, and command lines', () => {
    assert.deepEqual(found('lr_scheduler_type: cosine\noptim: paged_adamw_8bit # saves memory\n'), ['cosine→cosine-schedule', 'paged_adamw_8bit→paged-optimizers']);
    assert.deepEqual(found('python train.py --lr_scheduler_type cosine --optim=paged_adamw_8bit'), ['cosine→cosine-schedule', 'paged_adamw_8bit→paged-optimizers']);
    assert.deepEqual(found('echo lr_scheduler_type cosine'), []);
    assert.deepEqual(found('lr_scheduler_type: cosine_with_restarts'), []);
  });

  test('values with hyphens, single quotes, and a value that is also a code spelling', () => {
    assert.deepEqual(found("Gemma(hidden_activation='gelu-tanh')"), ['gelu-tanh→gelu-tanh']);
    assert.deepEqual(found("BitsAndBytesConfig(bnb_4bit_quant_type='nf4')"), ['nf4→nf4']);
  });

  test('comparisons are not assignments', () => {
    assert.deepEqual(found('if attn_implementation == "sdpa": pass\nif optim != "paged_adamw_8bit": pass'), []);
  });
});

describe('contextual spellings: bounded, any input', () => {
  test('a 1 MB single line of arguments inside one call is read in one pass and matched throughout', () => {
    const line = `LoraConfig(${'r=1, '.repeat(200_000)})`;
    const matches = matcher.findAll(line);
    // The call opened more than CONTEXT_SPAN back no longer counts: only the first arguments match.
    assert.ok(matches.length > 100 && matches.length < 1000, `${matches.length} matches`);
    assert.equal(matcher.matchAt(line, line.length - 10), undefined);
    assert.equal(matcher.matchAt(line, 'LoraConfig('.length)?.entryId, 'lora');
  });

  test('unbalanced and deeply nested brackets neither crash nor mislead', () => {
    assert.deepEqual(found(`${'('.repeat(10_000)}LoraConfig(r=1)`), ['LoraConfig→lora', 'r→lora']);
    assert.deepEqual(found(`${')'.repeat(10_000)}generate(top_k=1)`), ['top_k→top-k-sampling']);
    assert.deepEqual(found('LoraConfig(x=(1, 2), r=3'), ['LoraConfig→lora', 'r→lora']);
  });

  test('a cursor on a contextual spelling gets the same answer as findAll', () => {
    const text = 'model.generate(\n    input_ids,\n    top_k=50,\n)\nconfig = {"quantization_config": {"bits": 4}}';
    for (const m of matcher.findAll(text)) {
      for (let offset = m.start; offset < m.end; offset++) assert.deepEqual(matcher.matchAt(text, offset), m, `${m.text} @${offset}`);
    }
    assert.equal(hoverOn(matcher, text, 'top_k')?.entryId, 'top-k-sampling');
    assert.equal(hoverOn(matcher, text, 'bits')?.entryId, 'quant-bits');
  });
});
