import type { Entry } from '../../schema';

/** Turning text into token ids: the subword algorithms and the libraries that implement them. */
export const TOKENIZERS: Entry[] = [
  {
    id: 'tokenization',
    kind: 'tokenization',
    name: 'Tokenization',
    nameKo: '토큰화',
    aliases: ['tokenization', 'tokenisation', '토큰화', '토크나이저', '토크나이징'],
    code: ['PreTrainedTokenizerFast', 'PreTrainedTokenizer', 'AutoTokenizer', 'input_ids'],
    summary: {
      en: 'Splitting text into the units (tokens) a model reads and mapping each to an integer id, the first step of every language-model pipeline.',
      ko: '텍스트를 모델이 읽는 단위(토큰)로 나누고 각각을 정수 id로 바꾸는 과정으로, 모든 언어 모델 파이프라인의 첫 단계다.',
    },
    explanation: {
      en: 'A tokenizer normalises text (Unicode, case, whitespace), pre-splits it (for example on spaces and punctuation), segments it with a learned vocabulary, adds special tokens such as [CLS] and [SEP] or <s>, and returns ids plus an attention mask. Word-level vocabularies cannot cover new words and character-level ones make sequences long, so modern models use subword tokenizers (BPE, WordPiece, Unigram) learned from a corpus. The tokenizer is part of the model: pairing a model with a different tokenizer scrambles the ids. Context windows, training budgets and API prices are all counted in tokens, not words; common English words are often a single token, while Korean text usually needs more tokens per word with English-centred vocabularies. In Hugging Face, `AutoTokenizer.from_pretrained(...)` loads the matching tokenizer, which returns `input_ids`.',
      ko: '토크나이저는 텍스트를 정규화하고(유니코드, 대소문자, 공백), 미리 나누고(예: 공백과 문장부호 기준), 학습된 어휘로 분할한 다음, [CLS]와 [SEP] 또는 <s> 같은 특수 토큰을 붙여 id와 어텐션 마스크를 돌려줍니다. 단어 단위 어휘는 새 단어를 다룰 수 없고 문자 단위는 시퀀스가 너무 길어지므로, 요즘 모델은 말뭉치에서 학습한 서브워드 토크나이저(BPE, WordPiece, Unigram)를 씁니다. 토크나이저는 모델의 일부여서, 다른 토크나이저와 짝지으면 id가 뒤죽박죽이 됩니다. 컨텍스트 창, 학습 예산, API 요금은 모두 단어가 아니라 토큰 수로 셉니다. 흔한 영어 단어는 토큰 하나인 경우가 많지만, 영어 중심 어휘로 한국어를 처리하면 보통 단어당 토큰이 더 많이 필요합니다. Hugging Face에서는 `AutoTokenizer.from_pretrained(...)`가 짝이 맞는 토크나이저를 불러오며, 이 토크나이저가 `input_ids`를 돌려줍니다.',
    },
    keyNumbers: [],
    related: ['subword-tokenization', 'bpe', 'wordpiece', 'sentencepiece', 'unigram-tokenizer', 'vocabulary-size', 'cls-token', 'attention-mask'],
    sources: ['sennrich2016', 'wolf2020'],
  },
  {
    id: 'subword-tokenization',
    kind: 'tokenization',
    name: 'Subword tokenization',
    nameKo: '서브워드 토큰화',
    aliases: ['subword tokenization', 'subword tokenisation', 'subword units', 'subword segmentation', '서브워드 토큰화', '하위 단어 토큰화', '서브워드 분할'],
    code: [],
    summary: {
      en: 'Tokenization into pieces between characters and words: frequent words stay whole and rare words split into known fragments, so any text fits a fixed vocabulary.',
      ko: '문자와 단어 사이 크기의 조각으로 나누는 토큰화로, 자주 나오는 단어는 통째로 두고 드문 단어는 아는 조각으로 쪼개어 고정된 어휘로 어떤 텍스트든 표현한다.',
    },
    explanation: {
      en: 'Sennrich et al. (2016) pointed out that translation is an open-vocabulary problem, since names, compounds and loanwords keep appearing, and that many rare words can be translated piece by piece. Encoding them as sequences of subword units removed the need for an unknown-word back-off dictionary and improved English→German and English→Russian translation by up to 1.1 and 1.3 BLEU. The idea now underlies essentially every language model: BPE builds its vocabulary by merging frequent pairs, WordPiece merges by likelihood gain, and the Unigram model prunes a large candidate set. Vocabularies of 30K to 50K subwords are typical for one language and around 250K for massively multilingual models. Subword boundaries are statistical rather than morphological, which is why numbers, code and non-Latin scripts can split in surprising ways.',
      ko: 'Sennrich 등(2016)은 이름, 합성어, 외래어가 계속 새로 나타나므로 번역은 열린 어휘 문제이고, 드문 단어 중 상당수는 조각 단위로 번역할 수 있다고 지적했습니다. 이런 단어를 서브워드 단위의 열로 표현하자 미등록 단어용 대체 사전이 필요 없어졌고, 영어→독일어와 영어→러시아어 번역이 각각 최대 1.1, 1.3 BLEU 향상되었습니다. 지금은 사실상 모든 언어 모델이 이 아이디어를 씁니다. BPE는 자주 나오는 쌍을 병합해 어휘를 만들고, WordPiece는 우도 증가량을 기준으로 병합하며, Unigram 모델은 큰 후보 집합을 가지치기합니다. 단일 언어는 3만~5만 개, 대규모 다국어 모델은 25만 개 안팎의 서브워드 어휘가 흔합니다. 서브워드 경계는 형태소가 아니라 통계로 정해지기 때문에 숫자, 코드, 비라틴 문자가 예상 밖으로 쪼개지기도 합니다.',
    },
    keyNumbers: [
      { label: { en: 'BLEU gain, English→German', ko: 'BLEU 향상, 영어→독일어' }, value: 1.1, unit: 'none', source: 'sennrich2016' },
      { label: { en: 'BLEU gain, English→Russian', ko: 'BLEU 향상, 영어→러시아어' }, value: 1.3, unit: 'none', source: 'sennrich2016' },
    ],
    related: ['tokenization', 'bpe', 'wordpiece', 'unigram-tokenizer', 'sentencepiece', 'byte-level-bpe', 'vocabulary-size'],
    sources: ['sennrich2016'],
  },
  {
    id: 'bpe',
    kind: 'tokenization',
    name: 'Byte pair encoding (BPE)',
    nameKo: '바이트 페어 인코딩 (BPE)',
    aliases: ['byte pair encoding', 'byte-pair encoding', 'BPE', '바이트 페어 인코딩', '바이트 쌍 인코딩'],
    code: ['BPE', 'merges_file', 'bpe_ranks'],
    summary: {
      en: 'A subword algorithm that starts from characters and repeatedly merges the most frequent adjacent pair into a new symbol until the vocabulary reaches a target size.',
      ko: '문자에서 시작해 가장 자주 붙어 나오는 인접 쌍을 새 기호로 병합하는 일을 어휘가 목표 크기에 이를 때까지 반복하는 서브워드 알고리즘.',
    },
    explanation: {
      en: "Originally a data-compression method, BPE was adapted to word segmentation by Sennrich et al. (2016). Training counts symbol pairs over a word-frequency list, merges the most frequent pair (say 'e' + 's' → 'es'), updates the counts and repeats; the ordered list of merges is the model, and the vocabulary is the base characters plus one new symbol per merge. Encoding a new word replays the merges in the same order, so frequent words become single tokens and rare ones fall apart into known pieces. The number of merges is the main hyper-parameter; the original Transformer used a shared English-German BPE vocabulary of about 37,000 tokens. Hugging Face slow tokenizers keep the merges in `merges.txt` (`merges_file`); GPT-2, RoBERTa and BART use the byte-level variant, and LLaMA trains BPE through SentencePiece.",
      ko: "원래 데이터 압축 기법이었던 BPE를 Sennrich 등(2016)이 단어 분할에 맞게 바꾸었습니다. 학습은 단어 빈도 목록에서 기호 쌍의 개수를 세고, 가장 흔한 쌍(예: 'e' + 's' → 'es')을 병합한 뒤 개수를 갱신하는 일을 반복합니다. 순서가 있는 병합 목록이 곧 모델이며, 어휘는 기본 문자들에 병합마다 하나씩 생긴 기호를 더한 것입니다. 새 단어를 인코딩할 때는 같은 순서로 병합을 재현하므로, 자주 나오는 단어는 토큰 하나가 되고 드문 단어는 아는 조각들로 쪼개집니다. 병합 횟수가 주요 하이퍼파라미터이며, 원래 트랜스포머는 영어-독일어 공용 BPE 어휘 약 37,000개를 썼습니다. Hugging Face의 느린(slow) 토크나이저는 병합 목록을 `merges.txt`(`merges_file`)에 보관하며, GPT-2·RoBERTa·BART는 바이트 수준 변형을 쓰고 LLaMA는 SentencePiece로 BPE를 학습합니다.",
    },
    keyNumbers: [
      { label: { en: 'Shared BPE vocabulary of the original Transformer (EN-DE)', ko: '원래 트랜스포머의 공용 BPE 어휘 (영-독)' }, value: 37000, unit: 'tokens', source: 'vaswani2017', approx: true },
    ],
    related: ['byte-level-bpe', 'wordpiece', 'unigram-tokenizer', 'sentencepiece', 'subword-tokenization', 'vocabulary-size'],
    sources: ['sennrich2016', 'vaswani2017'],
  },
  {
    id: 'byte-level-bpe',
    kind: 'tokenization',
    name: 'Byte-level BPE',
    nameKo: '바이트 수준 BPE',
    aliases: ['byte-level BPE', 'byte level BPE', 'byte-level byte pair encoding', 'BBPE', '바이트 수준 BPE', '바이트 레벨 BPE'],
    code: ['ByteLevelBPETokenizer', 'ByteLevel', 'bytes_to_unicode', 'byte_encoder'],
    summary: {
      en: 'BPE run over the 256 possible byte values of UTF-8 text instead of Unicode characters, so any string can be encoded without an unknown token; used by GPT-2, RoBERTa and GPT-3.',
      ko: '유니코드 문자가 아니라 UTF-8 텍스트의 256가지 바이트 값 위에서 BPE를 수행해 어떤 문자열도 미등록 토큰 없이 표현하는 방식으로, GPT-2·RoBERTa·GPT-3가 쓴다.',
    },
    explanation: {
      en: "Character-level BPE must either put every Unicode character in its base vocabulary (more than 130,000 of them) or map unseen characters to an unknown token. GPT-2 (Radford et al., 2019) instead starts from the 256 byte values, so any text (emoji, Korean, source code) is representable, and learns merges on top; it also blocks merges across character categories so that 'dog', 'dog.' and 'dog!' do not each become separate tokens. The result is a 50,257-token vocabulary: 256 bytes, 50,000 merges and one end-of-text token. To keep the vocabulary files readable, bytes are mapped to printable Unicode characters (`bytes_to_unicode`), which is why a leading space shows up as 'Ġ'. RoBERTa, BART, GPT-3 and many code models reuse the scheme.",
      ko: "문자 수준 BPE는 모든 유니코드 문자(13만 개 이상)를 기본 어휘에 넣거나, 처음 보는 문자를 미등록 토큰으로 바꿀 수밖에 없습니다. GPT-2(Radford 등, 2019)는 대신 256개의 바이트 값에서 시작하므로 이모지, 한국어, 소스 코드 등 어떤 텍스트든 표현할 수 있고, 그 위에 병합을 학습합니다. 또 문자 범주를 넘나드는 병합을 막아 'dog', 'dog.', 'dog!'가 각각 별도의 토큰이 되지 않게 했습니다. 그 결과 어휘는 256개 바이트, 50,000번의 병합, 텍스트 끝 토큰 하나를 합친 50,257개입니다. 어휘 파일을 읽기 쉽게 하려고 바이트를 출력 가능한 유니코드 문자로 대응시키는데(`bytes_to_unicode`), 그래서 단어 앞 공백이 'Ġ'로 보입니다. RoBERTa, BART, GPT-3와 많은 코드 모델이 이 방식을 그대로 씁니다.",
    },
    keyNumbers: [
      { label: { en: 'Base vocabulary (byte values)', ko: '기본 어휘 (바이트 값)' }, value: 256, unit: 'tokens', source: 'radford2019' },
      { label: { en: 'GPT-2 vocabulary', ko: 'GPT-2 어휘 크기' }, value: 50257, unit: 'tokens', source: 'radford2019' },
    ],
    related: ['bpe', 'tokenization', 'vocabulary-size', 'unk-token', 'gpt-2', 'roberta'],
    sources: ['radford2019'],
  },
  {
    id: 'wordpiece',
    kind: 'tokenization',
    name: 'WordPiece',
    nameKo: '워드피스 (WordPiece)',
    aliases: ['WordPiece', 'word piece', 'wordpieces', '워드피스', '워드 피스'],
    code: ['WordPiece', 'BertWordPieceTokenizer'],
    summary: {
      en: "Google's subword algorithm used by BERT: like BPE, but it merges the pair that most increases the training-data likelihood, and marks word-internal pieces with '##'.",
      ko: "BERT가 쓰는 구글의 서브워드 알고리즘으로, BPE와 비슷하지만 학습 데이터의 우도를 가장 크게 높이는 쌍을 병합하며 단어 내부 조각에는 '##'를 붙인다.",
    },
    explanation: {
      en: "WordPiece was developed for Japanese and Korean voice search (Schuster and Nakajima, 2012) and later used in Google's neural machine translation system, where a vocabulary of 8K to 32K wordpieces balanced accuracy and decoding speed. Training grows the vocabulary greedily, each time choosing the merge that most improves a language model's likelihood of the corpus (often approximated as count(ab) / (count(a)·count(b))) rather than the merely most frequent pair. BERT uses a 30,000-token WordPiece vocabulary. At inference its tokenizer splits each word by longest match first, marking continuation pieces with '##' ('playing' → 'play', '##ing') and emitting [UNK] only when no split exists. In Hugging Face it is the algorithm behind `BertTokenizer` and `BertTokenizerFast`, which DistilBERT and ELECTRA reuse.",
      ko: "WordPiece는 일본어·한국어 음성 검색을 위해 개발되었고(Schuster와 Nakajima, 2012), 이후 구글 신경망 기계 번역 시스템에서 쓰였는데, 거기서는 8K~32K 개의 워드피스 어휘가 정확도와 디코딩 속도의 균형을 맞추었습니다. 학습은 단순히 가장 흔한 쌍이 아니라 말뭉치에 대한 언어 모델 우도를 가장 크게 높이는 병합을 매번 골라 어휘를 늘리며, 흔히 count(ab) / (count(a)·count(b))로 근사합니다. BERT는 30,000개 토큰의 WordPiece 어휘를 씁니다. 추론 시 토크나이저는 각 단어를 가장 긴 일치부터 자르고, 이어지는 조각에는 '##'를 붙이며('playing' → 'play', '##ing'), 어떤 분할도 불가능할 때만 [UNK]를 냅니다. Hugging Face에서는 `BertTokenizer`와 `BertTokenizerFast` 뒤에 있는 알고리즘이며, DistilBERT와 ELECTRA도 이를 재사용합니다.",
    },
    keyNumbers: [
      { label: { en: 'BERT vocabulary', ko: 'BERT 어휘 크기' }, value: 30000, unit: 'tokens', source: 'devlin2019' },
      { label: { en: 'GNMT vocabulary, lower end', ko: 'GNMT 어휘 크기 (하한)' }, value: 8000, unit: 'tokens', source: 'wu2016', approx: true },
      { label: { en: 'GNMT vocabulary, upper end', ko: 'GNMT 어휘 크기 (상한)' }, value: 32000, unit: 'tokens', source: 'wu2016', approx: true },
    ],
    related: ['bpe', 'subword-tokenization', 'bert', 'unk-token', 'vocabulary-size', 'tokenization'],
    sources: ['schuster2012', 'wu2016', 'devlin2019'],
  },
  {
    id: 'sentencepiece',
    kind: 'tokenization',
    name: 'SentencePiece',
    nameKo: '센텐스피스 (SentencePiece)',
    aliases: ['SentencePiece', 'sentence piece', '센텐스피스'],
    code: ['sentencepiece', 'SentencePieceProcessor', 'sp_model', 'SentencePieceBPETokenizer'],
    summary: {
      en: "Google's language-independent tokenizer library that trains BPE or Unigram models directly on raw text, treating spaces as the ordinary symbol '▁'; used by T5, ALBERT, XLNet and LLaMA.",
      ko: "공백을 일반 기호 '▁'로 취급하며 원문에서 곧바로 BPE나 Unigram 모델을 학습하는 구글의 언어 독립적 토크나이저 라이브러리로, T5·ALBERT·XLNet·LLaMA가 쓴다.",
    },
    explanation: {
      en: "Kudo and Richardson (2018) built SentencePiece so that tokenization needs no language-specific pre-tokenizer. Input is treated as a raw stream of Unicode characters with whitespace replaced by '▁' (U+2581), which makes encoding losslessly reversible: detokenizing is just joining the pieces and turning '▁' back into spaces. That matters for languages written without spaces, such as Japanese and Chinese, and for multilingual models. It is a library rather than a separate algorithm: it trains either a Unigram language model (the default) or BPE, with options such as byte fallback for unseen characters. T5 uses a 32,000-piece SentencePiece vocabulary, LLaMA a 32,000-token BPE model with byte fallback, and XLM-R a 250K vocabulary. Hugging Face slow tokenizers for these models wrap a `SentencePieceProcessor` kept in `sp_model`.",
      ko: "Kudo와 Richardson(2018)은 언어별 사전 토크나이저 없이 토큰화할 수 있도록 SentencePiece를 만들었습니다. 입력을 유니코드 문자의 원시 흐름으로 보고 공백을 '▁'(U+2581)로 바꾸기 때문에 인코딩을 손실 없이 되돌릴 수 있습니다. 조각들을 이어 붙이고 '▁'를 공백으로 돌리기만 하면 원문이 복원됩니다. 일본어·중국어처럼 띄어쓰기가 없는 언어와 다국어 모델에서 특히 중요합니다. 별도의 알고리즘이 아니라 라이브러리로, Unigram 언어 모델(기본값)이나 BPE를 학습하며, 처음 보는 문자를 바이트로 쪼개는 바이트 폴백 같은 옵션이 있습니다. T5는 32,000개 조각의 SentencePiece 어휘를, LLaMA는 바이트 폴백이 있는 32,000개 토큰의 BPE 모델을, XLM-R은 25만 개 어휘를 씁니다. 이런 모델의 Hugging Face 느린 토크나이저는 `sp_model`에 담긴 `SentencePieceProcessor`를 감싼 것입니다.",
    },
    keyNumbers: [
      { label: { en: 'T5 vocabulary', ko: 'T5 어휘 크기' }, value: 32000, unit: 'tokens', source: 'raffel2020' },
      { label: { en: 'LLaMA vocabulary', ko: 'LLaMA 어휘 크기' }, value: 32000, unit: 'tokens', source: 'touvron2023a' },
    ],
    related: ['unigram-tokenizer', 'bpe', 'tokenization', 't5', 'llama', 'albert'],
    sources: ['kudo2018b', 'raffel2020', 'touvron2023a'],
  },
  {
    id: 'unigram-tokenizer',
    kind: 'tokenization',
    name: 'Unigram language-model tokenizer',
    nameKo: '유니그램 언어 모델 토크나이저',
    aliases: [
      'unigram tokenizer',
      'unigram language model tokenizer',
      'unigram LM tokenizer',
      'subword regularization',
      '유니그램 토크나이저',
      '유니그램 언어 모델',
      '서브워드 정규화',
    ],
    code: ['Unigram', 'SentencePieceUnigramTokenizer'],
    summary: {
      en: 'A subword method that starts from a large candidate vocabulary and prunes it, scoring segmentations with a unigram language model; it can also sample alternative segmentations (subword regularization).',
      ko: '큰 후보 어휘에서 출발해 가지치기하며 유니그램 언어 모델로 분할을 평가하는 서브워드 방식으로, 다른 분할을 샘플링할 수도 있다(서브워드 정규화).',
    },
    explanation: {
      en: "Kudo (2018) modelled the probability of a sentence as the product of independent subword probabilities. Training starts with many candidate pieces, fits their probabilities with the EM algorithm, and repeatedly removes the pieces whose loss would lower the corpus likelihood least (always keeping single characters) until the target size is reached, the opposite direction to BPE's merging. Encoding picks the most probable segmentation with the Viterbi algorithm, but because the model is probabilistic it can also sample other segmentations of the same word. Training a translation model on such sampled variants (subword regularization) made it more robust, especially in low-resource and out-of-domain settings. Unigram is SentencePiece's default algorithm and is used by T5, ALBERT, XLNet and mBART.",
      ko: 'Kudo(2018)는 문장의 확률을 서로 독립인 서브워드 확률의 곱으로 모델링했습니다. 학습은 많은 후보 조각에서 시작해 EM 알고리즘으로 확률을 맞추고, 없애도 말뭉치 우도가 가장 적게 떨어지는 조각들을 제거하는 일을(단일 문자는 항상 유지) 목표 크기에 이를 때까지 반복합니다. BPE의 병합과는 반대 방향입니다. 인코딩은 비터비 알고리즘으로 가장 그럴듯한 분할을 고르지만, 확률 모델이므로 같은 단어의 다른 분할을 샘플링할 수도 있습니다. 이렇게 샘플링한 변형으로 번역 모델을 학습하자(서브워드 정규화) 특히 저자원·도메인 밖 상황에서 더 견고해졌습니다. Unigram은 SentencePiece의 기본 알고리즘이며 T5, ALBERT, XLNet, mBART가 사용합니다.',
    },
    keyNumbers: [],
    related: ['sentencepiece', 'bpe', 'wordpiece', 'subword-tokenization'],
    sources: ['kudo2018a', 'kudo2018b'],
  },
];
