import type { Source } from '../knowledge/schema';
import { citation } from '../present/format';
import type { SourceView } from '../protocol/scalingCharts';

/**
 * The papers and pages the scaling maths and chart data cite, registered once here and merged into
 * the atlas's registry (keys: first author's surname + year, or `<org><year><topic>`).
 */
export const SCALING_SOURCES: Record<string, Source> = {
  kaplan2020: {
    title: 'Scaling Laws for Neural Language Models',
    authors: 'Kaplan et al.',
    year: 2020,
    url: 'https://arxiv.org/abs/2001.08361',
    kind: 'paper',
  },
  hoffmann2022: {
    title: 'Training Compute-Optimal Large Language Models',
    authors: 'Hoffmann et al.',
    year: 2022,
    url: 'https://arxiv.org/abs/2203.15556',
    kind: 'paper',
  },
  besiroglu2024: {
    title: 'Chinchilla Scaling: A replication attempt',
    authors: 'Besiroglu et al.',
    year: 2024,
    url: 'https://arxiv.org/abs/2404.10102',
    kind: 'paper',
  },
  eldan2023: {
    title: 'TinyStories: How Small Can Language Models Be and Still Speak Coherent English?',
    authors: 'Eldan and Li',
    year: 2023,
    url: 'https://arxiv.org/abs/2305.07759',
    kind: 'paper',
  },
  deshpande2023: {
    title: 'Honey, I Shrunk the Language: Language Model Behavior at Reduced Scale',
    authors: 'Deshpande et al.',
    year: 2023,
    url: 'https://arxiv.org/abs/2305.17266',
    kind: 'paper',
  },
  sanh2019: {
    title: 'DistilBERT, a distilled version of BERT: smaller, faster, cheaper and lighter',
    authors: 'Sanh et al.',
    year: 2019,
    url: 'https://arxiv.org/abs/1910.01108',
    kind: 'paper',
  },
  clark2020: {
    title: 'ELECTRA: Pre-training Text Encoders as Discriminators Rather Than Generators',
    authors: 'Clark et al.',
    year: 2020,
    url: 'https://arxiv.org/abs/2003.10555',
    kind: 'paper',
  },
  microsoft2023phi2: {
    title: 'Phi-2: The surprising power of small language models',
    authors: 'Microsoft Research',
    year: 2023,
    url: 'https://www.microsoft.com/en-us/research/blog/phi-2-the-surprising-power-of-small-language-models/',
    kind: 'official',
  },
  pakkenberg2003: {
    title: 'Aging and the human neocortex',
    authors: 'Pakkenberg et al.',
    year: 2003,
    url: 'https://pubmed.ncbi.nlm.nih.gov/12543266/',
    kind: 'paper',
  },
  // The English original of seed 002; cited only for the claims no primary paper was found for.
  uniteai2023slm: {
    title: 'Rising Impact of Small Language Models',
    authors: 'Unite.AI',
    year: 2023,
    url: 'https://www.unite.ai/rising-impact-of-small-language-models/',
    kind: 'news',
  },
};

/** A source as the charts cite it; a key no registry knows is cited by itself, without a link. */
export function sourceView(key: string, source: Source | undefined): SourceView {
  return source ? { citation: citation(source), url: source.url } : { citation: key, url: '' };
}
