import { homedir } from 'node:os';
import * as vscode from 'vscode';
import { hubCacheFolder } from '../../core/weights/hfCache';
import type { WeightsHost } from '.';
import { nodeFiles } from './nodeFiles';

/**
 * The Node host: ranged reads, and the hub cache huggingface_hub would use with the extension host's
 * environment, read when a hover asks (so a changed HF_HUB_CACHE is followed).
 */
export function nodeWeightsHost(): WeightsHost {
  return { files: nodeFiles, hubCache: () => vscode.Uri.file(hubCacheFolder(process.env, homedir())) };
}
