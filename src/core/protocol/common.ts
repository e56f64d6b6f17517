import * as z from 'zod/mini';

/**
 * Messages every webview shares. Each panel's own protocol (one file per panel) extends these.
 * Both sides validate what they receive and ignore anything that does not match.
 */

/** Webview → host: the page has loaded and can take its initial state. */
export const ReadyMessage = z.object({ type: z.literal('ready') });

/** Webview → host: open an atlas entry's card (or explanation). */
export const OpenEntryMessage = z.object({
  type: z.literal('openEntry'),
  entryId: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,80}$/)),
});

/** Parses `raw` with `schema`, returning undefined instead of throwing on a mismatch. */
export function parseMessage<T>(schema: z.ZodMiniType<T>, raw: unknown): T | undefined {
  const result = schema.safeParse(raw);
  return result.success ? result.data : undefined;
}
