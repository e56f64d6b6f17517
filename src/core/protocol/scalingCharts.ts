import * as z from 'zod/mini';
import { OpenEntryMessage, ReadyMessage } from './common';

/** The Scaling Charts panel's protocol. */
export const SCALING_VIEW_TYPE = 'llmAtlas.scalingCharts';

/** Webview → host. */
export const ScalingInbound = z.discriminatedUnion('type', [ReadyMessage, OpenEntryMessage]);
export type ScalingInbound = z.infer<typeof ScalingInbound>;

/** Host → webview: everything the page needs to draw, with its UI strings already localised. */
export const ScalingInit = z.object({
  type: z.literal('init'),
  language: z.enum(['en', 'ko']),
  strings: z.record(z.string(), z.string()),
});
export type ScalingInit = z.infer<typeof ScalingInit>;

export const ScalingOutbound = z.discriminatedUnion('type', [ScalingInit]);
export type ScalingOutbound = z.infer<typeof ScalingOutbound>;
