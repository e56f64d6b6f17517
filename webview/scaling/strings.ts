import type { Bilingual, Family, Lang } from '../../src/core/knowledge/schema';
import { familyName, pick } from '../../src/core/present/format';

/**
 * The Scaling Charts' UI text in both languages, chosen by the language the host sends (which
 * follows `llmAtlas.language`, like the atlas itself). Templates take {0}, {1}… filled in by the page.
 */
const TEXT = {
  title: { en: 'Scaling Charts', ko: '스케일링 차트' },
  subtitle: {
    en: 'How language-model quality follows parameters, data and compute, and where real models sit.',
    ko: '언어 모델의 성능이 파라미터·데이터·연산량에 따라 어떻게 달라지는지, 그리고 실제 모델들이 어디에 있는지 보여 줍니다.',
  },
  tabGrowth: { en: 'Growth of models', ko: '모델 규모의 성장' },
  tabKaplan: { en: 'Kaplan laws', ko: 'Kaplan 법칙' },
  tabChinchilla: { en: 'Chinchilla', ko: 'Chinchilla' },
  tabSmall: { en: 'Small models', ko: '작은 모델' },
  showTable: { en: 'Show data table', ko: '데이터 표 보기' },
  exportPng: { en: 'Export PNG', ko: 'PNG로 내보내기' },
  exportCsv: { en: 'Export CSV', ko: 'CSV로 내보내기' },
  saved: { en: 'Saved {0}.', ko: '{0} 파일을 저장했습니다.' },
  chartHint: {
    en: 'Arrow keys step through the points (Up/Down switch series), Enter opens a model, Escape hides the tooltip.',
    ko: '화살표 키로 점을 하나씩 옮겨 가며(위/아래 키는 계열 전환) 볼 수 있고, Enter는 모델 카드를 열고, Esc는 툴팁을 닫습니다.',
  },
  chartSummary: { en: '{0}. {1} series, {2} points. The data table below lists every value.', ko: '{0}. 계열 {1}개, 점 {2}개. 아래 데이터 표에 모든 값이 있습니다.' },
  source: { en: 'Source: {0}', ko: '출처: {0}' },
  unconfirmed: { en: 'unconfirmed', ko: '미확인' },
  approx: { en: 'approximate', ko: '근삿값' },
  openCard: { en: 'Click to open its card', ko: '클릭하면 카드를 엽니다' },
  yes: { en: 'yes', ko: '예' },
  no: { en: 'no', ko: '아니요' },
  axisDate: { en: 'Release date (year)', ko: '발표 시기(연도)' },
  axisParameters: { en: 'Parameters (total)', ko: '파라미터 수(전체)' },
  axisNonEmbedding: { en: 'Model size N (non-embedding parameters)', ko: '모델 크기 N(임베딩 제외 파라미터 수)' },
  axisTokens: { en: 'Dataset size D (tokens)', ko: '데이터 크기 D(토큰 수)' },
  axisPfDays: { en: 'Compute C_min (PF-days)', ko: '연산량 C_min(PF-일)' },
  axisFlops: { en: 'Training compute (FLOPs)', ko: '학습 연산량(FLOPs)' },
  axisLoss: { en: 'Test loss (nats per token)', ko: '테스트 손실(토큰당 nat)' },
  colModel: { en: 'Model', ko: '모델' },
  colDate: { en: 'Date', ko: '시기' },
  colParameters: { en: 'Parameters', ko: '파라미터 수' },
  colActive: { en: 'Active per token', ko: '토큰당 활성 파라미터' },
  colFamily: { en: 'Family', ko: '구조' },
  colMoe: { en: 'MoE', ko: 'MoE' },
  colStatus: { en: 'Status', ko: '상태' },
  colSource: { en: 'Source', ko: '출처' },
  colNote: { en: 'Note', ko: '메모' },
  colSeries: { en: 'Series', ko: '계열' },
  colBudget: { en: 'Budget (FLOPs)', ko: '예산(FLOPs)' },
  colTokens: { en: 'Tokens', ko: '토큰 수' },
  colTokensPerParameter: { en: 'Tokens per parameter', ko: '파라미터당 토큰 수' },
  colLoss: { en: 'Loss (nats/token)', ko: '손실(토큰당 nat)' },
  colPenalty: { en: 'Over-fitting penalty δL', ko: '과적합 페널티 δL' },
  colFlops: { en: 'Compute 6ND (FLOPs)', ko: '연산량 6ND(FLOPs)' },
  colVerdictRule: { en: 'Against 20 tokens/parameter', ko: '파라미터당 20토큰 대비' },
  colVerdictFit: { en: "Against the fit's optimum", ko: '피팅 최적점 대비' },
  colClaim: { en: 'Claim', ko: '주장' },
  colMeasure: { en: 'Headline number', ko: '핵심 수치' },

  growthHeading: { en: 'Parameters of language models over time', ko: '시기별 언어 모델의 파라미터 수' },
  growthIntro: {
    en:
      'Each point is a model in the atlas at its flagship size. The vertical axis is logarithmic: each grid line is ten times the one below. ' +
      'Colours give the architecture family; diamonds are Mixture-of-Experts models, which use only part of their parameters for each token. ' +
      'Hollow points with a dashed ring are figures that were never confirmed. Click a point to open its card.',
    ko:
      '각 점은 아틀라스에 있는 모델의 대표 크기입니다. 세로축은 로그 눈금이라 격자선 하나를 올라갈 때마다 10배가 됩니다. ' +
      '색은 구조 계열을, 마름모는 토큰마다 파라미터의 일부만 쓰는 전문가 혼합(MoE) 모델을 나타냅니다. ' +
      '속이 빈 점에 점선 고리가 있으면 공식적으로 확인되지 않은 수치입니다. 점을 클릭하면 카드가 열립니다.',
  },
  moe: { en: 'Mixture of Experts: total parameters', ko: '전문가 혼합(MoE): 전체 파라미터' },
  activePerToken: { en: '{0} active per token', ko: '토큰당 활성 {0}' },
  monthUnknown: { en: 'month unknown, placed mid-year', ko: '발표 월을 몰라 연중에 배치' },
  unconfirmedLegend: { en: 'Unconfirmed estimate', ko: '확인되지 않은 추정치' },
  yourModel: { en: 'Your model: {0}', ko: '내 모델: {0}' },
  yourModelNote: { en: "Plotted at today's date; estimated from its config.", ko: '오늘 날짜에 표시했으며, config에서 추정한 값입니다.' },
  focused: { en: 'Showing {0} on the chart.', ko: '차트에서 {0}을(를) 표시하고 있습니다.' },

  kaplanIntro: {
    en:
      'Kaplan et al. (2020) found that test loss falls as a power law in model size N, dataset size D and compute C, as long as neither of the other two holds it back. ' +
      'On log–log axes a power law is a straight line. The losses are in nats per token on their WebText2 data, so only the slopes carry over to other data.',
    ko:
      'Kaplan 외(2020)는 나머지 두 요인이 발목을 잡지 않는 한 테스트 손실이 모델 크기 N, 데이터 크기 D, 연산량 C 각각에 대해 거듭제곱 법칙으로 줄어든다는 것을 발견했습니다. ' +
      '로그-로그 축에서 거듭제곱 법칙은 직선이 됩니다. 손실은 논문의 WebText2 데이터에서 잰 토큰당 nat 값이므로, 다른 데이터에는 기울기만 옮겨 쓸 수 있습니다.',
  },
  kaplanN: { en: 'L(N): loss against model size (data not limiting)', ko: 'L(N): 모델 크기에 따른 손실(데이터 충분)' },
  kaplanD: { en: 'L(D): loss against dataset size (large model, early stopping)', ko: 'L(D): 데이터 크기에 따른 손실(큰 모델, 조기 종료)' },
  kaplanC: { en: 'L(C_min): loss against compute (compute-efficient training)', ko: 'L(C_min): 연산량에 따른 손실(연산 효율적 학습)' },
  kaplanRange: {
    en: 'The paper trained models of up to 1.5 billion non-embedding parameters on up to 23 billion tokens; the dashed parts beyond that are extrapolations.',
    ko: '논문은 임베딩을 뺀 파라미터 15억 개까지의 모델을 최대 230억 토큰으로 학습했습니다. 그 너머의 점선 부분은 외삽입니다.',
  },
  jointHeading: { en: 'Scaling N and D together: L(N, D)', ko: 'N과 D를 함께 키우기: L(N, D)' },
  jointIntro: {
    en:
      'A bigger model trained on the same data over-fits more. The paper found the penalty depends on N^0.74 / D, so multiplying the parameters by k needs about k^0.74 times the data to keep it level. ' +
      'The base model has 10⁸ non-embedding parameters and the data the paper asks for to avoid over-fitting, D ≈ 5×10³ · N^0.74.',
    ko:
      '같은 데이터로 더 큰 모델을 학습하면 과적합이 커집니다. 논문은 그 페널티가 N^0.74 / D에 달려 있음을 보였으므로, 파라미터를 k배로 늘리면 데이터를 약 k^0.74배 늘려야 페널티가 그대로 유지됩니다. ' +
      '기준 모델은 임베딩 제외 파라미터 10⁸개이고, 과적합을 피하려고 논문이 제시한 데이터 양 D ≈ 5×10³ · N^0.74를 씁니다.',
  },
  nFactor: { en: 'Parameter factor k', ko: '파라미터 배수 k' },
  nFactorSlider: { en: 'Parameter factor k (slider)', ko: '파라미터 배수 k(슬라이더)' },
  dataFactorText: { en: '{0}× the parameters needs about {1}× the data.', ko: '파라미터를 {0}배로 늘리면 데이터는 약 {1}배 필요합니다.' },
  dataFactorUnrounded: {
    en: "With the unrounded exponent of the paper's joint fit (α_N/α_D = {0}) the factor is {1}×; the paper rounds the exponent to 0.74.",
    ko: '논문의 결합 피팅에서 나온 반올림 전 지수(α_N/α_D = {0})를 쓰면 {1}배이며, 논문은 이 지수를 0.74로 반올림해 씁니다.',
  },
  jointBase: { en: 'Base model, N = {0}', ko: '기준 모델, N = {0}' },
  jointScaled: { en: 'Scaled model, N = {0}', ko: '키운 모델, N = {0}' },
  runBase: { en: 'Base model', ko: '기준 모델' },
  runSameData: { en: '×{0} parameters, same data', ko: '파라미터 ×{0}, 데이터 그대로' },
  runBalanced: { en: '×{0} parameters, ×{1} data', ko: '파라미터 ×{0}, 데이터 ×{1}' },

  chinchillaIntro: {
    en:
      'Hoffmann et al. (2022) asked how to split a fixed compute budget C ≈ 6ND between model size N and training tokens D. ' +
      'Their answer: grow both in proportion, at roughly 20 training tokens per parameter. Most large models before it were too big for the data they saw.',
    ko:
      'Hoffmann 외(2022)는 고정된 연산 예산 C ≈ 6ND를 모델 크기 N과 학습 토큰 수 D에 어떻게 나눌지 물었습니다. ' +
      '답은 둘을 같은 비율로 키우되 파라미터 하나당 학습 토큰을 약 20개로 하라는 것입니다. 그 이전의 큰 모델들은 대부분 본 데이터에 비해 너무 컸습니다.',
  },
  budget: { en: 'Compute budget C (FLOPs)', ko: '연산 예산 C(FLOPs)' },
  budgetSlider: { en: 'Compute budget, log₁₀ FLOPs (slider)', ko: '연산 예산, log₁₀ FLOPs(슬라이더)' },
  budgetInvalid: { en: 'Enter a budget between 10¹⁸ and 10²⁶ FLOPs, e.g. 5.76e23.', ko: '10¹⁸~10²⁶ FLOPs 사이의 예산을 입력하세요. 예: 5.76e23' },
  budgetReadout: { en: 'C = {0} FLOPs = {1} PF-days', ko: 'C = {0} FLOPs = {1} PF-일' },
  ruleAllocation: {
    en: 'At ≈20 tokens per parameter this budget trains a model of about {0} parameters on {1} tokens.',
    ko: '파라미터당 약 20토큰 규칙을 따르면 이 예산으로 약 {0} 파라미터 모델을 {1} 토큰으로 학습합니다.',
  },
  fitAllocation: {
    en: "The parametric fit's optimum, with the constants as printed: {0} parameters on {1} tokens ({2} tokens per parameter).",
    ko: '논문에 인쇄된 상수를 쓴 파라메트릭 피팅의 최적점: {0} 파라미터, {1} 토큰(파라미터당 {2}토큰).',
  },
  fitNote: {
    en:
      'Why two answers? The paper also fitted L(N, D) = E + A/N^α + B/D^β. With its constants as printed (rounded), the optimum at Gopher\'s budget lands near {0} tokens per parameter, ' +
      "far from the ≈20 of the paper's other two methods. Besiroglu et al. (2024) refitted the same law on the paper's data and got about {1}, in line with the rule; " +
      "so the charts lead with 20 tokens per parameter and show the printed fit's optimum as a secondary, dashed line.",
    ko:
      '왜 답이 두 개일까요? 논문은 L(N, D) = E + A/N^α + B/D^β도 피팅했습니다. 논문에 인쇄된(반올림된) 상수를 그대로 쓰면 Gopher의 예산에서 최적점이 파라미터당 약 {0}토큰이 되어, ' +
      '논문의 다른 두 방법이 낸 약 20과 크게 어긋납니다. Besiroglu 외(2024)가 논문의 데이터로 같은 식을 다시 피팅하자 약 {1}이 나와 규칙과 맞았습니다. ' +
      '그래서 이 차트는 파라미터당 20토큰을 기준으로 삼고, 인쇄된 상수의 최적점은 보조 점선으로만 보여 줍니다.',
  },
  isoHeading: { en: 'Iso-FLOP curves: loss against model size at a fixed budget', ko: '등연산량(iso-FLOP) 곡선: 예산을 고정했을 때 모델 크기에 따른 손실' },
  isoIntro: {
    en:
      'Each curve spends one budget: further right, a bigger model sees fewer tokens (D = C / 6N). The bottom of each valley is the best size for that budget under the fit; ' +
      'filled markers show where 20 tokens per parameter would put it. The highlighted curve is the budget you chose.',
    ko:
      '곡선 하나가 예산 하나를 씁니다. 오른쪽으로 갈수록 모델은 커지고 보는 토큰은 줄어듭니다(D = C / 6N). 각 골짜기의 바닥이 피팅 기준으로 그 예산에 가장 좋은 크기이고, ' +
      '채워진 표시는 파라미터당 20토큰 규칙이 고르는 크기입니다. 강조된 곡선이 선택한 예산입니다.',
  },
  isoCurve: { en: 'C = {0} FLOPs', ko: 'C = {0} FLOPs' },
  isoSelected: { en: 'Your budget: C = {0} FLOPs', ko: '선택한 예산: C = {0} FLOPs' },
  optimumPoint: { en: "Fit's minimum of each curve", ko: '각 곡선에서 피팅의 최소점' },
  frontierHeading: { en: 'The compute-optimal frontier, and where real models sit', ko: '연산 최적 경계와 실제 모델의 위치' },
  frontierIntro: {
    en:
      'Training tokens against parameters. The solid line is 20 tokens per parameter; the dashed line is the printed fit\'s optimum. ' +
      'A model below the line saw fewer tokens than the rule asks for its size (under-trained); a model above saw more (over-trained: smaller than compute-optimal, and cheaper to run). ' +
      'The dotted line is every split of your budget. Only dense decoder-only models are placed: C ≈ 6ND does not hold for Mixture-of-Experts or encoder–decoder models.',
    ko:
      '파라미터 수에 따른 학습 토큰 수입니다. 실선은 파라미터당 20토큰, 점선은 인쇄된 피팅 상수의 최적점입니다. ' +
      '선 아래의 모델은 크기에 비해 규칙보다 적은 토큰을 보았고(학습 부족), 선 위의 모델은 더 많이 보았습니다(과잉 학습: 연산 최적보다 작아 실행 비용이 적음). ' +
      '점선(짧은 점)은 선택한 예산을 나누는 모든 방법입니다. C ≈ 6ND가 맞지 않는 MoE·인코더-디코더 모델은 빼고 밀집 디코더 전용 모델만 표시합니다.',
  },
  ruleLine: { en: '20 tokens per parameter (rule of thumb)', ko: '파라미터당 20토큰(경험 법칙)' },
  fitLine: { en: "Printed fit's optimum", ko: '인쇄된 피팅 상수의 최적점' },
  budgetLine: { en: 'Your budget: D = C / 6N', ko: '선택한 예산: D = C / 6N' },
  knownModels: { en: 'Models (dense, decoder-only)', ko: '모델(밀집, 디코더 전용)' },
  tokensPerParameter: { en: '{0} tokens per parameter', ko: '파라미터당 {0}토큰' },
  verdictRule: { en: 'Against 20 tokens per parameter: {0}', ko: '파라미터당 20토큰 대비: {0}' },
  verdictFit: { en: "Against the fit's optimum for the same compute: {0}", ko: '같은 연산량에서 피팅 최적점 대비: {0}' },
  underTrained: { en: '{0}× under-trained', ko: '{0}배 학습 부족' },
  nearOptimal: { en: 'near optimal ({0}×)', ko: '최적에 가까움({0}배)' },
  overTrained: { en: '{0}× over-trained', ko: '{0}배 과잉 학습' },
  trainingCompute: { en: 'Training compute ≈ 6ND = {0} FLOPs', ko: '학습 연산량 ≈ 6ND = {0} FLOPs' },
  gopherHeading: { en: 'Gopher against Chinchilla: the same compute, split differently', ko: 'Gopher와 Chinchilla: 같은 연산량, 다른 배분' },
  gopherIntro: {
    en:
      'Chinchilla has a quarter of Gopher\'s parameters and saw 4.7 times its tokens, for about the same compute, and outperformed it on a large range of downstream tasks. ' +
      'The paper quotes {0} FLOPs for both; 6ND gives the figures below. Losses are the fit\'s predictions.',
    ko:
      'Chinchilla는 Gopher의 4분의 1 크기이지만 토큰을 4.7배 더 보았고, 연산량은 거의 같으면서 다양한 다운스트림 과제에서 Gopher를 앞섰습니다. ' +
      '논문은 두 모델 모두 {0} FLOPs라고 적고 있으며, 아래 수치는 6ND로 계산한 값입니다. 손실은 피팅 식의 예측치입니다.',
  },
  fitOptimum: { en: "Printed fit's optimum at that budget", ko: '그 예산에서 인쇄된 피팅 상수의 최적점' },

  smallHeading: { en: 'Claims about small language models', ko: '작은 언어 모델에 대한 주장들' },
  smallIntro: {
    en:
      'The seeds\' claims about small models, each checked against its primary source. Points sit at the small model\'s size; bars show a range or an upper bound. ' +
      'Hollow points with a dashed ring are claims no primary source confirms. Hover or use the keyboard for the claim, its number and the evidence.',
    ko:
      '시드 문서에 나온 작은 모델에 대한 주장을 1차 출처와 대조한 것입니다. 점은 작은 모델의 크기에 놓이고, 막대는 범위나 상한을 나타냅니다. ' +
      '속이 빈 점에 점선 고리가 있으면 1차 출처로 확인되지 않은 주장입니다. 마우스를 올리거나 키보드로 옮겨 가면 주장과 수치, 근거를 볼 수 있습니다.',
  },
  smallAxis: { en: 'Size of the small model (parameters)', ko: '작은 모델의 크기(파라미터 수)' },
  below: { en: 'fewer than {0}', ko: '{0} 미만' },
  range: { en: '{0} to {1}', ko: '{0}~{1}' },
  atMost: { en: 'up to {0}', ko: '최대 {0}' },
  seeAlso: { en: 'See also: {0}', ko: '참고: {0}' },
  invalidNumber: { en: 'Enter a number from 1 to 1000.', ko: '1에서 1000 사이의 수를 입력하세요.' },
} satisfies Record<string, Bilingual>;

/** Family names as hovers and cards word them. */
const FAMILY_KEYS = {
  familyEncoderOnly: 'encoder-only',
  familyDecoderOnly: 'decoder-only',
  familyEncoderDecoder: 'encoder-decoder',
  familyRnn: 'rnn',
} as const satisfies Record<string, Family>;

export type ScalingStringKey = keyof typeof TEXT | keyof typeof FAMILY_KEYS;
export type ScalingStrings = Record<ScalingStringKey, string>;
export const SCALING_STRING_KEYS = [...Object.keys(TEXT), ...Object.keys(FAMILY_KEYS)] as ScalingStringKey[];

/** Every UI string of the page in `lang`. */
export function scalingStrings(lang: Lang): ScalingStrings {
  return Object.fromEntries([
    ...Object.entries(TEXT).map(([key, text]) => [key, pick(text, lang)]),
    ...Object.entries(FAMILY_KEYS).map(([key, family]) => [key, familyName(family, lang)]),
  ]) as ScalingStrings;
}
