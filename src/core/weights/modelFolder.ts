/**
 * A model folder (a checkout, or a Hub cache snapshot): which files hold its weights, and what its
 * config.json and those weights say together.
 */
import { estimateFromConfigText, type EstimateResult } from '../estimator';
import { compareWithConfig, type WeightsComparison } from './compare';
import type { Checkpoint } from './load';
import { quantizationSettings } from './quantization';
import { summariseTensors, type WeightsSummary } from './summary';

export type WeightsLayout = { kind: 'sharded'; index: string } | { kind: 'single'; files: string[] } | { kind: 'none'; unreadable: string[] };

/** At most this many unsharded .safetensors files are read as one checkpoint (adapters, extra heads). */
const MAX_LOOSE_FILES = 16;

/** Picks the weights among a folder's file names: the index when there is one, else the .safetensors files. */
export function weightsLayout(fileNames: readonly string[]): WeightsLayout {
  const index = fileNames.find((n) => n === 'model.safetensors.index.json') ?? fileNames.find((n) => /\.safetensors\.index\.json$/.test(n));
  if (index) return { kind: 'sharded', index };
  const files = fileNames.filter((n) => n.endsWith('.safetensors')).sort();
  if (files.length > 0 && files.length <= MAX_LOOSE_FILES) {
    const main = files.includes('model.safetensors') ? ['model.safetensors'] : files;
    return { kind: 'single', files: main };
  }
  // Pickled weights cannot be read without running them; GGUF is a different model file.
  return { kind: 'none', unreadable: fileNames.filter((n) => /\.(bin|pt|pth|ckpt)$/.test(n)) };
}

export interface FolderReport {
  estimate: EstimateResult;
  summary: WeightsSummary;
  comparison?: WeightsComparison;
}

/** Config estimate, weights summary (quantization read from the config) and their comparison. */
export function folderReport(configText: string, checkpoint: Checkpoint): FolderReport {
  let config: unknown;
  try {
    config = JSON.parse(configText);
  } catch {
    config = undefined;
  }
  const estimate = estimateFromConfigText(configText);
  const summary = summariseTensors('safetensors', checkpoint.tensors, { files: checkpoint.files.length, quantization: quantizationSettings(config) });
  if (!estimate.ok || !estimate.estimate.supported) return { estimate, summary };
  const { shape } = estimate.estimate;
  const comparison = compareWithConfig(estimate.estimate.totalParameters, { layers: Math.max(shape.layers, shape.decoderLayers ?? 0), hidden: shape.hidden, vocab: shape.vocab }, summary.tensors);
  return { estimate, summary, comparison };
}
