/**
 * Set by a banner that esbuild puts at the very top of each host bundle, so that activation time
 * covers evaluating the bundle as well as `activate()` itself.
 */
declare const __llmAtlasLoadStarted: number | undefined;

/** What `activate` returns: the extension's own measure of its activation cost. */
export interface AtlasExports {
  activationMs: number;
}

export function activationExports(activateEnded: number): AtlasExports {
  const started = typeof __llmAtlasLoadStarted === 'number' ? __llmAtlasLoadStarted : activateEnded;
  return { activationMs: activateEnded - started };
}
