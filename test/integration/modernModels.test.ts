import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { atlasHoverAt, positionOf, setSetting } from './helpers';

/** A serving script of the kind people write today: the Hub ids and classes of 2024–2025 models. */
const SCRIPT = `# Serving and fine-tuning the models we use now: Llama 3.1 405B, Mistral NeMo and Kimi K2.
from transformers import AutoModelForCausalLM, Qwen3MoeForCausalLM, Gemma3ForConditionalGeneration, DeepseekV3ForCausalLM
from mamba_ssm import Mamba

CANDIDATES = [
    "meta-llama/Llama-3.1-8B-Instruct",
    "meta-llama/Llama-3.2-1B",
    "meta-llama/Llama-3.3-70B-Instruct",
    "Qwen/Qwen2.5-7B-Instruct",
    "Qwen/Qwen3-30B-A3B",
    "Qwen/QwQ-32B",
    "deepseek-ai/DeepSeek-V3",
    "deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B",
    "google/gemma-2-9b-it",
    "microsoft/phi-4",
    "microsoft/Phi-3.5-MoE-instruct",
    "mistralai/Mixtral-8x22B-Instruct-v0.1",
    "allenai/OLMo-2-1124-13B",
    "HuggingFaceTB/SmolLM2-1.7B-Instruct",
    "openai/gpt-oss-20b",
    "bigcode/starcoder2-15b",
    "openai/whisper-large-v3-turbo",
]
model = Qwen3MoeForCausalLM.from_pretrained("Qwen/Qwen3-235B-A22B")
`;

describe('hovers on the models people open today', () => {
  let document: vscode.TextDocument;
  before(async () => {
    await setSetting('llmAtlas.language', 'en');
    document = await vscode.workspace.openTextDocument({ language: 'python', content: SCRIPT });
  });
  after(() => setSetting('llmAtlas.language', undefined));

  async function hover(needle: string, offset = 3): Promise<string> {
    const text = await atlasHoverAt(document.uri, positionOf(document, needle, { offset }));
    assert.ok(text, `an LLM Atlas hover on "${needle}"`);
    return text;
  }

  // Hub id → the entry's name and the exact size of that checkpoint, as the hover prints it.
  const ids: [hubId: string, name: string, size: RegExp][] = [
    ['meta-llama/Llama-3.1-8B-Instruct', 'Llama 3.1', /8\.03B parameters/],
    ['meta-llama/Llama-3.2-1B', 'Llama 3.2 (1B and 3B)', /1\.24B parameters/],
    ['meta-llama/Llama-3.3-70B-Instruct', 'Llama 3.3 70B', /70\.6B parameters/],
    ['Qwen/Qwen2.5-7B-Instruct', 'Qwen2.5', /7\.62B parameters/],
    ['Qwen/Qwen3-30B-A3B', 'Qwen3 MoE (30B-A3B and 235B-A22B)', /30\.5B parameters/],
    ['Qwen/QwQ-32B', 'QwQ-32B', /≈32\.5B parameters/],
    ['deepseek-ai/DeepSeek-V3', 'DeepSeek-V3', /671B parameters/],
    ['deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B', 'DeepSeek-R1-Distill (Qwen and Llama)', /1\.78B parameters/],
    ['google/gemma-2-9b-it', 'Gemma 2', /9\.24B parameters/],
    ['microsoft/phi-4', 'Phi-4', /14\.7B parameters/],
    ['microsoft/Phi-3.5-MoE-instruct', 'Phi-3.5 (mini, MoE, vision)', /41\.9B parameters/],
    ['mistralai/Mixtral-8x22B-Instruct-v0.1', 'Mixtral 8x22B', /141B parameters/],
    ['allenai/OLMo-2-1124-13B', 'OLMo 2', /13\.7B parameters/],
    ['HuggingFaceTB/SmolLM2-1.7B-Instruct', 'SmolLM2', /1\.71B parameters/],
    ['openai/gpt-oss-20b', 'gpt-oss (20b and 120b)', /≈21B parameters/],
    ['bigcode/starcoder2-15b', 'StarCoder2', /16B parameters/],
    ['openai/whisper-large-v3-turbo', 'Whisper', /≈809M parameters/],
    ['Qwen/Qwen3-235B-A22B', 'Qwen3 MoE (30B-A3B and 235B-A22B)', /235B parameters/],
  ];
  for (const [hubId, name, size] of ids) {
    it(`explains ${hubId}: ${name} at ${size.source}`, async () => {
      const text = await hover(hubId, 6);
      assert.ok(text.includes(`**${name}**`), text);
      assert.ok(text.includes(`\`${hubId}\``), text);
      assert.match(text, size);
    });
  }

  // Class names and prose: the entry, and a fact its summary states.
  const terms: [needle: string, name: string, fact: RegExp][] = [
    ['Qwen3MoeForCausalLM', 'Qwen3 MoE (30B-A3B and 235B-A22B)', /128 fine-grained experts/],
    ['Gemma3ForConditionalGeneration', 'Gemma 3', /five local layers for every global one/],
    ['DeepseekV3ForCausalLM', 'DeepSeek-V3', /37B active/],
    ['mamba_ssm', 'Mamba', /fixed size/],
    ['Llama 3.1 405B', 'Llama 3.1', /128K-token context/],
    ['Mistral NeMo', 'Mistral NeMo 12B', /Tekken/],
    ['Kimi K2', 'Kimi K2', /32B active/],
  ];
  for (const [needle, name, fact] of terms) {
    it(`explains ${needle} as ${name}`, async () => {
      const text = await hover(needle);
      assert.ok(text.includes(`**${name}**`), text);
      assert.match(text, fact);
    });
  }

  it('explains a modern model in Korean when llmAtlas.language is "ko"', async () => {
    await setSetting('llmAtlas.language', 'ko');
    try {
      const text = await hover('deepseek-ai/DeepSeek-V3', 6);
      assert.match(text, /전체 671B·활성 37B/);
      assert.match(text, /카드 열기/);
    } finally {
      await setSetting('llmAtlas.language', 'en');
    }
  });
});
