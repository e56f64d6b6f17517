/**
 * `model.safetensors.index.json`, the map of a sharded checkpoint: `weight_map` (tensor → shard file)
 * and `metadata.total_size` (bytes of all tensors), as transformers' `save_pretrained` writes it.
 * The shards' own headers are then read and checked against it.
 */
import type { SafetensorsHeader } from './safetensors';
import { failure, type Bilingual, type Parsed, type TensorInfo } from './types';

/** A real index is a few hundred KB at most (DeepSeek-V3's 91k tensors: ≈ 8.9 MB). */
export const MAX_INDEX_BYTES = 64 * 1024 * 1024;

export interface ShardIndex {
  totalSize?: number;
  /** `metadata.total_parameters`: `num_parameters()` of the model that saved it (recent transformers). */
  totalParameters?: number;
  weightMap: Map<string, string>;
  /** Shard files in the order they first appear. */
  shards: string[];
}

const SAFE_FILE = /^(?!.*\.\.)[^/\\:]+(\/[^/\\:]+)*$/;

export function isShardIndexName(fileName: string): boolean {
  return /\.safetensors\.index\.json$/i.test(fileName);
}

export function parseShardIndex(text: string): Parsed<ShardIndex> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return failure('invalid-header', `The index is not valid JSON (${why}).`, `인덱스가 올바른 JSON이 아닙니다(${why}).`);
  }
  const root = typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : undefined;
  const map = root?.weight_map;
  if (typeof map !== 'object' || map === null || Array.isArray(map)) {
    return failure('invalid-header', 'The index has no "weight_map" object (tensor name → shard file).', '인덱스에 "weight_map" 객체(텐서 이름 → 샤드 파일)가 없습니다.');
  }
  const weightMap = new Map<string, string>();
  const shards: string[] = [];
  const seen = new Set<string>();
  for (const [name, file] of Object.entries(map)) {
    if (typeof file !== 'string' || !SAFE_FILE.test(file)) {
      return failure('invalid-header', `weight_map["${name}"] is not a shard file name inside the checkpoint folder.`, `weight_map["${name}"]가 체크포인트 폴더 안의 샤드 파일 이름이 아닙니다.`);
    }
    weightMap.set(name, file);
    if (!seen.has(file)) {
      seen.add(file);
      shards.push(file);
    }
  }
  const metadata = root?.metadata as Record<string, unknown> | undefined;
  const count = (v: unknown) => (typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? v : undefined);
  return { ok: true, value: { weightMap, shards, totalSize: count(metadata?.total_size), totalParameters: count(metadata?.total_parameters) } };
}

/** Joins the shards' tensors into one inventory and lists where they disagree with the index. */
export function joinShards(index: ShardIndex, shards: ReadonlyArray<{ file: string; header: SafetensorsHeader }>): { tensors: TensorInfo[]; warnings: Bilingual[] } {
  const tensors: TensorInfo[] = [];
  const warnings: Bilingual[] = [];
  const found = new Set<string>();
  let misplaced = 0;
  for (const { file, header } of shards) {
    for (const t of header.tensors) {
      if (found.has(t.name)) {
        warnings.push({ en: `"${t.name}" is stored twice; the copy in ${file} is left out.`, ko: `"${t.name}"가 두 번 저장되어 있어 ${file}의 사본은 빼고 셉니다.` });
        continue;
      }
      found.add(t.name);
      if (index.weightMap.get(t.name) !== file) misplaced++;
      tensors.push({ ...t, shard: file });
    }
    warnings.push(...header.warnings.map((w) => ({ en: `${file}: ${w.en}`, ko: `${file}: ${w.ko}` })));
  }
  const missing = [...index.weightMap.keys()].filter((name) => !found.has(name));
  if (missing.length > 0) warnings.push({ en: `${missing.length} tensors of the index are in no shard read (first: ${missing[0]}).`, ko: `인덱스의 텐서 ${missing.length}개가 읽은 샤드 어디에도 없습니다(첫 번째: ${missing[0]}).` });
  if (misplaced > 0) warnings.push({ en: `${misplaced} tensors are not in the shard the index names for them.`, ko: `텐서 ${misplaced}개가 인덱스가 가리키는 샤드가 아닌 다른 샤드에 있습니다.` });
  const bytes = tensors.reduce((s, t) => s + t.bytes, 0);
  if (index.totalSize !== undefined && index.totalSize !== bytes) {
    warnings.push({ en: `The index's total_size is ${index.totalSize.toLocaleString('en-US')} bytes; the shards' tensors take ${bytes.toLocaleString('en-US')}.`, ko: `인덱스의 total_size는 ${index.totalSize.toLocaleString('en-US')}바이트인데 샤드의 텐서는 ${bytes.toLocaleString('en-US')}바이트입니다.` });
  }
  return { tensors, warnings };
}

/**
 * The saving model's own count against ours: a note when they differ. Only for unquantized checkpoints: transformers counts
 * parameters, and quantizers keep packed weights in buffers, which `num_parameters()` leaves out.
 */
export function totalParametersNote(index: ShardIndex, parameters: number, quantized: boolean): Bilingual | undefined {
  const saved = index.totalParameters;
  if (saved === undefined || quantized) return undefined;
  const n = (v: number) => v.toLocaleString('en-US');
  if (saved === parameters) return undefined;
  return { en: `The index's total_parameters (written by transformers when it saved the model) is ${n(saved)}; the headers hold ${n(parameters)} (the model that saved it may keep some weights outside its parameters, or tie more of them).`, ko: `인덱스의 total_parameters(transformers가 저장할 때 기록)는 ${n(saved)}인데 헤더에는 ${n(parameters)}개가 있습니다(저장한 모델이 일부 가중치를 파라미터 밖에 두었거나 더 많이 묶었을 수 있습니다).` };
}
