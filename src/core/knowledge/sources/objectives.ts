import type { Source } from '../schema';

/**
 * Papers and pages first cited by the objective, scale-down and scale-up entries (first author's
 * surname + publication year, letter suffix when needed). Papers registered elsewhere are cited by key.
 */
export const SOURCES: Record<string, Source> = {
  // Pre-training objectives and the models that introduced them
  google2019wwm: {
    title: 'BERT repository: Whole Word Masking models (release of 31 May 2019)',
    authors: 'Google Research',
    year: 2019,
    url: 'https://github.com/google-research/bert',
    kind: 'official',
  },
  howard2018: {
    title: 'Universal Language Model Fine-tuning for Text Classification',
    authors: 'Howard & Ruder',
    year: 2018,
    url: 'https://arxiv.org/abs/1801.06146',
    kind: 'paper',
  },
  sutskever2014: {
    title: 'Sequence to Sequence Learning with Neural Networks',
    authors: 'Sutskever et al.',
    year: 2014,
    url: 'https://arxiv.org/abs/1409.3215',
    kind: 'paper',
  },

  // Prompting, instruction tuning and alignment
  wei2022a: {
    title: 'Finetuned Language Models Are Zero-Shot Learners',
    authors: 'Wei et al.',
    year: 2022,
    url: 'https://arxiv.org/abs/2109.01652',
    kind: 'paper',
  },
  christiano2017: {
    title: 'Deep Reinforcement Learning from Human Preferences',
    authors: 'Christiano et al.',
    year: 2017,
    url: 'https://arxiv.org/abs/1706.03741',
    kind: 'paper',
  },
  schick2021: {
    title: "It's Not Just Size That Matters: Small Language Models Are Also Few-Shot Learners",
    authors: 'Schick & Schütze',
    year: 2021,
    url: 'https://arxiv.org/abs/2009.07118',
    kind: 'paper',
  },

  // Scale down
  hinton2015: {
    title: 'Distilling the Knowledge in a Neural Network',
    authors: 'Hinton et al.',
    year: 2015,
    url: 'https://arxiv.org/abs/1503.02531',
    kind: 'paper',
  },
  hsieh2023: {
    title:
      'Distilling Step-by-Step! Outperforming Larger Language Models with Less Training Data and Smaller Model Sizes',
    authors: 'Hsieh et al.',
    year: 2023,
    url: 'https://arxiv.org/abs/2305.02301',
    kind: 'paper',
  },
  turc2019: {
    title: 'Well-Read Students Learn Better: On the Importance of Pre-training Compact Models',
    authors: 'Turc et al.',
    year: 2019,
    url: 'https://arxiv.org/abs/1908.08962',
    kind: 'paper',
  },
  dettmers2022: {
    title: 'LLM.int8(): 8-bit Matrix Multiplication for Transformers at Scale',
    authors: 'Dettmers et al.',
    year: 2022,
    url: 'https://arxiv.org/abs/2208.07339',
    kind: 'paper',
  },
  dettmers2023: {
    title: 'QLoRA: Efficient Finetuning of Quantized LLMs',
    authors: 'Dettmers et al.',
    year: 2023,
    url: 'https://arxiv.org/abs/2305.14314',
    kind: 'paper',
  },
  frantar2023: {
    title: 'SparseGPT: Massive Language Models Can Be Accurately Pruned in One-Shot',
    authors: 'Frantar & Alistarh',
    year: 2023,
    url: 'https://arxiv.org/abs/2301.00774',
    kind: 'paper',
  },
  hu2022: {
    title: 'LoRA: Low-Rank Adaptation of Large Language Models',
    authors: 'Hu et al.',
    year: 2022,
    url: 'https://arxiv.org/abs/2106.09685',
    kind: 'paper',
  },
  houlsby2019: {
    title: 'Parameter-Efficient Transfer Learning for NLP',
    authors: 'Houlsby et al.',
    year: 2019,
    url: 'https://arxiv.org/abs/1902.00751',
    kind: 'paper',
  },

  // Scale up
  hestness2017: {
    title: 'Deep Learning Scaling is Predictable, Empirically',
    authors: 'Hestness et al.',
    year: 2017,
    url: 'https://arxiv.org/abs/1712.00409',
    kind: 'paper',
  },
  pearce2024: {
    title: 'Reconciling Kaplan and Chinchilla Scaling Laws',
    authors: 'Pearce & Song',
    year: 2024,
    url: 'https://arxiv.org/abs/2406.12907',
    kind: 'paper',
  },
  wei2022b: {
    title: 'Emergent Abilities of Large Language Models',
    authors: 'Wei et al.',
    year: 2022,
    url: 'https://arxiv.org/abs/2206.07682',
    kind: 'paper',
  },
  schaeffer2023: {
    title: 'Are Emergent Abilities of Large Language Models a Mirage?',
    authors: 'Schaeffer et al.',
    year: 2023,
    url: 'https://arxiv.org/abs/2304.15004',
    kind: 'paper',
  },
  villalobos2024: {
    title: 'Will we run out of data? Limits of LLM scaling based on human-generated data',
    authors: 'Villalobos et al.',
    year: 2024,
    url: 'https://arxiv.org/abs/2211.04325',
    kind: 'paper',
  },
  patterson2021: {
    title: 'Carbon Emissions and Large Neural Network Training',
    authors: 'Patterson et al.',
    year: 2021,
    url: 'https://arxiv.org/abs/2104.10350',
    kind: 'paper',
  },
  luccioni2023: {
    title: 'Estimating the Carbon Footprint of BLOOM, a 176B Parameter Language Model',
    authors: 'Luccioni et al.',
    year: 2023,
    url: 'https://arxiv.org/abs/2211.02001',
    kind: 'paper',
  },
  cottier2024: {
    title: 'The rising costs of training frontier AI models',
    authors: 'Cottier et al.',
    year: 2024,
    url: 'https://arxiv.org/abs/2405.21015',
    kind: 'paper',
  },
  stanford2024aiindex: {
    title: 'Artificial Intelligence Index Report 2024',
    authors: 'Stanford HAI (Maslej et al.)',
    year: 2024,
    url: 'https://hai.stanford.edu/ai-index/2024-ai-index-report',
    kind: 'official',
  },
};
