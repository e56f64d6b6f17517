// Hovers on the vocabulary of today's training, fine-tuning, generation, quantization and model code
// (issue 14), in real VS Code through the real hover provider. Each case names the entry id the term
// must explain; the expected name and summary are read from the shipped dist/atlas.json, so the test
// checks that the hover explains that entry, in its own words.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { deserializeAtlas } from '../../src/core/knowledge/serialized';
import type { KnowledgeBase } from '../../src/core/knowledge/knowledgeBase';
import { escapeMarkdown } from '../../src/core/present/format';
import { atlasHoverAt, repoUri, setSetting } from './helpers';

/** `at`: where the cursor goes inside `term` (default: its middle). */
type Case = [language: string, content: string, term: string, entryId: string, at?: number];

const GENERATE = 'outputs = model.generate(**inputs, max_new_tokens=256, do_sample=True, temperature=0.7, top_k=50, top_p=0.9, num_beams=1, repetition_penalty=1.1)';
const TRAINING =
  'args = TrainingArguments(output_dir="out", learning_rate=2e-4, warmup_ratio=0.03, lr_scheduler_type="cosine", weight_decay=0.01, gradient_accumulation_steps=8, gradient_checkpointing=True, bf16=True, max_grad_norm=0.3, optim="paged_adamw_8bit", per_device_train_batch_size=4)';
const LORA = 'peft_config = LoraConfig(r=16, lora_alpha=32, lora_dropout=0.05, target_modules=["q_proj", "v_proj"], task_type="CAUSAL_LM")';
const QUANT = 'bnb = BitsAndBytesConfig(load_in_4bit=True, bnb_4bit_quant_type="nf4", bnb_4bit_use_double_quant=True, bnb_4bit_compute_dtype=torch.bfloat16)';
const LOAD = 'model = AutoModelForCausalLM.from_pretrained(name, attn_implementation="sdpa", torch_dtype=torch.bfloat16, device_map="auto", trust_remote_code=True)';
const CONFIG_JSON = `{
  "architectures": ["LlamaForCausalLM"],
  "hidden_act": "silu",
  "max_position_embeddings": 131072,
  "num_key_value_heads": 8,
  "rms_norm_eps": 1e-05,
  "rope_scaling": {"factor": 8.0, "low_freq_factor": 1.0, "high_freq_factor": 4.0, "original_max_position_embeddings": 8192, "rope_type": "llama3"},
  "rope_theta": 500000.0,
  "tie_word_embeddings": false,
  "initializer_range": 0.02,
  "attention_dropout": 0.0,
  "kv_lora_rank": 512,
  "n_shared_experts": 1,
  "norm_topk_prob": true
}`;
const GENERATION_JSON = '{\n  "bos_token_id": 128000,\n  "do_sample": true,\n  "eos_token_id": 128009,\n  "temperature": 0.6,\n  "top_p": 0.9\n}';
const AXOLOTL = `base_model: meta-llama/Llama-3.1-8B
load_in_4bit: true
adapter: qlora
lora_r: 32
lora_alpha: 16
sample_packing: true
gradient_checkpointing: true
lr_scheduler_type: cosine
warmup_steps: 10
deepspeed: deepspeed_configs/zero3.json
`;
const MODELING = `        query_states = self.q_proj(hidden_states)
        key_states = repeat_kv(key_states, self.num_key_value_groups)
        q_embed = (q * cos) + (rotate_half(q) * sin)
        logits = self.lm_head(hidden_states)
        attn_output = self.o_proj(attn_output)
        past_key_values = DynamicCache()
        inputs_embeds = self.embed_tokens(input_ids)`;
const CHAT = 'text = tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)\ntokenizer.padding_side = "left"';
const PROSE = `We fine-tune Llama 3.1 and Qwen2.5 with QLoRA, then align them with DPO.
DeepSeek-V3 uses multi-head latent attention, Gemma 2 interleaves local and global attention.
Speculative decoding with a draft model and paged attention in vLLM cut the latency.
Models compared: Phi-3, Mistral NeMo, OLMo 2 and SmolLM2.
Training ran with FSDP and DeepSpeed ZeRO stage 3; GGUF files use Q4_K_M.
그리디 디코딩과 빔 서치를 비교하고, 양자화된 모델을 사전학습된 모델과 견준다.`;

const CASES: Case[] = [
  ['python', GENERATE, 'max_new_tokens', 'max-new-tokens'],
  ['python', GENERATE, 'do_sample', 'do-sample'],
  ['python', GENERATE, 'temperature', 'temperature-sampling'],
  ['python', GENERATE, 'top_k', 'top-k-sampling'],
  ['python', GENERATE, 'top_p', 'nucleus-sampling'],
  ['python', GENERATE, 'num_beams', 'beam-search'],
  ['python', GENERATE, 'repetition_penalty', 'repetition-penalty'],
  ['python', TRAINING, 'TrainingArguments', 'training-arguments'],
  ['python', TRAINING, 'learning_rate', 'learning-rate'],
  ['python', TRAINING, 'warmup_ratio', 'lr-warmup'],
  ['python', TRAINING, 'lr_scheduler_type', 'lr-scheduler'],
  ['python', TRAINING, 'cosine', 'cosine-schedule'],
  ['python', TRAINING, 'weight_decay', 'weight-decay'],
  ['python', TRAINING, 'gradient_accumulation_steps', 'gradient-accumulation'],
  ['python', TRAINING, 'gradient_checkpointing', 'gradient-checkpointing'],
  ['python', TRAINING, 'bf16', 'mixed-precision-training'],
  ['python', TRAINING, 'max_grad_norm', 'gradient-clipping'],
  ['python', TRAINING, 'paged_adamw_8bit', 'paged-optimizers'],
  ['python', TRAINING, 'per_device_train_batch_size', 'batch-size'],
  ['python', LORA, 'r=16', 'lora-rank', 0],
  ['python', LORA, 'lora_alpha', 'lora-alpha'],
  ['python', LORA, 'lora_dropout', 'lora-dropout'],
  ['python', LORA, 'target_modules', 'target-modules'],
  ['python', LORA, 'q_proj', 'qkv-projections'],
  ['python', LORA, 'task_type', 'peft-task-type'],
  ['python', QUANT, 'load_in_4bit', 'load-in-4bit'],
  ['python', QUANT, 'nf4', 'nf4'],
  ['python', QUANT, 'bnb_4bit_use_double_quant', 'double-quantization'],
  ['python', QUANT, 'bnb_4bit_compute_dtype', 'compute-dtype'],
  ['python', QUANT, 'bfloat16', 'bfloat16'],
  ['python', LOAD, 'sdpa', 'pytorch-sdpa'],
  ['python', LOAD, 'attn_implementation', 'attn-implementation'],
  ['python', LOAD, 'torch_dtype', 'torch-dtype'],
  ['python', LOAD, 'auto', 'big-model-inference'],
  ['python', LOAD, 'trust_remote_code', 'trust-remote-code'],
  ['python', MODELING, 'query_states', 'qkv-projections'],
  ['python', MODELING, 'repeat_kv', 'repeat-kv'],
  ['python', MODELING, 'rotate_half', 'rotate-half'],
  ['python', MODELING, 'lm_head', 'lm-head'],
  ['python', MODELING, 'inputs_embeds', 'inputs-embeds'],
  ['python', CHAT, 'apply_chat_template', 'chat-template'],
  ['python', CHAT, 'add_generation_prompt', 'generation-prompt'],
  ['python', CHAT, 'padding_side', 'padding-side'],
  ['json', CONFIG_JSON, 'silu', 'silu'],
  ['json', CONFIG_JSON, 'rope_scaling', 'rope-scaling'],
  ['json', CONFIG_JSON, 'llama3', 'llama3-rope-scaling'],
  ['json', CONFIG_JSON, 'initializer_range', 'initializer-range'],
  ['json', CONFIG_JSON, 'kv_lora_rank', 'multi-head-latent-attention'],
  ['json', CONFIG_JSON, 'n_shared_experts', 'shared-experts'],
  ['json', CONFIG_JSON, 'norm_topk_prob', 'norm-topk-prob'],
  ['json', GENERATION_JSON, 'temperature', 'temperature-sampling'],
  ['json', GENERATION_JSON, 'top_p', 'nucleus-sampling'],
  ['yaml', AXOLOTL, 'lora_r', 'lora-rank'],
  ['yaml', AXOLOTL, 'sample_packing', 'sequence-packing'],
  ['yaml', AXOLOTL, 'cosine', 'cosine-schedule'],
  ['yaml', AXOLOTL, 'warmup_steps', 'lr-warmup'],
  ['markdown', PROSE, 'Llama 3.1', 'llama-3-1'],
  ['markdown', PROSE, 'Qwen2.5', 'qwen2-5'],
  ['markdown', PROSE, 'QLoRA', 'qlora'],
  ['markdown', PROSE, 'DPO', 'dpo'],
  ['markdown', PROSE, 'DeepSeek-V3', 'deepseek-v3'],
  ['markdown', PROSE, 'multi-head latent attention', 'multi-head-latent-attention'],
  ['markdown', PROSE, 'Gemma 2', 'gemma-2'],
  ['markdown', PROSE, 'Speculative decoding', 'speculative-decoding'],
  ['markdown', PROSE, 'paged attention', 'paged-attention'],
  ['markdown', PROSE, 'vLLM', 'vllm'],
  ['markdown', PROSE, 'Phi-3', 'phi-3'],
  ['markdown', PROSE, 'Mistral NeMo', 'mistral-nemo'],
  ['markdown', PROSE, 'OLMo 2', 'olmo-2'],
  ['markdown', PROSE, 'SmolLM2', 'smollm2'],
  ['markdown', PROSE, 'FSDP', 'fsdp'],
  ['markdown', PROSE, '그리디 디코딩', 'greedy-decoding'],
  ['markdown', PROSE, '빔 서치', 'beam-search'],
];

/** The first words of a summary: the hover writes summaries as they are (they may hold inline Markdown). */
const summaryOpening = (summary: string): string => summary.split(/\s+/).slice(0, 5).join(' ');

describe('hovers on modern training, generation, quantization and model code (issue 14)', function () {
  this.timeout(120_000);
  let kb: KnowledgeBase;
  const documents = new Map<string, vscode.TextDocument>();

  before(async () => {
    await setSetting('llmAtlas.language', 'en');
    kb = deserializeAtlas(new TextDecoder().decode(await vscode.workspace.fs.readFile(repoUri('dist/atlas.json'))));
  });
  after(async () => {
    await setSetting('llmAtlas.language', undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  async function open(language: string, content: string): Promise<vscode.TextDocument> {
    const key = `${language}\u0000${content}`;
    let document = documents.get(key);
    if (!document) documents.set(key, (document = await vscode.workspace.openTextDocument({ language, content })));
    return document;
  }

  it(`covers at least 60 new terms, each with the entry it must explain`, () => {
    assert.ok(new Set(CASES.map(([, , term, id]) => `${term}→${id}`)).size >= 60);
  });

  for (const [language, content, term, entryId, cursor] of CASES) {
    it(`${term} in ${language} → ${entryId}`, async () => {
      const entry = kb.get(entryId);
      assert.ok(entry, `the atlas has an entry "${entryId}"`);
      const document = await open(language, content);
      const at = content.indexOf(term);
      assert.ok(at >= 0, term);
      const text = await atlasHoverAt(document.uri, document.positionAt(at + (cursor ?? Math.floor(term.length / 2))));
      assert.ok(text, `an LLM Atlas hover on "${term}"`);
      assert.ok(text.includes(`**${escapeMarkdown(entry.name)}**`), `the hover names ${entry.name}:\n${text}`);
      assert.ok(text.includes(summaryOpening(entry.summary.en)), `the hover gives the summary of ${entryId}:\n${text}`);
    });
  }
});
