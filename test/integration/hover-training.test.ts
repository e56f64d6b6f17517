import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { atlasHoverAt, positionOf, repoUri, setSetting } from './helpers';

// Hovers on the vocabulary of modern fine-tuning, quantization and distributed-training code, in a
// QLoRA + SFT + DPO script, a DeepSpeed ZeRO-3 config and Korean notes (test/fixtures/training/).

const FIXTURES = 'test/fixtures/training';

/** How the hover's headline writes a name: bold, Markdown-escaped (`load\_in\_4bit`). */
const bold = (name: string) => `**${name.replace(/[\\`*_{}[\]<>#|]/g, (c) => `\\${c}`)}**`;

async function hoverIn(file: string, needle: string, offset = 2, nth = 0): Promise<string> {
  const document = await vscode.workspace.openTextDocument(repoUri(`${FIXTURES}/${file}`));
  const text = await atlasHoverAt(document.uri, positionOf(document, needle, { offset, nth }));
  assert.ok(text, `an LLM Atlas hover on "${needle}" in ${file}`);
  return text;
}

/** [needle in the script, the entry's bold name, a fact or phrase the hover must state]. */
const SCRIPT_HOVERS: Array<[string, string, RegExp]> = [
  ['BitsAndBytesConfig(', 'bitsandbytes and BitsAndBytesConfig', /8-bit and 4-bit loading/],
  ['load_in_4bit', '4-bit loading (load_in_4bit, bnb_4bit_quant_type)', /4\.5/],
  ['bnb_4bit_quant_type', '4-bit loading (load_in_4bit, bnb_4bit_quant_type)', /NF4 or FP4/],
  ['bnb_4bit_use_double_quant', 'Double quantization', /0\.373/],
  ['bnb_4bit_compute_dtype', '4-bit compute dtype (bnb_4bit_compute_dtype)', /defaults to float32/],
  ['quantization_config=', 'quantization_config (in config.json)', /which method produced it/],
  ['device_map=', 'device_map="auto" (big-model inference)', /not in parallel/],
  ['prepare_model_for_kbit_training', 'QLoRA', /4 bits/],
  ['padding_side', 'padding_side (left vs right padding)', /batched generation/],
  ['lora_alpha', 'LoRA alpha (scaling)', /\(α \/ r\)/],
  ['lora_dropout', 'LoRA dropout', /LoRA branch only/],
  ['target_modules', 'target_modules (which layers get adapters)', /all-linear/],
  ['modules_to_save', 'modules_to_save (fully trained extra modules)', /classification head/],
  ['SFTConfig(', 'Supervised fine-tuning (SFT)', /demonstrations/],
  ['learning_rate', 'Learning rate', /5e-5|0\.00005/],
  ['warmup_steps', 'Learning-rate warm-up', /10,000/],
  ['lr_scheduler_type', 'Learning-rate schedule (lr_scheduler_type)', /cosine/],
  ['weight_decay', 'Weight decay (decoupled, as in AdamW)', /AdamW/],
  ['per_device_train_batch_size', 'Batch size (per device, effective, global)', /3\.2M tokens/],
  ['gradient_accumulation_steps', 'Gradient accumulation', /micro-batches/],
  ['gradient_checkpointing', 'Gradient checkpointing (activation recomputation)', /recomputing/],
  ['max_grad_norm', 'Gradient clipping (max_grad_norm)', /global L2 norm/],
  ['neftune_noise_alpha', 'NEFTune (noisy embedding fine-tuning)', /64\.7%/],
  ['eval_strategy', 'Evaluation strategy (eval_strategy)', /validation set/],
  ['save_total_limit', 'Training checkpoints (save and resume)', /resume/],
  ['EarlyStoppingCallback(', 'Early stopping', /validation metric/],
  ['DPOTrainer(', 'DPO (direct preference optimization)', /without a reward model/],
  ['ref_model', 'KL penalty and the reference model', /frozen copy/],
  ['precompute_ref_log_probs', 'KL penalty and the reference model', /0\.04/],
  ['merge_and_unload', 'Merging adapters into the base model', /W \+ \(α\/r\)·BA/],
  ['Q4_K_M', 'k-quants (Q4_K_M, Q5_K_M, Q6_K …)', /256-weight super-blocks/],
  ['Q8_0', 'GGML block quants (Q4_0, Q4_1, Q5_0, Q5_1, Q8_0)', /near-lossless 8-bit/],
];

describe('hovers on training, fine-tuning and quantization code', () => {
  before(() => setSetting('llmAtlas.language', 'en'));
  after(() => setSetting('llmAtlas.language', undefined));

  for (const [needle, name, fact] of SCRIPT_HOVERS) {
    it(`${needle} → ${name}`, async () => {
      const text = await hoverIn('qlora_sft_dpo.py', needle);
      assert.ok(text.includes(bold(name)), `headline of ${name} in:\n${text}`);
      assert.match(text, fact);
    });
  }

  it('a DeepSpeed config: ZeRO, offload, ZeRO-3 saving and DeepSpeed gradient clipping', async () => {
    const zero = await hoverIn('ds_zero3.json', '"zero_optimization"', 3);
    assert.ok(zero.includes(bold('ZeRO (Zero Redundancy Optimizer)')), zero);
    assert.match(zero, /16 B|16 bytes/);
    const offload = await hoverIn('ds_zero3.json', '"offload_optimizer"', 3);
    assert.ok(offload.includes(bold('ZeRO-Offload and ZeRO-Infinity (CPU and NVMe offload)')), offload);
    assert.match(offload, /13B parameters|13B/);
    const save = await hoverIn('ds_zero3.json', 'stage3_gather_16bit_weights_on_model_save', 4);
    assert.ok(save.includes(bold('ZeRO stage 3 (parameter partitioning)')), save);
    assert.match(save, /1\.875|1\.88 GB|1\.9 GB/);
    const clip = await hoverIn('ds_zero3.json', '"gradient_clipping"', 3);
    assert.ok(clip.includes(bold('Gradient clipping (max_grad_norm)')), clip);
  });

  it('gives no hover on ordinary words of the script (output_dir, report_to, save_pretrained arguments)', async () => {
    const document = await vscode.workspace.openTextDocument(repoUri(`${FIXTURES}/qlora_sft_dpo.py`));
    for (const word of ['output_dir', 'report_to', 'train_dataset', 'callbacks']) {
      assert.equal(await atlasHoverAt(document.uri, positionOf(document, word, { offset: 2 })), undefined, word);
    }
  });

  it('explains Korean terms in Korean when llmAtlas.language is "ko"', async () => {
    await setSetting('llmAtlas.language', 'ko');
    try {
      const cases: Array<[string, string, RegExp]> = [
        ['학습률 워밍업', '학습률 워밍업', /0에서 최댓값까지/],
        ['코사인 감쇠', '코사인 학습률 감쇠', /코사인 반주기/],
        ['그래디언트 체크포인팅', '그래디언트 체크포인팅(활성값 재계산)', /다시 계산/],
        ['이중 양자화', '이중 양자화', /0\.127비트/],
        ['LoRA 랭크', 'LoRA 랭크 r', /안쪽 차원 r/],
        ['직접 선호 최적화', 'DPO(직접 선호 최적화)', /보상 모델도/],
        ['파국적 망각', '파국적 망각', /덮어써서/],
        ['완전 샤딩 데이터 병렬', 'FSDP(완전 샤딩 데이터 병렬)', /ZeRO식 샤딩/],
      ];
      for (const [needle, nameKo, fact] of cases) {
        const text = await hoverIn('training-notes.ko.md', needle, 1);
        assert.ok(text.includes(`(${nameKo})**`) || text.includes(bold(nameKo)), `${nameKo} in:\n${text}`);
        assert.match(text, fact, needle);
        assert.match(text, /카드 열기/);
      }
    } finally {
      await setSetting('llmAtlas.language', 'en');
    }
  });
});
