import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hoverMarkdown, type HoverLinks } from '../../../src/core/present/hoverMarkdown';
import { fixtureAtlas } from './fixture';

const links: HoverLinks = {
  openCard: (id) => `command:open?${id}`,
  showOnChart: (id) => (id === 'distilbert' ? `command:chart?${id}` : undefined),
};

describe('hover Markdown', () => {
  const kb = fixtureAtlas();

  test('a model hover has name, kind, family, year, summary, numbers with sources, links', () => {
    const md = hoverMarkdown(kb, { entryId: 'distilbert' }, 'en', 'compact', links)!;
    assert.match(md, /^\*\*DistilBERT\*\* — \*model · encoder-only · 2019 · Hugging Face\*/);
    assert.match(md, /A 6-layer BERT distilled from BERT-base\./);
    assert.match(md, /- Parameters: \*\*66M parameters\*\* — \[Sanh et al\., 2019\]\(https:\/\/arxiv\.org\/abs\/1910\.01108\)/);
    assert.match(md, /- GLUE retained: \*\*≈97%\*\*/);
    assert.match(md, /\[Open card\]\(command:open\?distilbert\) · \[Show on scaling chart\]\(command:chart\?distilbert\)/);
    assert.doesNotMatch(md, /Long \*\*explanation\*\*/, 'compact hovers leave out the explanation');
  });

  test('a variant hover names the exact size', () => {
    const md = hoverMarkdown(kb, { entryId: 'distilbert', variantId: 'distilbert-base-uncased' }, 'en', 'compact', links)!;
    assert.match(md, /`distilbert-base-uncased` · 66\.4M parameters · 6 layers · hidden 768 · 12 heads/);
  });

  test('a hover on a Hugging Face id shows the id as written, then the size it names', () => {
    const md = hoverMarkdown(kb, { entryId: 'distilbert', variantId: 'distilbert-base-uncased', hfId: 'distilbert/distilbert-base-uncased' }, 'en', 'compact', links)!;
    assert.match(md, /`distilbert\/distilbert-base-uncased` \(distilbert-base-uncased\) · 66\.4M parameters/);
  });

  test('detailed hovers add the explanation and related entries; "also" entries are linked', () => {
    const md = hoverMarkdown(kb, { entryId: 'distilbert', also: ['masked-language-modeling'] }, 'en', 'detailed', links)!;
    assert.match(md, /Long \*\*explanation\*\*\./);
    assert.match(md, /Also here: \[Masked language modeling\]\(command:open\?masked-language-modeling\)/);
    assert.match(md, /Related: \[Masked language modeling\]/);
  });

  test('Korean hovers are in Korean', () => {
    const md = hoverMarkdown(kb, { entryId: 'masked-language-modeling' }, 'ko', 'compact', links)!;
    assert.match(md, /\*\*Masked language modeling \(마스크 언어 모델링\)\*\* — \*학습 목표\*/);
    assert.match(md, /양쪽 문맥으로 가려진 토큰을 예측\./);
    assert.match(md, /- 마스크 비율: \*\*15%\*\*/);
    assert.match(md, /\[카드 열기\]/);
    assert.doesNotMatch(md, /스케일링 차트/, 'no chart link where the entry has no chart');
  });

  test('unknown entries give no hover', () => {
    assert.equal(hoverMarkdown(kb, { entryId: 'nope' }, 'en', 'compact', links), undefined);
  });
});
