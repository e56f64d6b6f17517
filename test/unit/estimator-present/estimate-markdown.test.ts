/**
 * The estimate's hover, CodeLens line and report rows, checked against figures worked out by hand from
 * the model shapes (GPT-2: L = 12, d = 768, 12 heads of 64, context 1024; Mistral: 32 layers, 8 KV heads
 * of 128, a 4096-token window).
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { estimateFromConfig, estimateFromConfigText } from '../../../src/core/estimator';
import {
  breakdownRows,
  estimateErrorMarkdown,
  estimateErrorSummary,
  estimateHoverMarkdown,
  estimateSummary,
  figureRows,
  shareOfTotal,
} from '../../../src/core/present/estimateMarkdown';
import { deriveFigures } from '../../../src/core/estimator';
import { estimateOf, sampleEstimate } from '../estimator/helpers';

const N_GPT2 = 124_439_808;
const HANGUL = /[\uac00-\ud7a3]/;

/** Chinchilla's fitted loss written out (Hoffmann et al. 2022, eq. 2, Approach 3 constants). */
const chinchillaLoss = (n: number, d: number) => 1.69 + 406.4 / n ** 0.34 + 410.7 / d ** 0.28;

const links = { openReport: 'command:llmAtlas.estimateModelFromConfig?x', showOnChart: 'command:llmAtlas.showOnScalingChart?y' };

describe('CodeLens summary', () => {
  test('GPT-2: exact count with separators, rounded form, counted class and bf16 weights', () => {
    // bf16: 2 bytes × 124,439,808 = 248,879,616 B ≈ 249 MB.
    assert.equal(estimateSummary(sampleEstimate('gpt2'), 'en'), 'LLM Atlas: 124,439,808 parameters (124M) · GPT2LMHeadModel · 249 MB bf16');
  });

  test('Mixtral: total and active counts; memory holds every expert', () => {
    // 2 × 46,702,792,704 = 93,405,585,408 B ≈ 93.4 GB; 12,879,925,248 active ≈ 12.9B.
    assert.equal(
      estimateSummary(sampleEstimate('Mixtral-8x7B-v0.1'), 'en'),
      'LLM Atlas: 46,702,792,704 parameters (46.7B; 12.9B active) · MixtralForCausalLM · 93.4 GB bf16',
    );
  });

  test('Korean', () => {
    const line = estimateSummary(sampleEstimate('gpt2'), 'ko');
    assert.match(line, /파라미터 124,439,808개/);
    assert.match(line, /GPT2LMHeadModel/);
  });

  test('an unknown model type is marked approximate and generic', () => {
    // L·(4d² + 2·d·4d) + V·d with L = 2, d = 64, V = 100 (tied head): 2 × 49,152 + 6,400.
    const estimate = estimateOf({ model_type: 'mystery', num_hidden_layers: 2, hidden_size: 64, vocab_size: 100 });
    const line = estimateSummary(estimate, 'en');
    assert.match(line, /^LLM Atlas: ≈104,704 parameters/);
    assert.match(line, /generic estimate/);
  });

  test('a refusal names the problem and stays one short line', () => {
    const result = estimateFromConfig({ model_type: 'gpt2', n_embd: 'wide' });
    assert.equal(result.ok, false);
    if (result.ok) return;
    const line = estimateErrorSummary(result.error, 'en');
    assert.match(line, /^LLM Atlas: Cannot estimate/);
    assert.match(line, /n_embd/);
    const long = estimateErrorSummary({ code: 'wrong-type', message: { en: 'x'.repeat(500), ko: 'x' } }, 'en');
    assert.ok(long.length < 180, `${long.length} characters`);
  });
});

describe('derived figure rows', () => {
  const gpt2 = sampleEstimate('gpt2');

  test('GPT-2 at its own context and the Chinchilla budget', () => {
    const rows = new Map(figureRows(gpt2, deriveFigures(gpt2), 'en').map((row) => [row.key, row]));
    // 2N + 2·n_layer·n_ctx·d_attn = 248,879,616 + 2·12·1024·768 = 267,753,984.
    assert.equal(rows.get('flops')?.value, '2.68×10⁸ FLOPs');
    assert.match(rows.get('flops')?.detail ?? '', /1,024 tokens/);
    // 20 tokens per parameter: 2,488,796,160.
    assert.match(rows.get('chinchillaTokens')?.value ?? '', /^2\.49B \(20 per parameter\)/);
    // 6·N·D = 6 × 124,439,808 × 2,488,796,160 ≈ 1.858×10¹⁸.
    assert.equal(rows.get('trainingCompute')?.value, '1.86×10¹⁸ FLOPs');
    assert.match(rows.get('trainingCompute')?.detail ?? '', /2\.49B tokens.*Chinchilla/);
    assert.equal(rows.get('loss')?.value, `${chinchillaLoss(N_GPT2, 20 * N_GPT2).toFixed(2)} nats/token`);
    // 4, 2, 1 and ½ bytes per parameter.
    assert.equal(rows.get('weights')?.value, 'fp32 498 MB · bf16 249 MB · int8 124 MB · int4 62.2 MB');
    // 16 bytes per parameter: 1,991,036,928 B.
    assert.equal(rows.get('trainingMemory')?.value, '1.99 GB');
    // K and V × 12 layers × 12 heads × 64 × 2 bytes = 36,864 B per token; × 1024 = 37,748,736 B.
    assert.equal(rows.get('kvCache')?.value, '36.9 KB per token · 37.7 MB at 1,024 tokens');
  });

  test('a chosen budget and context change compute, loss, FLOPs and KV cache', () => {
    const rows = new Map(figureRows(gpt2, deriveFigures(gpt2, { tokens: 1e12, context: 2048 }), 'en').map((row) => [row.key, row]));
    // 6 × 124,439,808 × 10¹² ≈ 7.47×10²⁰.
    assert.equal(rows.get('trainingCompute')?.value, '7.47×10²⁰ FLOPs');
    assert.match(rows.get('trainingCompute')?.detail ?? '', /1T tokens, the chosen budget/);
    assert.equal(rows.get('loss')?.value, `${chinchillaLoss(N_GPT2, 1e12).toFixed(2)} nats/token`);
    // 248,879,616 + 2·12·2048·768 = 286,628,352.
    assert.equal(rows.get('flops')?.value, '2.87×10⁸ FLOPs');
    // 36,864 × 2048 = 75,497,472 B.
    assert.match(rows.get('kvCache')?.value ?? '', /75\.5 MB at 2,048 tokens/);
  });

  test('Mistral: the sliding window caps the KV cache', () => {
    const mistral = sampleEstimate('Mistral-7B-v0.1');
    const kv = figureRows(mistral, deriveFigures(mistral), 'en').find((row) => row.key === 'kvCache');
    // 2 × 32 layers × 8 KV heads × 128 × 2 B = 131,072 B; × 32,768 = 4,294,967,296 B; × 4,096 = 536,870,912 B.
    assert.equal(kv?.value, '131 KB per token · 4.29 GB at 32,768 tokens');
    assert.equal(kv?.detail, '537 MB with the 4,096-token sliding window');
  });

  test('encoder-only models have no KV cache row', () => {
    const bert = sampleEstimate('bert-base-uncased');
    assert.deepEqual(
      figureRows(bert, deriveFigures(bert), 'en').map((row) => row.key),
      ['flops', 'chinchillaTokens', 'trainingCompute', 'loss', 'weights', 'trainingMemory'],
    );
  });

  test('every row has a Korean label', () => {
    for (const row of figureRows(gpt2, deriveFigures(gpt2), 'ko')) assert.match(row.label, HANGUL, row.key);
  });
});

describe('breakdown rows', () => {
  test('top-level rows sum to the total; children follow their parent and are per repeat inside layers', () => {
    const estimate = sampleEstimate('gpt2');
    const rows = breakdownRows(estimate, 'en');
    const top = rows.filter((row) => row.depth === 0);
    assert.equal(top.reduce((total, row) => total + row.parameters, 0), N_GPT2);
    const layers = rows.findIndex((row) => row.key === 'layers');
    assert.equal(rows[layers].count, 12);
    const attention = rows.find((row) => row.key === 'layers.attention');
    // One GPT-2 block's attention: Q, K, V (768 → 3·768, with bias) and output (768 → 768, with bias).
    assert.equal(attention?.parameters, 768 * 2304 + 2304 + 768 * 768 + 768);
    assert.equal(attention?.perRepeat, true);
    assert.equal(rows.find((row) => row.key === 'embeddings.token')?.perRepeat, false);
    // 50,257 × 768 token embeddings.
    assert.equal(rows.find((row) => row.key === 'embeddings.token')?.parameters, 50_257 * 768);
  });

  test('maxDepth 0 keeps the top level only', () => {
    const estimate = sampleEstimate('Mixtral-8x7B-v0.1');
    assert.equal(breakdownRows(estimate, 'en', 0).length, estimate.breakdown.length);
  });

  test('shares are percentages with one decimal', () => {
    assert.equal(shareOfTotal(50_257 * 768, N_GPT2), '31.0%'); // 38,597,376 / 124,439,808 = 0.3102
    assert.equal(shareOfTotal(0, N_GPT2), '0.0%');
    assert.equal(shareOfTotal(5, 0), '—');
  });
});

describe('hover Markdown', () => {
  test('GPT-2: headline, counts, the main breakdown, figures and links', () => {
    const text = estimateHoverMarkdown(sampleEstimate('gpt2'), 'en', links);
    assert.match(text, /\*\*LLM Atlas estimate: GPT-2\*\*/);
    assert.match(text, /counted as `GPT2LMHeadModel`/);
    assert.match(text, /\*\*124,439,808 parameters\*\* \(124M\)/);
    assert.match(text, /\| Embeddings \| 39,383,808 \| 31\.6% \|/); // (50,257 + 1,024) × 768
    assert.match(text, /Transformer layers \(×12\) \| 85,054,464 \|/); // 12 × 7,087,872
    assert.match(text, /Forward FLOPs per token: \*\*2\.68×10⁸ FLOPs\*\*/);
    assert.match(text, /Weights memory: \*\*fp32 498 MB · bf16 249 MB · int8 124 MB · int4 62\.2 MB\*\*/);
    assert.match(text, /\[Open report\]\(command:llmAtlas\.estimateModelFromConfig\?x\)/);
    assert.match(text, /\[Show on scaling chart\]\(command:llmAtlas\.showOnScalingChart\?y\)/);
  });

  test('Mixtral: the active count per token and the routing', () => {
    const text = estimateHoverMarkdown(sampleEstimate('Mixtral-8x7B-v0.1'), 'en', links);
    assert.match(text, /\*\*46,702,792,704 parameters\*\* \(46\.7B\)/);
    assert.match(text, /\*\*12,879,925,248 active per token\*\* \(12\.9B; 2 of 8 experts\)/);
    assert.match(text, /mixture of experts/);
  });

  test('the budget options reach the figures', () => {
    const text = estimateHoverMarkdown(sampleEstimate('gpt2'), 'en', {}, { tokens: 1e12 });
    assert.match(text, /Training compute 6·N·D: \*\*7\.47×10²⁰ FLOPs\*\*/);
  });

  test('without links there is no link line', () => {
    assert.doesNotMatch(estimateHoverMarkdown(sampleEstimate('gpt2'), 'en', {}), /\]\(command:/);
  });

  test('Korean', () => {
    const text = estimateHoverMarkdown(sampleEstimate('t5-small'), 'ko', links);
    assert.match(text, /\*\*파라미터 60,506,624개\*\*/);
    assert.match(text, /토큰당 순전파 FLOPs/);
    assert.match(text, /인코더-디코더/);
    assert.match(text, /\[보고서 열기\]/);
  });

  test('warnings of a generic estimate are shown, and data text is escaped', () => {
    const estimate = estimateOf({ model_type: 'a|b*c', num_hidden_layers: 2, hidden_size: 64 });
    const text = estimateHoverMarkdown(estimate, 'en', {});
    assert.match(text, /a\\\|b\\\*c/);
    assert.match(text, /≈98,304 parameters/); // no vocab_size, so no embeddings: 2 × (4·64² + 2·64·256)
    assert.match(text, /> ⚠ .*generic estimate/);
    assert.match(text, /generic estimate/);
  });
});

describe('error Markdown', () => {
  test('names the field and says what is wrong, in both languages', () => {
    const result = estimateFromConfigText('{"model_type": "llama", "hidden_size": -4096}');
    assert.equal(result.ok, false);
    if (result.ok) return;
    const en = estimateErrorMarkdown(result.error, 'en');
    assert.match(en, /Cannot estimate this model config/);
    assert.match(en, /hidden\\_size/);
    assert.match(en, /Field: `hidden_size`/);
    const ko = estimateErrorMarkdown(result.error, 'ko');
    assert.match(ko, HANGUL);
    assert.match(ko, /`hidden_size`/);
  });

  test('invalid JSON: the position of the error, no field', () => {
    const result = estimateFromConfigText('{"model_type": "gpt2",,}');
    assert.equal(result.ok, false);
    if (result.ok) return;
    const text = estimateErrorMarkdown(result.error, 'en');
    assert.match(text, /not valid JSON/);
    assert.doesNotMatch(text, /Field:/);
  });
});

describe('Korean mixture of experts', () => {
  test('the active count reads naturally', () => {
    const text = estimateHoverMarkdown(sampleEstimate('Mixtral-8x7B-v0.1'), 'ko', {});
    assert.match(text, /\*\*토큰당 활성 파라미터 12,879,925,248개\*\* \(12\.9B; 전문가 8개 중 2개\)/);
  });
});
