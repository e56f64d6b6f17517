import * as z from 'zod/mini';
import { ReadyMessage } from './common';
import { WEIGHT_FORMAT_ID_PATTERN } from '../planner/precision';

/**
 * The Planner panel's protocol. The host reads the script, resolves the model and sends the model, the
 * settings the script implies and where each came from; the page recomputes plans itself with the pure core
 * as its controls move. Both sides validate what they receive.
 */
export { PLANNER_VIEW_TYPE } from './viewTypes';

const Text = z.string().check(z.maxLength(4000));
const Label = z.string().check(z.minLength(1), z.maxLength(200));
const Count = (max: number) => z.number().check(z.int(), z.nonnegative(), z.lte(max));
const Positive = (max: number) => z.number().check(z.positive(), z.lte(max));
const Line = Count(10_000_000);
const Bilingual = z.object({ en: Text, ko: Text });
const Name = z.string().check(z.regex(/^[A-Za-z_][A-Za-z0-9_.]{0,80}$/));
const ReasonKey = z.string().check(z.regex(/^[A-Za-z]{1,40}$/));

const KvCacheGroup = z.object({
  layers: Count(10_000),
  kind: z.enum(['full', 'sliding', 'latent', 'none']),
  valuesPerToken: z.number().check(z.nonnegative(), z.lte(1e9)),
  window: z.optional(Count(1e9)),
  stateValues: z.optional(z.number().check(z.nonnegative(), z.lte(1e12))),
});

const LinearModule = z.object({
  name: Name,
  inputs: Count(1e9),
  outputs: Count(1e9),
  bias: z.boolean(),
  count: Count(1e9),
  expert: z.optional(z.literal(true)),
});

export const PlannerModelView = z.object({
  label: Label,
  modelType: z.string().check(z.maxLength(100)),
  displayName: z.string().check(z.maxLength(200)),
  architecture: z.enum(['decoder-only', 'encoder-only', 'encoder-decoder']),
  supported: z.boolean(),
  totalParameters: Positive(1e16),
  activeParameters: Positive(1e16),
  embeddingParameters: z.number().check(z.nonnegative(), z.lte(1e16)),
  layers: Positive(10_000),
  hidden: Positive(1e7),
  heads: Positive(1e5),
  kvHeads: Positive(1e5),
  headDim: Positive(1e6),
  intermediate: Positive(1e8),
  vocab: Positive(1e8),
  contextLength: Positive(1e10),
  experts: z.optional(Positive(1e5)),
  expertsPerToken: z.optional(Positive(1e5)),
  gatedMlp: z.optional(z.boolean()),
  kvCache: z.optional(z.array(KvCacheGroup).check(z.maxLength(64))),
  linearModules: z.optional(z.array(LinearModule).check(z.maxLength(256))),
  checkpointDtype: z.optional(z.enum(['float32', 'bfloat16', 'float16'])),
  checkpointQuantization: z.optional(
    z.object({
      method: z.enum(['gptq', 'awq', 'bitsandbytes-4bit', 'bitsandbytes-8bit', 'fp8', 'other']),
      bits: z.optional(Count(64)),
      groupSize: z.optional(z.number().check(z.int(), z.gte(-1), z.lte(1e6))),
      name: z.optional(z.string().check(z.maxLength(60))),
    }),
  ),
});
export type PlannerModelView = z.infer<typeof PlannerModelView>;

export const PlanSettingsView = z.object({
  mode: z.enum(['training', 'inference']),
  gpu: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)),
  gpus: z.number().check(z.int(), z.gte(1), z.lte(4096)),
  batch: z.number().check(z.int(), z.gte(1), z.lte(65_536)),
  context: z.number().check(z.int(), z.gte(1), z.lte(16_777_216)),
  weights: z.string().check(z.regex(WEIGHT_FORMAT_ID_PATTERN)),
  overheadGiB: z.number().check(z.gte(0), z.lte(64)),
  method: z.enum(['full', 'lora', 'qlora']),
  precision: z.enum(['mixed', 'bf16', 'fp32']),
  optimizer: z.enum(['adamw', 'adamw-8bit', 'lion', 'lion-8bit', 'sgd', 'sgd-momentum', 'adafactor']),
  loraRank: z.number().check(z.int(), z.gte(1), z.lte(4096)),
  loraTargets: z.union([z.literal('all-linear'), z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(z.maxLength(64))]),
  recompute: z.enum(['none', 'selective', 'full']),
  fusedAttention: z.boolean(),
  sharding: z.enum(['none', 'zero1', 'zero2', 'zero3']),
  offloadOptimizer: z.boolean(),
  offloadParameters: z.boolean(),
  gradientAccumulation: z.number().check(z.int(), z.gte(1), z.lte(65_536)),
  tokens: Positive(1e16),
  mfu: z.number().check(z.gte(0.01), z.lte(1)),
  kvDtype: z.enum(['fp32', 'bf16', 'fp16', 'fp8', 'q8_0', 'q4_0']),
  memoryUtilization: z.nullable(z.number().check(z.gte(0.05), z.lte(1))),
});
export type PlanSettingsView = z.infer<typeof PlanSettingsView>;

export const OriginView = z.discriminatedUnion('from', [
  z.object({ from: z.literal('code'), line: Line, text: Text }),
  z.object({ from: z.literal('config'), field: z.string().check(z.maxLength(100)) }),
  /** A key of DEFAULT_REASONS (the page holds the texts). */
  z.object({ from: z.literal('default'), reason: ReasonKey }),
  z.object({ from: z.literal('unread'), line: Line, text: Text, reason: Bilingual }),
]);

const SETTING_KEYS = [
  'model',
  'mode',
  'gpu',
  'gpus',
  'batch',
  'context',
  'weights',
  'overheadGiB',
  'method',
  'precision',
  'optimizer',
  'loraRank',
  'loraTargets',
  'recompute',
  'fusedAttention',
  'sharding',
  'offloadOptimizer',
  'offloadParameters',
  'gradientAccumulation',
  'tokens',
  'mfu',
  'kvDtype',
  'memoryUtilization',
] as const;

export const OriginsView = z.partialRecord(z.enum(SETTING_KEYS), OriginView);

export const ScenarioView = z.object({
  /** Identifies the script call, so that settings the page saved are reapplied to the same one only. */
  key: z.string().check(z.maxLength(400)),
  /** The script and call, e.g. "qlora_sft.py · SFTTrainer (line 66)". */
  title: Text,
  model: PlannerModelView,
  settings: PlanSettingsView,
  origins: OriginsView,
  unread: z.array(z.object({ line: Line, text: Text, reason: Bilingual })).check(z.maxLength(200)),
  notes: z.array(z.union([z.object({ key: ReasonKey }), Bilingual])).check(z.maxLength(100)),
});
export type ScenarioView = z.infer<typeof ScenarioView>;

const Content = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('empty') }),
  z.object({ kind: z.literal('error'), message: Bilingual }),
  z.object({ kind: z.literal('plan'), scenario: ScenarioView }),
]);

/** Host → page: the language and what to plan. */
export const PlannerInit = z.object({ type: z.literal('init'), language: z.enum(['en', 'ko']), content: Content });
export type PlannerInit = z.infer<typeof PlannerInit>;

export const PlannerOutbound = z.discriminatedUnion('type', [PlannerInit]);
export type PlannerOutbound = z.infer<typeof PlannerOutbound>;

/** Page → host: place the planned run (N parameters, D tokens) on the Scaling Charts' Chinchilla view. */
export const ShowRunOnChartMessage = z.object({
  type: z.literal('showOnChart'),
  label: z.string().check(z.minLength(1), z.maxLength(120)),
  parameters: Positive(1e16),
  tokens: Positive(1e18),
});

/** Page → host: show the script line an input was read from. */
export const RevealLineMessage = z.object({ type: z.literal('revealLine'), line: Line });

export const PlannerInbound = z.discriminatedUnion('type', [ReadyMessage, ShowRunOnChartMessage, RevealLineMessage]);
export type PlannerInbound = z.infer<typeof PlannerInbound>;

/** What the page keeps across reloads: the settings as the user left them, for the scenario they belong to. */
export const PlannerState = z.object({ key: z.string().check(z.maxLength(400)), settings: PlanSettingsView });
export type PlannerState = z.infer<typeof PlannerState>;
