/**
 * A small, realistic knowledge base for the matcher's unit tests, independent of the atlas that
 * other people are still writing. Ids are the atlas's canonical ids; aliases, code spellings and
 * Hugging Face ids are the real ones.
 */
import { KnowledgeBase } from '../../../src/core/knowledge/knowledgeBase';
import type { Entry, EntryKind, ModelVariant } from '../../../src/core/knowledge/schema';

interface Spec {
  aliases?: string[];
  code?: string[];
  related?: string[];
  variants?: [id: string, hfIds: string[]][];
}

const text = { en: 'Fixture text.', ko: '테스트용 문장.' };

function entry(id: string, kind: EntryKind, name: string, spec: Spec = {}): Entry {
  const variants: ModelVariant[] = (spec.variants ?? []).map(([variantId, hfIds]) => ({
    id: variantId,
    name: variantId,
    hfIds,
    parameters: { value: 1, unit: 'parameters', source: 'fixture' },
  }));
  return {
    id,
    kind,
    name,
    nameKo: name,
    aliases: spec.aliases ?? [],
    code: spec.code ?? [],
    summary: text,
    explanation: text,
    keyNumbers: [],
    related: spec.related ?? [],
    sources: ['fixture'],
    ...(kind === 'model'
      ? { model: { family: 'encoder-only' as const, year: 2020, organisation: 'Fixture', objectives: [], keyIdeas: [], variants } }
      : {}),
  };
}

const model = (id: string, name: string, spec: Spec) => entry(id, 'model', name, spec);

export const FIXTURE_ENTRIES: Entry[] = [
  model('transformer', 'Transformer (2017)', { aliases: ['original Transformer', 'Transformer-base', 'Transformer-big', '원조 트랜스포머'] }),
  model('bert', 'BERT', {
    aliases: ['BERT', '버트'],
    code: ['Bert'],
    related: ['wordpiece', 'masked-language-modeling'],
    variants: [
      ['bert-base', ['google-bert/bert-base-uncased', 'bert-base-uncased', 'google-bert/bert-base-cased', 'bert-base-cased']],
      ['bert-large', ['google-bert/bert-large-uncased', 'bert-large-uncased']],
    ],
  }),
  model('roberta', 'RoBERTa', {
    aliases: ['RoBERTa', '로버타'],
    code: ['Roberta'],
    related: ['byte-level-bpe', 'dynamic-masking'],
    variants: [['roberta-base', ['FacebookAI/roberta-base', 'roberta-base']]],
  }),
  model('albert', 'ALBERT', { aliases: ['ALBERT', 'A Lite BERT', '앨버트'], code: ['Albert'], related: ['sentencepiece'] }),
  model('distilbert', 'DistilBERT', {
    aliases: ['DistilBERT', '디스틸버트'],
    code: ['DistilBert'],
    related: ['wordpiece', 'knowledge-distillation'],
    variants: [['distilbert-base', ['distilbert/distilbert-base-uncased', 'distilbert-base-uncased']]],
  }),
  model('xlm', 'XLM', { aliases: ['XLM', 'cross-lingual language model'], code: ['XLM'] }),
  model('xlm-r', 'XLM-R', { aliases: ['XLM-R', 'XLM-RoBERTa'], code: ['XLMRoberta'], related: ['sentencepiece'] }),
  model('bart', 'BART', { aliases: ['BART', '바트'], code: ['Bart'], variants: [['bart-large', ['facebook/bart-large']]] }),
  model('mbart', 'mBART', { aliases: ['mBART', 'multilingual BART'], code: ['MBart'] }),
  model('electra', 'ELECTRA', { aliases: ['ELECTRA'], code: ['Electra'] }),
  model('deberta', 'DeBERTa', { aliases: ['DeBERTa'], code: ['Deberta'] }),
  model('t5', 'T5', {
    aliases: ['T5', 'Text-to-Text Transfer Transformer'],
    code: ['T5'],
    related: ['sentencepiece', 'span-corruption'],
    variants: [
      ['t5-small', ['google-t5/t5-small', 't5-small']],
      ['t5-base', ['google-t5/t5-base', 't5-base']],
      ['t5-11b', ['google-t5/t5-11b', 't5-11b']],
    ],
  }),
  model('flan-t5', 'Flan-T5', { aliases: ['Flan-T5'], variants: [['flan-t5-base', ['google/flan-t5-base']]] }),
  model('ctrl', 'CTRL', { aliases: ['CTRL model', 'Salesforce CTRL'], code: ['CTRL'], variants: [['ctrl-1.6b', ['Salesforce/ctrl']]] }),
  model('gpt-2', 'GPT-2', {
    aliases: ['GPT-2', 'GPT2'],
    code: ['GPT2'],
    related: ['byte-level-bpe'],
    variants: [
      ['gpt2', ['openai-community/gpt2', 'gpt2']],
      ['gpt2-medium', ['openai-community/gpt2-medium', 'gpt2-medium']],
      ['gpt2-xl', ['openai-community/gpt2-xl', 'gpt2-xl']],
    ],
  }),
  model('gpt-3', 'GPT-3', { aliases: ['GPT-3'] }),
  model('lamda', 'LaMDA', { aliases: ['LaMDA'] }),
  model('gpt-4', 'GPT-4', { aliases: ['GPT-4'] }),
  model('llama', 'LLaMA', { aliases: ['LLaMA', '라마'], code: ['Llama', 'llama'], related: ['sentencepiece', 'rms-norm'], variants: [['llama-7b', ['huggyllama/llama-7b']]] }),
  model('llama-2', 'Llama 2', { aliases: ['Llama 2', '라마 2'], variants: [['llama-2-7b', ['meta-llama/Llama-2-7b-hf']]] }),
  model('llama-3', 'Llama 3', { aliases: ['Llama 3'], variants: [['llama-3-8b', ['meta-llama/Meta-Llama-3-8B']]] }),
  model('mistral-7b', 'Mistral 7B', { aliases: ['Mistral 7B'], code: ['Mistral'], variants: [['mistral-7b-v0.1', ['mistralai/Mistral-7B-v0.1']]] }),
  model('mixtral-8x7b', 'Mixtral 8x7B', {
    aliases: ['Mixtral 8x7B', 'Mixtral'],
    code: ['Mixtral'],
    variants: [['mixtral-8x7b-v0.1', ['mistralai/Mixtral-8x7B-v0.1']]],
  }),
  model('phi-2', 'Phi-2', { aliases: ['Phi-2'], code: ['Phi'], variants: [['phi-2-2.7b', ['microsoft/phi-2']]] }),
  model('opt', 'OPT', { aliases: ['OPT-175B', 'Open Pre-trained Transformer'], code: ['OPT'] }),
  model('bloom', 'BLOOM', { aliases: ['BLOOM'], code: ['Bloom'] }),
  model('falcon', 'Falcon', { aliases: ['Falcon LLM'], code: ['Falcon'] }),
  model('gpt-neox', 'GPT-NeoX', { aliases: ['GPT-NeoX'], code: ['GPTNeoX'] }),
  model('switch-transformer', 'Switch Transformer', { aliases: ['Switch Transformer', 'Switch-C'], code: ['SwitchTransformers'] }),
  model('chinchilla', 'Chinchilla', { aliases: ['Chinchilla model', '친칠라'] }),

  entry('masked-language-modeling', 'objective', 'Masked language modeling', {
    aliases: ['masked language modeling', 'masked language model', 'MLM', '마스크 언어 모델링', '마스크드 언어 모델'],
    code: ['mlm_probability', 'DataCollatorForLanguageModeling', 'mlm'],
  }),
  entry('causal-language-modeling', 'objective', 'Causal language modeling', {
    aliases: ['causal language modeling', 'autoregressive language modeling', 'CLM', '인과적 언어 모델링'],
  }),
  entry('sequence-to-sequence', 'objective', 'Sequence-to-sequence', { aliases: ['sequence-to-sequence', 'seq2seq', '시퀀스-투-시퀀스'] }),
  entry('next-sentence-prediction', 'objective', 'Next sentence prediction', { aliases: ['next sentence prediction', 'NSP', '다음 문장 예측'] }),
  entry('in-context-learning', 'objective', 'In-context learning', { aliases: ['in-context learning', '인컨텍스트 러닝'] }),
  entry('fine-tuning', 'objective', 'Fine-tuning', { aliases: ['fine-tuning', '파인튜닝', '미세 조정'] }),
  entry('pre-training', 'objective', 'Pre-training', { aliases: ['pre-training', 'pretraining', '사전 학습'] }),
  entry('knowledge-distillation', 'scale-down', 'Knowledge distillation', {
    aliases: ['knowledge distillation', '지식 증류'],
    code: ['distillation_loss'],
  }),
  entry('distillation-temperature', 'scale-down', 'Distillation temperature', { aliases: ['distillation temperature', '증류 온도'], code: ['temperature'] }),
  entry('scaling-laws', 'scale-up', 'Scaling laws', { aliases: ['scaling laws', 'neural scaling laws', '스케일링 법칙'] }),
  entry('kaplan-scaling-laws', 'scale-up', 'Kaplan scaling laws', { aliases: ['Kaplan scaling laws', '카플란 스케일링 법칙'] }),
  entry('chinchilla-scaling-laws', 'scale-up', 'Chinchilla scaling laws', { aliases: ['Chinchilla scaling laws', 'compute-optimal scaling', '친칠라 법칙'] }),
  entry('flops', 'scale-up', 'FLOPs', { aliases: ['FLOPs', 'floating-point operations'] }),

  entry('mixture-of-experts', 'architecture', 'Mixture of Experts', {
    aliases: ['mixture of experts', 'sparse mixture of experts', 'MoE', 'sparse MoE', '전문가 혼합'],
    code: ['num_local_experts'],
  }),
  entry('top-k-routing', 'architecture', 'Top-k routing', { aliases: ['top-k routing', 'top-2 routing', '상위 k 라우팅'], code: ['num_experts_per_tok'] }),
  entry('moe-expert', 'architecture', 'Expert', { aliases: ['MoE expert', 'expert layer'] }),
  entry('moe-router', 'architecture', 'Router', { aliases: ['MoE router', 'gating network', '라우터 네트워크'], code: ['router_logits'] }),
  entry('self-attention', 'architecture', 'Self-attention', { aliases: ['self-attention', '셀프 어텐션', '자기 주의'] }),
  entry('scaled-dot-product-attention', 'architecture', 'Scaled dot-product attention', {
    aliases: ['scaled dot-product attention'],
    code: ['scaled_dot_product_attention'],
  }),
  entry('multi-head-attention', 'architecture', 'Multi-head attention', {
    aliases: ['multi-head attention', '멀티헤드 어텐션'],
    code: ['num_attention_heads', 'MultiheadAttention', 'nn.MultiheadAttention'],
  }),
  entry('attention-head', 'architecture', 'Attention head', { aliases: ['attention head'], code: ['head_dim'] }),
  entry('grouped-query-attention', 'architecture', 'Grouped-query attention', { aliases: ['grouped-query attention', 'GQA'], code: ['num_key_value_heads'] }),
  entry('segment-embedding', 'architecture', 'Segment embedding', { aliases: ['segment embedding', 'token type embedding'], code: ['type_vocab_size', 'token_type_ids'] }),
  {
    ...entry('factorized-embedding-parameterization', 'scale-down', 'Factorized embedding parameterization', { aliases: ['factorized embedding parameterization'] }),
    // As in the atlas: `embedding_size` is ALBERT's factorised size only as a config key or a config class's argument.
    contextual: [
      { spelling: 'embedding_size', as: 'key' },
      { spelling: 'embedding_size', as: 'argument', within: ['AlbertConfig'] },
    ],
  },
  entry('tied-embeddings', 'architecture', 'Tied embeddings', { aliases: ['tied embeddings', 'weight tying'], code: ['tie_word_embeddings'] }),
  entry('rms-norm', 'architecture', 'RMSNorm', { aliases: ['RMSNorm', 'root mean square layer normalization'], code: ['rms_norm_eps', 'RMSNorm'] }),
  entry('layer-norm', 'architecture', 'Layer normalization', { aliases: ['layer normalization', 'LayerNorm'], code: ['layer_norm_eps'] }),
  entry('rotary-position-embedding', 'architecture', 'Rotary position embedding', { aliases: ['rotary position embedding', 'RoPE'], code: ['rope_theta'] }),
  entry('feed-forward-network', 'architecture', 'Feed-forward network', { aliases: ['feed-forward network', 'FFN'], code: ['intermediate_size'] }),
  entry('cross-attention', 'architecture', 'Cross-attention', { aliases: ['cross-attention', '크로스 어텐션'] }),
  entry('kv-cache', 'architecture', 'KV cache', { aliases: ['KV cache', 'key-value cache', 'KV 캐시'], code: ['use_cache', 'past_key_values'] }),
  entry('token-embedding', 'architecture', 'Token embedding', { aliases: ['token embedding', 'embedding matrix'], code: ['word_embeddings'] }),
  entry('hidden-size', 'architecture', 'Hidden size', { aliases: ['hidden size', 'model dimension'], code: ['hidden_size', 'd_model'] }),

  entry('tokenization', 'tokenization', 'Tokenization', { aliases: ['tokenization', 'tokenisation', '토큰화'] }),
  entry('wordpiece', 'tokenization', 'WordPiece', { aliases: ['WordPiece', '워드피스'] }),
  entry('bpe', 'tokenization', 'Byte-pair encoding', { aliases: ['byte-pair encoding', 'BPE'] }),
  entry('byte-level-bpe', 'tokenization', 'Byte-level BPE', { aliases: ['byte-level BPE', 'byte-level byte-pair encoding'] }),
  entry('sentencepiece', 'tokenization', 'SentencePiece', { aliases: ['SentencePiece', '센텐스피스'] }),
  entry('cls-token', 'tokenization', '[CLS] token', { aliases: ['[CLS] token', 'CLS token'], code: ['[CLS]', 'cls_token'] }),
  entry('mask-token', 'tokenization', '[MASK] token', { aliases: ['[MASK] token', 'mask token'], code: ['[MASK]', 'mask_token'] }),
  entry('pad-token', 'tokenization', 'Padding token', { aliases: ['padding token'], code: ['<pad>', 'pad_token_id'] }),
];

export const fixtureKb = new KnowledgeBase(FIXTURE_ENTRIES, {
  fixture: { title: 'Fixture', authors: 'Test', year: 2024, url: 'https://example.org', kind: 'paper' },
});
