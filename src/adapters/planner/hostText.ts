import type { Bilingual, Lang } from '../../core/knowledge/schema';
import { pick } from '../../core/present/format';

/** What the planner's host side says itself (lens titles without a plan, messages, the panel title). */
export const PLANNER_TEXT = {
  panelTitle: { en: 'LLM Atlas: Planner', ko: 'LLM Atlas: 플래너' },
  lensTooltip: { en: 'Open the Planner: the memory breakdown, what fits, and where each input came from', ko: '플래너 열기: 메모리 구성, 들어가는 양, 각 입력값의 출처' },
  lensPrefix: { en: 'LLM Atlas planner', ko: 'LLM Atlas 플래너' },
  modelUnread: { en: 'the model is not known: {0}', ko: '모델을 알 수 없습니다: {0}' },
  modelMissing: { en: 'no model is loaded in this file (no from_pretrained call and no model id)', ko: '이 파일에는 모델을 불러오는 코드가 없습니다(from_pretrained 호출도 모델 ID도 없음)' },
  modelNotFound: {
    en: '"{0}" is not among the known configs, and no config.json for it was found in the workspace (a folder of that name, or models/{1}/config.json)',
    ko: '"{0}"은(는) 알려진 설정에 없고, 작업 영역에서도 config.json을 찾지 못했습니다(같은 이름의 폴더나 models/{1}/config.json)',
  },
  modelNotFoundOrCached: {
    en: '"{0}" is not among the known configs, no config.json for it was found in the workspace (a folder of that name, or models/{1}/config.json), and it is not in the local Hugging Face cache ({2})',
    ko: '"{0}"은(는) 알려진 설정에 없고, 작업 영역(같은 이름의 폴더나 models/{1}/config.json)과 로컬 Hugging Face 캐시({2})에서도 config.json을 찾지 못했습니다',
  },
  modelInvalid: { en: 'the config of "{0}" cannot be counted: {1}', ko: '"{0}"의 설정으로는 파라미터를 셀 수 없습니다: {1}' },
  noAnchor: {
    en: 'LLM Atlas planner: put the cursor in a Python file with a Trainer, SFTTrainer or vLLM LLM(...) call.',
    ko: 'LLM Atlas 플래너: Trainer, SFTTrainer 또는 vLLM LLM(...) 호출이 있는 Python 파일에 커서를 두세요.',
  },
  empty: {
    en: 'Open a training or serving script (a Trainer, SFTTrainer or vLLM LLM(...) call) and run "Open Planner", or click the planner line above the call.',
    ko: '학습 또는 서빙 스크립트(Trainer, SFTTrainer, vLLM LLM(...) 호출)를 열고 "플래너 열기"를 실행하거나, 호출 위에 있는 플래너 줄을 누르세요.',
  },
  gone: { en: 'This call is no longer in the file.', ko: '이 호출이 더 이상 파일에 없습니다.' },
  unreadable: { en: 'The file could not be read: {0}', ko: '파일을 읽을 수 없습니다: {0}' },
  chartFailed: { en: 'The scaling charts could not show this run.', ko: '스케일링 차트에 이 학습 실행을 표시할 수 없습니다.' },
} as const satisfies Record<string, Bilingual>;

export function plannerText(key: keyof typeof PLANNER_TEXT, lang: Lang, ...args: string[]): string {
  return fill(pick(PLANNER_TEXT[key], lang), args);
}

export function fill(text: string, args: readonly string[]): string {
  return text.replace(/\{(\d)\}/g, (_, i: string) => args[Number(i)] ?? '');
}

/** A bilingual message with {0}… filled in both languages. */
export function plannerMessage(key: keyof typeof PLANNER_TEXT, ...args: string[]): Bilingual {
  const text = PLANNER_TEXT[key];
  return { en: fill(text.en, args), ko: fill(text.ko, args) };
}
