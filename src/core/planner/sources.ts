/**
 * Where every formula and figure of the planner comes from. Each assumption and each accelerator value names
 * one of these keys; the README's "How the planner counts" lists the same works.
 */

export interface PlannerSource {
  citation: string;
  year: number;
  url: string;
}

export const PLANNER_SOURCES = {
  kaplan2020: {
    citation: 'Kaplan et al., "Scaling Laws for Neural Language Models", Table 1',
    year: 2020,
    url: 'https://arxiv.org/abs/2001.08361',
  },
  zero2020: {
    citation: 'Rajbhandari et al., "ZeRO: Memory Optimizations Toward Training Trillion Parameter Models", §3.1 and Figure 1',
    year: 2020,
    url: 'https://arxiv.org/abs/1910.02054',
  },
  korthikanti2022: {
    citation: 'Korthikanti et al., "Reducing Activation Recomputation in Large Transformer Models", §4–5, Table 2',
    year: 2022,
    url: 'https://arxiv.org/abs/2205.05198',
  },
  flashAttention2022: {
    citation: 'Dao et al., "FlashAttention: Fast and Memory-Efficient Exact Attention with IO-Awareness"',
    year: 2022,
    url: 'https://arxiv.org/abs/2205.14135',
  },
  qlora2023: {
    citation: 'Dettmers et al., "QLoRA: Efficient Finetuning of Quantized LLMs", §2–3',
    year: 2023,
    url: 'https://arxiv.org/abs/2305.14314',
  },
  lora2021: {
    citation: 'Hu et al., "LoRA: Low-Rank Adaptation of Large Language Models", §4 and §7.1',
    year: 2021,
    url: 'https://arxiv.org/abs/2106.09685',
  },
  peftDocs: {
    citation: 'Hugging Face PEFT documentation: PeftModel(autocast_adapter_dtype=True) keeps adapter weights in float32; default target modules per model type (peft/utils/constants.py)',
    year: 2025,
    url: 'https://huggingface.co/docs/peft/package_reference/peft_model',
  },
  optimizer8bit2022: {
    citation: 'Dettmers et al., "8-bit Optimizers via Block-wise Quantization"',
    year: 2022,
    url: 'https://arxiv.org/abs/2110.02861',
  },
  adafactor2018: {
    citation: 'Shazeer & Stern, "Adafactor: Adaptive Learning Rates with Sublinear Memory Cost"',
    year: 2018,
    url: 'https://arxiv.org/abs/1804.04235',
  },
  gptq2022: {
    citation: 'Frantar et al., "GPTQ: Accurate Post-Training Quantization for Generative Pre-trained Transformers" (4-bit weights, one fp16 scale and one packed zero point per group)',
    year: 2022,
    url: 'https://arxiv.org/abs/2210.17323',
  },
  awq2023: {
    citation: 'Lin et al., "AWQ: Activation-aware Weight Quantization for LLM Compression and Acceleration" (4-bit, group size 128)',
    year: 2023,
    url: 'https://arxiv.org/abs/2306.00978',
  },
  ggmlTypes: {
    citation: 'llama.cpp, gguf-py/gguf/constants.py (GGML_QUANT_SIZES: block size and bytes per block)',
    year: 2025,
    url: 'https://github.com/ggml-org/llama.cpp/blob/master/gguf-py/gguf/constants.py',
  },
  llamaCppQuantize: {
    citation: 'llama.cpp, tools/quantize/README.md: bits per weight measured on meta-llama/Llama-3.1-8B per file type',
    year: 2025,
    url: 'https://github.com/ggml-org/llama.cpp/blob/master/tools/quantize/README.md',
  },
  vllm2023: {
    citation: 'Kwon et al., "Efficient Memory Management for Large Language Model Serving with PagedAttention" (vLLM), §3',
    year: 2023,
    url: 'https://arxiv.org/abs/2309.06180',
  },
  vllmDocs: {
    citation: 'vLLM engine arguments: gpu_memory_utilization (default 0.9), kv_cache_dtype, max_model_len, tensor_parallel_size',
    year: 2025,
    url: 'https://docs.vllm.ai/en/latest/configuration/engine_args.html',
  },
  deepseekV2: {
    citation: 'DeepSeek-AI, "DeepSeek-V2: A Strong, Economical, and Efficient Mixture-of-Experts Language Model", §2.1.4 Table 1 and Appendix C.2',
    year: 2024,
    url: 'https://arxiv.org/abs/2405.04434',
  },
  mistral2023: {
    citation: 'Jiang et al., "Mistral 7B", §2 (sliding window attention, rolling buffer cache)',
    year: 2023,
    url: 'https://arxiv.org/abs/2310.06825',
  },
  pope2022: {
    citation: 'Pope et al., "Efficiently Scaling Transformer Inference" (at small batch sizes decoding is bound by memory bandwidth: every weight is read once per generated token)',
    year: 2022,
    url: 'https://arxiv.org/abs/2211.05102',
  },
  narayanan2021: {
    citation: 'Narayanan et al., "Efficient Large-Scale Language Model Training on GPU Clusters Using Megatron-LM" (backward ≈ 2× forward; activation recomputation adds one forward pass)',
    year: 2021,
    url: 'https://arxiv.org/abs/2104.04473',
  },
  palm2022: {
    citation: 'Chowdhery et al., "PaLM: Scaling Language Modeling with Pathways" (model FLOPs utilization defined; 46.2% for PaLM 540B)',
    year: 2022,
    url: 'https://arxiv.org/abs/2204.02311',
  },
  llama3: {
    citation: 'Llama Team, Meta, "The Llama 3 Herd of Models", Table 4 (38–43% BF16 MFU on H100)',
    year: 2024,
    url: 'https://arxiv.org/abs/2407.21783',
  },
  hfTrainingArguments: {
    citation: 'Hugging Face Transformers, TrainingArguments defaults (per_device_train_batch_size 8, gradient_accumulation_steps 1, optim adamw_torch)',
    year: 2025,
    url: 'https://huggingface.co/docs/transformers/main_classes/trainer#transformers.TrainingArguments',
  },
  trlSftConfig: {
    citation: 'TRL, SFTConfig defaults (max_length 1024, gradient_checkpointing True, bf16 True unless fp16)',
    year: 2025,
    url: 'https://github.com/huggingface/trl/blob/main/trl/trainer/sft_config.py',
  },
  pytorchFsdp: {
    citation: 'PyTorch FSDP: ShardingStrategy FULL_SHARD (parameters, gradients and optimizer state), SHARD_GRAD_OP (gradients and optimizer state), NO_SHARD',
    year: 2024,
    url: 'https://pytorch.org/docs/stable/fsdp.html',
  },
  a100Datasheet: {
    citation: 'NVIDIA A100 Tensor Core GPU datasheet (SXM: BF16 312 TFLOPS dense, 624 with sparsity; 40 GB HBM2 1,555 GB/s; 80 GB HBM2e 2,039 GB/s)',
    year: 2021,
    url: 'https://www.nvidia.com/content/dam/en-zz/Solutions/Data-Center/a100/pdf/nvidia-a100-datasheet-us-nvidia-1758950-r4-web.pdf',
  },
  h100Datasheet: {
    citation: 'NVIDIA H100 Tensor Core GPU datasheet (SXM: BF16 1,979 TFLOPS with sparsity, half without; 80 GB HBM3, 3.35 TB/s)',
    year: 2023,
    url: 'https://resources.nvidia.com/en-us-tensor-core/nvidia-tensor-core-gpu-datasheet',
  },
  h200Datasheet: {
    citation: 'NVIDIA H200 Tensor Core GPU datasheet (SXM: BF16 1,979 TFLOPS with sparsity; 141 GB HBM3e, 4.8 TB/s)',
    year: 2024,
    url: 'https://www.nvidia.com/en-us/data-center/h200/',
  },
  l4Datasheet: {
    citation: 'NVIDIA L4 Tensor Core GPU datasheet (BF16 242 TFLOPS with sparsity; 24 GB GDDR6, 300 GB/s)',
    year: 2023,
    url: 'https://www.nvidia.com/en-us/data-center/l4/',
  },
  adaWhitepaper: {
    citation: 'NVIDIA Ada GPU Architecture whitepaper (GeForce RTX 4090: BF16 tensor 165.2 TFLOPS dense with FP32 accumulate, 330.4 with sparsity; 24 GB GDDR6X, 1,008 GB/s)',
    year: 2022,
    url: 'https://images.nvidia.com/aem-dam/Solutions/geforce/ada/nvidia-ada-gpu-architecture.pdf',
  },
  ampereGa102Whitepaper: {
    citation: 'NVIDIA Ampere GA102 GPU Architecture whitepaper (GeForce RTX 3090: BF16 tensor 71 TFLOPS dense with FP32 accumulate, 142 with sparsity; 24 GB GDDR6X, 936 GB/s)',
    year: 2020,
    url: 'https://images.nvidia.com/aem-dam/en-zz/Solutions/geforce/ampere/pdf/NVIDIA-ampere-GA102-GPU-Architecture-Whitepaper-V1.pdf',
  },
  appleM2Ultra: {
    citation: 'Apple Newsroom, "Apple introduces M2 Ultra" (up to 192 GB unified memory, 800 GB/s)',
    year: 2023,
    url: 'https://www.apple.com/newsroom/2023/06/apple-introduces-m2-ultra/',
  },
  appleM4Max: {
    citation: 'Apple Newsroom, MacBook Pro with M4 Pro and M4 Max (M4 Max: up to 128 GB unified memory, 546 GB/s)',
    year: 2024,
    url: 'https://www.apple.com/newsroom/2024/10/new-macbook-pro-features-m4-family-of-chips-and-apple-intelligence/',
  },
} as const satisfies Record<string, PlannerSource>;

export type PlannerSourceKey = keyof typeof PLANNER_SOURCES;
