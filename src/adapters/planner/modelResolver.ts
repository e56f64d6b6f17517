import * as vscode from 'vscode';
import type { KnownConfigTable } from '../../core/estimator';
import { isHubModelId, modelFolderName, snapshotHash } from '../../core/weights/hfCache';
import type { ReadExtensionFile } from '../extensionFiles';

/** Configs bigger than this are not read (a real config.json is a few KB). */
const MAX_CONFIG_BYTES = 5 * 1024 * 1024;

export type ModelSource = { kind: 'known'; hfId: string } | { kind: 'workspace' | 'hub-cache'; uri: vscode.Uri };

export interface ResolvedConfig {
  /** The config.json text (workspace) or object (known table). */
  config: Record<string, unknown> | string;
  label: string;
  source: ModelSource;
}

/** One place a model id can be found. */
type Resolver = (id: string, script: vscode.Uri) => Promise<ResolvedConfig | undefined>;

async function readIfSmall(uri: vscode.Uri): Promise<string | undefined> {
  try {
    const { size, type } = await vscode.workspace.fs.stat(uri);
    if ((type & vscode.FileType.File) === 0 || size > MAX_CONFIG_BYTES) return undefined;
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

function folderOf(uri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(uri, '..');
}

/** Where relative paths in a script are looked up: beside the script, then each workspace folder. */
function bases(script: vscode.Uri): vscode.Uri[] {
  return [folderOf(script), ...(vscode.workspace.workspaceFolders ?? []).map((f) => f.uri)];
}

const LOCAL_PATH = /^(?:\.{1,2}\/|\/)/;
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,200}$/;

/** A folder the code names (`"./checkpoints/my-model"`), with its config.json. */
const workspaceFolderNamed: Resolver = async (id, script) => {
  if (!LOCAL_PATH.test(id) || id.includes('\0')) return undefined;
  const candidates = id.startsWith('/') ? [vscode.Uri.file(id)] : bases(script).map((base) => vscode.Uri.joinPath(base, id));
  for (const folder of candidates) {
    const uri = vscode.Uri.joinPath(folder, 'config.json');
    const text = await readIfSmall(uri);
    if (text !== undefined) return { config: text, label: id, source: { kind: 'workspace', uri } };
  }
  return undefined;
};

/** A Hub id whose checkout sits in the workspace as models/<name>/config.json (as in samples/models). */
const workspaceModelsFolder: Resolver = async (id, script) => {
  const name = id.slice(id.lastIndexOf('/') + 1);
  if (!SAFE_NAME.test(name) || name === '.' || name === '..') return undefined;
  for (const base of bases(script)) {
    const uri = vscode.Uri.joinPath(base, 'models', name, 'config.json');
    const text = await readIfSmall(uri);
    if (text !== undefined) return { config: text, label: id, source: { kind: 'workspace', uri } };
  }
  return undefined;
};

/** A Hub id downloaded before: the config.json of the snapshot `refs/main` points to in the local cache. */
function hubCacheSnapshot(hubCache: () => vscode.Uri): Resolver {
  return async (id) => {
    if (!isHubModelId(id)) return undefined;
    const folder = vscode.Uri.joinPath(hubCache(), modelFolderName(id));
    const ref = await readIfSmall(vscode.Uri.joinPath(folder, 'refs', 'main'));
    const hash = ref === undefined ? undefined : snapshotHash(ref);
    if (!hash) return undefined;
    const uri = vscode.Uri.joinPath(folder, 'snapshots', hash, 'config.json');
    const text = await readIfSmall(uri);
    return text === undefined ? undefined : { config: text, label: id, source: { kind: 'hub-cache', uri } };
  };
}

/**
 * Resolves the model ids written in scripts: a folder the code names, the published configs shipped with
 * the extension (dist/known-configs.json), a models/<name> checkout in the workspace, or the local Hugging
 * Face cache (Node hosts; the web host has none). Never downloads.
 */
export class ModelResolver {
  private table: Promise<KnownConfigTable> | undefined;
  private readonly resolvers: Resolver[];

  /** `hubCache` gives the hub cache folder on each use, so a changed HF_HUB_CACHE is followed. */
  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly readFile: ReadExtensionFile,
    hubCache?: () => vscode.Uri,
  ) {
    this.resolvers = [workspaceFolderNamed, this.knownConfig, workspaceModelsFolder, ...(hubCache ? [hubCacheSnapshot(hubCache)] : [])];
  }

  private knownTable(): Promise<KnownConfigTable> {
    this.table ??= (async () => {
      return JSON.parse(await this.readFile(vscode.Uri.joinPath(this.extensionUri, 'dist', 'known-configs.json'))) as KnownConfigTable;
    })();
    this.table.catch(() => (this.table = undefined));
    return this.table;
  }

  private readonly knownConfig: Resolver = async (id) => {
    const { findKnownConfig } = await import('../../core/estimator/knownConfigs');
    const known = findKnownConfig(await this.knownTable(), id);
    return known ? { config: { ...known.config }, label: known.hfId, source: { kind: 'known', hfId: known.hfId } } : undefined;
  };

  async resolve(id: string, script: vscode.Uri): Promise<ResolvedConfig | undefined> {
    for (const resolver of this.resolvers) {
      const found = await resolver(id, script);
      if (found) return found;
    }
    return undefined;
  }

  /** A DeepSpeed JSON config the script names, parsed; undefined when absent, too big or not JSON. */
  async readJson(path: string, script: vscode.Uri): Promise<unknown> {
    if (path.includes('\0')) return undefined;
    const candidates = path.startsWith('/') ? [vscode.Uri.file(path)] : bases(script).map((base) => vscode.Uri.joinPath(base, path));
    for (const uri of candidates) {
      const text = await readIfSmall(uri);
      if (text === undefined) continue;
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return undefined;
      }
    }
    return undefined;
  }
}
