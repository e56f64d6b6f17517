import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { hubCacheFolder, hubIdAt, isHubModelId, modelFolderName, snapshotHash } from '../../../src/core/weights/hfCache';

describe('local Hugging Face cache paths', () => {
  test('HF_HUB_CACHE, else HUGGINGFACE_HUB_CACHE, else $HF_HOME/hub, else $XDG_CACHE_HOME/huggingface/hub, else ~/.cache/huggingface/hub', () => {
    const home = '/home/ada';
    assert.equal(hubCacheFolder({ HF_HUB_CACHE: '/data/hub/', HF_HOME: '/x' }, home), '/data/hub');
    assert.equal(hubCacheFolder({ HUGGINGFACE_HUB_CACHE: '/old', HF_HOME: '/x' }, home), '/old');
    assert.equal(hubCacheFolder({ HF_HOME: '/srv/hf' }, home), '/srv/hf/hub');
    assert.equal(hubCacheFolder({ XDG_CACHE_HOME: '/tmp/xdg' }, home), '/tmp/xdg/huggingface/hub');
    assert.equal(hubCacheFolder({ HF_HUB_CACHE: '  ' }, home), '/home/ada/.cache/huggingface/hub');
    assert.equal(hubCacheFolder({}, home), '/home/ada/.cache/huggingface/hub');
  });

  test('folder names and refs/main hashes', () => {
    assert.equal(modelFolderName('meta-llama/Llama-3.1-8B'), 'models--meta-llama--Llama-3.1-8B');
    assert.equal(snapshotHash('0e9e39f249a16976918f6564b8830bc894c89659\n'), '0e9e39f249a16976918f6564b8830bc894c89659');
    assert.equal(snapshotHash('../../etc'), undefined);
    assert.equal(snapshotHash(''), undefined);
  });

  test('hub ids: org/name with the Hub\'s characters, no path tricks', () => {
    for (const id of ['Qwen/Qwen2.5-0.5B', 'acme-ai/tiny_llama.v2', 'a/b']) assert.ok(isHubModelId(id), id);
    for (const id of ['gpt2', '../x/y', 'a/../b', 'a--b/c', '/abs/path', 'a/b/c', 'org/na me']) assert.ok(!isHubModelId(id), id);
  });

  test('the id under the cursor in a loader call or a model= keyword', () => {
    const cases: Array<[string, string]> = [
      ['model = AutoModelForCausalLM.from_pretrained("acme/tiny-llama", torch_dtype="auto")', 'acme/tiny-llama'],
      ["tok = AutoTokenizer.from_pretrained('acme/tiny-llama')", 'acme/tiny-llama'],
      ['pipe = pipeline("text-generation", model="acme/tiny-llama")', 'acme/tiny-llama'],
      ['llm = LLM(model="acme/tiny-llama", tensor_parallel_size=2)', 'acme/tiny-llama'],
      ['llm = LLM("acme/tiny-llama")', 'acme/tiny-llama'],
      ['snapshot_download(repo_id="acme/tiny-llama")', 'acme/tiny-llama'],
    ];
    for (const [line, id] of cases) {
      const at = line.indexOf(id) + 3;
      const found = hubIdAt(line, at);
      assert.deepEqual(found, { id, start: line.indexOf(id), end: line.indexOf(id) + id.length }, line);
    }
  });

  test('other strings, other places and ids without an org are not taken', () => {
    const line = 'x = load("acme/tiny-llama"); y = from_pretrained("gpt2"); print("a/b")';
    for (const needle of ['acme/tiny-llama', 'gpt2', 'a/b']) assert.equal(hubIdAt(line, line.indexOf(needle) + 1), undefined, needle);
    const call = 'from_pretrained("acme/tiny-llama")';
    assert.equal(hubIdAt(call, 2), undefined, 'cursor on the function name');
    assert.equal(hubIdAt('x'.repeat(20_000) + call, 20_010), undefined, 'a huge line is not scanned');
  });
});
