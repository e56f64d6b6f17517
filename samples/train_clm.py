"""Causal language modeling: train a decoder-only model to predict the next token.

The default section fine-tunes GPT-2 small ("openai-community/gpt2", 124M parameters as
counted on the checkpoint; the GPT-2 paper rounded it to 117M). The same script scales to
a 7B model with `--section clm_large`, which points at "mistralai/Mistral-7B-v0.1".

Things this script relies on:
  * DataCollatorForLanguageModeling(tokenizer, mlm=False) copies input_ids into labels;
    the model shifts them by one position inside forward(), and the causal mask keeps each
    position from seeing the tokens after it.
  * GPT-2 ties its input embedding and output projection (tie_word_embeddings=True in its
    config.json), so the 50257 x 768 matrix is stored and trained once. Mistral-7B unties
    them: its lm_head is a separate 32000 x 4096 matrix.
  * Generation reuses the key/value tensors of earlier positions (the KV cache), so each
    new token costs one forward pass over a single position instead of the whole prefix.

Usage:
    python train_clm.py                      # GPT-2 small, section `clm`
    python train_clm.py --section clm_large  # Mistral-7B; needs several 80 GB GPUs (see below)
"""

from __future__ import annotations

import math

import torch
from transformers import (
    AutoModelForCausalLM,
    AutoTokenizer,
    DataCollatorForLanguageModeling,
    PreTrainedModel,
    PreTrainedTokenizerBase,
    Trainer,
    set_seed,
)

from data import load_config, load_corpus, parse_args, tokenize_and_pack, training_arguments

# With bf16 autocast the matrix multiplications run in bf16, but AdamW still keeps fp32 weights (4 bytes),
# fp32 gradients (4) and two fp32 moments (8) per parameter: 16 bytes before any activation is stored.
ADAM_MIXED_PRECISION_BYTES_PER_PARAM = 16


def report_model(model: PreTrainedModel) -> None:
    n_params = model.num_parameters()
    tied = model.get_input_embeddings().weight is model.get_output_embeddings().weight
    optimizer_gb = n_params * ADAM_MIXED_PRECISION_BYTES_PER_PARAM / 1e9
    print(f"{n_params / 1e6:,.0f}M parameters; embeddings tied: {tied}")
    # Mistral-7B (about 7.3B parameters) needs roughly 117 GB for this state alone, hence
    # gradient checkpointing plus sharding (FSDP/DeepSpeed) or LoRA for the large section.
    print(f"weights + gradients + AdamW state: ~{optimizer_gb:,.0f} GB")


def sample(model: PreTrainedModel, tokenizer: PreTrainedTokenizerBase, prompt: str) -> str:
    model.eval()
    inputs = tokenizer(prompt, return_tensors="pt").to(model.device)
    with torch.inference_mode():
        output = model.generate(
            **inputs,
            max_new_tokens=60,
            do_sample=True,
            top_p=0.95,
            temperature=0.8,
            use_cache=True,  # KV cache: keep past keys/values instead of recomputing them
            pad_token_id=tokenizer.pad_token_id,
        )
    return tokenizer.decode(output[0], skip_special_tokens=True)


def main() -> None:
    args = parse_args("clm")
    cfg = load_config(args.config, args.section)
    set_seed(cfg["seed"])

    tokenizer = AutoTokenizer.from_pretrained(cfg["model_name_or_path"])
    if tokenizer.pad_token is None:
        # GPT-2 and Mistral ship without a padding token. The collator sets the label of every
        # pad_token_id position to -100, so reusing EOS would silence EOS in the loss; that is
        # harmless here because tokenize_and_pack never inserts EOS.
        tokenizer.pad_token = tokenizer.eos_token

    model = AutoModelForCausalLM.from_pretrained(cfg["model_name_or_path"])  # fp32 master weights; see above
    report_model(model)
    if cfg["training"].get("gradient_checkpointing"):
        model.config.use_cache = False  # the cache is useless during training and conflicts with checkpointing

    dataset = tokenize_and_pack(
        load_corpus(cfg), tokenizer, cfg["block_size"], cfg["preprocessing_num_workers"]
    )
    trainer = Trainer(
        model=model,
        args=training_arguments(cfg, run_name=f"{args.section}-causal-lm"),
        train_dataset=dataset["train"],
        eval_dataset=dataset["validation"],
        data_collator=DataCollatorForLanguageModeling(tokenizer, mlm=False),
        processing_class=tokenizer,
    )
    trainer.train()

    metrics = trainer.evaluate()
    metrics["perplexity"] = math.exp(metrics["eval_loss"])
    trainer.log_metrics("eval", metrics)
    trainer.save_model()

    model.config.use_cache = True
    print(sample(model, tokenizer, "The Chinchilla paper showed that"))


if __name__ == "__main__":
    main()
