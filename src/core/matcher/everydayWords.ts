/**
 * A safety net under the atlas's own rule that aliases and code spellings are never everyday words:
 * a single-word spelling listed here is ignored, so a slip in the data cannot put a hover on every
 * `model` or `loss` in a file. Multi-word phrases ("masked language model") are not affected.
 */
const EVERYDAY_WORDS = new Set([
  // English, compared case-insensitively
  ...['model', 'models', 'layer', 'layers', 'input', 'inputs', 'output', 'outputs', 'config', 'configuration'],
  ...['train', 'training', 'data', 'dataset', 'loss', 'attention', 'token', 'tokens', 'mask', 'masks'],
  ...['head', 'heads', 'parameter', 'parameters', 'param', 'params', 'size', 'cache', 'window', 'context'],
  ...['embedding', 'embeddings', 'encoder', 'decoder', 'expert', 'experts', 'router', 'gate', 'norm'],
  ...['vocabulary', 'vocab', 'prompt', 'temperature', 'compute', 'energy', 'cost', 'sample', 'samples'],
  ...['batch', 'step', 'steps', 'weight', 'weights', 'bias', 'feature', 'features', 'label', 'labels'],
  ...['text', 'sequence', 'position', 'key', 'value', 'query', 'score', 'network', 'pipeline', 'scale'],
  ...['scaling', 'law', 'laws', 'power', 'generate', 'generation', 'student', 'teacher'],
  // ML terms whose everyday sense dominates ordinary code: "pruning old sessions"
  ...['pruning', 'prune'],
  // Korean
  ...['모델', '레이어', '층', '입력', '출력', '설정', '학습', '훈련', '데이터', '손실', '어텐션', '토큰'],
  ...['마스크', '헤드', '파라미터', '매개변수', '크기', '캐시', '문맥', '임베딩', '인코더', '디코더', '전문가'],
  ...['라우터', '게이트', '정규화', '어휘', '프롬프트', '온도', '연산', '에너지', '비용', '배치', '가중치'],
  ...['특징', '레이블', '텍스트', '시퀀스', '위치', '키', '값', '쿼리', '점수', '네트워크', '스케일링'],
]);

export const isEverydayWord = (word: string): boolean => EVERYDAY_WORDS.has(word.toLowerCase());
