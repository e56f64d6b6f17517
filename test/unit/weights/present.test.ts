import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { compareWithConfig } from '../../../src/core/weights/compare';
import { cacheHeading, comparisonMarkdown, comparisonSummary, weightsHeadline, weightsMarkdown } from '../../../src/core/weights/present';
import { summariseTensors } from '../../../src/core/weights/summary';

const tensor = (name: string, dtype: string, shape: number[], bytes: number) => ({ name, dtype, shape, elements: shape.reduce((a, b) => a * b, 1), bytes, offset: 0 });

describe('weights texts', () => {
  const plain = summariseTensors('safetensors', [tensor('model.embed_tokens.weight', 'BF16', [1000, 100], 200_000), tensor('model.layers.0.mlp.up_proj.weight', 'BF16', [400, 100], 80_000)]);

  test('the headline: exact count, bytes, dtype, bits per weight, in both languages', () => {
    assert.equal(weightsHeadline(plain, 'en'), '140,000 parameters (140K) · 280 KB on disk · BF16 · 16.00 bits/weight');
    assert.equal(weightsHeadline(plain, 'ko'), '파라미터 140,000개 (140K) · 디스크 280 KB · BF16 · 가중치당 16.00비트');
  });

  test('a packed checkpoint says how many elements are stored and what the state costs', () => {
    const gptq = summariseTensors('safetensors', [
      tensor('m.layers.0.q.qweight', 'I32', [16, 128], 8192),
      tensor('m.layers.0.q.scales', 'F16', [1, 128], 256),
      tensor('m.layers.0.q.g_idx', 'I32', [128], 512),
    ]);
    const md = weightsMarkdown(gptq, 'en', { title: 'model.safetensors' });
    assert.match(md, /16,384 parameters \(16\.4K\) · 8\.96 KB on disk · GPTQ · 4\.38 bits\/weight/);
    assert.match(md, /2\.3K elements are stored; unpacked, they are 16\.4K parameters\. 2 tensors of quantization state \(768 B\) are not parameters\./);
    assert.match(weightsMarkdown(gptq, 'ko', { title: 'x' }), /양자화 상태 텐서 2개/);
  });

  test('comparison texts: a match, and a difference with its explanation', () => {
    const match = compareWithConfig(140_000, { layers: 1, hidden: 100, vocab: 1000 }, plain.tensors);
    assert.equal(comparisonSummary(match, 'en'), 'Weights on disk: 140,000 = config count');
    assert.match(comparisonMarkdown(match, 'ko'), /정확히 일치합니다/);
    const tied = compareWithConfig(240_000, { layers: 1, hidden: 100, vocab: 1000 }, plain.tensors);
    assert.equal(comparisonSummary(tied, 'en'), 'Weights on disk: 140,000 ≠ config 240,000: −100K (lm_head.weight)');
    assert.match(comparisonMarkdown(tied, 'en'), /they differ by −100,000\*\*, fully explained:\n- lm\\_head\.weight is not stored/);
  });

  test('the cache heading names the snapshot and says nothing was downloaded', () => {
    const heading = cacheHeading('acme/tiny', '0123456789abcdef0123456789abcdef01234567', 'en');
    assert.match(heading, /\*\*acme\/tiny\*\* — local Hugging Face cache/);
    assert.match(heading, /snapshot `0123456789ab` \(refs\/main\); nothing was downloaded/);
    assert.match(cacheHeading('acme/tiny', '0123456789abcdef0123456789abcdef01234567', 'ko'), /아무것도 내려받지 않았습니다/);
  });
});
