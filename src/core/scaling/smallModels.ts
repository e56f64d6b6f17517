import type { Bilingual, Unit } from '../knowledge/schema';

/**
 * The seeds' claims about small language models (seed 002, from Unite.AI's "Rising Impact of Small
 * Language Models"; seed 003 for DistilBERT and ELECTRA), each checked against its primary source.
 * Every claim sits on a parameter axis (`x`, the small model's size); `y`, when present, is the
 * claim's headline number with its own unit and meaning.
 */

export interface Measure {
  value: number;
  unit: Unit;
  /** What the number measures. */
  label: Bilingual;
  /** The claim is a bound rather than a value: "under 10M", "up to 25×". */
  bound?: 'below' | 'at-most';
  /** Upper end when the claim is a range (value … max). */
  max?: number;
  approx?: boolean;
}

export interface SmallModelClaim {
  id: string;
  label: Bilingual;
  /** The claim in our own words. */
  claim: Bilingual;
  x: Measure;
  y?: Measure;
  /** The atlas entry to open on click, when the claim is about one model. */
  entryId?: string;
  source: string;
  /** Primary sources the note relies on, for claims whose own source is secondary. */
  seeAlso?: string[];
  /** No primary source was found for the figure. */
  unconfirmed: boolean;
  note: Bilingual;
}

const SMALL_MODEL_SIZE: Bilingual = { en: 'Parameters of the small model', ko: '작은 모델의 파라미터 수' };

export const SMALL_MODEL_CLAIMS: readonly SmallModelClaim[] = [
  {
    id: 'tinystories',
    label: { en: 'TinyStories models', ko: 'TinyStories 모델' },
    claim: {
      en: 'Models with fewer than 10 million parameters, trained on simple synthetic stories, write fluent multi-paragraph stories with almost perfect grammar.',
      ko: '쉬운 합성 동화로 학습한 1,000만 개 미만 파라미터의 모델이 문법이 거의 완벽한 여러 문단짜리 이야기를 자연스럽게 써 냅니다.',
    },
    x: { value: 10e6, unit: 'parameters', bound: 'below', label: SMALL_MODEL_SIZE },
    source: 'eldan2023',
    unconfirmed: false,
    note: {
      en: 'This is the primary evidence behind the seed\'s "1–10 million parameters reach basic language competence". The training text was limited on purpose to words a 3–4-year-old knows, so the competence shown is coherent simple English, not broad knowledge.',
      ko: '"100만~1,000만 개 파라미터로 기본 언어 능력을 얻는다"는 시드 문서 주장의 1차 근거입니다. 학습 데이터를 3~4세 아이가 아는 단어로 일부러 제한했으므로, 보여 준 능력은 폭넓은 지식이 아니라 쉬운 영어를 조리 있게 쓰는 능력입니다.',
    },
  },
  {
    id: 'glue-8m',
    label: { en: '8M-parameter model, "≈59% on GLUE"', ko: '800만 파라미터 모델, "GLUE 약 59%"' },
    claim: {
      en: 'A model with only 8 million parameters reached about 59% on the GLUE benchmark in 2023.',
      ko: '파라미터가 800만 개뿐인 모델이 2023년에 GLUE 벤치마크에서 약 59%를 기록했다는 주장입니다.',
    },
    x: { value: 8e6, unit: 'parameters', label: SMALL_MODEL_SIZE },
    y: { value: 59, unit: 'percent', approx: true, label: { en: 'GLUE score, as quoted', ko: '인용된 GLUE 점수' } },
    source: 'uniteai2023slm',
    seeAlso: ['deshpande2023'],
    unconfirmed: true,
    note: {
      en: 'The article gives no citation and no primary paper with this figure was found. The closest study (Deshpande et al. 2023) pre-trains 1–100M-parameter models on a reduced vocabulary and finds GLUE scores track pre-training perplexity, but does not confirm "59%". GLUE is an average of several task metrics, not one accuracy.',
      ko: '기사에는 출처가 없고, 이 수치를 담은 1차 논문도 찾지 못했습니다. 가장 가까운 연구(Deshpande et al. 2023)는 어휘를 줄인 언어로 100만~1억 파라미터 모델을 사전 학습해 GLUE 점수가 사전 학습 퍼플렉서티를 따라간다는 것을 보였지만, "59%"를 확인해 주지는 않습니다. 또한 GLUE 점수는 여러 과제 지표의 평균이지 하나의 정확도가 아닙니다.',
    },
  },
  {
    id: 'plateau',
    label: { en: 'Plateau at 200–300M parameters', ko: '2억~3억 파라미터에서의 정체' },
    claim: {
      en: 'Performance levels off once a model reaches roughly 200–300 million parameters, so further growth pays less.',
      ko: '모델이 약 2억~3억 파라미터에 이르면 성능이 정체되어, 그 이상 키워도 얻는 것이 줄어든다는 주장입니다.',
    },
    x: { value: 200e6, max: 300e6, unit: 'parameters', approx: true, label: SMALL_MODEL_SIZE },
    source: 'uniteai2023slm',
    seeAlso: ['kaplan2020', 'hoffmann2022'],
    unconfirmed: true,
    note: {
      en: 'No primary source was found, and the article names no task or benchmark. The scaling-law papers (Kaplan et al. 2020; Hoffmann et al. 2022) find loss still falling smoothly far beyond this size; a plateau can appear on a particular task or saturated benchmark, not as a general law.',
      ko: '1차 출처를 찾지 못했고, 기사도 어떤 과제나 벤치마크인지 밝히지 않습니다. 스케일링 법칙 논문들(Kaplan et al. 2020, Hoffmann et al. 2022)에서는 이보다 훨씬 큰 규모에서도 손실이 매끄럽게 계속 줄어듭니다. 정체는 특정 과제나 포화된 벤치마크에서 나타날 수는 있어도 일반 법칙은 아닙니다.',
    },
  },
  {
    id: 'distilbert',
    label: { en: 'DistilBERT', ko: 'DistilBERT' },
    claim: {
      en: 'DistilBERT keeps 97% of BERT-base\'s GLUE score with 40% fewer parameters (66M against 110M) and runs 60% faster.',
      ko: 'DistilBERT는 파라미터를 40% 줄이고도(1억 1,000만 → 6,600만) BERT-base GLUE 점수의 97%를 유지하며, 추론은 60% 빠릅니다.',
    },
    x: { value: 66e6, unit: 'parameters', label: SMALL_MODEL_SIZE },
    y: { value: 97, unit: 'percent', label: { en: 'Share of BERT-base\'s GLUE score', ko: 'BERT-base GLUE 점수 대비 비율' } },
    entryId: 'distilbert',
    source: 'sanh2019',
    unconfirmed: false,
    note: {
      en: 'GLUE dev macro-score 77.0 against 79.5 (Table 1); 66M against 110M parameters (Table 3). A seed says "180M → 110M": 180M is ELMo\'s size in the same table, and 110M is the teacher, not DistilBERT.',
      ko: 'GLUE 개발 세트 매크로 점수 77.0 대 79.5(표 1), 파라미터 6,600만 대 1억 1,000만(표 3)입니다. 시드 문서의 "180M → 110M"은 잘못입니다. 180M은 같은 표에 나오는 ELMo의 크기이고, 110M은 DistilBERT가 아니라 교사 모델의 크기입니다.',
    },
  },
  {
    id: 'electra-small',
    label: { en: 'ELECTRA-Small', ko: 'ELECTRA-Small' },
    claim: {
      en: 'A 14M-parameter ELECTRA trained on one GPU for 4 days beats GPT on GLUE, though GPT used about 30 times more compute.',
      ko: 'GPU 한 장으로 4일 학습한 1,400만 파라미터 ELECTRA가 GLUE에서 GPT를 앞섭니다. GPT는 약 30배 많은 연산을 썼습니다.',
    },
    x: { value: 14e6, unit: 'parameters', label: SMALL_MODEL_SIZE },
    y: { value: 30, unit: 'ratio', label: { en: 'GPT\'s training compute relative to ELECTRA-Small', ko: 'ELECTRA-Small 대비 GPT의 학습 연산량' } },
    entryId: 'electra',
    source: 'clark2020',
    unconfirmed: false,
    note: {
      en: 'Replaced-token detection learns from every input token rather than the 15% that are masked, which is where the sample efficiency comes from.',
      ko: '대체 토큰 탐지는 마스킹된 15%만이 아니라 모든 입력 토큰에서 배우기 때문에 표본 효율이 높습니다.',
    },
  },
  {
    id: 'electra-large',
    label: { en: 'ELECTRA-Large', ko: 'ELECTRA-Large' },
    claim: {
      en: 'At large scale ELECTRA matches RoBERTa and XLNet while using less than a quarter of their training compute.',
      ko: '큰 규모에서 ELECTRA는 학습 연산량의 4분의 1도 쓰지 않고 RoBERTa, XLNet과 비슷한 성능을 냅니다.',
    },
    x: { value: 335e6, unit: 'parameters', label: SMALL_MODEL_SIZE },
    y: {
      value: 25,
      unit: 'percent',
      bound: 'below',
      label: { en: 'Share of RoBERTa\'s / XLNet\'s training compute', ko: 'RoBERTa·XLNet 학습 연산량 대비 비율' },
    },
    entryId: 'electra',
    source: 'clark2020',
    unconfirmed: false,
    note: {
      en: 'This is a saving in training compute at equal size, not a smaller model; with the same compute ELECTRA outperforms both.',
      ko: '같은 크기에서 학습 연산량을 아낀 사례이지, 더 작은 모델은 아닙니다. 같은 연산량을 쓰면 ELECTRA가 두 모델을 앞섭니다.',
    },
  },
  {
    id: 'phi-2',
    label: { en: 'Phi-2', ko: 'Phi-2' },
    claim: {
      en: 'Phi-2, with 2.7 billion parameters, matches or beats models up to 25 times its size on complex benchmarks.',
      ko: '파라미터 27억 개의 Phi-2가 복잡한 벤치마크에서 최대 25배 큰 모델과 대등하거나 더 나은 성능을 냅니다.',
    },
    x: { value: 2.7e9, unit: 'parameters', label: SMALL_MODEL_SIZE },
    y: {
      value: 25,
      unit: 'ratio',
      bound: 'at-most',
      label: { en: 'Size of the larger models it matches, relative to its own', ko: '대등한 성능을 낸 더 큰 모델의 상대 크기' },
    },
    entryId: 'phi-2',
    source: 'microsoft2023phi2',
    unconfirmed: false,
    note: {
      en: 'Microsoft credits carefully curated "textbook-quality" and synthetic training data; the comparison is its own selection of benchmarks.',
      ko: 'Microsoft는 엄선한 "교과서 수준" 데이터와 합성 데이터를 성능의 이유로 듭니다. 비교에 쓴 벤치마크는 Microsoft가 직접 고른 것입니다.',
    },
  },
];
