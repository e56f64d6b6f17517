// Builds every bundle with esbuild: the extension host (Node, CommonJS), the web-worker host
// (the `browser` entry) and one IIFE per webview app. `--production` minifies; `--watch` rebuilds.
import * as esbuild from 'esbuild';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { lazyChunkBuilds } from './lib/lazyChunks.mjs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const common = { bundle: true, minify: production, sourcemap: true, logLevel: 'warning', legalComments: 'none' };
/** First and last statements of each host bundle: activation time includes evaluating the bundle. */
const loadStarted = { js: 'var __llmAtlasLoadStarted = performance.now();' };
const loadEnded = { js: 'var __llmAtlasLoadEnded = performance.now();' };

/** Each folder under webview/ with a main.ts is one webview app; each gets its own bundle + CSS. */
const webviewApps = readdirSync('webview', { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(`webview/${d.name}/main.ts`))
  .map((d) => d.name);

/**
 * In CommonJS output esbuild copies an external module's exports into a new object in every module that
 * imports it: 30-odd copies of the ~350 names of `vscode` cost activation ~20 ms. One ES module that
 * re-exports `vscode` makes that one copy, which every module reads through.
 */
const vscodeOnce = {
  name: 'vscode-once',
  setup(build) {
    build.onResolve({ filter: /^vscode$/ }, ({ namespace }) => (namespace === 'vscode-once' ? { path: 'vscode', external: true } : { path: 'vscode', namespace: 'vscode-once' }));
    build.onLoad({ filter: /.*/, namespace: 'vscode-once' }, () => ({ contents: "export * from 'vscode';", loader: 'js' }));
  },
};

const node = { ...common, platform: 'node', format: 'cjs', target: 'node18', external: ['vscode'] };
const { plugin: lazyChunks, chunkBuilds } = await lazyChunkBuilds('src/extension.ts', 'dist', node);
const builds = [
  { ...node, entryPoints: { extension: 'src/extension.ts' }, outdir: 'dist', banner: loadStarted, footer: loadEnded },
  ...chunkBuilds,
  {
    ...common,
    entryPoints: { extension: 'src/web/extension.ts' },
    outdir: 'dist/web',
    banner: loadStarted,
    footer: loadEnded,
    platform: 'browser',
    format: 'cjs',
    target: 'es2022',
    external: ['vscode'],
    define: { 'process.env.NODE_ENV': production ? '"production"' : '"development"' },
    plugins: [vscodeOnce],
  },
  {
    ...common,
    entryPoints: Object.fromEntries(webviewApps.flatMap((app) => [[app, `webview/${app}/main.ts`], [`${app}-style`, `webview/${app}/style.css`]])),
    outdir: 'dist/webview',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    loader: { '.ttf': 'file' },
  },
];

/**
 * Writes dist/atlas.json: the knowledge base as data, read by the extension on first use instead of
 * being bundled, which keeps the host bundle small and activation free of work.
 */
async function writeAtlasJson() {
  // With the matcher's index, precomputed here so that the first hover does not build it.
  const stdin = { contents: "export { atlas } from './src/core/knowledge'; export { buildMatcherIndex } from './src/core/matcher/matcherIndex';", resolveDir: process.cwd(), loader: 'ts' };
  const result = await esbuild.build({ stdin, bundle: true, write: false, format: 'cjs', platform: 'node', logLevel: 'warning' });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', result.outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
  const { atlas, buildMatcherIndex } = module.exports;
  mkdirSync('dist', { recursive: true });
  writeFileSync('dist/atlas.json', JSON.stringify({ entries: atlas.entries, sources: atlas.sources, matcherIndex: buildMatcherIndex(atlas) }));
  // Published configs by Hugging Face id (src/core/estimator/knownConfigs.ts), read on first use too.
  writeFileSync('dist/known-configs.json', JSON.stringify(JSON.parse(readFileSync('src/core/estimator/known-configs.json', 'utf8'))));
}

const atlasJsonPlugin = {
  name: 'atlas-json',
  setup(build) {
    build.onEnd(async (result) => {
      if (result.errors.length === 0) await writeAtlasJson();
    });
  },
};
builds[0].plugins = [vscodeOnce, lazyChunks, atlasJsonPlugin];

if (!watch) rmSync('dist', { recursive: true, force: true });
if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
  console.log('[watch] watching for changes…');
} else {
  const started = Date.now();
  await Promise.all(builds.map((options) => esbuild.build(options)));
  console.log(`[build] ${production ? 'production' : 'development'} bundles in ${Date.now() - started} ms`);
}
