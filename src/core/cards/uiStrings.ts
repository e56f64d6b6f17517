import type { Bilingual } from '../knowledge/schema';
import { say, type CardContext } from './context';
import type { CardsStrings, CardsStringKey } from './viewModel';

/**
 * Every string the cards page shows around the card content, in both languages. Kept with the
 * cards' other text so one test can check that nothing is missing in Korean. `{0}` is filled in by
 * the page.
 */
const UI: Record<CardsStringKey, Bilingual> = {
  title: { en: 'Architecture Cards', ko: '아키텍처 카드' },
  toolbar: { en: 'Card navigation', ko: '카드 탐색' },
  home: { en: 'All cards', ko: '전체 카드' },
  back: { en: 'Back', ko: '뒤로' },
  forward: { en: 'Forward', ko: '앞으로' },
  filter: { en: 'Filter', ko: '필터' },
  filterPlaceholder: { en: 'Filter models and families (name, organisation, year)…', ko: '모델과 계열 필터 (이름, 기관, 연도)…' },
  families: { en: 'Families', ko: '계열' },
  models: { en: 'Models', ko: '모델' },
  objectivesWorked: { en: 'Objectives, worked', ko: '사전학습 목표 실습' },
  objectivesWorkedHint: { en: 'One short document, transformed by each of {0} pre-training objectives: inputs next to targets.', ko: '짧은 문서 하나를 사전학습 목표 {0}가지로 변형해 입력과 정답을 나란히 보여 줍니다.' },
  compare: { en: 'Compare', ko: '비교' },
  compareSelected: { en: 'Compare selected ({0})', ko: '선택 항목 비교 ({0})' },
  compareHint: { en: 'Select 2 to 4 models or families to compare them side by side.', ko: '모델이나 계열을 2~4개 골라 나란히 비교하세요.' },
  addToCompare: { en: 'Add to compare', ko: '비교에 추가' },
  removeFromCompare: { en: 'Remove from compare', ko: '비교에서 빼기' },
  selectForCompare: { en: 'Compare {0}', ko: '{0} 비교' },
  onlyDifferences: { en: 'Only rows that differ', ko: '다른 행만 보기' },
  differs: { en: 'differs', ko: '다름' },
  largest: { en: 'largest', ko: '가장 큼' },
  smallest: { en: 'smallest', ko: '가장 작음' },
  attribute: { en: 'Attribute', ko: '항목' },
  noMatches: { en: 'No model or family matches the filter.', ko: '필터와 일치하는 모델이나 계열이 없습니다.' },
  loading: { en: 'Loading…', ko: '불러오는 중…' },
  notFound: { en: 'This card is not in the atlas: {0}', ko: '아틀라스에 없는 카드입니다: {0}' },
  unconfirmed: { en: 'unconfirmed', ko: '미확인' },
  keyboardHelp: { en: 'Keys: Alt+← back, Alt+→ forward, / filter.', ko: '단축키: Alt+← 뒤로, Alt+→ 앞으로, / 필터.' },
  modelCount: { en: '{0} models', ko: '모델 {0}개' },
  facts: { en: 'Facts', ko: '주요 사실' },
  family: { en: 'Family', ko: '계열' },
  keyIdeas: { en: 'Key ideas', ko: '핵심 아이디어' },
  sizes: { en: 'Sizes', ko: '크기별 모델' },
  objectives: { en: 'Pre-training objectives', ko: '사전학습 목표' },
  improvesOn: { en: 'Builds on', ko: '기반 모델' },
  improvedBy: { en: 'Built upon by', ko: '이 모델을 발전시킨 모델' },
  keyNumbers: { en: 'Key numbers', ko: '핵심 수치' },
  worked: { en: 'Worked example', ko: '실습 예시' },
  numeric: { en: 'In numbers', ko: '수치로 보기' },
  related: { en: 'Related', ko: '관련 항목' },
  sources: { en: 'Sources', ko: '출처' },
  source: { en: 'Source', ko: '출처' },
  attention: { en: 'How attention is masked', ko: '어텐션을 가리는 방식' },
  tasks: { en: 'Suited to', ko: '적합한 과제' },
  strengths: { en: 'Strengths', ko: '강점' },
  limits: { en: 'Limits', ko: '한계' },
  fittingObjectives: { en: 'Objectives that fit', ko: '어울리는 사전학습 목표' },
  concepts: { en: 'Building blocks', ko: '구성 요소' },
  representatives: { en: 'Representative models', ko: '대표 모델' },
  members: { en: 'All models of this family in the atlas', ko: '아틀라스에 있는 이 계열의 모든 모델' },
  parameterRange: { en: 'Parameter range', ko: '파라미터 범위' },
  fullExplanation: { en: 'Full explanation', ko: '전체 설명' },
  openFamilyCard: { en: 'Open the family card', ko: '계열 카드 열기' },
  legend: { en: 'Legend', ko: '범례' },
  how: { en: 'How it works', ko: '동작 방식' },
  thisRun: { en: 'This run', ko: '이번 실행' },
  name: { en: 'Name', ko: '이름' },
  parameters: { en: 'Parameters', ko: '파라미터' },
  layers: { en: 'Layers', ko: '층' },
  hidden: { en: 'Hidden', ko: '은닉' },
  heads: { en: 'Heads', ko: '헤드' },
  hfIds: { en: 'Hugging Face ids', ko: 'Hugging Face ID' },
  year: { en: 'Year', ko: '연도' },
  organisation: { en: 'Organisation', ko: '기관' },
  diagram: { en: 'Diagram', ko: '도식' },
};

export function uiStrings(ctx: CardContext): CardsStrings {
  return Object.fromEntries(Object.entries(UI).map(([key, text]) => [key, say(ctx, text)])) as CardsStrings;
}
