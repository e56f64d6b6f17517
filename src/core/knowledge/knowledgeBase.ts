import type { Entry, EntryKind, ModelVariant, Source } from './schema';

/** Read-only access to the atlas: entries by id, variants by id, sources by key. */
export class KnowledgeBase {
  private readonly byId = new Map<string, Entry>();
  private readonly variants = new Map<string, { entry: Entry; variant: ModelVariant }>();

  constructor(
    readonly entries: readonly Entry[],
    readonly sources: Readonly<Record<string, Source>>,
  ) {
    for (const entry of entries) {
      this.byId.set(entry.id, entry);
      for (const variant of entry.model?.variants ?? []) this.variants.set(variant.id, { entry, variant });
    }
  }

  get(id: string): Entry | undefined {
    return this.byId.get(id);
  }

  variant(id: string): { entry: Entry; variant: ModelVariant } | undefined {
    return this.variants.get(id);
  }

  source(key: string): Source | undefined {
    return Object.prototype.hasOwnProperty.call(this.sources, key) ? this.sources[key] : undefined;
  }

  ofKind(kind: EntryKind): Entry[] {
    return this.entries.filter((e) => e.kind === kind);
  }
}
