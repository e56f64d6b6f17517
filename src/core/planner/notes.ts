/**
 * The assumptions behind a plan, in both languages, each with the source of its formula: what the Planner
 * page lists under "How this is counted". Kept apart from the plan itself, which the extension host also
 * computes (for the CodeLens) without needing these texts.
 */
import type { Bilingual } from '../estimator/types';
import type { Accelerator } from './accelerators';
import type { Plan } from './plan';
import type { PlannerModel } from './model';
import type { FormatCost, WeightFormat, WeightMemory } from './precision';
import { ggmlTypeByName } from '../weights/ggmlTypes';
import type { PlanSettings } from './settings';
import type { PlannerSourceKey } from './sources';

export interface PlanNote {
  text: Bilingual;
  source?: PlannerSourceKey;
}

const OPTIMIZER_TEXT: Record<PlanSettings['optimizer'], Bilingual> = {
  adamw: { en: 'AdamW: two moments per trained parameter', ko: 'AdamW: 학습 파라미터마다 모멘트 두 개' },
  'adamw-8bit': { en: '8-bit AdamW: two moments of 1 byte each', ko: '8비트 AdamW: 1바이트 모멘트 두 개' },
  lion: { en: 'Lion: one moment per trained parameter', ko: 'Lion: 학습 파라미터마다 모멘트 하나' },
  'lion-8bit': { en: '8-bit Lion: one moment of 1 byte', ko: '8비트 Lion: 1바이트 모멘트 하나' },
  sgd: { en: 'SGD without momentum: no state', ko: '모멘텀 없는 SGD: 상태 없음' },
  'sgd-momentum': { en: 'SGD with momentum: one buffer per trained parameter', ko: '모멘텀 SGD: 학습 파라미터마다 버퍼 하나' },
  adafactor: { en: 'Adafactor: a factored second moment (a row and a column vector per matrix), negligible per parameter', ko: 'Adafactor: 2차 모멘트를 행·열 벡터로 분해해 저장하므로 파라미터당으로는 무시할 만큼 작음' },
};

const OPTIMIZER_SOURCE: Record<PlanSettings['optimizer'], PlannerSourceKey> = {
  adamw: 'zero2020',
  'adamw-8bit': 'optimizer8bit2022',
  lion: 'zero2020',
  'lion-8bit': 'optimizer8bit2022',
  sgd: 'zero2020',
  'sgd-momentum': 'zero2020',
  adafactor: 'adafactor2018',
};


/** How a weight format's bits per weight are made up, in words. */
export function formatFormula(format: WeightFormat, cost: FormatCost, hidden: number): Bilingual {
  const bits = cost.bits.toFixed(3);
  switch (format.kind) {
    case 'float':
      return { en: `${format.bits / 8} bytes per parameter (${format.name})`, ko: `파라미터당 ${format.bits / 8}바이트(${format.name})` };
    case 'fp8':
      return { en: '1 byte per Linear weight (fp8); embeddings and head in 16 bits', ko: 'Linear 가중치당 1바이트(fp8), 임베딩과 출력 헤드는 16비트' };
    case 'int8':
      return { en: '1 byte per Linear weight (LLM.int8()); the per-row scale is negligible', ko: 'Linear 가중치당 1바이트(LLM.int8()), 행마다 붙는 스케일은 무시할 만큼 작습니다' };
    case 'bnb4':
      return format.doubleQuant
        ? { en: `${format.type.toUpperCase()} with double quantization: 4 + 8/64 + 32/(64·256) = ${bits} bits per Linear weight`, ko: `${format.type.toUpperCase()} 이중 양자화: Linear 가중치당 4 + 8/64 + 32/(64·256) = ${bits}비트` }
        : { en: `${format.type.toUpperCase()}: 4 bits + one fp32 constant per 64 weights = 4.5 bits per Linear weight`, ko: `${format.type.toUpperCase()}: 4비트 + 가중치 64개마다 fp32 상수 하나 = Linear 가중치당 4.5비트` };
    case 'grouped': {
      const group = format.groupSize === 'channel' ? `${hidden} (per channel)` : String(format.groupSize);
      return {
        en: `${format.method.toUpperCase()}: ${format.bits} bits + (16-bit scale + ${format.bits}-bit zero) per group of ${group} = ${bits} bits per Linear weight`,
        ko: `${format.method.toUpperCase()}: ${format.bits}비트 + 그룹(${group})마다 16비트 스케일과 ${format.bits}비트 영점 = Linear 가중치당 ${bits}비트`,
      };
    }
    case 'gguf': {
      if (cost.measured) {
        return {
          en: `GGUF ${format.type}: ${cost.bits} bits per weight, measured by llama.cpp on Llama-3.1-8B (a mix of tensor types; other models differ slightly)`,
          ko: `GGUF ${format.type}: llama.cpp가 Llama-3.1-8B에서 잰 가중치당 ${cost.bits}비트(여러 텐서 형식을 섞은 값이라 모델마다 조금 다릅니다)`,
        };
      }
      const type = ggmlTypeByName(format.type)!;
      return {
        en: `GGML ${type.name}: ${type.typeSize} bytes per block of ${type.blockSize} = ${type.bitsPerWeight} bits per weight, every tensor in this type`,
        ko: `GGML ${type.name}: 가중치 ${type.blockSize}개 블록마다 ${type.typeSize}바이트 = 가중치당 ${type.bitsPerWeight}비트, 모든 텐서를 이 형식으로 저장한다고 봄`,
      };
    }
  }
}

function weightNote(weights: WeightMemory, model: PlannerModel): PlanNote {
  const formula = formatFormula(weights.format, weights.cost, model.hidden);
  const approximate: Bilingual = weights.exact
    ? { en: '', ko: '' }
    : {
        en: ' The Linear layers are taken as all parameters but the embeddings and head: this model type does not list its modules yet.',
        ko: ' 이 모델 유형은 아직 모듈 목록이 없어, 임베딩과 출력 헤드를 뺀 나머지 전부를 Linear 층으로 보았습니다.',
      };
  const split: Bilingual =
    weights.companion > 0
      ? {
          en: ` ${weights.converted.toLocaleString('en-US')} Linear weights are converted; ${weights.companion.toLocaleString('en-US')} parameters (embeddings, norms, head) stay in 16 bits.`,
          ko: ` Linear 가중치 ${weights.converted.toLocaleString('en-US')}개를 변환하고, 나머지 ${weights.companion.toLocaleString('en-US')}개(임베딩, 정규화, 출력 헤드)는 16비트로 둡니다.`,
        }
      : { en: '', ko: '' };
  const experts: Bilingual =
    model.experts !== undefined
      ? { en: ' Every expert is held in memory, though a token uses only some of them.', ko: ' 토큰마다 일부 전문가만 쓰지만 메모리에는 전문가 전부를 올립니다.' }
      : { en: '', ko: '' };
  return {
    text: { en: `Weights: ${formula.en}.${split.en}${experts.en}${approximate.en}`, ko: `가중치: ${formula.ko}.${split.ko}${experts.ko}${approximate.ko}` },
    source: weights.cost.source,
  };
}

const OVERHEAD_NOTE = (gib: number): PlanNote => ({
  text: {
    en: `Runtime overhead: ${gib} GiB for the CUDA context, the allocator's cache and temporary buffers — an assumption, not a measurement; change it to what you see in nvidia-smi.`,
    ko: `런타임 오버헤드: CUDA 컨텍스트, 할당기 캐시, 임시 버퍼 몫으로 ${gib} GiB를 잡았습니다. 측정값이 아니라 가정이므로 nvidia-smi에서 본 값으로 바꾸세요.`,
  },
});

/** The notes of a plan made from `settings`. */
export function planNotes(model: PlannerModel, settings: PlanSettings, plan: Plan): PlanNote[] {
  return settings.mode === 'training' ? trainingNotes(model, settings, plan.weights, plan.accelerator) : inferenceNotes(model, settings, plan.weights);
}

function trainingNotes(model: PlannerModel, s: PlanSettings, weights: WeightMemory, accelerator: Accelerator): PlanNote[] {
  const notes: PlanNote[] = [weightNote(weights, model)];
  const optimizer = OPTIMIZER_TEXT[s.optimizer];
  if (s.method === 'full') {
    const regime: Bilingual =
      s.precision === 'mixed'
        ? { en: 'mixed precision: 16-bit weights and gradients, fp32 master weights and fp32 states (2 + 2 + 12 bytes per parameter with Adam)', ko: '혼합 정밀도: 16비트 가중치·그래디언트에 fp32 마스터 가중치와 fp32 상태(Adam이면 파라미터당 2 + 2 + 12바이트)' }
        : s.precision === 'bf16'
          ? { en: 'pure bf16: weights, gradients and states all in bf16, no master copy (2 + 2 + 4 bytes per parameter with Adam)', ko: '순수 bf16: 가중치·그래디언트·상태를 모두 bf16으로, 마스터 사본 없이(Adam이면 파라미터당 2 + 2 + 4바이트)' }
          : { en: 'fp32: weights, gradients and states in fp32 (4 + 4 + 8 bytes per parameter with Adam)', ko: 'fp32: 가중치·그래디언트·상태 모두 fp32(Adam이면 파라미터당 4 + 4 + 8바이트)' };
    notes.push({ text: { en: `Full fine-tuning, ${regime.en}. ${optimizer.en}.`, ko: `전체 미세조정, ${regime.ko}. ${optimizer.ko}.` }, source: OPTIMIZER_SOURCE[s.optimizer] });
  } else {
    notes.push({
      text: {
        en: `${s.method === 'qlora' ? 'QLoRA' : 'LoRA'}: the base is frozen (no gradients, no optimizer state); each adapted Linear trains r·(inputs + outputs) = ${s.loraRank}·(in + out) parameters per instance, kept in fp32 as PEFT does, so 4 (weight) + 4 (gradient) + the optimizer state at 4 bytes per element. ${optimizer.en}.`,
        ko: `${s.method === 'qlora' ? 'QLoRA' : 'LoRA'}: 기반 모델은 고정합니다(그래디언트와 옵티마이저 상태 없음). 어댑터를 붙인 Linear마다 인스턴스당 r·(입력 + 출력) = ${s.loraRank}·(in + out)개를 학습하며, PEFT처럼 fp32로 두므로 가중치 4 + 그래디언트 4 + 원소당 4바이트인 옵티마이저 상태가 듭니다. ${optimizer.ko}.`,
      },
      source: 'peftDocs',
    });
  }
  const recompute: Bilingual =
    s.recompute === 'none'
      ? { en: 'every layer keeps all its activations', ko: '모든 층이 활성값을 전부 보관' }
      : s.recompute === 'selective'
        ? { en: 'selective recomputation: the attention scores are recomputed, the rest kept', ko: '선택적 재계산: 어텐션 점수만 다시 계산하고 나머지는 보관' }
        : { en: 'full recomputation (gradient checkpointing): each layer keeps only its input, 2sbh, and one layer at a time is recomputed in full', ko: '전체 재계산(그래디언트 체크포인팅): 층마다 입력 2sbh만 보관하고, 역전파 때 한 번에 한 층씩 전부 다시 계산' };
  const attention: Bilingual = s.fusedAttention
    ? { en: 'Fused attention (FlashAttention/SDPA) never stores the s×s scores, so the 5as²b term is 0.', ko: '융합 어텐션(FlashAttention/SDPA)은 s×s 점수를 저장하지 않으므로 5as²b 항은 0입니다.' }
    : { en: 'Eager attention stores the s×s scores: 5as²b bytes per layer.', ko: '일반(eager) 어텐션은 s×s 점수를 저장합니다: 층마다 5as²b바이트.' };
  notes.push({
    text: {
      en: `Activations (Korthikanti et al. 2022), s = ${s.context} tokens, b = ${s.batch} per GPU: per layer sbh·(34 + 5as/h) for a GPT layer, applied to this model's real widths (GQA, head size, ${model.gatedMlp ? 'gated MLP' : 'two-matrix MLP'}); ${recompute.en}. ${attention.en} Outside the layers: fp32 logits 4sbv and the head's inputs. Gradient accumulation (${s.gradientAccumulation}) does not add memory. With LoRA the frozen layers' inputs are counted as stored, as in full fine-tuning (an upper bound).`,
      ko: `활성값(Korthikanti 외 2022), s = ${s.context}토큰, GPU당 b = ${s.batch}: GPT 층 기준 층마다 sbh·(34 + 5as/h)이며, 이 모델의 실제 폭(GQA, 헤드 크기, ${model.gatedMlp ? '게이트 MLP' : '두 행렬 MLP'})에 맞춰 계산했습니다. ${recompute.ko}. ${attention.ko} 층 밖: fp32 로짓 4sbv와 출력 헤드 입력. 그래디언트 누적(${s.gradientAccumulation})은 메모리를 늘리지 않습니다. LoRA에서도 고정된 층의 입력을 전체 미세조정처럼 저장한다고 보았습니다(상한값).`,
    },
    source: s.fusedAttention ? 'flashAttention2022' : 'korthikanti2022',
  });
  const sharding: Bilingual =
    s.sharding === 'none'
      ? { en: `No sharding: each of the ${s.gpus} GPU(s) holds a full copy (data parallelism); figures are per GPU, never summed.`, ko: `샤딩 없음: GPU ${s.gpus}개가 각자 전체 사본을 가집니다(데이터 병렬). 수치는 GPU 한 개 기준이며 합산하지 않습니다.` }
      : {
          en: `${s.sharding.toUpperCase().replace('ZERO', 'ZeRO-')} over ${s.gpus} GPU(s): ${s.sharding === 'zero1' ? 'optimizer state' : s.sharding === 'zero2' ? 'optimizer state and gradients' : 'optimizer state, gradients and weights (one layer gathered at a time)'} divided by ${s.gpus}; activations and the rest stay on every GPU. Figures are per GPU.`,
          ko: `GPU ${s.gpus}개에 ${s.sharding.toUpperCase().replace('ZERO', 'ZeRO-')}: ${s.sharding === 'zero1' ? '옵티마이저 상태' : s.sharding === 'zero2' ? '옵티마이저 상태와 그래디언트' : '옵티마이저 상태, 그래디언트, 가중치(한 번에 한 층씩 모음)'}를 ${s.gpus}로 나눕니다. 활성값과 나머지는 GPU마다 그대로 있습니다. 수치는 GPU 한 개 기준입니다.`,
        };
  notes.push({ text: sharding, source: 'zero2020' });
  if (s.offloadOptimizer || s.offloadParameters) {
    notes.push({
      text: {
        en: `Offloaded to CPU memory: ${[s.offloadOptimizer ? 'optimizer state' : '', s.offloadParameters ? 'parameters' : ''].filter(Boolean).join(' and ')} (not counted on the GPU; the host needs that much RAM).`,
        ko: `CPU 메모리로 내림: ${[s.offloadOptimizer ? '옵티마이저 상태' : '', s.offloadParameters ? '파라미터' : ''].filter(Boolean).join('와 ')}(GPU에는 세지 않으며, 그만큼 호스트 RAM이 필요합니다).`,
      },
      source: 'zero2020',
    });
  }
  notes.push(OVERHEAD_NOTE(s.overheadGiB));
  notes.push({
    text: {
      en: `Compute: forward FLOPs per token 2·N + 2·n_layer·n_ctx·d_attn (FLOPs, not MACs), N = ${model.activeParameters.toLocaleString('en-US')} ${model.experts !== undefined ? 'active parameters (memory holds all experts)' : 'parameters'}; training ${s.method === 'full' ? '≈ 3× forward (backward ≈ 2× forward)' : '≈ 2× forward (the frozen base needs no weight gradients)'}.`,
      ko: `연산량: 토큰당 순전파 FLOPs 2·N + 2·n_layer·n_ctx·d_attn(MAC이 아니라 FLOPs), N = ${model.activeParameters.toLocaleString('en-US')}${model.experts !== undefined ? '(활성 파라미터, 메모리에는 전문가 전부)' : ''}. 학습은 ${s.method === 'full' ? '순전파의 약 3배(역전파 ≈ 순전파의 2배)' : '순전파의 약 2배(고정된 기반 모델은 가중치 그래디언트가 필요 없음)'}.`,
    },
    source: 'kaplan2020',
  });
  notes.push({
    text:
      accelerator.bf16DenseTflops === null
        ? { en: `Time: ${accelerator.name} has no published BF16 peak, so no training time is given.`, ko: `시간: ${accelerator.name}은(는) BF16 최대 성능이 공개되지 않아 학습 시간을 계산하지 않습니다.` }
        : {
            en: `Time: tokens × FLOPs per token / (${s.gpus} × ${accelerator.bf16DenseTflops} TFLOPS dense BF16 × ${Math.round(s.mfu * 100)}% MFU). The MFU is an assumption: PaLM reached 46.2%, Llama 3 38–43% on H100.`,
            ko: `시간: 토큰 수 × 토큰당 FLOPs / (${s.gpus} × BF16 밀집 ${accelerator.bf16DenseTflops} TFLOPS × MFU ${Math.round(s.mfu * 100)}%). MFU는 가정값입니다. PaLM은 46.2%, Llama 3는 H100에서 38–43%를 보고했습니다.`,
          },
    source: 'llama3',
  });
  return notes;
}

function inferenceNotes(model: PlannerModel, s: PlanSettings, weights: WeightMemory): PlanNote[] {
  const notes: PlanNote[] = [weightNote(weights, model)];
  const groups = model.kvCache ?? [];
  const kinds: string[] = [];
  for (const g of groups) {
    if (g.kind === 'full') kinds.push(`${g.layers} full-attention layer(s), ${g.valuesPerToken} values per token`);
    if (g.kind === 'sliding') kinds.push(`${g.layers} sliding-window layer(s) capped at ${g.window} positions`);
    if (g.kind === 'latent') kinds.push(`${g.layers} latent (MLA) layer(s), ${g.valuesPerToken} values per token shared by all heads`);
    if (g.kind === 'none') kinds.push(`${g.layers} layer(s) without a KV cache`);
  }
  const kindsKo: string[] = [];
  for (const g of groups) {
    if (g.kind === 'full') kindsKo.push(`전체 어텐션 층 ${g.layers}개(토큰당 값 ${g.valuesPerToken}개)`);
    if (g.kind === 'sliding') kindsKo.push(`슬라이딩 윈도 층 ${g.layers}개(최대 ${g.window}위치)`);
    if (g.kind === 'latent') kindsKo.push(`잠재(MLA) 층 ${g.layers}개(모든 헤드가 공유하는 토큰당 값 ${g.valuesPerToken}개)`);
    if (g.kind === 'none') kindsKo.push(`KV 캐시가 없는 층 ${g.layers}개`);
  }
  if (groups.length > 0) {
    notes.push({
      text: {
        en: `KV cache, from the model's cache layout (not from repeated heads): ${kinds.join('; ')}; ${s.kvDtype} (${s.kvDtype === 'q8_0' ? '34 bytes per 32 values' : s.kvDtype === 'q4_0' ? '18 bytes per 32 values' : 'per value'}); × ${s.batch} sequence(s) of ${s.context} tokens.${s.gpus > 1 ? ` Split over ${s.gpus} tensor-parallel GPUs by K/V head (each keeps at least one head; an MLA latent is kept whole on every GPU).` : ''}`,
        ko: `KV 캐시는 헤드를 반복해 세지 않고 모델의 캐시 구조로 계산합니다: ${kindsKo.join(', ')}. 형식 ${s.kvDtype}${s.kvDtype === 'q8_0' ? '(값 32개당 34바이트)' : s.kvDtype === 'q4_0' ? '(값 32개당 18바이트)' : ''}, ${s.context}토큰 시퀀스 ${s.batch}개.${s.gpus > 1 ? ` 텐서 병렬 GPU ${s.gpus}개에 K/V 헤드 단위로 나눕니다(GPU마다 헤드를 최소 하나 가지며, MLA 잠재 벡터는 GPU마다 통째로 둡니다).` : ''}`,
      },
      source: groups.some((g) => g.kind === 'latent') ? 'deepseekV2' : groups.some((g) => g.kind === 'sliding') ? 'mistral2023' : 'vllm2023',
    });
  }
  if (s.gpus > 1) {
    notes.push({ text: { en: `Weights split evenly over ${s.gpus} tensor-parallel GPUs.`, ko: `가중치는 텐서 병렬 GPU ${s.gpus}개에 고르게 나눕니다.` }, source: 'vllmDocs' });
  }
  if (s.memoryUtilization !== null) {
    notes.push({
      text: {
        en: `vLLM claims ${Math.round(s.memoryUtilization * 100)}% of each GPU (gpu_memory_utilization) and fills what the weights and overhead leave with KV-cache blocks; "what fits" counts sequences in that pool.`,
        ko: `vLLM은 GPU마다 ${Math.round(s.memoryUtilization * 100)}%(gpu_memory_utilization)를 잡고, 가중치와 오버헤드를 뺀 나머지를 KV 캐시 블록으로 채웁니다. "들어가는 양"은 이 공간에 들어가는 시퀀스 수입니다.`,
      },
      source: 'vllmDocs',
    });
  }
  notes.push(OVERHEAD_NOTE(s.overheadGiB));
  notes.push({
    text: {
      en: 'Decode speed bound: one sequence reads every active weight and its whole KV cache once per token, so tokens/s ≤ memory bandwidth / bytes read; real decoders reach a fraction of it.',
      ko: '디코딩 속도 상한: 시퀀스 하나는 토큰마다 활성 가중치 전부와 자기 KV 캐시 전체를 한 번씩 읽으므로, 초당 토큰 수 ≤ 메모리 대역폭 / 읽는 바이트입니다. 실제 속도는 이보다 낮습니다.',
    },
    source: 'pope2022',
  });
  return notes;
}
