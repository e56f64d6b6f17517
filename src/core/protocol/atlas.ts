import * as z from 'zod/mini';
import type { SerializedAtlas } from '../knowledge/serialized';
import { OpenEntryMessage } from './common';

/**
 * The atlas as the host sends it to a page that builds its views itself (the Architecture Cards).
 * The page checks it against this schema before using it. The schema mirrors the knowledge base's
 * types exactly: `exactly` below stops the build when a field is added to one and not the other.
 */

const EntryId = OpenEntryMessage.shape.entryId;
/** Names, keys, ids and URLs. */
const Short = z.string().check(z.maxLength(2000));
/** Summaries and explanations. */
const Text = z.string().check(z.maxLength(20_000));
const Bilingual = z.object({ en: Text, ko: Text });

function list<T extends z.ZodMiniType>(item: T, max = 500) {
  return z.array(item).check(z.maxLength(max));
}

const UNITS = ['parameters', 'tokens', 'layers', 'dimensions', 'heads', 'experts', 'percent', 'ratio', 'flops', 'pf-days', 'bytes', 'words', 'count', 'usd', 'kwh', 'tco2e', 'days', 'gpu-hours', 'none'] as const;
const KINDS = ['model', 'architecture', 'tokenization', 'objective', 'scale-down', 'scale-up', 'training', 'inference'] as const;
const FAMILIES = ['encoder-only', 'decoder-only', 'encoder-decoder', 'rnn'] as const;
const SOURCE_KINDS = ['paper', 'official', 'model-card', 'blog', 'news'] as const;

const NumberFact = z.object({
  value: z.number(),
  unit: z.enum(UNITS),
  source: Short,
  approx: z.optional(z.boolean()),
  unconfirmed: z.optional(z.boolean()),
  note: z.optional(Bilingual),
});

const ModelVariant = z.object({
  id: Short,
  name: Short,
  hfIds: list(Short),
  parameters: NumberFact,
  layers: z.optional(z.number()),
  hidden: z.optional(z.number()),
  heads: z.optional(z.number()),
});

const ModelFacts = z.object({
  family: z.enum(FAMILIES),
  moe: z.optional(z.boolean()),
  year: z.number(),
  month: z.optional(z.number()),
  organisation: Short,
  parameters: z.optional(NumberFact),
  activeParameters: z.optional(NumberFact),
  layers: z.optional(NumberFact),
  hidden: z.optional(NumberFact),
  heads: z.optional(NumberFact),
  vocabulary: z.optional(NumberFact),
  context: z.optional(NumberFact),
  trainingTokens: z.optional(NumberFact),
  trainingData: z.optional(Bilingual),
  objectives: list(Short),
  improvesOn: z.optional(list(Short)),
  keyIdeas: list(Bilingual),
  variants: z.optional(list(ModelVariant)),
});

const ContextualSpelling = z.object({
  spelling: Short,
  as: z.enum(['argument', 'key', 'value']),
  within: z.optional(list(Short)),
  of: z.optional(Short),
});

const Entry = z.object({
  id: EntryId,
  kind: z.enum(KINDS),
  name: Short,
  nameKo: Short,
  aliases: list(Short),
  code: list(Short),
  contextual: z.optional(list(ContextualSpelling)),
  summary: Bilingual,
  explanation: Bilingual,
  keyNumbers: list(z.extend(NumberFact, { label: Bilingual })),
  related: list(Short),
  sources: list(Short),
  model: z.optional(ModelFacts),
});

const Source = z.object({ title: Short, authors: Short, year: z.number(), url: Short, kind: z.enum(SOURCE_KINDS) });

/** True when A and B are the same type (not merely assignable: a missing optional field counts). */
type Same<A, B> = (<G>() => G extends A ? 1 : 2) extends <G>() => G extends B ? 1 : 2 ? true : false;

/** Returns the schema, and compiles only if it parses to exactly `T`. */
function exactly<T>() {
  return <S extends z.ZodMiniType>(schema: S & (Same<z.infer<S>, T> extends true ? unknown : never)): S => schema;
}

const Atlas = z.object({ entries: list(Entry, 5000), sources: z.record(Short, Source) });
export const AtlasData = exactly<SerializedAtlas>()(Atlas);
