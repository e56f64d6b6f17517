/**
 * Korean attaches particles to the noun they follow ("지식 증류를", "스케일링 법칙은"), so a Korean
 * alias may end inside a word. These are the endings allowed after one, alone or two in a row
 * ("에서는" = 에서 + 는).
 */
const SINGLE = [
  ...['은', '는', '이', '가', '을', '를', '의', '에', '와', '과', '도', '만', '로', '으로', '에서', '에게'],
  ...['께', '한테', '보다', '처럼', '까지', '부터', '마다', '조차', '나', '이나', '란', '이란', '라는', '이라는'],
  ...['라고', '이라고', '이다', '입니다', '이며', '며', '로서', '으로서', '로써', '으로써', '엔', '들', '랑', '이랑'],
];

export const MAX_PARTICLE_LENGTH = 4;

export const PARTICLES = new Set([
  ...SINGLE,
  ...SINGLE.flatMap((a) => SINGLE.map((b) => a + b)).filter((p) => p.length <= MAX_PARTICLE_LENGTH),
]);
