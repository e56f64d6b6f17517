/**
 * "Objectives, worked": the example document put through each pre-training objective, as rows of
 * marked tokens (what the model reads, what it must produce) plus the numbers of this very run.
 */
import type { Bilingual, Lang } from '../../knowledge/schema';
import { entryLink, say, type CardContext } from '../context';
import { documentTokens, EXAMPLE_DOCUMENT, translationPair } from '../exampleText';
import { seeded } from '../random';
import { bertMasking, replacedTokenDetection, selectionCount, tokenDeletion, tokenMasking, type MaskOutcome } from './masking';
import { causalShift, documentRotation, permutationOrder, rotate, sentencePermutation, visibleTo } from './orderings';
import { spanCorruption, spanMasking, spanPositions, textInfilling } from './spans';
import type { ExampleRow, ExampleToken, TokenMark, WorkedExample } from '../viewModel';

/**
 * Fixed seeds, one per objective, so the cards and the tests see the same run. Chosen so that each
 * short example shows its interesting cases (all three BERT outcomes, a generator sample that equals
 * the original, an empty infilling span).
 */
const SEEDS = {
  mlm: 7,
  plm: 3,
  rtd: 5,
  span: 11,
  tokenMasking: 2,
  tokenDeletion: 4,
  infilling: 7,
  permutation: 1,
  rotation: 6,
  t5: 8,
  tlm: 9,
} as const;

const MARK_LABELS: Record<TokenMark, Bilingual> = {
  plain: { en: 'unchanged', ko: '그대로' },
  mask: { en: 'replaced by [MASK]', ko: '[MASK]로 바뀜' },
  random: { en: 'replaced by a random token', ko: '무작위 토큰으로 바뀜' },
  kept: { en: 'selected but left unchanged', ko: '선택됐지만 그대로 둠' },
  target: { en: 'predicted (loss computed here)', ko: '예측 대상 (여기서 손실 계산)' },
  ignored: { en: 'not predicted', ko: '예측하지 않음' },
  hidden: { en: 'not visible', ko: '볼 수 없음' },
  visible: { en: 'visible context', ko: '볼 수 있는 문맥' },
  boundary: { en: 'span boundary token', ko: '스팬 경계 토큰' },
  sentinel: { en: 'sentinel token', ko: '센티널 토큰' },
  deleted: { en: 'deleted from the input', ko: '입력에서 삭제됨' },
  original: { en: 'original', ko: '원본' },
  replaced: { en: 'replaced', ko: '대체됨' },
  moved: { en: 'moved', ko: '위치가 바뀜' },
  separator: { en: 'separator', ko: '구분자' },
};

const ROW: Record<string, Bilingual> = {
  original: { en: 'Original', ko: '원문' },
  input: { en: 'Input', ko: '입력' },
  target: { en: 'Target', ko: '정답' },
  encoderInput: { en: 'Encoder input', ko: '인코더 입력' },
  decoderTarget: { en: 'Decoder target', ko: '디코더 정답' },
};

function tokensOf(texts: readonly string[], mark: (i: number) => TokenMark, sub?: (i: number) => string | undefined): ExampleToken[] {
  return texts.map((text, i) => {
    const s = sub?.(i);
    return { text, mark: mark(i), ...(s ? { sub: s } : {}) };
  });
}

function row(ctx: CardContext, label: Bilingual | string, tokens: ExampleToken[]): ExampleRow {
  return { label: typeof label === 'string' ? label : say(ctx, label), tokens };
}

/** The marks a set of rows uses, in a stable order, with their labels. */
function legend(ctx: CardContext, rows: ExampleRow[]): WorkedExample['legend'] {
  const used = new Set(rows.flatMap((r) => r.tokens.map((t) => t.mark)));
  return (Object.keys(MARK_LABELS) as TokenMark[]).filter((mark) => mark !== 'plain' && used.has(mark)).map((mark) => ({ mark, label: say(ctx, MARK_LABELS[mark]) }));
}

function example(ctx: CardContext, id: string, title: Bilingual, objectiveId: string, how: Bilingual, run: Bilingual, rows: ExampleRow[]): WorkedExample {
  return { id, title: say(ctx, title), objective: entryLink(ctx, objectiveId), how: say(ctx, how), run: say(ctx, run), rows, legend: legend(ctx, rows) };
}

const quote = (lang: Lang, token: string) => (lang === 'ko' ? `‘${token}’` : `“${token}”`);

function causal(ctx: CardContext): WorkedExample {
  const sentence = EXAMPLE_DOCUMENT[ctx.lang].sentences[0];
  const { inputs, targets } = causalShift(sentence);
  const step = 4;
  const rows = [
    row(ctx, ROW.input, tokensOf(inputs, () => 'plain')),
    row(ctx, { en: 'Target (next token)', ko: '정답 (다음 토큰)' }, tokensOf(targets, () => 'target')),
    row(
      ctx,
      { en: `Position ${step + 1} sees`, ko: `${step + 1}번 위치가 보는 것` },
      tokensOf(sentence, (i) => (i < step ? 'visible' : i === step ? 'target' : 'hidden')),
    ),
  ];
  const n = sentence.length;
  return example(
    ctx,
    'causal-lm',
    { en: 'Causal language modelling (GPT)', ko: '인과적 언어 모델링 (GPT)' },
    'causal-language-modeling',
    {
      en: 'The model reads left to right and predicts each next token from the tokens before it only; the causal mask hides everything to the right. In training, all positions are predicted in parallel.',
      ko: '모델은 왼쪽에서 오른쪽으로 읽으며, 앞에 나온 토큰만 보고 다음 토큰을 예측한다. 오른쪽은 인과 마스크가 모두 가린다. 학습할 때는 모든 위치의 예측을 한꺼번에 계산한다.',
    },
    {
      en: `${n} tokens give ${n - 1} predictions: every position except the last is a target, so no token is wasted. Position ${step + 1} predicts ${quote('en', sentence[step])} from the ${step} tokens before it.`,
      ko: `토큰 ${n}개에서 예측 ${n - 1}개가 나온다. 마지막을 뺀 모든 위치가 정답을 가지므로 버려지는 토큰이 없다. ${step + 1}번 위치는 앞의 토큰 ${step}개만 보고 다음 토큰(${quote('ko', sentence[step])})을 예측한다.`,
    },
    rows,
  );
}

function outcomeCounts(outcomes: MaskOutcome[]): Record<MaskOutcome, number> {
  return { mask: outcomes.filter((o) => o === 'mask').length, random: outcomes.filter((o) => o === 'random').length, kept: outcomes.filter((o) => o === 'kept').length };
}

function maskedLm(ctx: CardContext): WorkedExample {
  const tokens = documentTokens(ctx.lang);
  const { input, selected, outcomes } = bertMasking(tokens, seeded(SEEDS.mlm), { vocabulary: EXAMPLE_DOCUMENT[ctx.lang].distractors });
  const outcomeAt = new Map(selected.map((position, i) => [position, outcomes[i]]));
  const rows = [
    row(ctx, ROW.input, tokensOf(input, (i) => outcomeAt.get(i) ?? 'plain')),
    row(ctx, ROW.target, tokensOf(tokens, (i) => (outcomeAt.has(i) ? 'target' : 'ignored'))),
  ];
  const n = tokens.length;
  const k = selected.length;
  const c = outcomeCounts(outcomes);
  const exact = Number((n * 0.15).toFixed(2));
  return example(
    ctx,
    'mlm',
    { en: 'Masked language modelling (BERT)', ko: '마스크 언어 모델링 (BERT)' },
    'masked-language-modeling',
    {
      en: 'BERT selects 15% of the positions. Each selected token becomes [MASK] with probability 80%, a random token with 10%, and stays unchanged with 10%, so the model cannot assume that only [MASK] positions matter. It predicts the original token at every selected position from context on both sides; the other positions give no loss.',
      ko: 'BERT는 위치의 15%를 고른다. 고른 토큰은 80% 확률로 [MASK], 10%는 무작위 토큰으로 바뀌고 10%는 그대로 남는다. 그래서 모델은 [MASK] 자리만 중요하다고 가정할 수 없다. 고른 모든 위치에서 양쪽 문맥을 보고 원래 토큰을 예측하며, 나머지 위치에서는 손실이 없다.',
    },
    {
      en: `${k} of ${n} tokens selected (round(15% × ${n}) = round(${exact}) = ${k}): ${c.mask} → [MASK], ${c.random} → random token, ${c.kept} unchanged. The loss uses these ${k} positions only; ${n - k} tokens teach nothing directly.`,
      ko: `토큰 ${n}개 중 ${k}개 선택 (round(15% × ${n}) = round(${exact}) = ${k}): ${c.mask}개는 [MASK], ${c.random}개는 무작위 토큰, ${c.kept}개는 그대로. 손실은 이 ${k}개 위치에서만 계산되고, 나머지 ${n - k}개 토큰은 직접 학습 신호를 주지 않는다.`,
    },
    rows,
  );
}

function permutationLm(ctx: CardContext): WorkedExample {
  const sentence = EXAMPLE_DOCUMENT[ctx.lang].sentences[0];
  const { order, targets } = permutationOrder(sentence.length, seeded(SEEDS.plm));
  const targetSet = new Set(targets);
  const rows = [
    row(
      ctx,
      { en: 'Sampled factorisation order', ko: '샘플링한 인수분해 순서' },
      tokensOf(
        order.map((p) => sentence[p]),
        (i) => (targetSet.has(order[i]) ? 'target' : 'plain'),
        (i) => String(order[i] + 1),
      ),
    ),
    ...targets.map((t) => {
      const visible = new Set(visibleTo(order, t));
      return row(
        ctx,
        { en: `Predicting ${quote('en', sentence[t])} (position ${t + 1})`, ko: `${quote('ko', sentence[t])} 예측 (${t + 1}번 위치)` },
        tokensOf(sentence, (i) => (i === t ? 'target' : visible.has(i) ? 'visible' : 'hidden')),
      );
    }),
  ];
  const n = sentence.length;
  const first = targets[0];
  const seen = visibleTo(order, first);
  const left = seen.filter((p) => p < first).length;
  return example(
    ctx,
    'plm',
    { en: 'Permutation language modelling (XLNet)', ko: '순열 언어 모델링 (XLNet)' },
    'permutation-language-modeling',
    {
      en: 'XLNet samples an order of the positions and predicts each token from the tokens before it in that order. The sentence itself is not shuffled: positions keep their place and only the attention mask follows the order. Over many orders every token learns from context on both sides, without a [MASK] token.',
      ko: 'XLNet은 위치의 순서를 무작위로 하나 뽑고, 그 순서에서 앞에 온 토큰들로 각 토큰을 예측한다. 문장 자체를 섞는 것은 아니다: 위치는 그대로이고 어텐션 마스크만 그 순서를 따른다. 여러 순서를 거치며 모든 토큰이 [MASK] 토큰 없이 양쪽 문맥에서 배운다.',
    },
    {
      en: `Order of ${n} positions sampled; only the last round(${n} / 6) = ${targets.length} in the order are predicted (XLNet's partial prediction, K = 6). ${quote('en', sentence[first])} at position ${first + 1} is predicted from ${seen.length} tokens: ${left} on its left and ${seen.length - left} on its right.`,
      ko: `위치 ${n}개의 순서를 뽑고, 그 순서의 마지막 round(${n} / 6) = ${targets.length}개만 예측한다 (XLNet의 부분 예측, K = 6). ${first + 1}번 위치의 토큰(${quote('ko', sentence[first])})은 토큰 ${seen.length}개를 보고 예측한다: 왼쪽 ${left}개, 오른쪽 ${seen.length - left}개.`,
    },
    rows,
  );
}

function replacedTokens(ctx: CardContext): WorkedExample {
  const tokens = documentTokens(ctx.lang);
  const { masked, generatorInput, corrupted, replaced } = replacedTokenDetection(tokens, seeded(SEEDS.rtd), { vocabulary: EXAMPLE_DOCUMENT[ctx.lang].distractors });
  const maskedSet = new Set(masked);
  const rows = [
    row(ctx, { en: 'Generator input', ko: '생성기 입력' }, tokensOf(generatorInput, (i) => (maskedSet.has(i) ? 'mask' : 'plain'))),
    row(ctx, { en: 'Discriminator input', ko: '판별기 입력' }, tokensOf(corrupted, (i) => (replaced[i] ? 'replaced' : 'plain'))),
    row(ctx, { en: 'Discriminator labels (every token)', ko: '판별기 정답 (모든 토큰)' }, tokensOf(corrupted, (i) => (replaced[i] ? 'replaced' : 'original'))),
  ];
  const n = tokens.length;
  const r = replaced.filter(Boolean).length;
  const same = masked.length - r;
  return example(
    ctx,
    'rtd',
    { en: 'Replaced token detection (ELECTRA)', ko: '대체 토큰 탐지 (ELECTRA)' },
    'replaced-token-detection',
    {
      en: 'A small generator, itself a masked LM, fills the masked positions with plausible samples. The main model, the discriminator, reads the result and labels every token as original or replaced. It learns from all positions instead of 15% and never sees [MASK]; after pre-training the generator is dropped.',
      ko: '작은 생성기(그 자체가 마스크 언어 모델)가 가려진 자리를 그럴듯한 토큰으로 채운다. 본 모델인 판별기는 그 결과를 읽고 모든 토큰이 원본인지 대체된 것인지 가린다. 15%가 아니라 모든 위치에서 배우고 [MASK]를 보지 않는다. 사전학습이 끝나면 생성기는 버린다.',
    },
    {
      en: `${masked.length} of ${n} positions masked for the generator; it put back ${r} different token${r === 1 ? '' : 's'} and ${same} identical one${same === 1 ? '' : 's'}, which count${same === 1 ? 's' : ''} as original. The discriminator is trained on all ${n} positions, not only ${masked.length}.`,
      ko: `생성기에게 위치 ${n}개 중 ${masked.length}개를 가렸다. 생성기는 다른 토큰 ${r}개와 원래와 같은 토큰 ${same}개를 넣었고, 같은 토큰은 원본으로 친다. 판별기는 ${masked.length}개가 아니라 ${n}개 위치 모두에서 학습한다.`,
    },
    rows,
  );
}

function spanBert(ctx: CardContext): WorkedExample {
  const tokens = documentTokens(ctx.lang);
  const { spans, input } = spanMasking(tokens, seeded(SEEDS.span));
  const masked = new Set(spanPositions(spans));
  const boundaries = new Set(spans.flatMap((s) => [s.start - 1, s.start + s.length]).filter((p) => p >= 0 && p < tokens.length));
  const rows = [
    row(ctx, ROW.input, tokensOf(input, (i) => (masked.has(i) ? 'mask' : 'plain'))),
    row(ctx, ROW.target, tokensOf(tokens, (i) => (masked.has(i) ? 'target' : 'ignored'))),
    row(ctx, { en: 'Span boundary objective', ko: '스팬 경계 목표' }, tokensOf(tokens, (i) => (masked.has(i) ? 'target' : boundaries.has(i) ? 'boundary' : 'ignored'))),
  ];
  const n = tokens.length;
  const lengths = spans.map((s) => s.length).join(', ');
  const first = spans[0];
  const pair = (lang: Lang) => [first.start - 1, first.start + first.length].filter((p) => p >= 0 && p < n).map((p) => quote(lang, tokens[p])).join(lang === 'ko' ? ', ' : ' and ');
  return example(
    ctx,
    'span-masking',
    { en: 'Span masking and the span boundary objective (SpanBERT)', ko: '스팬 마스킹과 스팬 경계 목표 (SpanBERT)' },
    'span-masking',
    {
      en: 'SpanBERT masks contiguous spans instead of scattered tokens: span lengths are drawn from a geometric distribution (p = 0.2) limited to 10 words, mean ≈ 3.8, until 15% of the tokens are masked. Its span boundary objective predicts each masked token from the two tokens just outside the span and the token’s position inside it. (SpanBERT applies BERT’s 80/10/10 rule to whole spans; here every span is shown as [MASK].)',
      ko: 'SpanBERT는 흩어진 토큰 대신 연속된 스팬을 가린다. 스팬 길이는 최대 10단어로 제한한 기하 분포(p = 0.2, 평균 약 3.8단어)에서 뽑고, 토큰의 15%가 가려질 때까지 반복한다. 스팬 경계 목표는 스팬 바로 바깥의 두 토큰과 스팬 안에서의 위치만으로 가려진 각 토큰을 예측한다. (SpanBERT는 BERT의 80/10/10 규칙을 스팬 단위로 적용하지만, 여기서는 모든 스팬을 [MASK]로 보여 준다.)',
    },
    {
      en: `Span lengths drawn: ${lengths}; ${masked.size} of ${n} tokens masked (round(15% × ${n}) = ${selectionCount(n, 0.15)}). The first span is predicted from its boundary tokens ${pair('en')}.`,
      ko: `뽑힌 스팬 길이: ${lengths}. 토큰 ${n}개 중 ${masked.size}개를 가렸다 (round(15% × ${n}) = ${selectionCount(n, 0.15)}). 첫 스팬은 경계 토큰(${pair('ko')})만 보고 예측한다.`,
    },
    rows,
  );
}

/** BART's decoder always regenerates the whole original document. */
function bartTarget(ctx: CardContext, tokens: readonly string[], mark: (i: number) => TokenMark): ExampleRow {
  return row(ctx, ROW.decoderTarget, tokensOf(tokens, mark));
}

function bartTokenMasking(ctx: CardContext): WorkedExample {
  const tokens = documentTokens(ctx.lang);
  const { input, masked } = tokenMasking(tokens, seeded(SEEDS.tokenMasking));
  const set = new Set(masked);
  const rows = [row(ctx, ROW.encoderInput, tokensOf(input, (i) => (set.has(i) ? 'mask' : 'plain'))), bartTarget(ctx, tokens, (i) => (set.has(i) ? 'target' : 'plain'))];
  return example(
    ctx,
    'bart-token-masking',
    { en: 'BART noising 1: token masking', ko: 'BART 노이즈 1: 토큰 마스킹' },
    'token-masking',
    {
      en: 'As in BERT, random tokens are replaced by [MASK]. Unlike BERT, BART’s decoder then writes out the entire original document, not only the masked tokens.',
      ko: 'BERT처럼 무작위 토큰을 [MASK]로 바꾼다. 다만 BART의 디코더는 가려진 토큰만이 아니라 원래 문서 전체를 다시 써 낸다.',
    },
    {
      en: `${masked.length} of ${tokens.length} tokens replaced by [MASK]; the decoder reproduces all ${tokens.length}.`,
      ko: `토큰 ${tokens.length}개 중 ${masked.length}개를 [MASK]로 바꿨고, 디코더는 ${tokens.length}개 전부를 다시 만든다.`,
    },
    rows,
  );
}

function bartTokenDeletion(ctx: CardContext): WorkedExample {
  const tokens = documentTokens(ctx.lang);
  const { input, deleted } = tokenDeletion(tokens, seeded(SEEDS.tokenDeletion));
  const set = new Set(deleted);
  const rows = [row(ctx, ROW.encoderInput, tokensOf(input, () => 'plain')), bartTarget(ctx, tokens, (i) => (set.has(i) ? 'deleted' : 'plain'))];
  return example(
    ctx,
    'bart-token-deletion',
    { en: 'BART noising 2: token deletion', ko: 'BART 노이즈 2: 토큰 삭제' },
    'token-deletion',
    {
      en: 'Random tokens are removed outright. Nothing marks the gaps, so the model must work out where tokens are missing as well as what they were.',
      ko: '무작위 토큰을 아예 지운다. 빈자리 표시가 없으므로 모델은 무엇이 빠졌는지뿐 아니라 어디가 빠졌는지도 알아내야 한다.',
    },
    {
      en: `${deleted.length} tokens deleted: the encoder reads ${input.length} tokens with no hint of where the gaps are; the decoder restores all ${tokens.length}.`,
      ko: `토큰 ${deleted.length}개 삭제: 인코더는 빈자리 표시 없이 토큰 ${input.length}개를 읽고, 디코더는 ${tokens.length}개 전부를 복원한다.`,
    },
    rows,
  );
}

function bartTextInfilling(ctx: CardContext): WorkedExample {
  const tokens = documentTokens(ctx.lang);
  const { spans, input } = textInfilling(tokens, seeded(SEEDS.infilling));
  const hidden = new Set(spanPositions(spans));
  const inputMarks = new Set<number>();
  // Positions of the [MASK] tokens in the shortened input, one per span.
  let shift = 0;
  for (const span of spans) {
    inputMarks.add(span.start - shift);
    shift += span.length - 1;
  }
  const rows = [row(ctx, ROW.encoderInput, tokensOf(input, (i) => (inputMarks.has(i) ? 'mask' : 'plain'))), bartTarget(ctx, tokens, (i) => (hidden.has(i) ? 'target' : 'plain'))];
  const lengths = spans.map((s) => s.length).join(', ');
  const empty = spans.some((s) => s.length === 0);
  return example(
    ctx,
    'bart-text-infilling',
    { en: 'BART noising 3: text infilling', ko: 'BART 노이즈 3: 텍스트 채우기' },
    'text-infilling',
    {
      en: 'Spans with lengths drawn from a Poisson distribution (λ = 3) are each replaced by a single [MASK], so the model must also predict how many tokens a [MASK] stands for. A span of length 0 inserts a [MASK] where nothing is missing. The final BART model masks 30% of the tokens this way, combined with sentence permutation.',
      ko: '포아송 분포(λ = 3)에서 길이를 뽑은 스팬을 각각 [MASK] 하나로 바꾼다. 그래서 모델은 [MASK] 하나가 몇 개의 토큰을 대신하는지도 예측해야 한다. 길이 0인 스팬은 빠진 것이 없는 자리에 [MASK]를 끼워 넣는다. 최종 BART 모델은 이 방식으로 토큰의 30%를 가리고 문장 순열과 함께 썼다.',
    },
    {
      en: `Span lengths drawn: ${lengths}; ${hidden.size} of ${tokens.length} tokens (round(30% × ${tokens.length}) = ${Math.round(tokens.length * 0.3)}) hidden behind ${spans.length} [MASK] tokens.${empty ? ' The empty span inserted a [MASK] that hides nothing.' : ''}`,
      ko: `뽑힌 스팬 길이: ${lengths}. 토큰 ${tokens.length}개 중 ${hidden.size}개(round(30% × ${tokens.length}) = ${Math.round(tokens.length * 0.3)})를 [MASK] ${spans.length}개 뒤에 숨겼다.${empty ? ' 길이 0인 스팬은 아무것도 가리지 않는 [MASK]를 끼워 넣었다.' : ''}`,
    },
    rows,
  );
}

function bartSentencePermutation(ctx: CardContext): WorkedExample {
  const sentences = EXAMPLE_DOCUMENT[ctx.lang].sentences;
  const order = sentencePermutation(sentences.length, seeded(SEEDS.permutation));
  const labelled = (sentenceOrder: readonly number[], moved: (slot: number) => boolean): ExampleToken[] =>
    sentenceOrder.flatMap((s, slot) => sentences[s].map((text, i) => ({ text, mark: moved(slot) ? 'moved' : 'plain', ...(i === 0 ? { sub: `S${s + 1}` } : {}) })));
  const rows = [
    row(ctx, ROW.encoderInput, labelled(order, (slot) => order[slot] !== slot)),
    row(ctx, ROW.decoderTarget, labelled(sentences.map((_, i) => i), () => false)),
  ];
  const shown = order.map((s) => s + 1).join(', ');
  return example(
    ctx,
    'bart-sentence-permutation',
    { en: 'BART noising 4: sentence permutation', ko: 'BART 노이즈 4: 문장 순열' },
    'sentence-permutation',
    {
      en: 'The document is split at full stops and its sentences are shuffled; the decoder restores the original order. On its own it helped little in BART’s ablations, but combined with text infilling it gave the best results.',
      ko: '문서를 마침표에서 나눠 문장 순서를 섞고, 디코더가 원래 순서를 되살린다. BART의 비교 실험에서 단독으로는 효과가 작았지만 텍스트 채우기와 함께 쓰면 가장 좋은 결과를 냈다.',
    },
    {
      en: `Sentence order drawn: ${shown}; the decoder must write them back as 1, 2, 3.`,
      ko: `뽑힌 문장 순서: ${shown}. 디코더는 이를 1, 2, 3 순서로 되돌려 써야 한다.`,
    },
    rows,
  );
}

function bartDocumentRotation(ctx: CardContext): WorkedExample {
  const tokens = documentTokens(ctx.lang);
  const start = documentRotation(tokens.length, seeded(SEEDS.rotation));
  const rotated = rotate(tokens, start);
  const rows = [row(ctx, ROW.encoderInput, tokensOf(rotated, (i) => (i === 0 ? 'moved' : 'plain'))), bartTarget(ctx, tokens, (i) => (i === start ? 'moved' : i === 0 ? 'target' : 'plain'))];
  return example(
    ctx,
    'bart-document-rotation',
    { en: 'BART noising 5: document rotation', ko: 'BART 노이즈 5: 문서 회전' },
    'document-rotation',
    {
      en: 'A token is chosen uniformly at random and the document is rotated to begin with it; the model must find the true start. It was the weakest of BART’s five transforms.',
      ko: '토큰 하나를 무작위로 골라 문서가 그 토큰에서 시작하도록 돌린다. 모델은 진짜 시작점을 찾아야 한다. BART의 다섯 가지 변환 중 가장 효과가 약했다.',
    },
    {
      en: `Token ${start + 1} of ${tokens.length} (${quote('en', tokens[start])}) became the start; the decoder must begin again at ${quote('en', tokens[0])}.`,
      ko: `토큰 ${tokens.length}개 중 ${start + 1}번째(${quote('ko', tokens[start])})가 시작점이 되었다. 디코더는 다시 ${quote('ko', tokens[0])}부터 써야 한다.`,
    },
    rows,
  );
}

function t5SpanCorruption(ctx: CardContext): WorkedExample {
  const tokens = documentTokens(ctx.lang);
  const { spans, input, target } = spanCorruption(tokens, seeded(SEEDS.t5));
  const isSentinel = (t: string) => /^<extra_id_\d+>$/.test(t);
  const rows = [
    row(ctx, ROW.encoderInput, tokensOf(input, (i) => (isSentinel(input[i]) ? 'sentinel' : 'plain'))),
    row(ctx, ROW.decoderTarget, tokensOf(target, (i) => (isSentinel(target[i]) ? 'sentinel' : 'target'))),
  ];
  const n = tokens.length;
  const noise = spans.reduce((total, s) => total + s.length, 0);
  const lengths = spans.map((s) => s.length).join(' + ');
  return example(
    ctx,
    't5-span-corruption',
    { en: 'Span corruption (T5)', ko: '스팬 오염 (T5)' },
    'span-corruption',
    {
      en: 'T5 drops 15% of the tokens in spans of mean length 3. Each span is replaced by its own sentinel token in the input, and the target lists only the dropped spans, each after its sentinel, closed by one final sentinel. Short targets make pre-training cheaper than reconstructing the whole text.',
      ko: 'T5는 평균 길이 3인 스팬으로 토큰의 15%를 지운다. 입력에서는 각 스팬을 고유한 센티널 토큰으로 바꾸고, 정답에는 지운 스팬만 각자의 센티널 뒤에 나열한 뒤 마지막 센티널로 닫는다. 정답이 짧아서 전체 텍스트를 복원하는 것보다 사전학습 비용이 적다.',
    },
    {
      en: `round(15% × ${n}) = ${noise} noise tokens in round(${noise} / 3) = ${spans.length} span${spans.length === 1 ? '' : 's'} (${lengths}). Input: ${n} − ${noise} + ${spans.length} sentinels = ${input.length} tokens; target: ${noise} + ${spans.length + 1} sentinels = ${target.length} tokens.`,
      ko: `round(15% × ${n}) = ${noise}개의 노이즈 토큰을 round(${noise} / 3) = ${spans.length}개 스팬(${lengths})으로 나눴다. 입력: ${n} − ${noise} + 센티널 ${spans.length}개 = 토큰 ${input.length}개, 정답: ${noise} + 센티널 ${spans.length + 1}개 = 토큰 ${target.length}개.`,
    },
    rows,
  );
}

const TLM_SEPARATOR = '</s>';

function translationLm(ctx: CardContext): WorkedExample {
  const { first, second } = translationPair(ctx.lang);
  const tokens = [...first.tokens, TLM_SEPARATOR, ...second.tokens];
  const separatorAt = first.tokens.length;
  const { input, selected, outcomes } = bertMasking(tokens, seeded(SEEDS.tlm), {
    vocabulary: [...EXAMPLE_DOCUMENT[first.lang].distractors, ...EXAMPLE_DOCUMENT[second.lang].distractors],
    eligible: (i) => i !== separatorAt,
  });
  const outcomeAt = new Map(selected.map((position, i) => [position, outcomes[i]]));
  const separatorMark = (i: number): TokenMark | undefined => (i === separatorAt ? 'separator' : undefined);
  const languageOf = (i: number) => (i < separatorAt ? first.lang : i > separatorAt ? second.lang : '');
  const positionOf = (i: number) => String(i < separatorAt ? i : i - separatorAt - 1);
  const rows = [
    row(ctx, ROW.input, tokensOf(input, (i) => separatorMark(i) ?? outcomeAt.get(i) ?? 'plain')),
    row(ctx, ROW.target, tokensOf(tokens, (i) => separatorMark(i) ?? (outcomeAt.has(i) ? 'target' : 'ignored'))),
    row(ctx, { en: 'Language embedding', ko: '언어 임베딩' }, tokensOf(tokens.map((_, i) => languageOf(i)), (i) => separatorMark(i) ?? 'plain')),
    row(ctx, { en: 'Position embedding', ko: '위치 임베딩' }, tokensOf(tokens.map((_, i) => (i === separatorAt ? '' : positionOf(i))), (i) => separatorMark(i) ?? 'plain')),
  ];
  const m = tokens.length - 1;
  const c = outcomeCounts(outcomes);
  return example(
    ctx,
    'tlm',
    { en: 'Translation language modelling (XLM)', ko: '번역 언어 모델링 (XLM)' },
    'translation-language-modeling',
    {
      en: 'XLM’s TLM joins a sentence and its translation into one input and masks tokens in both, as BERT does. To recover a masked word the model may read the other language, which pulls the two languages towards shared representations. Positions restart at the second sentence, and a language embedding tells the halves apart.',
      ko: 'XLM의 TLM은 문장과 그 번역을 한 입력으로 이어 붙이고, BERT처럼 양쪽 모두에서 토큰을 가린다. 가려진 단어를 되살리려면 다른 언어 쪽을 볼 수 있으므로, 두 언어의 표현이 서로 가까워진다. 두 번째 문장에서 위치 번호가 다시 0부터 시작하고, 언어 임베딩으로 두 부분을 구분한다.',
    },
    {
      en: `${selected.length} of ${m} tokens selected across both sentences (round(15% × ${m}) = ${selected.length}): ${c.mask} → [MASK], ${c.random} → random, ${c.kept} unchanged.`,
      ko: `두 문장의 토큰 ${m}개 중 ${selected.length}개 선택 (round(15% × ${m}) = ${selected.length}): ${c.mask}개는 [MASK], ${c.random}개는 무작위, ${c.kept}개는 그대로.`,
    },
    rows,
  );
}

/** Which worked example belongs to which objective entry. */
const BUILDERS: Record<string, (ctx: CardContext) => WorkedExample> = {
  'causal-language-modeling': causal,
  'masked-language-modeling': maskedLm,
  'permutation-language-modeling': permutationLm,
  'replaced-token-detection': replacedTokens,
  'span-masking': spanBert,
  'token-masking': bartTokenMasking,
  'token-deletion': bartTokenDeletion,
  'text-infilling': bartTextInfilling,
  'sentence-permutation': bartSentencePermutation,
  'document-rotation': bartDocumentRotation,
  'span-corruption': t5SpanCorruption,
  'translation-language-modeling': translationLm,
};

/** Objective ids that have a worked example. */
export const WORKED_OBJECTIVES = Object.keys(BUILDERS);

/** All worked examples, in teaching order. */
export function workedExamples(ctx: CardContext): WorkedExample[] {
  return WORKED_OBJECTIVES.map((id) => BUILDERS[id](ctx));
}

/** The worked examples an entry's card shows: its own; the denoising autoencoder gets BART's five. */
export function workedExamplesFor(ctx: CardContext, entryId: string): WorkedExample[] {
  if (entryId === 'denoising-autoencoder') return ['token-masking', 'token-deletion', 'text-infilling', 'sentence-permutation', 'document-rotation'].map((id) => BUILDERS[id](ctx));
  const builder = BUILDERS[entryId];
  return builder ? [builder(ctx)] : [];
}

/** The untouched document, as the first row of the objectives page. */
export function originalRow(ctx: CardContext): ExampleRow {
  return row(ctx, ROW.original, tokensOf(documentTokens(ctx.lang), () => 'plain'));
}
