/**
 * The four family cards' teaching content: how each design masks attention, what it suits, its
 * strengths and limits, which objectives fit and which models represent it. Membership, counts and
 * parameter ranges are not written here: they are computed from the atlas.
 */
import type { Bilingual, Entry } from '../knowledge/schema';
import type { FamilyId } from '../protocol/cards';

export interface FamilySpec {
  id: FamilyId;
  aka: Bilingual;
  /** The atlas concept entry with the full explanation. */
  conceptId: string;
  attention: Bilingual;
  tasks: Bilingual[];
  strengths: Bilingual[];
  limits: Bilingual[];
  /** Objective entry ids, most characteristic first. */
  objectives: string[];
  /** Building blocks to read next. */
  concepts: string[];
  /** Model entry ids shown first (the members list has every model of the family). */
  representatives: string[];
}

export const FAMILIES: readonly FamilySpec[] = [
  {
    id: 'encoder-only',
    aka: { en: 'auto-encoding models (BERT-like)', ko: '오토인코딩 모델 (BERT 계열)' },
    conceptId: 'encoder-only',
    attention: {
      en: 'Bidirectional self-attention: every token attends to every other token, to its left and to its right, in every layer.',
      ko: '양방향 셀프 어텐션: 모든 층에서 각 토큰이 왼쪽과 오른쪽의 모든 토큰을 본다.',
    },
    tasks: [
      { en: 'Sentence classification (sentiment, topic)', ko: '문장 분류 (감성, 주제)' },
      { en: 'Named-entity recognition', ko: '개체명 인식' },
      { en: 'Extractive question answering', ko: '추출형 질의응답' },
      { en: 'Sentence similarity and embeddings for search', ko: '문장 유사도와 검색용 임베딩' },
    ],
    strengths: [
      {
        en: 'Each token’s vector is built from context on both sides, which is what understanding tasks need.',
        ko: '각 토큰의 벡터가 양쪽 문맥으로 만들어지므로, 이해 과제에 필요한 표현을 얻는다.',
      },
      {
        en: 'One forward pass yields contextual vectors for every token: cheap to fine-tune and fast to serve as a classifier or an embedder.',
        ko: '순전파 한 번으로 모든 토큰의 문맥 벡터가 나온다. 미세조정이 싸고, 분류기나 임베딩 모델로 빠르게 서비스할 수 있다.',
      },
    ],
    limits: [
      {
        en: 'Cannot generate fluent text by itself: nothing in its pre-training teaches it to continue a sequence.',
        ko: '혼자서는 자연스러운 글을 생성하지 못한다. 사전학습에서 이어 쓰기를 배우지 않기 때문이다.',
      },
      {
        en: 'Masked LM learns only at the ≈15% masked positions, and [MASK] never appears when fine-tuning; ELECTRA and XLNet were designed around these two weaknesses.',
        ko: '마스크 언어 모델링은 가려진 약 15% 위치에서만 배우고, [MASK]는 미세조정 때 나타나지 않는다. ELECTRA와 XLNet은 이 두 약점을 겨냥해 설계되었다.',
      },
      {
        en: 'A fixed, short input length (512 tokens for BERT) because of learned absolute positions.',
        ko: '학습된 절대 위치 임베딩 때문에 입력 길이가 짧게 고정된다 (BERT는 512토큰).',
      },
    ],
    objectives: [
      'masked-language-modeling',
      'next-sentence-prediction',
      'dynamic-masking',
      'whole-word-masking',
      'sentence-order-prediction',
      'span-masking',
      'replaced-token-detection',
      'permutation-language-modeling',
      'translation-language-modeling',
    ],
    concepts: ['self-attention', 'segment-embedding', 'cls-token', 'mask-token', 'absolute-position-embedding'],
    representatives: ['bert', 'roberta', 'albert', 'electra', 'deberta', 'distilbert', 'xlm-r'],
  },
  {
    id: 'decoder-only',
    aka: { en: 'auto-regressive models (GPT-like)', ko: '자기회귀 모델 (GPT 계열)' },
    conceptId: 'decoder-only',
    attention: {
      en: 'Causal (masked) self-attention: token i attends to tokens 1 … i only; everything to its right is hidden.',
      ko: '인과(마스크드) 셀프 어텐션: i번째 토큰은 1번부터 i번 토큰까지만 보고, 오른쪽은 모두 가려진다.',
    },
    tasks: [
      { en: 'Open-ended text generation and dialogue', ko: '자유로운 텍스트 생성과 대화' },
      { en: 'Code completion', ko: '코드 자동 완성' },
      { en: 'Zero- and few-shot tasks through prompting', ko: '프롬프트로 푸는 제로샷·퓨샷 과제' },
      { en: 'Instruction following (after instruction tuning)', ko: '지시 따르기 (지시 튜닝 후)' },
    ],
    strengths: [
      {
        en: 'Every position is a training target, so no token of the corpus is wasted.',
        ko: '모든 위치가 학습 정답이 되므로 말뭉치의 어떤 토큰도 버려지지 않는다.',
      },
      {
        en: 'Trained exactly as it is used: generating one token after another. The same model covers many tasks by prompting (in-context learning since GPT-3).',
        ko: '쓰는 방식 그대로 학습한다: 토큰을 하나씩 이어 생성한다. 하나의 모델이 프롬프트만으로 여러 과제를 푼다 (GPT-3 이후의 인컨텍스트 러닝).',
      },
      {
        en: 'One simple stack that scales smoothly with parameters, data and compute; a KV cache makes generation efficient.',
        ko: '단순한 스택 하나라 파라미터·데이터·연산을 늘리는 대로 고르게 좋아지고, KV 캐시로 생성이 효율적이다.',
      },
    ],
    limits: [
      {
        en: 'Each token sees only its left context, which is weaker for pure understanding than bidirectional attention at the same size.',
        ko: '각 토큰이 왼쪽 문맥만 보므로, 같은 크기라면 순수 이해 과제에서 양방향 어텐션보다 불리하다.',
      },
      {
        en: 'Generation is sequential: one forward step per output token.',
        ko: '생성이 순차적이다: 출력 토큰마다 순전파를 한 번씩 해야 한다.',
      },
      {
        en: 'Long prompts cost attention compute and KV-cache memory that grow with the context length.',
        ko: '긴 프롬프트는 컨텍스트 길이에 따라 커지는 어텐션 연산과 KV 캐시 메모리를 요구한다.',
      },
    ],
    objectives: ['causal-language-modeling', 'instruction-tuning', 'rlhf'],
    concepts: ['causal-mask', 'kv-cache', 'rotary-position-embedding', 'grouped-query-attention'],
    representatives: ['gpt-1', 'gpt-2', 'gpt-3', 'chinchilla', 'palm', 'llama-2', 'mistral-7b', 'phi-2'],
  },
  {
    id: 'encoder-decoder',
    aka: { en: 'sequence-to-sequence models (T5/BART-like)', ko: '시퀀스-투-시퀀스 모델 (T5·BART 계열)' },
    conceptId: 'encoder-decoder',
    attention: {
      en: 'The encoder attends bidirectionally over the input; the decoder attends causally over the output written so far and, through cross-attention, to every encoder position.',
      ko: '인코더는 입력 전체를 양방향으로 보고, 디코더는 지금까지 쓴 출력을 인과적으로 보면서 교차 어텐션으로 인코더의 모든 위치를 본다.',
    },
    tasks: [
      { en: 'Machine translation', ko: '기계 번역' },
      { en: 'Summarisation', ko: '요약' },
      { en: 'Generative question answering', ko: '생성형 질의응답' },
      { en: 'Any task cast as text-to-text (T5)', ko: '텍스트-투-텍스트로 바꾼 모든 과제 (T5)' },
    ],
    strengths: [
      {
        en: 'Reads the whole input bidirectionally and writes the output left to right: a natural fit when the output is a function of a complete input.',
        ko: '입력 전체를 양방향으로 읽고 출력은 왼쪽에서 오른쪽으로 쓴다. 출력이 완성된 입력에 달린 과제에 자연스럽게 맞는다.',
      },
      {
        en: 'Denoising objectives (T5’s span corruption, BART’s noising) train the encoder and the decoder together, with short targets.',
        ko: '디노이징 목표(T5의 스팬 오염, BART의 노이즈)가 인코더와 디코더를 함께, 짧은 정답으로 학습시킨다.',
      },
      {
        en: 'The encoder runs once per input, however long the output.',
        ko: '출력이 아무리 길어도 인코더는 입력마다 한 번만 실행된다.',
      },
    ],
    limits: [
      {
        en: 'Two stacks and cross-attention: more parameters and more machinery than one stack of the same depth.',
        ko: '스택 두 개와 교차 어텐션이 필요해, 같은 깊이의 스택 하나보다 파라미터와 구조가 많다.',
      },
      {
        en: 'Pre-training needs an input/target split (corruption or paired data); for open-ended generation with no real input, the encoder adds little.',
        ko: '사전학습에 입력과 정답의 구분(오염 또는 쌍 데이터)이 필요하고, 실제 입력이 없는 자유 생성에서는 인코더의 이점이 작다.',
      },
    ],
    objectives: ['span-corruption', 'denoising-autoencoder', 'text-infilling', 'sentence-permutation', 'masked-sequence-to-sequence', 'mixture-of-denoisers'],
    concepts: ['cross-attention', 'causal-mask', 'relative-position-embedding', 'sequence-to-sequence'],
    representatives: ['transformer', 't5', 'bart', 'mbart', 'marian-mt', 'flan-t5', 'ul2'],
  },
  {
    id: 'mixture-of-experts',
    aka: { en: 'sparse models: a layer choice for any of the three', ko: '희소 모델: 세 구조 어디에나 적용하는 층 설계' },
    conceptId: 'mixture-of-experts',
    attention: {
      en: 'Attention is unchanged (encoder, decoder or both). The feed-forward block becomes several experts, and a router sends each token to its top-k experts (k = 1 in Switch, 2 in Mixtral), mixing their outputs by the router’s weights.',
      ko: '어텐션은 그대로다(인코더, 디코더 또는 둘 다). 피드포워드 블록이 여러 전문가로 바뀌고, 라우터가 토큰마다 상위 k개 전문가(Switch는 1개, Mixtral은 2개)로 보내 라우터 가중치로 출력을 섞는다.',
    },
    tasks: [
      { en: 'Whatever the host architecture does; chosen for capacity at a fixed compute budget', ko: '바탕 구조가 하는 모든 과제. 정해진 연산 예산에서 용량을 늘리려고 택한다' },
      { en: 'Fast inference for the quality of a much larger dense model', ko: '훨씬 큰 밀집 모델 수준의 품질을 빠른 추론으로' },
    ],
    strengths: [
      {
        en: 'Total parameters grow with the number of experts while compute per token grows only with k: more capacity at roughly constant cost per token.',
        ko: '전체 파라미터는 전문가 수만큼 늘지만 토큰당 연산은 k에만 비례한다. 토큰당 비용은 거의 그대로 두고 용량을 키운다.',
      },
      {
        en: 'At equal compute, sparse models reach a given quality faster: the Switch Transformer reported up to 7× faster pre-training than a dense T5 baseline.',
        ko: '같은 연산이면 희소 모델이 같은 품질에 더 빨리 도달한다. Switch Transformer는 밀집 T5 기준 모델보다 사전학습이 최대 7배 빨랐다고 보고했다.',
      },
    ],
    limits: [
      {
        en: 'Every expert must sit in memory although only k run for a token.',
        ko: '토큰마다 k개만 실행되지만 모든 전문가를 메모리에 올려야 한다.',
      },
      {
        en: 'Routing needs care: an auxiliary load-balancing loss and a capacity factor keep experts evenly used; tokens over capacity are dropped or passed on unchanged.',
        ko: '라우팅을 조심해서 다뤄야 한다. 보조 부하 균형 손실과 용량 계수로 전문가를 고르게 쓰게 하며, 용량을 넘는 토큰은 버려지거나 그대로 다음 층으로 넘어간다.',
      },
      {
        en: 'Harder to train stably and to fine-tune, and experts spread across devices add communication.',
        ko: '안정적으로 학습하고 미세조정하기가 더 어렵고, 전문가를 여러 장치에 나누면 통신 비용이 생긴다.',
      },
    ],
    objectives: ['span-corruption', 'causal-language-modeling'],
    concepts: ['moe-expert', 'moe-router', 'top-k-routing', 'load-balancing-loss', 'capacity-factor'],
    representatives: ['switch-transformer', 'mixtral-8x7b'],
  },
];

export function familySpec(id: FamilyId): FamilySpec {
  return FAMILIES.find((f) => f.id === id)!;
}

/** The family cards a model belongs to: its architecture (not for RNNs) and MoE when sparse. */
export function familiesOf(entry: Entry): FamilyId[] {
  const model = entry.model;
  if (!model) return [];
  const ids: FamilyId[] = model.family === 'rnn' ? [] : [model.family];
  if (model.moe) ids.push('mixture-of-experts');
  return ids;
}

export function isMember(entry: Entry, family: FamilyId): boolean {
  return familiesOf(entry).includes(family);
}
