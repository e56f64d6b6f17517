import * as vscode from 'vscode';
import { SourceUnavailable, memorySource, type ByteSource } from '../../core/weights/load';

/**
 * How this host reads weight files. The Node host reads byte ranges (a 140 GB checkpoint costs a few
 * header reads); the web-worker host has only `workspace.fs.readFile`, which reads whole files, so it
 * reads files up to WEB_WHOLE_FILE_LIMIT and says why it will not read bigger ones.
 */
export interface WeightsFiles {
  readonly ranged: boolean;
  open(uri: vscode.Uri): Promise<ByteSource>;
}

export const WEB_WHOLE_FILE_LIMIT = 64 * 1024 * 1024;

const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;

/** Whole-file reads through `workspace.fs`: the web host, and non-file schemes in the Node host. */
export const workspaceFiles: WeightsFiles = {
  ranged: false,
  async open(uri) {
    const { size } = await vscode.workspace.fs.stat(uri);
    if (size > WEB_WHOLE_FILE_LIMIT) {
      throw new SourceUnavailable({
        en: `This file is ${mb(size)}. Here files can only be read whole, up to ${mb(WEB_WHOLE_FILE_LIMIT)}; open it in desktop VS Code, which reads just the header.`,
        ko: `이 파일은 ${mb(size)}입니다. 이 환경에서는 파일을 통째로만 읽을 수 있고 한도는 ${mb(WEB_WHOLE_FILE_LIMIT)}입니다. 헤더만 읽는 데스크톱 VS Code에서 여세요.`,
      });
    }
    return memorySource(await vscode.workspace.fs.readFile(uri));
  },
};

/** Reads a small text file (config.json, an index), refusing files over `limit` bytes. */
export async function readSmallText(uri: vscode.Uri, limit: number): Promise<string | undefined> {
  try {
    const { size } = await vscode.workspace.fs.stat(uri);
    if (size > limit) return undefined;
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

export async function listFolder(uri: vscode.Uri): Promise<string[]> {
  try {
    return (await vscode.workspace.fs.readDirectory(uri)).filter(([, type]) => (type & vscode.FileType.File) !== 0).map(([name]) => name);
  } catch {
    return [];
  }
}
