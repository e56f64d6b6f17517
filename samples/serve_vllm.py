"""Serve Mixtral-8x7B with vLLM on two GPUs.

Mixtral keeps all eight experts of every layer in memory (46.7B parameters, about 87 GiB in bf16) but
uses two per token (12.9B active), so it is split over two GPUs with tensor parallelism. The KV cache is
stored in fp8, one byte per value: 32 layers x 8 KV heads x 128 x 2 (K and V) = 64 KiB per token in all,
32 KiB on each GPU.

Usage:
    python serve_vllm.py
"""

from vllm import LLM, SamplingParams

MODEL = "mistralai/Mixtral-8x7B-v0.1"

llm = LLM(
    model=MODEL,
    max_model_len=32768,
    kv_cache_dtype="fp8",
    tensor_parallel_size=2,
    gpu_memory_utilization=0.9,
)

params = SamplingParams(temperature=0.7, top_p=0.95, max_tokens=256)
prompts = [
    "Explain the KV cache in two sentences.",
    "Why does a mixture-of-experts model need more memory than it uses per token?",
]
for output in llm.generate(prompts, params):
    print(output.outputs[0].text)
