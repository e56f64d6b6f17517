/**
 * Published configs of well-known checkpoints, keyed by Hugging Face id, so that an id written in code
 * (`from_pretrained("meta-llama/Llama-3.1-8B")`) can be counted exactly without the Hub. The table is
 * data (`known-configs.json`, shipped as `dist/known-configs.json` and read on first use); this module
 * only looks ids up in it.
 */

export type KnownConfigTable = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

export interface KnownConfig {
  /** The id as the table spells it, with its organisation. */
  hfId: string;
  config: Readonly<Record<string, unknown>>;
}

/**
 * Finds an id case-insensitively, with or without its organisation ("Llama-3.1-8B" finds
 * "meta-llama/Llama-3.1-8B"); a name without organisation that two organisations share finds nothing.
 */
export function findKnownConfig(table: KnownConfigTable, id: string): KnownConfig | undefined {
  const wanted = id.trim().toLowerCase();
  if (wanted === '') return undefined;
  let byName: KnownConfig | undefined;
  let names = 0;
  for (const hfId of Object.keys(table)) {
    const lower = hfId.toLowerCase();
    if (lower === wanted) return { hfId, config: table[hfId] };
    if (!wanted.includes('/') && lower.slice(lower.indexOf('/') + 1) === wanted) {
      byName = { hfId, config: table[hfId] };
      names++;
    }
  }
  return names === 1 ? byName : undefined;
}
