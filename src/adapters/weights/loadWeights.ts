import * as vscode from 'vscode';
import { DEFAULT_MAX_TEXT_LENGTH } from '../../core/estimator';
import { ggufModelInfo } from '../../core/weights/ggufInfo';
import { SourceUnavailable, readGgufHeader, readSafetensorsHeader, readShardedCheckpoint, type Checkpoint } from '../../core/weights/load';
import { folderReport, weightsLayout, type FolderReport } from '../../core/weights/modelFolder';
import { MAX_INDEX_BYTES, parseShardIndex, totalParametersNote } from '../../core/weights/shardIndex';
import { summariseTensors } from '../../core/weights/summary';
import { failure, type Parsed } from '../../core/weights/types';
import type { WeightsReport } from '../../core/weights/view';
import { listFolder, readSmallText, type WeightsFiles } from './files';

const baseName = (uri: vscode.Uri) => uri.path.slice(uri.path.lastIndexOf('/') + 1);
const parentOf = (uri: vscode.Uri) => vscode.Uri.joinPath(uri, '..');

function unreadable(error: unknown) {
  if (error instanceof SourceUnavailable) return failure('unreadable', error.reason.en, error.reason.ko);
  const why = error instanceof Error ? error.message : String(error);
  return failure('unreadable', `The file could not be read: ${why}`, `파일을 읽을 수 없습니다: ${why}`);
}

/** A checkpoint's shards through `files`, relative to the index's folder; missing shards are undefined. */
function shardOpener(files: WeightsFiles, folder: vscode.Uri) {
  return (file: string) =>
    files.open(vscode.Uri.joinPath(folder, file)).catch((error: unknown) => {
      if (error instanceof SourceUnavailable) throw error;
      return undefined;
    });
}

export async function readCheckpointFromIndex(files: WeightsFiles, folder: vscode.Uri, indexText: string): Promise<Parsed<Checkpoint>> {
  try {
    return await readShardedCheckpoint(indexText, shardOpener(files, folder));
  } catch (error) {
    return unreadable(error);
  }
}

async function readSingle(files: WeightsFiles, uri: vscode.Uri): Promise<Parsed<Checkpoint>> {
  try {
    const header = await readSafetensorsHeader(await files.open(uri));
    if (!header.ok) return header;
    return { ok: true, value: { files: [baseName(uri)], tensors: header.value.tensors, warnings: header.value.warnings, metadata: header.value.metadata } };
  } catch (error) {
    return unreadable(error);
  }
}

/** The index beside a shard that lists it, with its text. */
async function indexListing(folder: vscode.Uri, shard: string): Promise<{ name: string; text: string } | undefined> {
  for (const name of (await listFolder(folder)).filter((n) => /\.safetensors\.index\.json$/.test(n))) {
    const text = await readSmallText(vscode.Uri.joinPath(folder, name), MAX_INDEX_BYTES);
    const index = text === undefined ? undefined : parseShardIndex(text);
    if (text !== undefined && index?.ok && index.value.shards.includes(shard)) return { name, text };
  }
  return undefined;
}

async function configBeside(folder: vscode.Uri): Promise<string | undefined> {
  return readSmallText(vscode.Uri.joinPath(folder, 'config.json'), DEFAULT_MAX_TEXT_LENGTH);
}

/** The report of a safetensors checkpoint (with its config.json when the folder has one). */
function checkpointReport(title: string, checkpoint: Checkpoint, configText: string | undefined, shardOf?: WeightsReport['shardOf']): WeightsReport {
  const folder = configText === undefined ? undefined : folderReport(configText, checkpoint);
  const summary = folder?.summary ?? summariseTensors('safetensors', checkpoint.tensors, { files: checkpoint.files.length });
  const saved = checkpoint.index ? totalParametersNote(checkpoint.index, summary.parameters, summary.schemes.length > 0) : undefined;
  return {
    title,
    format: 'safetensors',
    summary,
    warnings: saved ? [...checkpoint.warnings, saved] : checkpoint.warnings,
    ...(shardOf ? { shardOf } : {}),
    ...(folder?.comparison ? { comparison: folder.comparison } : {}),
  };
}

/** What the tensors page shows for a .safetensors or .gguf file. */
export async function loadWeightsFile(files: WeightsFiles, uri: vscode.Uri): Promise<Parsed<WeightsReport>> {
  const name = baseName(uri);
  if (/\.gguf$/i.test(name)) {
    try {
      const header = await readGgufHeader(await files.open(uri));
      if (!header.ok) return header;
      return { ok: true, value: { title: name, format: 'gguf', summary: summariseTensors('gguf', header.value.tensors), gguf: { version: header.value.version, info: ggufModelInfo(header.value) }, warnings: header.value.warnings } };
    } catch (error) {
      return unreadable(error);
    }
  }
  const folder = parentOf(uri);
  const index = await indexListing(folder, name);
  const checkpoint = index ? await readCheckpointFromIndex(files, folder, index.text) : await readSingle(files, uri);
  if (!checkpoint.ok) return checkpoint;
  const shardOf = index ? { index: index.name, shards: checkpoint.value.index?.shards.length ?? 1 } : undefined;
  return { ok: true, value: checkpointReport(name, checkpoint.value, await configBeside(folder), shardOf) };
}

/** The report of a model.safetensors.index.json (its text as the editor holds it). */
export async function loadIndexReport(files: WeightsFiles, indexUri: vscode.Uri, text: string): Promise<Parsed<WeightsReport>> {
  const folder = parentOf(indexUri);
  const checkpoint = await readCheckpointFromIndex(files, folder, text);
  if (!checkpoint.ok) return checkpoint;
  return { ok: true, value: checkpointReport(baseName(indexUri), checkpoint.value, await configBeside(folder)) };
}

export interface FolderWeights {
  report: FolderReport;
  checkpoint: Checkpoint;
  /** The file the tensors page should open (the first shard, or the single file). */
  firstFile: vscode.Uri;
}

/** A model folder's config and weights together, or undefined when it holds no readable weights. */
export async function loadFolderWeights(files: WeightsFiles, folder: vscode.Uri, configText?: string): Promise<Parsed<FolderWeights> | undefined> {
  const layout = weightsLayout(await listFolder(folder));
  if (layout.kind === 'none') return undefined;
  const config = configText ?? (await configBeside(folder));
  if (config === undefined) return undefined;
  let checkpoint: Parsed<Checkpoint>;
  if (layout.kind === 'sharded') {
    const text = await readSmallText(vscode.Uri.joinPath(folder, layout.index), MAX_INDEX_BYTES);
    if (text === undefined) return failure('unreadable', `${layout.index} could not be read.`, `${layout.index}을(를) 읽을 수 없습니다.`);
    checkpoint = await readCheckpointFromIndex(files, folder, text);
  } else if (layout.files.length === 1) {
    checkpoint = await readSingle(files, vscode.Uri.joinPath(folder, layout.files[0]));
  } else {
    const parts = await Promise.all(layout.files.map((f) => readSingle(files, vscode.Uri.joinPath(folder, f))));
    const firstFailure = parts.find((p) => !p.ok);
    if (firstFailure) return firstFailure as Parsed<FolderWeights>;
    const ok = parts.filter((p): p is { ok: true; value: Checkpoint } => p.ok);
    checkpoint = { ok: true, value: { files: layout.files, tensors: ok.flatMap((p, i) => p.value.tensors.map((t) => ({ ...t, shard: layout.files[i] }))), warnings: ok.flatMap((p) => p.value.warnings), metadata: ok[0].value.metadata } };
  }
  if (!checkpoint.ok) return checkpoint;
  const first = checkpoint.value.files[0];
  return { ok: true, value: { report: folderReport(config, checkpoint.value), checkpoint: checkpoint.value, firstFile: vscode.Uri.joinPath(folder, first) } };
}
