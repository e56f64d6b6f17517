import * as z from 'zod/mini';
import { OpenEntryMessage, ReadyMessage } from './common';

/** The sidebar's protocol: the "LLM Atlas" activity-bar container and its one webview view. */
export const SIDEBAR_CONTAINER_ID = 'llmAtlas';
export { SIDEBAR_VIEW_ID } from './viewTypes';

const EntryId = OpenEntryMessage.shape.entryId;
const Count = z.number().check(z.int(), z.nonnegative());
const Text = z.string().check(z.maxLength(2000));

/**
 * The quick actions the page can ask for, by name: the page never names a command itself, so a
 * compromised page can only run these.
 */
export const QUICK_ACTIONS = ['scalingCharts', 'architectureCards', 'estimateFromConfig'] as const;
export const QuickAction = z.enum(QUICK_ACTIONS);
export type QuickAction = z.infer<typeof QuickAction>;

// Webview → host.

/** Search the atlas; the answer carries the same `seq`, so stale answers can be dropped. */
export const SearchMessage = z.object({ type: z.literal('search'), seq: Count, query: z.string().check(z.maxLength(200)) });
/** Select and reveal the term's next occurrence in the editor the "In this file" list describes. */
export const RevealTermMessage = z.object({ type: z.literal('revealTerm'), entryId: EntryId });
export const RunActionMessage = z.object({ type: z.literal('runAction'), action: QuickAction });

export const SidebarInbound = z.discriminatedUnion('type', [ReadyMessage, OpenEntryMessage, SearchMessage, RevealTermMessage, RunActionMessage]);
export type SidebarInbound = z.infer<typeof SidebarInbound>;

// Host → webview.

/** Every UI string of the page, localised by the host. */
export const SidebarStrings = z.object({
  searchPlaceholder: Text,
  searchLabel: Text,
  actions: Text,
  inThisFile: Text,
  browse: Text,
  results: Text,
  noResults: Text,
  noEditor: Text,
  noTerms: Text,
  /** Tooltip of an "In this file" row. */
  revealHint: Text,
});
export type SidebarStrings = z.infer<typeof SidebarStrings>;

export const EntryRowSchema = z.object({ id: EntryId, name: Text, aka: z.optional(Text), kind: Text, figure: z.optional(Text), tooltip: Text });

export const SidebarInit = z.object({
  type: z.literal('init'),
  language: z.enum(['en', 'ko']),
  strings: SidebarStrings,
  entries: z.array(EntryRowSchema).check(z.maxLength(5000)),
  groups: z.array(z.object({ id: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)), title: Text, entryIds: z.array(EntryId) })),
  /** Only the actions whose commands are registered (some panels may be absent). */
  actions: z.array(z.object({ id: QuickAction, title: Text })),
});
export type SidebarInit = z.infer<typeof SidebarInit>;

export const SearchResults = z.object({ type: z.literal('searchResults'), seq: Count, entryIds: z.array(EntryId) });
export type SearchResults = z.infer<typeof SearchResults>;

export const FileTerms = z.object({
  type: z.literal('fileTerms'),
  /** Name of the file shown, or null when no text editor is open. */
  file: z.nullable(Text),
  terms: z.array(z.object({ entryId: EntryId, count: Count })),
  /** Localised note when the scan did not cover the whole file. */
  note: z.optional(Text),
});
export type FileTerms = z.infer<typeof FileTerms>;

export const SidebarOutbound = z.discriminatedUnion('type', [SidebarInit, SearchResults, FileTerms]);
export type SidebarOutbound = z.infer<typeof SidebarOutbound>;

/** What the page keeps with `setState` across hiding and reloads; validated when read back. */
export const SidebarState = z.object({
  query: z.string().check(z.maxLength(200)),
  /** Ids of the sections the user opened ("file" and browse groups). */
  expanded: z.array(z.string().check(z.maxLength(60))).check(z.maxLength(100)),
});
export type SidebarState = z.infer<typeof SidebarState>;
