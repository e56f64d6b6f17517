/**
 * Korean attaches particles to the noun they follow ("지식 증류를", "스케일링 법칙은"), and verb and
 * adjective endings to a noun made a verb ("사전학습된", "토큰화하는", "양자화시킨"), so a Korean alias
 * may end inside a word. These are the endings allowed after one, alone or two in a row
 * ("에서는" = 에서 + 는, "된다는" = 된다 + 는).
 */
const SINGLE = [
  ...['은', '는', '이', '가', '을', '를', '의', '에', '와', '과', '도', '만', '로', '으로', '에서', '에게'],
  ...['께', '한테', '보다', '처럼', '까지', '부터', '마다', '조차', '나', '이나', '란', '이란', '라는', '이라는'],
  ...['라고', '이라고', '이다', '입니다', '이며', '며', '로서', '으로서', '로써', '으로써', '엔', '들', '랑', '이랑'],
  // 되다 / 하다 / 시키다 endings: 양자화된 모델, 토큰화하는 방법, 증류시킨 학생
  ...['된', '되는', '되어', '돼', '된다', '됩니다', '되고', '되며', '되면', '될', '됐다', '되었다', '되지'],
  ...['하는', '한', '하여', '해', '해서', '하고', '하며', '하면', '할', '했다', '합니다', '하기', '하지'],
  ...['시킨', '시키는', '시켜', '시키고', '시킬', '적', '적인', '적으로'],
];

export const MAX_PARTICLE_LENGTH = 4;

export const PARTICLES = new Set([
  ...SINGLE,
  ...SINGLE.flatMap((a) => SINGLE.map((b) => a + b)).filter((p) => p.length <= MAX_PARTICLE_LENGTH),
]);
