// Splits the Node host bundle into lazily required CommonJS chunks (dist/chunks/<name>.js), so that
// activation evaluates only the adapters: the estimator, planner, weights, the zod protocol and the
// atlas's matcher and search load on first use. esbuild cannot split CommonJS output, so each chunk is
// its own bundle, and every import that crosses into a chunk's folders (from the main bundle or another
// chunk) is replaced by a stand-in whose properties require the chunk on first access. Each module thus
// lives in exactly one bundle: classes keep one identity, module state is not duplicated. The web-worker
// host cannot require files and keeps everything in one bundle.
import * as esbuild from 'esbuild';
import { relative, resolve, sep } from 'node:path';

/** Chunk name → the source folders it holds (each with its dependencies outside every chunk). */
export const CHUNKS = {
  estimator: ['src/core/estimator'],
  planner: ['src/core/planner'],
  weights: ['src/core/weights'],
  protocol: ['src/core/protocol'],
  atlas: ['src/core/knowledge', 'src/core/matcher', 'src/core/search'],
};

/** Modules in those folders that activation reads, so that stay in the host bundle. */
const EAGER = new Set(['src/core/protocol/viewTypes.ts'].map((file) => resolve(file)));

const folders = Object.entries(CHUNKS).flatMap(([chunk, dirs]) => dirs.map((dir) => [resolve(dir) + sep, chunk]));
const chunkOf = (file) => (EAGER.has(file) ? undefined : folders.find(([dir]) => file.startsWith(dir))?.[1]);
/** A module's key in its chunk's exports: its path under src/core, as an identifier. */
const keyOf = (file) => resolve(file).slice(resolve('src/core').length + 1).replace(/\.[cm]?[jt]sx?$/, '').replace(/\W/g, '_');

/**
 * The modules each chunk exports: those imported from outside the chunk, found in one analysis build
 * of the whole host bundle (the split builds have the same import graph).
 */
async function boundaries(entry) {
  const { metafile } = await esbuild.build({ entryPoints: [entry], bundle: true, write: false, metafile: true, platform: 'node', format: 'cjs', external: ['vscode'], logLevel: 'silent' });
  const exported = Object.fromEntries(Object.keys(CHUNKS).map((chunk) => [chunk, new Set()]));
  for (const [from, { imports }] of Object.entries(metafile.inputs)) {
    for (const { path, external } of imports) {
      const chunk = !external && chunkOf(resolve(path));
      if (chunk && chunk !== chunkOf(resolve(from))) exported[chunk].add(resolve(path));
    }
  }
  return exported;
}

/**
 * Replaces imports that cross into another chunk than `own` (the one being built, if any) with a
 * stand-in that requires `${prefix}<chunk>.js` when first read.
 */
function lazyImports(prefix, own) {
  return {
    name: 'lazy-chunks',
    setup(build) {
      build.onResolve({ filter: /.*/ }, async (args) => {
        if (args.namespace !== 'file' || args.pluginData?.lazy || args.kind === 'entry-point') return undefined;
        const resolved = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, importer: args.importer, pluginData: { lazy: true } });
        if (resolved.errors.length > 0 || resolved.external) return resolved;
        const chunk = chunkOf(resolved.path);
        if (!chunk || chunk === own) return resolved;
        // A dynamic import is a use: its namespace is the chunk's, whole (so that it can be spread).
        const dynamic = args.kind === 'dynamic-import';
        return { path: `${relative(process.cwd(), resolved.path)}${dynamic ? '?dynamic' : ''}`, namespace: 'lazy-chunk', pluginData: { chunk, file: resolved.path, dynamic } };
      });
      build.onResolve({ filter: /.*/, namespace: 'lazy-chunk' }, ({ path }) => ({ path, external: true }));
      // esbuild reads a CommonJS module's exports through __toESM, which copies own properties and keeps
      // the prototype: the stand-in's prototype is the proxy, so nothing loads until an export is read.
      build.onLoad({ filter: /.*/, namespace: 'lazy-chunk' }, ({ pluginData: { chunk, file, dynamic } }) => {
        const load = `require(${JSON.stringify(`${prefix}${chunk}.js`)}).${keyOf(file)}`;
        const contents = dynamic
          ? `module.exports = ${load};`
          : `let chunk;\nmodule.exports = Object.create(new Proxy({}, { get: (_, key) => (chunk ??= ${load})[key] }), { __esModule: { value: true } });`;
        return { contents, loader: 'js' };
      });
    },
  };
}

/**
 * For the host bundle `entry` built into `outdir`: the plugin that makes its imports of chunks lazy, and
 * the esbuild options of each chunk's bundle (`options` plus a generated entry exporting its modules).
 */
export async function lazyChunkBuilds(entry, outdir, options) {
  const exported = await boundaries(entry);
  const chunkBuild = (chunk) => ({
    ...options,
    stdin: {
      contents: [...exported[chunk]].map((file) => `export * as ${keyOf(file)} from ${JSON.stringify(file)};`).join('\n'),
      resolveDir: process.cwd(),
      sourcefile: `chunk-${chunk}.js`,
      loader: 'js',
    },
    outfile: `${outdir}/chunks/${chunk}.js`,
    plugins: [lazyImports('./', chunk)],
  });
  return { plugin: lazyImports('./chunks/'), chunkBuilds: Object.keys(CHUNKS).filter((chunk) => exported[chunk].size > 0).map(chunkBuild) };
}
