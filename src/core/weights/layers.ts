/**
 * Where a tensor sits in the model: the repeated block it belongs to (`model.layers.17`, `blk.17`,
 * `transformer.h.3`, `encoder.block.5`), found from the container names Hugging Face and llama.cpp use.
 */

const CONTAINERS = new Set(['layers', 'layer', 'h', 'blocks', 'block', 'blk']);

export interface LayerPosition {
  /** The container path: `model.layers`, `blk`, `model.vision_tower.vision_model.encoder.layers`. */
  container: string;
  index: number;
}

/** The first `<container>.<n>` in a tensor name, or undefined for tensors outside repeated blocks. */
export function layerOf(name: string): LayerPosition | undefined {
  const parts = name.split('.');
  for (let i = 1; i < parts.length - 1; i++) {
    if (CONTAINERS.has(parts[i - 1]) && /^\d{1,6}$/.test(parts[i])) {
      return { container: parts.slice(0, i).join('.'), index: Number(parts[i]) };
    }
  }
  return undefined;
}

export interface LayerRollup {
  container: string;
  /** Blocks found (distinct indexes) and the highest index + 1, which differ when some are missing. */
  blocks: number;
  span: number;
  tensors: number;
  parameters: number;
  bytes: number;
  /** Parameters per block index, ascending. */
  perBlock: Array<{ index: number; tensors: number; parameters: number; bytes: number }>;
}

/** Roll-ups of every container, largest first. */
export function layerRollups(tensors: ReadonlyArray<{ name: string; parameters: number; bytes: number }>): LayerRollup[] {
  const containers = new Map<string, Map<number, { index: number; tensors: number; parameters: number; bytes: number }>>();
  for (const t of tensors) {
    const at = layerOf(t.name);
    if (!at) continue;
    let blocks = containers.get(at.container);
    if (!blocks) containers.set(at.container, (blocks = new Map()));
    let block = blocks.get(at.index);
    if (!block) blocks.set(at.index, (block = { index: at.index, tensors: 0, parameters: 0, bytes: 0 }));
    block.tensors++;
    block.parameters += t.parameters;
    block.bytes += t.bytes;
  }
  return [...containers]
    .map(([container, blocks]) => {
      const perBlock = [...blocks.values()].sort((a, b) => a.index - b.index);
      const sum = (k: 'tensors' | 'parameters' | 'bytes') => perBlock.reduce((s, b) => s + b[k], 0);
      return { container, blocks: perBlock.length, span: perBlock[perBlock.length - 1].index + 1, tensors: sum('tensors'), parameters: sum('parameters'), bytes: sum('bytes'), perBlock };
    })
    .sort((a, b) => b.parameters - a.parameters);
}
