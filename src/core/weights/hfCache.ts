/**
 * The local Hugging Face cache, as `huggingface_hub` lays it out (docs: "Understand caching",
 * https://huggingface.co/docs/huggingface_hub/guides/manage-cache, and `constants.py`): the cache
 * folder is `HF_HUB_CACHE`, else `$HF_HOME/hub`, else `$XDG_CACHE_HOME/huggingface/hub`, else
 * `~/.cache/huggingface/hub`; a model `org/name` lives in `models--org--name`, whose `refs/main`
 * holds the commit hash of the snapshot folder `snapshots/<hash>/` with the files.
 * Pure path logic; the host reads the files.
 */

export type Environment = Readonly<Record<string, string | undefined>>;

const set = (v: string | undefined): v is string => v !== undefined && v.trim() !== '';
const trimSlash = (p: string) => p.replace(/\/+$/, '');

/** The hub cache folder huggingface_hub would use with this environment and home folder. */
export function hubCacheFolder(env: Environment, home: string): string {
  if (set(env.HF_HUB_CACHE)) return trimSlash(env.HF_HUB_CACHE);
  // The older spelling huggingface_hub still honours.
  if (set(env.HUGGINGFACE_HUB_CACHE)) return trimSlash(env.HUGGINGFACE_HUB_CACHE);
  if (set(env.HF_HOME)) return `${trimSlash(env.HF_HOME)}/hub`;
  const cacheHome = set(env.XDG_CACHE_HOME) ? trimSlash(env.XDG_CACHE_HOME) : `${trimSlash(home)}/.cache`;
  return `${cacheHome}/huggingface/hub`;
}

/** A Hub model id: `org/name` with the characters the Hub allows (no `--`, no `..`). */
export function isHubModelId(id: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9._-]{0,95}\/[A-Za-z0-9][A-Za-z0-9._-]{0,95}$/.test(id) && !id.includes('--') && !id.includes('..');
}

/** `meta-llama/Llama-3.1-8B` → `models--meta-llama--Llama-3.1-8B`. */
export function modelFolderName(id: string): string {
  return `models--${id.split('/').join('--')}`;
}

/** A commit hash as `refs/main` holds it (40 hex digits; trailing newline allowed). */
export function snapshotHash(refText: string): string | undefined {
  const hash = refText.trim();
  return /^[0-9a-f]{40}$/.test(hash) ? hash : undefined;
}

export interface HubIdAt {
  id: string;
  /** Character range of the id inside the line (without the quotes). */
  start: number;
  end: number;
}

/** The calls and keywords whose string argument names a model on the Hub. */
const LOADER_CONTEXT = /(?:\.from_pretrained\s*\(\s*|\b(?:pretrained_model_name_or_path|model_name_or_path|model_id|model_name|model|repo_id)\s*=\s*|\b(?:LLM|pipeline|snapshot_download|AutoModel\w*|SentenceTransformer)\s*\((?:[^()]*?,\s*)?)$/;
const STRING_LITERAL = /(["'])([^"'\\\n]{1,200})\1/g;

/** The Hub id in a string literal at `character` of `line`, when the literal is a model loader's argument. */
export function hubIdAt(line: string, character: number): HubIdAt | undefined {
  if (line.length > 10_000) return undefined;
  STRING_LITERAL.lastIndex = 0;
  for (let m = STRING_LITERAL.exec(line); m; m = STRING_LITERAL.exec(line)) {
    const start = m.index + 1;
    const end = start + m[2].length;
    if (character < m.index || character > end + 1) continue;
    if (!isHubModelId(m[2]) || !LOADER_CONTEXT.test(line.slice(0, m.index))) return undefined;
    return { id: m[2], start, end };
  }
  return undefined;
}
