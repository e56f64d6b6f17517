import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { atlas } from '../../../src/core/knowledge';
import { ENTRIES } from '../../../src/core/knowledge/entries/trainingAndQuantization';
import { SOURCES } from '../../../src/core/knowledge/sources/trainingAndQuantization';
import type { Entry, EntryKind } from '../../../src/core/knowledge/schema';
import { validateKnowledgeBase } from '../../../src/core/knowledge/validate';
import { TermMatcher } from '../../../src/core/matcher';
import { ggmlTypeByName } from '../../../src/core/weights/ggmlTypes';

// The training, fine-tuning, quantization, distributed-training and tokenizer-usage entries: the ids the
// brief assigns to this area, numbers recomputed from the formulas and tables they come from, and the
// matcher finding the spellings in lines written the way real training scripts write them.

const byId = new Map(ENTRIES.map((e) => [e.id, e]));
const matcher = new TermMatcher(atlas);

function entry(id: string): Entry {
  const found = byId.get(id);
  assert.ok(found, `missing entry ${id}`);
  return found;
}

/** The value of the key number of `id` whose English label contains `label`. */
function keyNumber(id: string, label: string): number {
  const facts = entry(id).keyNumbers.filter((k) => k.label.en.includes(label));
  assert.equal(facts.length, 1, `${id}: expected one key number labelled "${label}", found ${facts.length}`);
  return facts[0].value;
}

/** Every match in a line, as "text→entry". */
const matches = (line: string) => matcher.findAll(line).map((m) => `${m.text}→${m.entryId}`);

/** The entry the matcher gives `word` where it first stands as a whole word in `line` (`r` in `r=16`, not in `LoraConfig`). */
function hover(line: string, word: string): string | undefined {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const at = line.search(new RegExp(`(?<![A-Za-z0-9_])${escaped}(?![A-Za-z0-9_])`));
  assert.ok(at >= 0, `${word} is not a whole word in ${line}`);
  return matcher.matchAt(line, at + Math.floor(word.length / 2))?.entryId;
}

describe('training and quantization entries: the base', () => {
  test('the whole atlas still passes every validation rule', () => {
    const problems = validateKnowledgeBase(atlas);
    assert.deepEqual(problems, [], problems.join('\n'));
  });

  test('every entry of this group is in the shipped atlas, once', () => {
    for (const e of ENTRIES) assert.equal(atlas.get(e.id), e, e.id);
    assert.equal(new Set(ENTRIES.map((e) => e.id)).size, ENTRIES.length);
  });

  test('every source registered here is cited by at least one entry or key number of the atlas', () => {
    const cited = new Set(atlas.entries.flatMap((e) => [...e.sources, ...e.keyNumbers.map((k) => k.source)]));
    const unused = Object.keys(SOURCES).filter((key) => !cited.has(key));
    assert.deepEqual(unused, []);
  });

  test('every key number is cited among its entry\'s sources, so the card lists where it comes from', () => {
    for (const e of ENTRIES) {
      for (const fact of e.keyNumbers) assert.ok(e.sources.includes(fact.source), `${e.id}: "${fact.label.en}" cites ${fact.source}, not in sources`);
    }
  });

  test('covers the ids the brief assigns to training, fine-tuning, quantization, distribution and tokenizers', () => {
    const expected: Record<string, EntryKind> = {};
    for (const id of [
      'learning-rate', 'lr-warmup', 'lr-scheduler', 'cosine-schedule', 'linear-schedule', 'wsd-schedule', 'weight-decay',
      'gradient-accumulation', 'gradient-checkpointing', 'mixed-precision-training', 'loss-scaling', 'gradient-clipping',
      'adamw', 'adafactor', 'eight-bit-optimizers', 'paged-optimizers', 'lion-optimizer', 'batch-size', 'random-seed',
      'label-smoothing', 'teacher-forcing', 'perplexity', 'sequence-packing', 'data-collator-for-seq2seq',
      'data-collator-with-padding', 'ignore-index', 'hf-trainer', 'seq2seq-trainer', 'early-stopping',
      'evaluation-strategy', 'training-checkpoints', 'hf-accelerate', 'supervised-fine-tuning', 'reward-model', 'ppo',
      'dpo', 'orpo', 'kto', 'grpo', 'preference-data', 'dora', 'adapter-layers', 'prefix-tuning', 'prompt-tuning',
      'p-tuning', 'ia3', 'adapter-merging', 'catastrophic-forgetting', 'neftune', 'lora-rank', 'lora-alpha',
      'lora-dropout', 'target-modules', 'modules-to-save', 'peft-task-type', 'data-parallelism', 'zero-stage-1',
      'zero-stage-2', 'zero-stage-3', 'zero-offload', 'fsdp', 'tensor-parallelism', 'pipeline-parallelism',
      'expert-parallelism', 'sequence-parallelism', 'collective-communication', 'deepspeed',
    ]) expected[id] = 'training';
    for (const id of [
      'bitsandbytes', 'load-in-4bit', 'llm-int8', 'nf4', 'fp4', 'double-quantization', 'compute-dtype', 'gptq', 'awq',
      'gguf', 'k-quants', 'legacy-quants', 'i-quants', 'fp8', 'weight-only-quantization', 'smoothquant',
      'quantization-aware-training', 'calibration-data', 'group-size', 'quantization-config',
    ]) expected[id] = 'scale-down';
    for (const id of ['padding-side', 'padding-strategy', 'truncation', 'special-tokens', 'fast-tokenizers', 'tiktoken', 'cl100k-base', 'o200k-base', 'byte-fallback']) {
      expected[id] = 'tokenization';
    }
    for (const id of ['big-model-inference', 'llama-cpp']) expected[id] = 'inference';
    for (const [id, kind] of Object.entries(expected)) assert.equal(entry(id).kind, kind, id);
  });

  test('code spellings of HF, TRL, PEFT, bitsandbytes and DeepSpeed code belong to exactly the entry they configure', () => {
    const owners: Record<string, string> = {
      BitsAndBytesConfig: 'bitsandbytes',
      load_in_4bit: 'load-in-4bit',
      bnb_4bit_quant_type: 'load-in-4bit',
      load_in_8bit: 'llm-int8',
      llm_int8_threshold: 'llm-int8',
      bnb_4bit_use_double_quant: 'double-quantization',
      bnb_4bit_compute_dtype: 'compute-dtype',
      quantization_config: 'quantization-config',
      GPTQConfig: 'gptq',
      AwqConfig: 'awq',
      gradient_checkpointing: 'gradient-checkpointing',
      gradient_accumulation_steps: 'gradient-accumulation',
      warmup_ratio: 'lr-warmup',
      warmup_steps: 'lr-warmup',
      lr_scheduler_type: 'lr-scheduler',
      get_cosine_schedule_with_warmup: 'cosine-schedule',
      weight_decay: 'weight-decay',
      max_grad_norm: 'gradient-clipping',
      per_device_train_batch_size: 'batch-size',
      label_smoothing_factor: 'label-smoothing',
      DataCollatorForSeq2Seq: 'data-collator-for-seq2seq',
      DataCollatorWithPadding: 'data-collator-with-padding',
      Seq2SeqTrainer: 'seq2seq-trainer',
      SFTTrainer: 'supervised-fine-tuning',
      DPOTrainer: 'dpo',
      GRPOTrainer: 'grpo',
      RewardTrainer: 'reward-model',
      PPOTrainer: 'ppo',
      lora_alpha: 'lora-alpha',
      lora_dropout: 'lora-dropout',
      target_modules: 'target-modules',
      modules_to_save: 'modules-to-save',
      merge_and_unload: 'adapter-merging',
      use_dora: 'dora',
      use_rslora: 'rslora',
      neftune_noise_alpha: 'neftune',
      zero_optimization: 'zero-redundancy-optimizer',
      offload_optimizer: 'zero-offload',
      FullyShardedDataParallel: 'fsdp',
      DistributedDataParallel: 'data-parallelism',
      device_map: 'big-model-inference',
      padding_side: 'padding-side',
      add_special_tokens: 'special-tokens',
      Q4_K_M: 'k-quants',
      Q8_0: 'legacy-quants',
      IQ2_XXS: 'i-quants',
      cl100k_base: 'cl100k-base',
      o200k_base: 'o200k-base',
    };
    for (const [spelling, id] of Object.entries(owners)) {
      const holders = atlas.entries.filter((e) => e.code.includes(spelling)).map((e) => e.id);
      assert.deepEqual(holders, [id], `${spelling} should belong to ${id} only`);
    }
  });

  test('ordinary words of training code are never plain code spellings or aliases, only contextual ones', () => {
    const ordinary = ['r', 'alpha', 'beta', 'lr', 'seed', 'optim', 'packing', 'padding', 'truncation', 'cosine', 'linear', 'auto', 'left', 'stage', 'bits', 'accelerate'];
    for (const e of ENTRIES) {
      for (const word of ordinary) {
        assert.ok(!e.code.includes(word), `${e.id} has "${word}" as a code spelling`);
        assert.ok(!e.aliases.some((a) => a.toLowerCase() === word), `${e.id} has "${word}" as an alias`);
      }
    }
    const contextualSpellings = new Set(ENTRIES.flatMap((e) => (e.contextual ?? []).map((c) => c.spelling)));
    for (const word of ['r', 'beta', 'lr', 'seed', 'optim', 'packing', 'padding', 'truncation', 'cosine', 'linear', 'auto', 'left', 'stage', 'bits']) {
      assert.ok(contextualSpellings.has(word), `"${word}" should be a contextual spelling`);
    }
  });

  test('contextual spellings follow the schema: value needs "of", short names need "within", no place claimed twice', () => {
    const places = new Map<string, string>();
    for (const e of ENTRIES) {
      for (const c of e.contextual ?? []) {
        if (c.as === 'value') assert.ok(c.of, `${e.id}: value "${c.spelling}" has no "of"`);
        if (c.as === 'argument' && c.spelling.length <= 2) assert.ok(c.within?.length, `${e.id}: argument "${c.spelling}" has no "within"`);
        for (const where of c.within ?? ['*']) {
          const place = `${c.as}:${c.spelling}:${c.of ?? ''}:${where}`;
          assert.ok(!places.has(place) || places.get(place) === e.id, `${place} is claimed by ${places.get(place)} and ${e.id}`);
          places.set(place, e.id);
        }
      }
    }
  });
});

describe('numbers recomputed from their formulas and tables', () => {
  test('GGUF bits per weight equal 8 · bytes / weights of the GGML block layouts', () => {
    const types: Array<[string, string, string]> = [
      ['k-quants', 'Q2_K bits', 'Q2_K'], ['k-quants', 'Q3_K bits', 'Q3_K'], ['k-quants', 'Q4_K bits', 'Q4_K'],
      ['k-quants', 'Q5_K bits', 'Q5_K'], ['k-quants', 'Q6_K bits', 'Q6_K'],
      ['legacy-quants', 'Q4_0 bits', 'Q4_0'], ['legacy-quants', 'Q4_1 bits', 'Q4_1'], ['legacy-quants', 'Q5_0 bits', 'Q5_0'],
      ['legacy-quants', 'Q5_1 bits', 'Q5_1'], ['legacy-quants', 'Q8_0 bits', 'Q8_0'],
      ['i-quants', 'IQ1_S bits', 'IQ1_S'], ['i-quants', 'IQ2_XXS bits', 'IQ2_XXS'], ['i-quants', 'IQ2_XS bits', 'IQ2_XS'],
      ['i-quants', 'IQ3_XXS bits', 'IQ3_XXS'], ['i-quants', 'IQ4_XS bits', 'IQ4_XS'],
      ['fp4', 'GGML MXFP4', 'MXFP4'], ['fp4', 'GGML NVFP4', 'NVFP4'],
    ];
    for (const [id, label, name] of types) {
      const type = ggmlTypeByName(name);
      assert.ok(type, name);
      assert.equal(keyNumber(id, label), (8 * type.typeSize) / type.blockSize, name);
    }
    assert.equal(keyNumber('k-quants', 'super-block'), ggmlTypeByName('Q4_K')?.blockSize);
    assert.equal(keyNumber('legacy-quants', 'Weights per legacy block'), ggmlTypeByName('Q8_0')?.blockSize);
  });

  test('the explanations of k-quants and GGUF say that a type costs more than its name and that file types mix tensor types', () => {
    assert.match(entry('k-quants').explanation.en, /Q4_K stores 256 weights in 144 bytes, 4\.5 bits per weight/);
    assert.match(entry('k-quants').explanation.en, /Q4_K_M uses Q6_K for half of the attention value projections/);
    assert.match(entry('gguf').explanation.en, /a `Q4_K_M` file mixes Q4_K, Q6_K and F32 tensors/);
  });

  test("ZeRO's per-GPU model states follow the paper's formulas for Ψ = 7.5B on N = 64 GPUs", () => {
    const psi = 7.5e9;
    const n = 64;
    const k = 12; // bytes of Adam optimiser state per parameter in mixed precision
    assert.equal(keyNumber('zero-redundancy-optimizer', 'without ZeRO'), (2 + 2 + k) * psi);
    assert.equal(keyNumber('zero-stage-1', '7.5B example'), 4 * psi + (k * psi) / n);
    assert.equal(keyNumber('zero-stage-2', '7.5B example'), 2 * psi + ((2 + k) * psi) / n);
    assert.equal(keyNumber('zero-stage-3', '7.5B example'), ((2 + 2 + k) * psi) / n);
    assert.equal(keyNumber('zero-redundancy-optimizer', 'Model-state bytes per parameter'), 2 + 2 + k);
    assert.equal(keyNumber('optimizer-states', 'Of which optimiser state'), k);
    // The paper rounds these to 31.4, 16.6 and 1.9 GB.
    assert.equal(Math.round(keyNumber('zero-stage-1', '7.5B example') / 1e8) / 10, 31.4);
    assert.equal(Math.round(keyNumber('zero-stage-2', '7.5B example') / 1e8) / 10, 16.6);
    assert.equal(Math.round(keyNumber('zero-stage-3', '7.5B example') / 1e8) / 10, 1.9);
  });

  test("activation memory of a Llama-2-7B-like layer follows Korthikanti et al.'s s·b·h·(34 + 5·a·s/h)", () => {
    const [s, b, h, a] = [4096, 1, 4096, 32];
    assert.equal(keyNumber('activation-memory', 'Llama-2-7B-like layer'), s * b * h * (34 + (5 * a * s) / h));
    assert.equal(keyNumber('activation-memory', 'coefficient of s·b·h'), 34);
  });

  test('LoRA, NF4 and double-quantization storage follow from their definitions', () => {
    const [d, k, r] = [4096, 4096, 16];
    assert.equal(keyNumber('lora-rank', 'r = 16 on one 4096 × 4096'), r * (d + k));
    const block = keyNumber('nf4', 'Weights per NF4 block');
    assert.equal(keyNumber('nf4', 'Levels of a 4-bit code'), 2 ** 4);
    assert.equal(keyNumber('load-in-4bit', 'Storage bits per weight'), 4 + 32 / block);
    const grouped = keyNumber('double-quantization', 'First-level scales grouped');
    const saved = 32 / block - (8 / block + 32 / (block * grouped));
    assert.ok(Math.abs(keyNumber('double-quantization', 'Bits per parameter saved') - saved) < 5e-4, `${saved}`);
    const savedOn65B = (65e9 * saved) / 8;
    assert.ok(Math.abs(keyNumber('double-quantization', '65B model') - savedOn65B) / savedOn65B < 0.02, `${savedOn65B}`);
    assert.equal(keyNumber('group-size', 'group 128'), 4 + (16 + 4) / keyNumber('group-size', 'Default group size'));
  });

  test('floating-point limits follow from the exponent and mantissa widths of each format', () => {
    /** Largest finite value of a format with the given widths and bias; E4M3 reserves only its all-ones mantissa at the top exponent for NaN. */
    const largest = (exponentBits: number, mantissaBits: number, bias: number, ieee: boolean) => {
      const topExponent = ieee ? 2 ** exponentBits - 2 : 2 ** exponentBits - 1;
      const topMantissa = ieee ? 2 ** mantissaBits - 1 : 2 ** mantissaBits - 2;
      return 2 ** (topExponent - bias) * (1 + topMantissa / 2 ** mantissaBits);
    };
    assert.equal(keyNumber('fp8', 'Largest finite E4M3'), largest(4, 3, 7, false));
    assert.equal(keyNumber('fp8', 'Largest finite E5M2'), largest(5, 2, 15, true));
    assert.equal(keyNumber('mixed-precision-training', 'Largest finite float16'), largest(5, 10, 15, true));
    // E2M1 has no NaN or infinity: every code is a number, the largest 1.1 × 2^(3 − 1).
    assert.equal(keyNumber('fp4', 'Largest magnitude representable in E2M1'), 2 ** (3 - 1) * 1.5);
    assert.equal(keyNumber('tf32', 'Bits TF32 actually uses'), 1 + 8 + keyNumber('tf32', 'Mantissa bits of TF32'));
  });

  test('Adafactor, cross-entropy and tiktoken numbers agree with what they are computed from', () => {
    assert.equal(keyNumber('adafactor', '4096 × 4096 matrix'), 4096 + 4096);
    assert.ok(Math.abs(keyNumber('cross-entropy-loss', 'uniform guess') - Math.log(50257)) < 1e-3);
    // An encoding's name gives its size in thousands; n_vocab is the highest id plus one, above <|endoftext|>.
    for (const [id, nominal] of [['cl100k-base', 100_000], ['o200k-base', 200_000]] as const) {
      const nVocab = keyNumber(id, 'n_vocab');
      assert.ok(Math.abs(nVocab - nominal) / nominal < 0.01, `${id}: ${nVocab}`);
      assert.ok(keyNumber(id, '<|endoftext|>') < nVocab, id);
    }
  });

  test('the defaults quoted are those of the libraries, and the explanations say what the gotcha is', () => {
    assert.equal(keyNumber('learning-rate', 'Default learning_rate'), 5e-5);
    assert.equal(keyNumber('gradient-clipping', 'Default max_grad_norm'), 1.0);
    assert.equal(keyNumber('random-seed', 'Default seed'), 42);
    assert.equal(keyNumber('lora-rank', 'Default r of PEFT'), 8);
    assert.equal(keyNumber('dpo', 'Default beta'), 0.1);
    assert.equal(keyNumber('bitsandbytes', 'Default llm_int8_threshold'), keyNumber('llm-int8', 'Outlier threshold'));
    assert.match(entry('bitsandbytes').explanation.en, /`bnb_4bit_quant_type` is `"fp4"`, not `"nf4"`/);
    assert.match(entry('nf4').explanation.en, /NF4 from the quantiles of N\(0, 1\)/);
    assert.match(entry('nf4').name, /4-bit NormalFloat/);
    assert.match(entry('padding-side').explanation.en, /`tokenizer\.padding_side = "left"`/);
    assert.match(entry('big-model-inference').explanation.en, /only one GPU is computing/);
    assert.match(entry('neftune').explanation.en, /α\/√\(L·d\)/);
    assert.ok(keyNumber('neftune', 'with NEFTune') > keyNumber('neftune', 'without NEFTune'));
  });

  test('marketing-style claims are labelled unconfirmed, with a note', () => {
    for (const id of ['liger-kernel', 'fast-tokenizers']) {
      for (const fact of entry(id).keyNumbers) {
        assert.ok(fact.unconfirmed && fact.note, `${id}: "${fact.label.en}" is a claim and must be marked`);
      }
    }
  });
});

describe('the matcher finds these terms in real training code', () => {
  test('a QLoRA loading block: every bitsandbytes setting gets its own entry', () => {
    const line = 'bnb_config = BitsAndBytesConfig(load_in_4bit=True, bnb_4bit_quant_type="nf4", bnb_4bit_use_double_quant=True, bnb_4bit_compute_dtype=torch.bfloat16)';
    // Only the settings: the value "nf4" is a contextual spelling (tested below) and bfloat16 a data type of another group.
    const settings = matcher
      .findAll(line)
      .filter((m) => byId.has(m.entryId) && m.text !== 'nf4')
      .map((m) => `${m.text}→${m.entryId}`);
    assert.deepEqual(settings, [
      'BitsAndBytesConfig→bitsandbytes',
      'load_in_4bit→load-in-4bit',
      'bnb_4bit_quant_type→load-in-4bit',
      'bnb_4bit_use_double_quant→double-quantization',
      'bnb_4bit_compute_dtype→compute-dtype',
    ]);
  });

  test('TrainingArguments keys in a fine-tuning script', () => {
    const line = 'args = TrainingArguments(output_dir="out", learning_rate=2e-4, warmup_steps=0.03, lr_scheduler_type="cosine", weight_decay=0.01, gradient_accumulation_steps=4, gradient_checkpointing=True, max_grad_norm=0.3, per_device_train_batch_size=4, label_smoothing_factor=0.1)';
    for (const [word, id] of [
      ['TrainingArguments', 'training-arguments'], ['learning_rate', 'learning-rate'], ['warmup_steps', 'lr-warmup'],
      ['lr_scheduler_type', 'lr-scheduler'], ['weight_decay', 'weight-decay'], ['gradient_accumulation_steps', 'gradient-accumulation'],
      ['gradient_checkpointing', 'gradient-checkpointing'], ['max_grad_norm', 'gradient-clipping'],
      ['per_device_train_batch_size', 'batch-size'], ['label_smoothing_factor', 'label-smoothing'],
    ]) assert.equal(hover(line, word), id, word);
    assert.equal(hover(line, 'output_dir'), undefined);
  });

  test('PEFT, TRL and merging calls', () => {
    const peft = 'peft_config = LoraConfig(r=16, lora_alpha=32, lora_dropout=0.05, target_modules=["q_proj", "v_proj"], modules_to_save=["lm_head"], use_dora=True)';
    for (const [word, id] of [['LoraConfig', 'lora'], ['lora_alpha', 'lora-alpha'], ['lora_dropout', 'lora-dropout'], ['target_modules', 'target-modules'], ['modules_to_save', 'modules-to-save'], ['use_dora', 'dora']]) {
      assert.equal(hover(peft, word), id, word);
    }
    assert.equal(hover('trainer = DPOTrainer(model=model, ref_model=None, args=DPOConfig(output_dir="dpo"))', 'DPOTrainer'), 'dpo');
    assert.equal(hover('trainer = DPOTrainer(model=model, ref_model=None, args=DPOConfig(output_dir="dpo"))', 'ref_model'), 'kl-penalty');
    assert.equal(hover('trainer = GRPOTrainer(model=model_id, reward_funcs=[accuracy_reward], args=training_args)', 'reward_funcs'), 'grpo');
    assert.equal(hover('merged = model.merge_and_unload()', 'merge_and_unload'), 'adapter-merging');
    assert.equal(hover('from trl import SFTTrainer, SFTConfig', 'SFTConfig'), 'supervised-fine-tuning');
  });

  test('quantized checkpoints, GGUF files and distributed configs', () => {
    assert.equal(hover('model = AutoModelForCausalLM.from_pretrained(repo, quantization_config=GPTQConfig(bits=4, dataset="c4"))', 'GPTQConfig'), 'gptq');
    assert.equal(hover('llm = Llama(model_path=path, n_gpu_layers=-1)  # the Q4_K_M file, not Q8_0', 'Q4_K_M'), 'k-quants');
    assert.equal(hover('llm = Llama(model_path=path, n_gpu_layers=-1)  # the Q4_K_M file, not Q8_0', 'Q8_0'), 'legacy-quants');
    assert.equal(hover('llm = Llama(model_path=path, n_gpu_layers=-1)  # the Q4_K_M file, not Q8_0', 'n_gpu_layers'), 'llama-cpp');
    assert.equal(hover('  "zero_optimization": {"stage": 3, "offload_optimizer": {"device": "cpu"}},', 'zero_optimization'), 'zero-redundancy-optimizer');
    assert.equal(hover('  "zero_optimization": {"stage": 3, "offload_optimizer": {"device": "cpu"}},', 'offload_optimizer'), 'zero-offload');
    assert.equal(hover('model = FSDP(model, sharding_strategy=ShardingStrategy.FULL_SHARD, auto_wrap_policy=policy)', 'FULL_SHARD'), 'fsdp');
    assert.equal(hover('model = AutoModelForCausalLM.from_pretrained(name, device_map="auto", max_memory={0: "20GiB"})', 'device_map'), 'big-model-inference');
    assert.equal(hover('enc = tiktoken.get_encoding("o200k_base")', 'o200k_base'), 'o200k-base');
    assert.equal(hover('dist.init_process_group("nccl"); torch.cuda.set_device(local_rank)', 'init_process_group'), 'distributed-launch');
  });

  test('prose names in English and Korean', () => {
    const cases: Array<[string, string, string]> = [
      ['We train with DeepSpeed ZeRO-3 and CPU offload, then switch to FSDP2.', 'ZeRO-3', 'zero-stage-3'],
      ['We train with DeepSpeed ZeRO-3 and CPU offload, then switch to FSDP2.', 'FSDP2', 'fsdp'],
      ['Fine-tune with QLoRA: a 4-bit NormalFloat base and double quantization.', '4-bit NormalFloat', 'nf4'],
      ['Fine-tune with QLoRA: a 4-bit NormalFloat base and double quantization.', 'double quantization', 'double-quantization'],
      ['Use left padding for batched generation.', 'left padding', 'padding-side'],
      ['# gradient checkpointing trades compute for activation memory', 'gradient checkpointing', 'gradient-checkpointing'],
      ['학습률 워밍업 뒤에 코사인 감쇠를 쓴다.', '학습률 워밍업', 'lr-warmup'],
      ['학습률 워밍업 뒤에 코사인 감쇠를 쓴다.', '코사인 감쇠', 'cosine-schedule'],
      ['그래디언트 체크포인팅으로 활성값 메모리를 줄인다.', '그래디언트 체크포인팅', 'gradient-checkpointing'],
      ['텐서 병렬화와 파이프라인 병렬화를 함께 쓰는 3D 병렬화', '파이프라인 병렬화', 'pipeline-parallelism'],
      ['직접 선호 최적화(DPO)는 보상 모델이 필요 없다.', '보상 모델', 'reward-model'],
      ['지도 미세 조정 다음에 DPO를 한다.', '지도 미세 조정', 'supervised-fine-tuning'],
    ];
    for (const [line, word, id] of cases) assert.equal(hover(line, word), id, `${word} in ${line}`);
  });

  test('ordinary code that merely shares a word stays silent', () => {
    for (const line of [
      'This will accelerate the build; the packing list and the random seed come later.',
      'x = nn.Conv2d(3, 16, kernel_size=3, padding=1)',
      'r = requests.get(url, timeout=5)',
      'random.seed(0); np.random.seed(0)',
      'stage = "prod"; left, right = 0, len(items) - 1',
    ]) assert.deepEqual(matches(line), [], line);
  });
});

// These spellings are ordinary words, matched only in place (`ContextualSpelling`). The matcher learns to
// read them on the matcher branch; until it is merged, these tests fail by design.
describe('contextual spellings (need the matcher branch)', () => {
  const contextual: Array<[string, string, string]> = [
    ['peft_config = LoraConfig(r=16, lora_alpha=32)', 'r', 'lora-rank'],
    ['args = TrainingArguments(output_dir="out", optim="paged_adamw_8bit", bf16=True)', 'paged_adamw_8bit', 'paged-optimizers'],
    ['args = TrainingArguments(output_dir="out", optim="paged_adamw_8bit", bf16=True)', 'optim', 'optimizer-states'],
    ['args = TrainingArguments(output_dir="out", optim="paged_adamw_8bit", bf16=True)', 'bf16', 'mixed-precision-training'],
    ['args = TrainingArguments(lr_scheduler_type="cosine", learning_rate=2e-5)', 'cosine', 'cosine-schedule'],
    ['args = TrainingArguments(lr_scheduler_type="linear", learning_rate=2e-5)', 'linear', 'linear-schedule'],
    ['args = TrainingArguments(lr_scheduler_type="warmup_stable_decay", learning_rate=2e-5)', 'warmup_stable_decay', 'wsd-schedule'],
    ['args = TrainingArguments(output_dir="out", seed=1234)', 'seed', 'random-seed'],
    ['args = TrainingArguments(output_dir="out", optim="adamw_torch_fused")', 'adamw_torch_fused', 'adamw'],
    ['training_args = DPOConfig(beta=0.1, loss_type="sigmoid")', 'beta', 'dpo'],
    ['training_args = GRPOConfig(beta=0.04, num_generations=8)', 'beta', 'grpo'],
    ['training_args = SFTConfig(packing=True, max_length=2048)', 'packing', 'sequence-packing'],
    ['bnb = BitsAndBytesConfig(load_in_4bit=True, bnb_4bit_quant_type="nf4")', 'nf4', 'nf4'],
    ['tokenizer.padding_side = "left"', 'left', 'padding-side'],
    ['model = AutoModelForCausalLM.from_pretrained(name, device_map="auto")', 'auto', 'big-model-inference'],
    ['config = LoraConfig(target_modules="all-linear", task_type="CAUSAL_LM")', 'all-linear', 'target-modules'],
    ['config = LoraConfig(target_modules="all-linear", task_type="CAUSAL_LM")', 'task_type', 'peft-task-type'],
    ['batch = tokenizer(texts, padding=True, truncation=True, return_tensors="pt")', 'padding', 'padding-strategy'],
    ['batch = tokenizer(texts, padding=True, truncation=True, return_tensors="pt")', 'truncation', 'truncation'],
    ['  "quantization_config": {"quant_method": "gptq", "bits": 4, "group_size": 128},', 'gptq', 'gptq'],
    ['  "quantization_config": {"quant_method": "gptq", "bits": 4, "group_size": 128},', 'group_size', 'group-size'],
    ['  "zero_optimization": {"stage": 3, "overlap_comm": true},', 'stage', 'zero-redundancy-optimizer'],
    ['optimizer = bnb.optim.AdamW8bit(model.parameters(), lr=2e-4)', 'lr', 'learning-rate'],
  ];
  for (const [line, word, id] of contextual) {
    test(`${word} in ${line.trim()} → ${id}`, () => assert.equal(hover(line, word), id));
  }

  test('the same words elsewhere stay silent', () => {
    for (const [line, word] of [
      ['x = nn.Conv2d(3, 16, kernel_size=3, padding=1)', 'padding'],
      ['def f(r=1.0, beta=0.9): return r * beta', 'beta'],
      ['plt.plot(x, y, linestyle="linear")', 'linear'],
      ['optimizer = torch.optim.Adam(params, betas=(0.9, 0.999))', 'betas'],
      ['window.align = "left"', 'left'],
    ] as const) assert.equal(hover(line, word), undefined, `${word} in ${line}`);
  });
});
