import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { allowedCount, BIDIRECTIONAL, CAUSAL, familyDiagram, maskMatrix, route, ROUTER_LOGITS } from '../../../src/core/cards/diagrams';
import type { Diagram } from '../../../src/core/cards/viewModel';
import { atlas } from '../../../src/core/knowledge';
import { FAMILY_IDS } from '../../../src/core/protocol/cards';

const tokens = (n: number) => Array.from({ length: n }, (_, i) => `t${i}`);

function inside(d: Diagram): void {
  for (const s of d.shapes) {
    const [x0, y0, x1, y1] = s.type === 'rect' ? [s.x, s.y, s.x + s.width, s.y + s.height] : s.type === 'line' ? [s.x1, s.y1, s.x2, s.y2] : [s.x, s.y, s.x, s.y];
    assert.ok(Math.min(x0, x1) >= -1 && Math.max(x0, x1) <= d.width + 1, `${s.type} x within 0..${d.width}`);
    assert.ok(Math.min(y0, y1) >= -1 && Math.max(y0, y1) <= d.height + 1, `${s.type} y within 0..${d.height}`);
  }
}

describe('attention masks as data', () => {
  test('a causal mask allows n(n+1)/2 pairs, each query only itself and earlier keys', () => {
    for (let n = 1; n <= 12; n++) {
      const matrix = maskMatrix({ queries: tokens(n), keys: tokens(n), rule: CAUSAL });
      assert.equal(allowedCount(matrix), (n * (n + 1)) / 2);
      matrix.forEach((row, q) => row.forEach((allowed, k) => assert.equal(allowed, k <= q)));
    }
  });

  test('a bidirectional mask allows all n² pairs', () => {
    assert.equal(allowedCount(maskMatrix({ queries: tokens(7), keys: tokens(7), rule: BIDIRECTIONAL })), 49);
  });
});

describe('top-k routing', () => {
  test('picks the k largest logits and mixes them with softmax weights that sum to 1', () => {
    for (const logits of ROUTER_LOGITS) {
      const { experts, weights } = route(logits, 2);
      const sorted = [...logits].sort((a, b) => b - a);
      assert.deepEqual(
        experts.map((e) => logits[e]),
        sorted.slice(0, 2),
      );
      assert.ok(Math.abs(weights[0] + weights[1] - 1) < 1e-12);
      const expected = Math.exp(sorted[0]) / (Math.exp(sorted[0]) + Math.exp(sorted[1]));
      assert.ok(Math.abs(weights[0] - expected) < 1e-12);
    }
  });
});

describe('family diagrams', () => {
  for (const lang of ['en', 'ko'] as const) {
    for (const family of FAMILY_IDS) {
      test(`${family} (${lang}) has a title, a description, a legend and stays inside its box`, () => {
        const d = familyDiagram({ kb: atlas, lang }, family);
        assert.ok(d.title.length > 0);
        assert.ok(d.desc.length > 40, d.desc);
        assert.ok(d.legend.length >= 2);
        inside(d);
      });
    }
  }

  test('the decoder-only diagram draws 36 cells for 6 tokens, 21 of them allowed, and says so', () => {
    const d = familyDiagram({ kb: atlas, lang: 'en' }, 'decoder-only');
    const cells = d.shapes.filter((s) => s.type === 'rect');
    assert.equal(cells.length, 36);
    assert.equal(cells.filter((s) => s.type === 'rect' && s.cls === 'allowed').length, 21);
    assert.match(d.desc, /21 of 36 pairs allowed/);
  });

  test('the encoder–decoder diagram has three blocks, cross-attention fully allowed', () => {
    const d = familyDiagram({ kb: atlas, lang: 'en' }, 'encoder-decoder');
    const headings = d.shapes.filter((s) => s.type === 'text' && s.cls === 'heading').map((s) => (s.type === 'text' ? s.text : ''));
    assert.deepEqual(headings, ['Encoder self-attention', 'Decoder self-attention', 'Cross-attention']);
    const cells = d.shapes.filter((s) => s.type === 'rect');
    // 4×4 encoder, 3×3 decoder (6 allowed), 3×4 cross.
    assert.equal(cells.length, 16 + 9 + 12);
    assert.equal(cells.filter((s) => s.type === 'rect' && s.cls === 'cross').length, 12);
    assert.equal(cells.filter((s) => s.type === 'rect' && s.cls === 'blocked').length, 3);
  });

  test('the MoE diagram routes each of 4 tokens to 2 of 8 experts', () => {
    const d = familyDiagram({ kb: atlas, lang: 'en' }, 'mixture-of-experts');
    assert.equal(d.shapes.filter((s) => s.type === 'line').length, 8);
    assert.equal(d.shapes.filter((s) => s.type === 'rect' && (s.cls === 'expert' || s.cls === 'expert-chosen')).length, 8);
  });

  test('the MoE weight labels do not overlap one another', () => {
    for (const lang of ['en', 'ko'] as const) {
      const labels = familyDiagram({ kb: atlas, lang }, 'mixture-of-experts').shapes.flatMap((s) => (s.type === 'text' && s.cls === 'weight' ? [s] : []));
      assert.equal(labels.length, 8);
      // "0.67" at 11px is about 26 px wide and 11 px tall.
      for (let i = 0; i < labels.length; i++)
        for (let j = i + 1; j < labels.length; j++) {
          const apart = Math.abs(labels[i].x - labels[j].x) >= 26 || Math.abs(labels[i].y - labels[j].y) >= 11;
          assert.ok(apart, `labels ${i} and ${j} overlap`);
        }
    }
  });
});
