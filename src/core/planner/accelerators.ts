/**
 * Accelerators the planner sizes against, each value from the vendor's datasheet or announcement. Peaks are
 * dense BF16 tensor throughput; where a datasheet headlines the 2:4-sparsity figure (twice the dense one),
 * it is kept separately and never used for time estimates. Memory is as marketed: for GPUs the "GB" of the
 * datasheets are binary gigabytes (an "80 GB" A100 reports 81,920 MiB), so capacities are GiB.
 */
import type { Bilingual } from '../estimator/types';
import type { PlannerSourceKey } from './sources';

export interface Accelerator {
  id: string;
  name: string;
  /** For one-line summaries: "H100 80 GB". */
  shortName: string;
  memoryGiB: number;
  memoryKind: 'HBM2' | 'HBM2e' | 'HBM3' | 'HBM3e' | 'GDDR6' | 'GDDR6X' | 'unified';
  /** Peak memory bandwidth, decimal GB/s. */
  bandwidthGBps: number;
  /** Dense BF16 tensor peak, TFLOPS; null when the vendor publishes none. */
  bf16DenseTflops: number | null;
  /** The 2:4 structured-sparsity peak some datasheets headline (2× dense); informational only. */
  bf16SparseTflops?: number;
  source: PlannerSourceKey;
  note?: Bilingual;
}

const APPLE_NOTE: Bilingual = {
  en: 'Unified memory is shared with the CPU and macOS, so a model gets less than all of it (how much depends on the system; no published figure). Apple publishes no BF16 peak, so no training time is estimated.',
  ko: '통합 메모리는 CPU·macOS와 함께 쓰므로 모델이 전부를 쓸 수는 없습니다(얼마나 쓸 수 있는지는 시스템마다 다르고 공개된 수치가 없습니다). Apple은 BF16 최대 성능을 공개하지 않아 학습 시간은 계산하지 않습니다.',
};

export const ACCELERATORS: readonly Accelerator[] = [
  { id: 'a100-40', name: 'NVIDIA A100 40 GB (SXM)', shortName: 'A100 40 GB', memoryGiB: 40, memoryKind: 'HBM2', bandwidthGBps: 1555, bf16DenseTflops: 312, bf16SparseTflops: 624, source: 'a100Datasheet' },
  { id: 'a100-80', name: 'NVIDIA A100 80 GB (SXM)', shortName: 'A100 80 GB', memoryGiB: 80, memoryKind: 'HBM2e', bandwidthGBps: 2039, bf16DenseTflops: 312, bf16SparseTflops: 624, source: 'a100Datasheet' },
  { id: 'h100', name: 'NVIDIA H100 80 GB (SXM)', shortName: 'H100 80 GB', memoryGiB: 80, memoryKind: 'HBM3', bandwidthGBps: 3350, bf16DenseTflops: 989.5, bf16SparseTflops: 1979, source: 'h100Datasheet' },
  { id: 'h200', name: 'NVIDIA H200 141 GB (SXM)', shortName: 'H200 141 GB', memoryGiB: 141, memoryKind: 'HBM3e', bandwidthGBps: 4800, bf16DenseTflops: 989.5, bf16SparseTflops: 1979, source: 'h200Datasheet' },
  { id: 'l4', name: 'NVIDIA L4 24 GB', shortName: 'L4 24 GB', memoryGiB: 24, memoryKind: 'GDDR6', bandwidthGBps: 300, bf16DenseTflops: 121, bf16SparseTflops: 242, source: 'l4Datasheet' },
  { id: 'rtx4090', name: 'NVIDIA GeForce RTX 4090 24 GB', shortName: 'RTX 4090 24 GB', memoryGiB: 24, memoryKind: 'GDDR6X', bandwidthGBps: 1008, bf16DenseTflops: 165.2, bf16SparseTflops: 330.4, source: 'adaWhitepaper' },
  { id: 'rtx3090', name: 'NVIDIA GeForce RTX 3090 24 GB', shortName: 'RTX 3090 24 GB', memoryGiB: 24, memoryKind: 'GDDR6X', bandwidthGBps: 936, bf16DenseTflops: 71, bf16SparseTflops: 142, source: 'ampereGa102Whitepaper' },
  { id: 'm2-ultra', name: 'Apple M2 Ultra (192 GB unified)', shortName: 'M2 Ultra 192 GB', memoryGiB: 192, memoryKind: 'unified', bandwidthGBps: 800, bf16DenseTflops: null, source: 'appleM2Ultra', note: APPLE_NOTE },
  { id: 'm4-max', name: 'Apple M4 Max (128 GB unified)', shortName: 'M4 Max 128 GB', memoryGiB: 128, memoryKind: 'unified', bandwidthGBps: 546, bf16DenseTflops: null, source: 'appleM4Max', note: APPLE_NOTE },
];

export const DEFAULT_ACCELERATOR_ID = 'h100';

export type AcceleratorId = (typeof ACCELERATORS)[number]['id'];

export function acceleratorById(id: string): Accelerator | undefined {
  return ACCELERATORS.find((a) => a.id === id);
}

export const GIB = 1024 ** 3;

export function capacityBytes(accelerator: Accelerator): number {
  return accelerator.memoryGiB * GIB;
}
