import type { Lang } from '../knowledge/schema';

/**
 * The one short document every worked example transforms, in each UI language. Words stand in for
 * subword tokens so the transformations stay readable; punctuation is a token of its own.
 * Three sentences, because BART's sentence permutation needs more than one.
 */
export interface ExampleDocument {
  sentences: string[][];
  /** Words that do not occur in the document: what "a random token from the vocabulary" draws from. */
  distractors: string[];
}

const words = (sentence: string) => sentence.split(' ');

export const EXAMPLE_DOCUMENT: Record<Lang, ExampleDocument> = {
  en: {
    sentences: [
      words('Alice found an old map in the dusty attic .'),
      words('The map showed a hidden path to the sea .'),
      words('She packed a small bag and quietly left at dawn .'),
    ],
    distractors: words('river key garden ran blue night he boat letter under'),
  },
  ko: {
    sentences: [
      words('앨리스는 먼지 쌓인 다락방에서 낡은 지도 한 장을 찾았다 .'),
      words('그 지도에는 바다로 이어지는 좁고 숨겨진 길이 그려져 있었다 .'),
      words('그녀는 작은 가방 하나를 챙겨 새벽 일찍 조용히 길을 떠났다 .'),
    ],
    distractors: words('강가에서 열쇠를 정원의 달렸다 푸른 밤에 그는 배를 편지를 아래로'),
  },
};

/** All tokens of the document, sentences joined. */
export function documentTokens(lang: Lang): string[] {
  return EXAMPLE_DOCUMENT[lang].sentences.flat();
}

/** Translation LM pairs the first sentence in the UI language with its translation. */
export function translationPair(lang: Lang): { first: { lang: Lang; tokens: string[] }; second: { lang: Lang; tokens: string[] } } {
  const other: Lang = lang === 'en' ? 'ko' : 'en';
  return {
    first: { lang, tokens: EXAMPLE_DOCUMENT[lang].sentences[0] },
    second: { lang: other, tokens: EXAMPLE_DOCUMENT[other].sentences[0] },
  };
}
