/**
 * What the hover, CodeLens and report say about the new facts: active versus total with shared experts,
 * sliding and global layers, MLA, state-space layers, and a check against a known total.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { deriveFigures, estimateFromConfig, type ModelEstimate } from '../../../src/core/estimator';
import { estimateHoverMarkdown, estimateSummary, figureRows, type FigureRow } from '../../../src/core/present/estimateMarkdown';
import { ok } from './helpers';
import { truthFixture } from './truthFixtures';

function published(hubId: string, options = {}): ModelEstimate {
  return ok(estimateFromConfig(truthFixture(hubId).config, options));
}

function rows(estimate: ModelEstimate, lang: 'en' | 'ko', context?: number): Map<FigureRow['key'], FigureRow> {
  return new Map(figureRows(estimate, deriveFigures(estimate, context === undefined ? {} : { context }), lang).map((row) => [row.key, row]));
}

describe('mixture of experts', () => {
  test('DeepSeek-V3: total, active per token and routed plus shared experts, in both languages', () => {
    const estimate = published('deepseek-ai/DeepSeek-V3');
    const en = estimateHoverMarkdown(estimate, 'en', {});
    assert.match(en, /\*\*671,026,404,352 parameters\*\* \(671B\) · \*\*37,552,282,624 active per token\*\* \(37.6B; 8 of 256 routed experts \+ shared\)/);
    const ko = estimateHoverMarkdown(estimate, 'ko', {});
    assert.match(ko, /토큰당 활성 파라미터 37,552,282,624개\*\* \(37.6B; 라우팅 전문가 256개 중 8개 \+ 공유 전문가\)/);
    assert.equal(estimateSummary(estimate, 'en'), 'LLM Atlas: 671,026,404,352 parameters (671B; 37.6B active) · DeepseekV3ForCausalLM · 1.34 TB bf16');
  });

  test('Qwen3-30B-A3B: no shared expert, so the routing reads "8 of 128 experts"', () => {
    const en = estimateHoverMarkdown(published('Qwen/Qwen3-30B-A3B'), 'en', {});
    assert.match(en, /3,353,032,704 active per token\*\* \(3.35B; 8 of 128 experts\)/);
  });
});

describe('attention and cache', () => {
  test('Gemma 3 1B: sliding and global layers, one shared K/V head, and the window-capped cache', () => {
    const estimate = published('google/gemma-3-1b-it');
    const en = rows(estimate, 'en', 32768);
    assert.equal(en.get('attention')?.value, '22 sliding-window layers (512 tokens) + 4 global layers · 4 query heads share 1 K/V head of 256');
    // 26 layers × 512 values × 2 B = 26,624 B per token; 4 global × 1,024 B × 32,768 + 22 × 1,024 B × 512.
    assert.equal(en.get('kvCache')?.value, '26.6 KB per token · 872 MB at 32,768 tokens');
    assert.equal(en.get('kvCache')?.detail, '146 MB when the 22 sliding-window layers keep only their window');
    const ko = rows(estimate, 'ko', 32768);
    assert.equal(ko.get('attention')?.value, '슬라이딩 윈도 레이어 22개(512 토큰) + 전역 어텐션 레이어 4개 · 쿼리 헤드 4개가 256차원 K/V 헤드 1개를 공유');
    assert.equal(ko.get('kvCache')?.detail, '슬라이딩 윈도 레이어 22개가 윈도만 보관하면 146 MB');
  });

  test('DeepSeek-V3: latent attention, 576 values per token and layer', () => {
    const estimate = published('deepseek-ai/DeepSeek-V3');
    assert.equal(rows(estimate, 'en').get('attention')?.value, '61 latent-attention (MLA) layers caching 576 values per token');
    // 61 × 576 × 2 B = 70,272 B.
    assert.match(rows(estimate, 'en', 4096).get('kvCache')?.value ?? '', /^70.3 KB per token · 288 MB at 4,096 tokens$/);
    assert.equal(rows(estimate, 'ko').get('attention')?.value, '토큰당 값 576개를 보관하는 잠재 어텐션(MLA) 레이어 61개');
  });

  test('Mamba: no KV cache, only a fixed state per sequence', () => {
    const estimate = ok(estimateFromConfig({ model_type: 'mamba' }));
    assert.equal(rows(estimate, 'en').get('attention')?.value, '32 state-space layers without a KV cache');
    // 32 layers × (1,536 × 4 + 1,536 × 16) values × 2 B = 1,966,080 B.
    assert.equal(rows(estimate, 'en').get('kvCache')?.value, 'no per-token cache · 1.97 MB of state per sequence');
    assert.equal(rows(estimate, 'ko').get('kvCache')?.value, '토큰당 캐시 없음 · 시퀀스당 상태 1.97 MB');
  });

  test('Llama 3.1 8B: GQA with 4 query heads per K/V head; Falcon-style MQA and plain multi-head too', () => {
    assert.equal(rows(published('meta-llama/Llama-3.1-8B'), 'en').get('attention')?.value, '32 global layers · 32 query heads share 8 K/V heads of 128 (4 each)');
    assert.equal(rows(ok(estimateFromConfig({ model_type: 'falcon' })), 'en').get('attention')?.value, '32 global layers · 71 query heads share 1 K/V head of 64');
    assert.equal(rows(published('openai-community/gpt2'), 'en').get('attention')?.value, '12 global layers · 12 heads of 64');
  });
});

test('Gemma 3 1B reads as 1B, not "1000M": rounding up crosses into the next unit', () => {
  assert.match(estimateSummary(published('google/gemma-3-1b-it'), 'en'), /^LLM Atlas: 999,885,952 parameters \(1B\) · Gemma3ForCausalLM · 2 GB bf16$/);
});

describe('a check against a known total', () => {
  test('shown as a row in the hover and the report, in both languages', () => {
    const source = { en: 'in the safetensors weights', ko: 'safetensors 가중치에 담긴' };
    const estimate = published('google/flan-t5-small', { reference: { parameters: 76_961_152, source } });
    const row = rows(estimate, 'en').get('reference');
    assert.equal(row?.label, 'Checked against a known total');
    assert.equal(row?.value, '16,449,536 fewer parameters than the 76,961,152 in the safetensors weights (−21.4%).');
    assert.match(estimateHoverMarkdown(estimate, 'ko', {}), /알려진 전체 수와 비교: \*\*safetensors 가중치에 담긴 파라미터 수\(76,961,152개\)보다 16,449,536개 적습니다\(−21\.4%\)\.\*\*/);
    assert.equal(rows(published('google/flan-t5-small'), 'en').get('reference'), undefined);
  });
});
