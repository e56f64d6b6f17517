/**
 * How a plan reads in one line (the CodeLens) and where its inputs came from (the CodeLens tooltip and the
 * Planner's table), in English or Korean.
 */
import type { Bilingual } from '../estimator/types';
import type { Lang } from '../knowledge/schema';
import { GIB } from './accelerators';
import type { MemoryKey, Plan } from './plan';
import type { Unread } from './scenario';
import type { Origins, PlanSettings, SettingKey } from './settings';

const pick = (text: Bilingual, lang: Lang) => text[lang] || text.en;

export const PART_LABELS: Record<MemoryKey, Bilingual> = {
  weights: { en: 'weights', ko: '가중치' },
  adapters: { en: 'LoRA adapters', ko: 'LoRA 어댑터' },
  gradients: { en: 'gradients', ko: '그래디언트' },
  optimizer: { en: 'optimizer state', ko: '옵티마이저 상태' },
  activations: { en: 'activations', ko: '활성값' },
  kvCache: { en: 'KV cache', ko: 'KV 캐시' },
  overhead: { en: 'overhead', ko: '오버헤드' },
};

export const SETTING_LABELS: Record<SettingKey, Bilingual> = {
  model: { en: 'Model', ko: '모델' },
  mode: { en: 'Mode', ko: '모드' },
  gpu: { en: 'GPU', ko: 'GPU' },
  gpus: { en: 'GPU count', ko: 'GPU 개수' },
  batch: { en: 'Batch', ko: '배치' },
  context: { en: 'Sequence length', ko: '시퀀스 길이' },
  weights: { en: 'Weights', ko: '가중치 형식' },
  overheadGiB: { en: 'Overhead', ko: '오버헤드' },
  method: { en: 'Method', ko: '방식' },
  precision: { en: 'Precision', ko: '정밀도' },
  optimizer: { en: 'Optimizer', ko: '옵티마이저' },
  loraRank: { en: 'LoRA rank', ko: 'LoRA 랭크' },
  loraTargets: { en: 'LoRA targets', ko: 'LoRA 대상 모듈' },
  recompute: { en: 'Recomputation', ko: '재계산' },
  fusedAttention: { en: 'Attention', ko: '어텐션' },
  sharding: { en: 'Sharding', ko: '샤딩' },
  offloadOptimizer: { en: 'Optimizer offload', ko: '옵티마이저 오프로드' },
  offloadParameters: { en: 'Parameter offload', ko: '파라미터 오프로드' },
  gradientAccumulation: { en: 'Gradient accumulation', ko: '그래디언트 누적' },
  tokens: { en: 'Training tokens', ko: '학습 토큰' },
  mfu: { en: 'MFU', ko: 'MFU' },
  kvDtype: { en: 'KV cache dtype', ko: 'KV 캐시 형식' },
  memoryUtilization: { en: 'GPU memory share', ko: 'GPU 메모리 사용 비율' },
};

const OPTIMIZER_SHORT: Record<PlanSettings['optimizer'], string> = {
  adamw: 'AdamW',
  'adamw-8bit': '8-bit AdamW',
  lion: 'Lion',
  'lion-8bit': '8-bit Lion',
  sgd: 'SGD',
  'sgd-momentum': 'SGD',
  adafactor: 'Adafactor',
};

/** 18.43 GiB → "18.4"; one decimal below 100 GiB, none above. */
export function gibText(bytes: number): string {
  const gib = bytes / GIB;
  return gib >= 100 ? gib.toFixed(0) : gib.toFixed(1);
}

/** 32768 → "32K", 131072 → "128K", 1000 → "1,000". */
export function tokensText(tokens: number): string {
  if (tokens >= 1024 && tokens % 1024 === 0) return `${tokens / 1024}K`;
  return tokens.toLocaleString('en-US');
}

/** The CodeLens line: total per GPU, its main parts, and whether it fits the chosen accelerator. */
export function planSummary(plan: Plan, settings: PlanSettings, lang: Lang): string {
  const part = (key: MemoryKey) => plan.parts.find((p) => p.key === key)?.bytes ?? 0;
  const items: string[] = [];
  const head = lang === 'ko' ? `GPU당 ≈ ${gibText(plan.totalBytes)} GiB` : `≈ ${gibText(plan.totalBytes)} GiB per GPU`;
  items.push(`${pick(PART_LABELS.weights, lang)} ${gibText(part('weights'))}`);
  if (plan.mode === 'training') {
    const optimizer = OPTIMIZER_SHORT[settings.optimizer];
    if (settings.method === 'full') items.push(`${lang === 'ko' ? '그래디언트' : 'gradients'} + ${optimizer} ${gibText(part('gradients') + part('optimizer'))}`);
    else items.push(`LoRA + ${optimizer} ${gibText(part('adapters') + part('gradients') + part('optimizer'))}`);
    items.push(`${pick(PART_LABELS.activations, lang)} ${gibText(part('activations'))}`);
  } else {
    items.push(`${pick(PART_LABELS.kvCache, lang)} ${gibText(part('kvCache'))}`);
  }
  items.push(`${pick(PART_LABELS.overhead, lang)} ${gibText(part('overhead'))}`);
  let tail: string;
  if (plan.mode === 'inference' && plan.inference) {
    const room = plan.inference.fits.maxBatch;
    const context = tokensText(settings.context);
    tail =
      lang === 'ko'
        ? `${context}토큰 시퀀스 ${Number.isFinite(room) ? room.toLocaleString('en-US') : '∞'}개까지 (${plan.accelerator.shortName})`
        : `room for ${Number.isFinite(room) ? room.toLocaleString('en-US') : '∞'} × ${context}-token sequences (${plan.accelerator.shortName})`;
  } else {
    tail = plan.fits
      ? lang === 'ko'
        ? `${plan.accelerator.shortName}에 들어감`
        : `fits ${plan.accelerator.shortName}`
      : lang === 'ko'
        ? `${plan.accelerator.shortName}에 ${gibText(plan.totalBytes - plan.budgetBytes)} GiB 초과`
        : `${gibText(plan.totalBytes - plan.budgetBytes)} GiB over ${plan.accelerator.shortName}`;
  }
  return `${head} · ${items.join(' · ')} · ${tail}`;
}

/** Lines for a tooltip: which inputs came from the code (with lines), the config, or defaults, and what was not read. */
export function originLines(origins: Origins, unread: readonly Unread[], lang: Lang): string[] {
  const fromCode: string[] = [];
  const fromConfig: string[] = [];
  const defaults: string[] = [];
  for (const [key, origin] of Object.entries(origins) as Array<[SettingKey, NonNullable<Origins[SettingKey]>]>) {
    const label = pick(SETTING_LABELS[key], lang);
    if (origin.from === 'code') fromCode.push(lang === 'ko' ? `${label} (${origin.line + 1}행: ${origin.text})` : `${label} (line ${origin.line + 1}: ${origin.text})`);
    else if (origin.from === 'config') fromConfig.push(`${label} (config.json ${origin.field})`);
    else if (origin.from === 'default') defaults.push(label);
  }
  const lines: string[] = [];
  if (fromCode.length > 0) lines.push(`${lang === 'ko' ? '코드에서 읽음' : 'From the code'}: ${fromCode.join('; ')}`);
  if (fromConfig.length > 0) lines.push(`${lang === 'ko' ? '모델 설정에서 읽음' : 'From the model config'}: ${fromConfig.join('; ')}`);
  if (defaults.length > 0) lines.push(`${lang === 'ko' ? '기본값·가정' : 'Defaults and assumptions'}: ${defaults.join(', ')}`);
  for (const u of unread) lines.push(`${lang === 'ko' ? '읽지 못함' : 'Not read'} (${lang === 'ko' ? `${u.line + 1}행` : `line ${u.line + 1}`}): ${u.text} — ${pick(u.reason, lang)}`);
  return lines;
}
