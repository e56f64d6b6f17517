import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, atlasHoverAt, setSetting } from './helpers';

// Hovers on the config keys, modelling-code names, serving and generation terms of the
// configAndInference entries, in real VS Code: a generation/serving script, a model config and a
// Korean note, each opened as an untitled document of its language.

const SCRIPT = `from transformers import AutoModelForCausalLM, AutoTokenizer, GenerationConfig, TextIteratorStreamer
from vllm import LLM, SamplingParams

model = AutoModelForCausalLM.from_pretrained(path, attn_implementation="sdpa", torch_dtype=torch.bfloat16, trust_remote_code=False)
draft = AutoModelForCausalLM.from_pretrained(draft_path, attn_implementation="flash_attention_2")
ids = tokenizer.apply_chat_template(messages, add_generation_prompt=True, return_tensors="pt")
streamer = TextIteratorStreamer(tokenizer, skip_prompt=True)
out = model.generate(ids, max_new_tokens=256, do_sample=False, num_beams=4, length_penalty=0.6, no_repeat_ngram_size=3)
out = model.generate(ids, assistant_model=draft, repetition_penalty=1.2, return_dict_in_generate=True, output_scores=True)
scores = model.compute_transition_scores(out.sequences, out.scores, normalize_logits=True)
llm = LLM(model=path, gpu_memory_utilization=0.9, enable_prefix_caching=True, enable_chunked_prefill=True)

class Attention(nn.Module):
    def forward(self, hidden_states, position_embeddings):
        query_states = self.q_proj(hidden_states)
        key_states = repeat_kv(self.k_proj(hidden_states), self.num_key_value_groups)
        q_embed = query_states * cos + rotate_half(query_states) * sin
        logits = self.lm_head(hidden_states)
        return eager_attention_forward(self, q_embed, key_states, None)
`;

const CONFIG = `{
  "hidden_act": "silu",
  "rope_scaling": {"rope_type": "llama3", "factor": 8.0, "low_freq_factor": 1.0, "high_freq_factor": 4.0},
  "partial_rotary_factor": 0.4,
  "attn_logit_softcapping": 50.0,
  "query_pre_attn_scalar": 144,
  "initializer_range": 0.02,
  "n_shared_experts": 1,
  "n_routed_experts": 256,
  "first_k_dense_replace": 3,
  "norm_topk_prob": true,
  "topk_group": 4,
  "kv_lora_rank": 512,
  "qk_rope_head_dim": 64,
  "num_nextn_predict_layers": 1,
  "max_window_layers": 28
}
`;

const NOTE = `# 생성 전략 메모

그리디 디코딩은 반복이 잦고 빔 서치는 번역에 쓴다. 트랜스포머 서빙에는 PagedAttention과 continuous batching이 기본이다.
추측 디코딩과 nucleus sampling, KV 캐시 양자화, 멀티헤드 잠재 어텐션(MLA)도 비교했다. FlashAttention-3는 Hopper 전용이다.
`;

/** [needle, its occurrence, the start of the entry name the hover must show]. */
type Case = [needle: string, nth: number, name: string];

const SCRIPT_CASES: Case[] = [
  ['attn_implementation', 0, 'attn_implementation (attention backend)'],
  ['sdpa', 0, 'PyTorch SDPA'],
  ['torch_dtype', 0, 'torch_dtype / dtype'],
  ['bfloat16', 0, 'bfloat16'],
  ['trust_remote_code', 0, 'trust_remote_code'],
  ['flash_attention_2', 0, 'FlashAttention-2'],
  ['apply_chat_template', 0, 'Chat template'],
  ['add_generation_prompt', 0, 'add_generation_prompt'],
  ['TextIteratorStreamer', 1, 'Token streaming'],
  ['model.generate', 0, 'generate()'],
  ['max_new_tokens', 0, 'max_new_tokens'],
  ['do_sample', 0, 'do_sample'],
  ['num_beams', 0, 'Beam search'],
  ['no_repeat_ngram_size', 0, 'no_repeat_ngram_size'],
  ['assistant_model', 0, 'Speculative decoding'],
  ['repetition_penalty', 0, 'Repetition penalty'],
  ['output_scores', 0, 'Token log-probabilities'],
  ['compute_transition_scores', 0, 'Token log-probabilities'],
  ['GenerationConfig', 0, 'GenerationConfig'],
  ['vllm', 0, 'vLLM'],
  ['SamplingParams', 0, 'vLLM'],
  ['gpu_memory_utilization', 0, 'PagedAttention'],
  ['enable_prefix_caching', 0, 'Prefix caching'],
  ['enable_chunked_prefill', 0, 'Prefill and decode phases'],
  ['q_proj', 0, 'Query, key, value and output projections'],
  ['query_states', 0, 'Query, key, value and output projections'],
  ['repeat_kv', 0, 'repeat_kv'],
  ['rotate_half', 0, 'rotate_half'],
  ['lm_head', 0, 'LM head'],
  ['eager_attention_forward', 0, 'Eager attention'],
  ['hidden_states', 0, 'Hidden states'],
];

const CONFIG_CASES: Case[] = [
  ['silu', 0, 'SiLU'],
  ['rope_scaling', 0, 'RoPE scaling'],
  ['low_freq_factor', 0, 'Llama 3 RoPE scaling'],
  ['partial_rotary_factor', 0, 'Partial rotary embedding'],
  ['attn_logit_softcapping', 0, 'Logit soft-capping'],
  ['query_pre_attn_scalar', 0, 'Attention score scale'],
  ['initializer_range', 0, 'Initialisation scale'],
  ['n_shared_experts', 0, 'Shared experts'],
  ['n_routed_experts', 0, 'Fine-grained routed experts'],
  ['first_k_dense_replace', 0, 'Dense layers before the MoE layers'],
  ['norm_topk_prob', 0, 'Renormalised top-k gate weights'],
  ['topk_group', 0, 'Device- and node-limited routing'],
  ['kv_lora_rank', 0, 'Multi-head latent attention'],
  ['qk_rope_head_dim', 0, 'Decoupled RoPE'],
  ['num_nextn_predict_layers', 0, 'Multi-token prediction'],
  ['max_window_layers', 0, 'Interleaved local and global attention layers'],
];

const NOTE_CASES: Case[] = [
  ['그리디 디코딩', 0, 'Greedy decoding'],
  ['빔 서치', 0, 'Beam search'],
  ['트랜스포머', 0, 'Transformer architecture'],
  ['PagedAttention', 0, 'PagedAttention'],
  ['continuous batching', 0, 'Continuous batching'],
  ['추측 디코딩', 0, 'Speculative decoding'],
  ['nucleus sampling', 0, 'Nucleus (top-p) sampling'],
  ['KV 캐시 양자화', 0, 'KV cache quantization'],
  ['멀티헤드 잠재 어텐션', 0, 'Multi-head latent attention'],
  ['FlashAttention-3', 0, 'FlashAttention-3'],
];

/** The headline of an atlas hover spells the name with Markdown's special characters escaped. */
const headline = (name: string) => `**${name.replace(/[\\`*_{}[\]<>#|]/g, (c) => `\\${c}`)}`;

function offsetOf(text: string, needle: string, nth: number): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" #${nth} is in the document`);
  }
  return at;
}

function describeHovers(title: string, language: string, content: string, cases: Case[]) {
  describe(title, () => {
    let document: vscode.TextDocument;
    before(async () => {
      await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
      await setSetting('llmAtlas.language', 'en');
      document = await vscode.workspace.openTextDocument({ language, content });
    });
    after(() => setSetting('llmAtlas.language', undefined));

    for (const [needle, nth, name] of cases) {
      it(`${needle} → ${name}`, async () => {
        const position = document.positionAt(offsetOf(content, needle, nth) + Math.floor(needle.length / 2));
        const text = await atlasHoverAt(document.uri, position);
        assert.ok(text, `an LLM Atlas hover on "${needle}"`);
        assert.ok(text.includes(headline(name)), `hover on "${needle}" starts with ${headline(name)}:\n${text}`);
      });
    }
  });
}

describeHovers('configAndInference hovers: generation and serving code', 'python', SCRIPT, SCRIPT_CASES);
describeHovers('configAndInference hovers: a model config', 'json', CONFIG, CONFIG_CASES);
describeHovers('configAndInference hovers: prose in Korean and English', 'markdown', NOTE, NOTE_CASES);

describe('configAndInference hovers: Korean text and the sdpa fix', () => {
  after(() => setSetting('llmAtlas.language', undefined));

  it('explains attn_implementation="sdpa" as PyTorch SDPA, not FlashAttention', async () => {
    const document = await vscode.workspace.openTextDocument({ language: 'python', content: 'model = AutoModel.from_pretrained(p, attn_implementation="sdpa")\n' });
    const text = await atlasHoverAt(document.uri, document.positionAt(document.getText().indexOf('sdpa') + 2));
    assert.ok(text, 'a hover on "sdpa"');
    assert.match(text, /PyTorch SDPA/);
    assert.doesNotMatch(text, /\*\*FlashAttention/);
  });

  it('shows the Korean summary in Korean', async () => {
    await setSetting('llmAtlas.language', 'ko');
    const document = await vscode.workspace.openTextDocument({ language: 'python', content: 'out = model.generate(ids, num_beams=4)\n' });
    const text = await atlasHoverAt(document.uri, document.positionAt(document.getText().indexOf('num_beams') + 3));
    assert.ok(text, 'a hover on "num_beams"');
    assert.match(text, /빔 서치/);
    assert.match(text, /카드 열기/);
  });
});
