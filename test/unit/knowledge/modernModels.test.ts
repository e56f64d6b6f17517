import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { atlas } from '../../../src/core/knowledge';
import { ENTRIES } from '../../../src/core/knowledge/entries/modernModels';
import type { Entry, ModelVariant } from '../../../src/core/knowledge/schema';
import { validateKnowledgeBase } from '../../../src/core/knowledge/validate';
import { TermMatcher } from '../../../src/core/matcher';
import { growthPoints } from '../../../src/core/scaling/growth';
import { knownModelsAgainstFrontier } from '../../../src/core/scaling/series';

// The entries for the models engineers open today (entries/modernModels/): coverage, parameter counts
// checked against a count derived here from each model's published config, the facts the scaling
// charts read, and the matcher finding them in realistic code.

const matcher = new TermMatcher(atlas);

function entry(id: string): Entry {
  const found = atlas.get(id);
  assert.ok(found, `the atlas has no entry "${id}"`);
  return found;
}

function variant(id: string): ModelVariant {
  for (const e of ENTRIES) {
    const found = e.model?.variants?.find((v) => v.id === id);
    if (found) return found;
  }
  assert.fail(`no variant "${id}"`);
}

/** A decoder shape as its config.json states it; only what changes the parameter count. */
interface DecoderShape {
  vocab: number;
  d: number;
  layers: number;
  heads: number;
  kvHeads: number;
  /** `head_dim` when the config states it; otherwise d / heads. */
  headDim?: number;
  ff: number;
  tied: boolean;
  /** Qwen2-style bias on the Q, K and V projections. */
  qkvBias?: boolean;
  /** Qwen3-style RMSNorm over each head's queries and keys. */
  qkNorm?: boolean;
  /** Mixture of Experts: every layer's SwiGLU MLP is `experts` copies of width `ff`, plus a router. */
  experts?: number;
}

/**
 * Parameters of a Llama-family decoder from first principles: embeddings (and an untied output head),
 * per layer the Q/K/V/O projections, a SwiGLU MLP (gate, up, down) or its experts and router, and two
 * RMSNorm weight vectors; one final RMSNorm.
 */
function decoderParameters(s: DecoderShape): number {
  const headDim = s.headDim ?? s.d / s.heads;
  const q = s.heads * headDim;
  const kv = s.kvHeads * headDim;
  const attention = s.d * q + 2 * s.d * kv + q * s.d + (s.qkvBias ? q + 2 * kv : 0) + (s.qkNorm ? 2 * headDim : 0);
  const mlp = s.experts ? s.experts * 3 * s.d * s.ff + s.d * s.experts : 3 * s.d * s.ff;
  const embeddings = s.vocab * s.d * (s.tied ? 1 : 2);
  return embeddings + s.layers * (attention + mlp + 2 * s.d) + s.d;
}

describe('modern model entries', () => {
  test('the whole atlas still validates with them', () => {
    assert.deepEqual(validateKnowledgeBase(atlas), []);
  });

  test('every model family the brief names has an entry of kind model', () => {
    const ids = [
      'llama-3-1', 'llama-3-2', 'llama-3-2-vision', 'llama-3-3', 'llama-4', 'llama-guard', 'code-llama',
      'qwen2-5', 'qwen2-5-coder', 'qwen2-5-math', 'qwen2-5-vl', 'qwen3', 'qwen3-moe', 'qwq',
      'deepseek-v2', 'deepseek-v3', 'deepseek-r1', 'deepseek-r1-distill', 'deepseek-coder', 'deepseek-coder-v2',
      'gemma-2', 'gemma-3', 'gemma-3n', 'phi-3', 'phi-3-5', 'phi-4',
      'mistral-nemo', 'mistral-small', 'mistral-large', 'codestral', 'ministral', 'mixtral-8x22b',
      'olmo', 'olmo-2', 'olmoe', 'smollm', 'smollm2', 'smollm3', 'zephyr', 'tinyllama', 'starcoder', 'starcoder2',
      'gpt-oss', 'falcon-2', 'falcon-3', 'falcon-mamba', 'granite-3', 'command-r', 'yi', 'internlm', 'glm-4',
      'kimi-k2', 'nemotron', 'exaone', 'solar', 'jamba', 'mamba', 'mamba-2', 'modernbert', 'whisper',
    ];
    for (const id of ids) assert.equal(entry(id).kind, 'model', id);
    assert.equal(ENTRIES.length, ids.length, 'an entry was added or removed without updating this list');
  });

  test('every variant lists Hub ids with their organisation, and every fact carries a source', () => {
    for (const e of ENTRIES) {
      assert.ok(e.model?.variants?.length, `${e.id} has no variants`);
      for (const v of e.model.variants) {
        assert.ok(v.hfIds.length > 0, `${v.id} has no Hub id`);
        for (const id of v.hfIds) assert.match(id, /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/, `${v.id}: ${id}`);
        assert.ok(atlas.source(v.parameters.source), `${v.id} cites an unregistered source`);
      }
    }
  });

  test('an exact count is either taken from a published config (and says so) or marked approximate', () => {
    for (const e of ENTRIES) {
      for (const v of e.model?.variants ?? []) {
        const p = v.parameters;
        const round = p.value % 1e8 === 0;
        if (!p.approx && !round) assert.match(p.note?.en ?? '', /config/, `${v.id}: exact ${p.value} without saying where it was counted`);
        if (round && !p.approx) assert.fail(`${v.id}: rounded figure ${p.value} is not marked approximate`);
      }
    }
  });

  describe('parameter counts equal the count derived from each published config', () => {
    const cases: [variantId: string, shape: DecoderShape][] = [
      ['llama-3.1-8b', { vocab: 128_256, d: 4096, layers: 32, heads: 32, kvHeads: 8, ff: 14_336, tied: false }],
      ['llama-3.1-405b', { vocab: 128_256, d: 16_384, layers: 126, heads: 128, kvHeads: 8, ff: 53_248, tied: false }],
      ['llama-3.2-1b', { vocab: 128_256, d: 2048, layers: 16, heads: 32, kvHeads: 8, headDim: 64, ff: 8192, tied: true }],
      ['llama-3.3-70b', { vocab: 128_256, d: 8192, layers: 80, heads: 64, kvHeads: 8, ff: 28_672, tied: false }],
      ['qwen2.5-0.5b', { vocab: 151_936, d: 896, layers: 24, heads: 14, kvHeads: 2, ff: 4864, tied: true, qkvBias: true }],
      ['qwen2.5-7b', { vocab: 152_064, d: 3584, layers: 28, heads: 28, kvHeads: 4, ff: 18_944, tied: false, qkvBias: true }],
      ['qwen2.5-72b', { vocab: 152_064, d: 8192, layers: 80, heads: 64, kvHeads: 8, ff: 29_568, tied: false, qkvBias: true }],
      ['deepseek-r1-distill-qwen-1.5b', { vocab: 151_936, d: 1536, layers: 28, heads: 12, kvHeads: 2, ff: 8960, tied: false, qkvBias: true }],
      // Qwen3's head_dim is 128 at every size: the 0.6B's queries are wider (16 × 128) than its d_model.
      ['qwen3-0.6b', { vocab: 151_936, d: 1024, layers: 28, heads: 16, kvHeads: 8, headDim: 128, ff: 3072, tied: true, qkNorm: true }],
      ['qwen3-8b', { vocab: 151_936, d: 4096, layers: 36, heads: 32, kvHeads: 8, headDim: 128, ff: 12_288, tied: false, qkNorm: true }],
      ['qwen3-32b', { vocab: 151_936, d: 5120, layers: 64, heads: 64, kvHeads: 8, headDim: 128, ff: 25_600, tied: false, qkNorm: true }],
      ['qwen3-30b-a3b', { vocab: 151_936, d: 2048, layers: 48, heads: 32, kvHeads: 4, headDim: 128, ff: 768, experts: 128, tied: false, qkNorm: true }],
      ['qwen3-235b-a22b', { vocab: 151_936, d: 4096, layers: 94, heads: 64, kvHeads: 4, headDim: 128, ff: 1536, experts: 128, tied: false, qkNorm: true }],
      ['phi-3-mini', { vocab: 32_064, d: 3072, layers: 32, heads: 32, kvHeads: 32, ff: 8192, tied: false }],
      ['phi-4-14b', { vocab: 100_352, d: 5120, layers: 40, heads: 40, kvHeads: 10, ff: 17_920, tied: false }],
      ['mistral-nemo-12b', { vocab: 131_072, d: 5120, layers: 40, heads: 32, kvHeads: 8, headDim: 128, ff: 14_336, tied: false }],
      ['mistral-small-3-24b', { vocab: 131_072, d: 5120, layers: 40, heads: 32, kvHeads: 8, headDim: 128, ff: 32_768, tied: false }],
      ['mistral-large-2-123b', { vocab: 32_768, d: 12_288, layers: 88, heads: 96, kvHeads: 8, ff: 28_672, tied: false }],
      ['codestral-22b', { vocab: 32_768, d: 6144, layers: 56, heads: 48, kvHeads: 8, ff: 16_384, tied: false }],
      ['ministral-8b', { vocab: 131_072, d: 4096, layers: 36, heads: 32, kvHeads: 8, headDim: 128, ff: 12_288, tied: false }],
      ['mixtral-8x22b-v0.1', { vocab: 32_000, d: 6144, layers: 56, heads: 48, kvHeads: 8, ff: 16_384, experts: 8, tied: false }],
      ['tinyllama-1.1b', { vocab: 32_000, d: 2048, layers: 22, heads: 32, kvHeads: 4, ff: 5632, tied: false }],
      ['smollm2-1.7b', { vocab: 49_152, d: 2048, layers: 24, heads: 32, kvHeads: 32, ff: 8192, tied: true }],
      ['smollm-135m', { vocab: 49_152, d: 576, layers: 30, heads: 9, kvHeads: 3, ff: 1536, tied: true }],
    ];
    for (const [id, shape] of cases) {
      test(id, () => assert.equal(variant(id).parameters.value, decoderParameters(shape)));
    }
  });

  test('layers, width and heads of a variant agree with the model facts of its flagship', () => {
    for (const e of ENTRIES) {
      const m = e.model!;
      const flagship = m.variants?.find((v) => v.parameters.value === m.parameters?.value && v.layers !== undefined);
      if (!flagship || !m.layers) continue;
      assert.equal(flagship.layers, m.layers.value, `${e.id}: layers`);
      if (m.hidden && flagship.hidden) assert.equal(flagship.hidden, m.hidden.value, `${e.id}: hidden`);
      if (m.heads && flagship.heads) assert.equal(flagship.heads, m.heads.value, `${e.id}: heads`);
    }
  });

  test('Mixture-of-Experts entries state active parameters below their total', () => {
    const moe = ENTRIES.filter((e) => e.model?.moe);
    assert.deepEqual(moe.map((e) => e.id).sort(), [
      'deepseek-coder-v2', 'deepseek-r1', 'deepseek-v2', 'deepseek-v3', 'gpt-oss', 'jamba', 'kimi-k2', 'llama-4',
      'mixtral-8x22b', 'olmoe', 'phi-3-5', 'qwen3-moe',
    ]);
    for (const e of moe) {
      const { parameters, activeParameters } = e.model!;
      assert.ok(parameters && activeParameters, `${e.id} lacks total or active parameters`);
      assert.ok(activeParameters.value < parameters.value / 2, `${e.id}: ${activeParameters.value} active of ${parameters.value}`);
    }
    // The figures engineers most often get wrong, as the papers and cards state them.
    assert.equal(entry('deepseek-v3').model!.activeParameters!.value, 37e9);
    assert.equal(entry('deepseek-v3').model!.parameters!.value, 671_026_404_352);
    assert.equal(entry('mixtral-8x22b').model!.activeParameters!.value, 39e9);
    assert.equal(entry('gpt-oss').model!.parameters!.value, 117e9);
    assert.equal(entry('kimi-k2').model!.activeParameters!.value, 32e9);
  });

  test('Hub ids resolve to the exact variant', () => {
    const cases: [hubId: string, variantId: string, parameters: number][] = [
      ['meta-llama/Llama-3.1-405B-Instruct', 'llama-3.1-405b', 405_853_388_800],
      ['meta-llama/Meta-Llama-3.1-8B-Instruct', 'llama-3.1-8b', 8_030_261_248],
      ['Qwen/Qwen3-30B-A3B', 'qwen3-30b-a3b', 30_532_122_624],
      ['deepseek-ai/DeepSeek-V2-Lite', 'deepseek-v2-lite', 15_706_484_224],
      ['google/gemma-2-9b-it', 'gemma-2-9b', 9_241_705_984],
      ['microsoft/phi-4', 'phi-4-14b', 14_659_507_200],
    ];
    for (const [hubId, variantId, parameters] of cases) {
      const found = atlas.variant(variantId);
      assert.ok(found, variantId);
      assert.ok(found.variant.hfIds.includes(hubId), `${variantId} lacks ${hubId}`);
      assert.equal(found.variant.parameters.value, parameters, variantId);
    }
  });

  test('explanations state the facts their key numbers give', () => {
    const says = (id: string, ...phrases: string[]) => {
      const { en, ko } = entry(id).explanation;
      for (const p of phrases) assert.ok(en.includes(p), `${id} (en) lacks "${p}"`);
      assert.ok(ko.length > en.length / 3, `${id}: the Korean explanation is much shorter than the English one`);
    };
    says('deepseek-v2', '93.3%', '8.1T', 'kv_lora_rank');
    says('deepseek-v3', '14.8T', 'FP8', 'multi-token-prediction', '685B');
    says('gemma-2', 'attn_implementation="eager"', '4,096');
    says('gemma-3', '1,024', 'text_config');
    says('gpt-oss', 'MXFP4', 'harmony');
    says('mixtral-8x22b', '141B', '39B');
    says('qwen3-moe', 'norm_topk_prob', 'shared expert');
    says('mistral-nemo', 'head_dim');
    says('granite-3', 'logits_scaling');
  });
});

describe('modern models in the scaling charts', () => {
  test('the growth chart places them at their release month with their flagship size', () => {
    const points = new Map(growthPoints(atlas).map((p) => [p.entryId, p]));
    const llama31 = points.get('llama-3-1');
    assert.ok(llama31);
    assert.equal(llama31.parameters, 405_853_388_800);
    assert.ok(Math.abs(llama31.date - (2024 + 6.5 / 12)) < 1e-9);
    const v3 = points.get('deepseek-v3');
    assert.ok(v3?.moe);
    assert.equal(v3.activeParameters, 37e9);
    assert.equal(points.get('whisper')?.family, 'encoder-decoder');
    assert.equal(points.get('mamba')?.family, 'rnn');
  });

  test('the Chinchilla chart gets dense decoders with both figures, and no Mixture-of-Experts model', () => {
    const known = new Map(knownModelsAgainstFrontier(atlas).map((m) => [m.entryId, m]));
    assert.equal(known.get('llama-3-1')?.tokens, 15.6e12);
    assert.equal(known.get('qwen3')?.tokens, 36e12);
    assert.equal(known.get('smollm2')?.parameters, 1_711_376_384);
    for (const id of ['deepseek-v3', 'qwen3-moe', 'mixtral-8x22b', 'gpt-oss', 'kimi-k2']) assert.equal(known.has(id), false, id);
    // Over-trained on purpose: far right of the compute-optimal frontier.
    const smol = known.get('smollm2')!;
    assert.ok(smol.tokens / smol.parameters > 6000);
  });
});

describe('the matcher finds modern models in realistic code', () => {
  const find = (line: string) => matcher.findAll(line).map((m) => [m.text, m.entryId, m.variantId ?? ''] as const);

  const cases: [line: string, text: string, entryId: string, variantId?: string][] = [
    ['model = AutoModelForCausalLM.from_pretrained("meta-llama/Llama-3.1-8B-Instruct")', 'meta-llama/Llama-3.1-8B-Instruct', 'llama-3-1', 'llama-3.1-8b'],
    ['tok = AutoTokenizer.from_pretrained("Qwen/Qwen2.5-7B-Instruct")', 'Qwen/Qwen2.5-7B-Instruct', 'qwen2-5', 'qwen2.5-7b'],
    ['repo = "Qwen/Qwen2.5-Coder-32B-Instruct-AWQ"', 'Qwen/Qwen2.5-Coder-32B-Instruct-AWQ', 'qwen2-5-coder'],
    ['llm = LLM(model="deepseek-ai/DeepSeek-R1-Distill-Qwen-7B", tensor_parallel_size=2)', 'deepseek-ai/DeepSeek-R1-Distill-Qwen-7B', 'deepseek-r1-distill', 'deepseek-r1-distill-qwen-7b'],
    ['pipe = pipeline("text-generation", model="openai/gpt-oss-20b")', 'openai/gpt-oss-20b', 'gpt-oss', 'gpt-oss-20b'],
    ['from transformers import Qwen3MoeForCausalLM', 'Qwen3MoeForCausalLM', 'qwen3-moe'],
    ['model = DeepseekV3ForCausalLM(config)', 'DeepseekV3ForCausalLM', 'deepseek-v3'],
    ['model = Gemma3ForConditionalGeneration.from_pretrained(path)', 'Gemma3ForConditionalGeneration', 'gemma-3'],
    ['class Gemma2Wrapper(Gemma2ForCausalLM):', 'Gemma2ForCausalLM', 'gemma-2'],
    ['model = MllamaForConditionalGeneration.from_pretrained(model_id)', 'MllamaForConditionalGeneration', 'llama-3-2-vision'],
    ['from mamba_ssm import Mamba', 'mamba_ssm', 'mamba'],
    ['model = ModernBertForMaskedLM.from_pretrained("answerdotai/ModernBERT-base")', 'ModernBertForMaskedLM', 'modernbert'],
    ['processor = WhisperProcessor.from_pretrained(name)', 'WhisperProcessor', 'whisper'],
    ['m = Starcoder2ForCausalLM(cfg)', 'Starcoder2ForCausalLM', 'starcoder2'],
    ['m = GraniteForCausalLM(cfg)', 'GraniteForCausalLM', 'granite-3'],
    ['m = PhimoeForCausalLM(cfg)', 'PhimoeForCausalLM', 'phi-3-5'],
    ['# Fine-tune Mistral NeMo with a 128K context', 'Mistral NeMo', 'mistral-nemo'],
    ['We compare Qwen3-235B-A22B with Mixtral 8x22B.', 'Mixtral 8x22B', 'mixtral-8x22b'],
    ['# 라마 3.1과 딥시크 V3를 비교했다.', '딥시크 V3', 'deepseek-v3'],
    ['Kimi K2는 1T 파라미터 MoE다.', 'Kimi K2', 'kimi-k2'],
  ];
  for (const [line, text, entryId, variantId] of cases) {
    test(`${text} → ${variantId ?? entryId}`, () => {
      const found = find(line).find(([t]) => t === text);
      assert.ok(found, `${JSON.stringify(line)} → ${JSON.stringify(find(line))}`);
      assert.equal(found[1], entryId);
      if (variantId) assert.equal(found[2], variantId);
    });
  }

  test('the older release keeps its own entry and the newer one wins on longer names', () => {
    assert.deepEqual(find('Llama 3 and Llama 3.1').map(([, id]) => id), ['llama-3', 'llama-3-1']);
    assert.deepEqual(find('Mistral and Mistral Large').map(([, id]) => id), ['mistral-7b', 'mistral-large']);
    assert.deepEqual(find('MistralForCausalLM').map(([, id]) => id), ['mistral-7b']);
  });

  test('ordinary words that are also model names stay silent', () => {
    for (const line of ['mamba install -c conda-forge numpy', 'granite countertops', 'we cohere the results', 'a whisper of wind', 'jamba juice', 'zephyr breeze']) {
      assert.deepEqual(find(line), [], line);
    }
  });
});

// Contextual spellings arrive with the matcher developer's branch (ContextualSpelling in schema.ts);
// these tests describe the behaviour the entries ask for and run once that branch is merged.
describe('contextual spellings of modern models (needs the matcher branch)', () => {
  const valueOf = (line: string, value: string) => matcher.findAll(line).find((m) => m.text.replace(/"/g, '') === value)?.entryId;
  test('model_type values name the model in config.json', () => {
    assert.equal(valueOf('  "model_type": "whisper",', 'whisper'), 'whisper');
    assert.equal(valueOf('  "model_type": "granite",', 'granite'), 'granite-3');
    assert.equal(valueOf('  "model_type": "cohere",', 'cohere'), 'command-r');
    assert.equal(valueOf('  "model_type": "mamba",', 'mamba'), 'mamba');
    assert.equal(valueOf('  "model_type": "jamba",', 'jamba'), 'jamba');
  });
  test('the same words elsewhere stay silent', () => {
    assert.equal(valueOf('  "voice": "whisper",', 'whisper'), undefined);
    assert.equal(valueOf('stone = "granite"', 'granite'), undefined);
  });
});
