import type { Source } from '../schema';

/** Papers and pages cited by the architecture and tokenization entries. */
export const SOURCES: Record<string, Source> = {
  // Transformer building blocks
  bahdanau2015: {
    title: 'Neural Machine Translation by Jointly Learning to Align and Translate',
    authors: 'Bahdanau, Cho and Bengio',
    year: 2015,
    url: 'https://arxiv.org/abs/1409.0473',
    kind: 'paper',
  },
  he2016: {
    title: 'Deep Residual Learning for Image Recognition',
    authors: 'He et al.',
    year: 2016,
    url: 'https://arxiv.org/abs/1512.03385',
    kind: 'paper',
  },
  ba2016: {
    title: 'Layer Normalization',
    authors: 'Ba, Kiros and Hinton',
    year: 2016,
    url: 'https://arxiv.org/abs/1607.06450',
    kind: 'paper',
  },
  zhang2019: {
    title: 'Root Mean Square Layer Normalization',
    authors: 'Zhang and Sennrich',
    year: 2019,
    url: 'https://arxiv.org/abs/1910.07467',
    kind: 'paper',
  },
  srivastava2014: {
    title: 'Dropout: A Simple Way to Prevent Neural Networks from Overfitting',
    authors: 'Srivastava et al.',
    year: 2014,
    url: 'https://jmlr.org/papers/v15/srivastava14a.html',
    kind: 'paper',
  },
  hendrycks2016: {
    title: 'Gaussian Error Linear Units (GELUs)',
    authors: 'Hendrycks and Gimpel',
    year: 2016,
    url: 'https://arxiv.org/abs/1606.08415',
    kind: 'paper',
  },
  shazeer2020: {
    title: 'GLU Variants Improve Transformer',
    authors: 'Shazeer',
    year: 2020,
    url: 'https://arxiv.org/abs/2002.05202',
    kind: 'paper',
  },
  press2017: {
    title: 'Using the Output Embedding to Improve Language Models',
    authors: 'Press and Wolf',
    year: 2017,
    url: 'https://arxiv.org/abs/1608.05859',
    kind: 'paper',
  },
  michel2019: {
    title: 'Are Sixteen Heads Really Better than One?',
    authors: 'Michel, Levy and Neubig',
    year: 2019,
    url: 'https://arxiv.org/abs/1905.10650',
    kind: 'paper',
  },

  // Position information
  shaw2018: {
    title: 'Self-Attention with Relative Position Representations',
    authors: 'Shaw, Uszkoreit and Vaswani',
    year: 2018,
    url: 'https://arxiv.org/abs/1803.02155',
    kind: 'paper',
  },
  su2021: {
    title: 'RoFormer: Enhanced Transformer with Rotary Position Embedding',
    authors: 'Su et al.',
    year: 2021,
    url: 'https://arxiv.org/abs/2104.09864',
    kind: 'paper',
  },
  press2022: {
    title: 'Train Short, Test Long: Attention with Linear Biases Enables Input Length Extrapolation',
    authors: 'Press, Smith and Lewis',
    year: 2022,
    url: 'https://arxiv.org/abs/2108.12409',
    kind: 'paper',
  },

  // Efficient attention and inference
  shazeer2019: {
    title: 'Fast Transformer Decoding: One Write-Head is All You Need',
    authors: 'Shazeer',
    year: 2019,
    url: 'https://arxiv.org/abs/1911.02150',
    kind: 'paper',
  },
  ainslie2023: {
    title: 'GQA: Training Generalized Multi-Query Transformer Models from Multi-Head Checkpoints',
    authors: 'Ainslie et al.',
    year: 2023,
    url: 'https://arxiv.org/abs/2305.13245',
    kind: 'paper',
  },
  beltagy2020: {
    title: 'Longformer: The Long-Document Transformer',
    authors: 'Beltagy, Peters and Cohan',
    year: 2020,
    url: 'https://arxiv.org/abs/2004.05150',
    kind: 'paper',
  },
  dao2022: {
    title: 'FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness',
    authors: 'Dao et al.',
    year: 2022,
    url: 'https://arxiv.org/abs/2205.14135',
    kind: 'paper',
  },
  xiao2023: {
    title: 'Efficient Streaming Language Models with Attention Sinks',
    authors: 'Xiao et al.',
    year: 2023,
    url: 'https://arxiv.org/abs/2309.17453',
    kind: 'paper',
  },

  // Mixture of Experts
  shazeer2017: {
    title: 'Outrageously Large Neural Networks: The Sparsely-Gated Mixture-of-Experts Layer',
    authors: 'Shazeer et al.',
    year: 2017,
    url: 'https://arxiv.org/abs/1701.06538',
    kind: 'paper',
  },
  lepikhin2021: {
    title: 'GShard: Scaling Giant Models with Conditional Computation and Automatic Sharding',
    authors: 'Lepikhin et al.',
    year: 2021,
    url: 'https://arxiv.org/abs/2006.16668',
    kind: 'paper',
  },
  zoph2022: {
    title: 'ST-MoE: Designing Stable and Transferable Sparse Expert Models',
    authors: 'Zoph et al.',
    year: 2022,
    url: 'https://arxiv.org/abs/2202.08906',
    kind: 'paper',
  },
  huggingface2023mixtral: {
    title: 'Mixtral (Transformers documentation)',
    authors: 'Hugging Face',
    year: 2023,
    url: 'https://huggingface.co/docs/transformers/model_doc/mixtral',
    kind: 'official',
  },

  // Tokenization
  sennrich2016: {
    title: 'Neural Machine Translation of Rare Words with Subword Units',
    authors: 'Sennrich, Haddow and Birch',
    year: 2016,
    url: 'https://arxiv.org/abs/1508.07909',
    kind: 'paper',
  },
  schuster2012: {
    title: 'Japanese and Korean Voice Search',
    authors: 'Schuster and Nakajima',
    year: 2012,
    url: 'https://doi.org/10.1109/ICASSP.2012.6289079',
    kind: 'paper',
  },
  wu2016: {
    title: "Google's Neural Machine Translation System: Bridging the Gap between Human and Machine Translation",
    authors: 'Wu et al.',
    year: 2016,
    url: 'https://arxiv.org/abs/1609.08144',
    kind: 'paper',
  },
  kudo2018a: {
    title: 'Subword Regularization: Improving Neural Network Translation Models with Multiple Subword Candidates',
    authors: 'Kudo',
    year: 2018,
    url: 'https://arxiv.org/abs/1804.10959',
    kind: 'paper',
  },
  kudo2018b: {
    title: 'SentencePiece: A simple and language independent subword tokenizer and detokenizer for Neural Text Processing',
    authors: 'Kudo and Richardson',
    year: 2018,
    url: 'https://arxiv.org/abs/1808.06226',
    kind: 'paper',
  },
  reimers2019: {
    title: 'Sentence-BERT: Sentence Embeddings using Siamese BERT-Networks',
    authors: 'Reimers and Gurevych',
    year: 2019,
    url: 'https://arxiv.org/abs/1908.10084',
    kind: 'paper',
  },
  wolf2020: {
    title: "HuggingFace's Transformers: State-of-the-art Natural Language Processing",
    authors: 'Wolf et al.',
    year: 2020,
    url: 'https://arxiv.org/abs/1910.03771',
    kind: 'paper',
  },

  // Models whose configurations the entries quote (also cited by the model entries)
  dubey2024: {
    title: 'The Llama 3 Herd of Models',
    authors: 'Dubey et al.',
    year: 2024,
    url: 'https://arxiv.org/abs/2407.21783',
    kind: 'paper',
  },
};
