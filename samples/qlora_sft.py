"""QLoRA supervised fine-tuning: Mistral-7B in 4 bits with LoRA adapters on every projection.

The base model is loaded in 4-bit NormalFloat (NF4) with double quantization, so its Linear layers take
about 4.13 bits per weight instead of 16; only the LoRA adapters (r=16 on the seven projections of each
layer) are trained. Gradient checkpointing keeps one input per decoder layer instead of all its
activations, and the paged 8-bit AdamW keeps two 1-byte moments per trained parameter.

Usage:
    python qlora_sft.py            # one GPU
    torchrun --nproc_per_node 2 qlora_sft.py
"""

from __future__ import annotations

import torch
from datasets import load_dataset
from peft import LoraConfig, prepare_model_for_kbit_training
from transformers import AutoModelForCausalLM, AutoTokenizer, BitsAndBytesConfig
from trl import SFTConfig, SFTTrainer

model_id = "mistralai/Mistral-7B-v0.1"
max_length = 2048

bnb_config = BitsAndBytesConfig(
    load_in_4bit=True,
    bnb_4bit_quant_type="nf4",
    bnb_4bit_use_double_quant=True,
    bnb_4bit_compute_dtype=torch.bfloat16,
)

tokenizer = AutoTokenizer.from_pretrained(model_id)
tokenizer.pad_token = tokenizer.eos_token

model = AutoModelForCausalLM.from_pretrained(
    model_id,
    quantization_config=bnb_config,
    torch_dtype=torch.bfloat16,
    attn_implementation="sdpa",
)
model = prepare_model_for_kbit_training(model)

lora_config = LoraConfig(
    r=16,
    lora_alpha=32,
    lora_dropout=0.05,
    target_modules=["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"],
    task_type="CAUSAL_LM",
)

training_args = SFTConfig(
    output_dir="checkpoints/mistral-7b-qlora",
    per_device_train_batch_size=4,
    gradient_accumulation_steps=4,
    gradient_checkpointing=True,
    bf16=True,
    optim="paged_adamw_8bit",
    learning_rate=2e-4,
    max_length=max_length,
    max_steps=1000,
    logging_steps=10,
    report_to="none",
)

dataset = load_dataset("json", data_files="data/sft.jsonl", split="train")

trainer = SFTTrainer(
    model=model,
    args=training_args,
    train_dataset=dataset,
    peft_config=lora_config,
    processing_class=tokenizer,
)
trainer.train()
trainer.save_model()
