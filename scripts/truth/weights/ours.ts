// The files our test-side writers make, for the one-time cross-check against the Python packages:
// `node --import tsx scripts/truth/weights/write-ours.mjs` writes them to test/fixtures/weights/.
// The unit tests regenerate them in memory and require the same bytes, so the Python check stays valid.
import { llamaGgufMetadata, llamaGgufTensors, toGptq, llamaTensors, writeGguf, writeSafetensors, type LlamaShape } from '../../../test/unit/weights/writers';

export const OURS_SHAPE: LlamaShape = { layers: 1, hidden: 256, intermediate: 256, vocab: 64, heads: 4, kvHeads: 2 };
const SMALL: LlamaShape = { layers: 1, hidden: 128, intermediate: 256, vocab: 64, heads: 4, kvHeads: 2 };

export function oursSafetensors(): Uint8Array {
  const plain = llamaTensors(SMALL, 'BF16');
  const mixed = [
    ...plain,
    ...toGptq(llamaTensors(SMALL, 'F16')).filter((t) => t.name.includes('q_proj')).map((t) => ({ ...t, name: `gptq.${t.name}` })),
    { name: 'extra.f32', dtype: 'F32', shape: [3, 5] },
    { name: 'extra.i64', dtype: 'I64', shape: [2] },
    { name: 'extra.u8', dtype: 'U8', shape: [7] },
    { name: 'extra.bool', dtype: 'BOOL', shape: [4] },
    { name: 'extra.f8', dtype: 'F8_E4M3', shape: [16] },
    { name: 'extra.scalar', dtype: 'F32', shape: [] },
  ];
  return writeSafetensors(mixed, { metadata: { format: 'pt', note: 'llm-atlas cross-check' } });
}

export function oursGguf(): Uint8Array {
  const tensors = llamaGgufTensors(OURS_SHAPE).map((t, i) => (i === 3 ? { ...t, type: 8 } : t));
  return writeGguf(llamaGgufMetadata(OURS_SHAPE, { 'llama.rope.freq_base': { type: 'f32', value: 500000 }, 'general.alignment': { type: 'u32', value: 64 } }), tensors, { alignment: 64 });
}
