import Fuse from 'fuse.js';
import type { KnowledgeBase } from '../knowledge/knowledgeBase';
import type { Entry } from '../knowledge/schema';

export interface SearchHit {
  entry: Entry;
  /** 0 is a perfect match, 1 no match at all. */
  score: number;
}

/**
 * Typo-tolerant search over names, aliases, code spellings and summaries, in both languages at
 * once (a Korean speaker may type "증류" or "distillation"). Names weigh most, summaries least.
 */
export class AtlasSearch {
  private readonly fuse: Fuse<Entry>;

  constructor(private readonly kb: KnowledgeBase) {
    this.fuse = new Fuse([...kb.entries], {
      includeScore: true,
      ignoreLocation: true,
      threshold: 0.34,
      keys: [
        { name: 'name', weight: 4 },
        { name: 'nameKo', weight: 4 },
        { name: 'aliases', weight: 3 },
        { name: 'code', weight: 2 },
        { name: 'summary.en', weight: 1 },
        { name: 'summary.ko', weight: 1 },
      ],
    });
  }

  /** Best matches first; an empty query lists every entry by name. */
  search(query: string, limit = 50): SearchHit[] {
    const q = query.trim();
    if (q.length === 0) {
      return [...this.kb.entries].sort((a, b) => a.name.localeCompare(b.name)).slice(0, limit).map((entry) => ({ entry, score: 0 }));
    }
    return this.fuse.search(q.slice(0, 100), { limit }).map((r) => ({ entry: r.item, score: r.score ?? 0 }));
  }
}
