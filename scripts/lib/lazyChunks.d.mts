import type { BuildOptions, Plugin } from 'esbuild';

export const CHUNKS: Record<string, string[]>;
export function lazyChunkBuilds(entry: string, outdir: string, options: BuildOptions): Promise<{ plugin: Plugin; chunkBuilds: BuildOptions[] }>;
