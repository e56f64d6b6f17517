/**
 * Set by a banner and a footer that esbuild puts around each host bundle: the time VS Code spends
 * evaluating our code, counted apart from any wait before it calls `activate`.
 */
declare const __llmAtlasLoadStarted: number | undefined;
declare const __llmAtlasLoadEnded: number | undefined;

/** What `activate` returns: the extension's own measure of its activation cost. */
export interface AtlasExports {
  /** Evaluating the bundle plus running `activate()`, as VS Code's "Running Extensions" counts it. */
  activationMs: number;
  loadMs: number;
  activateCallMs: number;
}

export function activationExports(activateStarted: number, activateEnded: number): AtlasExports {
  const loadMs =
    typeof __llmAtlasLoadStarted === 'number' && typeof __llmAtlasLoadEnded === 'number' ? __llmAtlasLoadEnded - __llmAtlasLoadStarted : 0;
  const activateCallMs = activateEnded - activateStarted;
  return { activationMs: loadMs + activateCallMs, loadMs, activateCallMs };
}
