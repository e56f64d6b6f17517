"""Domain-adaptive masked language modeling (MLM) for BERT.

BERT was pre-trained by hiding tokens behind [MASK] and predicting them from context on
both sides. Continuing that objective on in-domain text before fine-tuning on a labelled
task usually helps when the domain's vocabulary differs from Wikipedia and books.

Details worth knowing:
  * BertTokenizerFast splits text into WordPiece sub-words ("tokenization" -> "token",
    "##ization"), so a masked position may be a fragment of a word. Set
    `whole_word_masking: true` in the config to hide all pieces of a word together.
  * DataCollatorForLanguageModeling(tokenizer, mlm_probability=0.15) picks 15% of the
    tokens; 80% of those become [MASK], 10% a random token, 10% stay unchanged. The loss is
    computed on the picked positions only (all other labels are -100).
  * The collator draws a new mask every time a batch is built, so each epoch sees a
    different pattern. That is RoBERTa's dynamic masking; the original BERT pipeline fixed
    the masks once during preprocessing (and duplicated the data ten times to vary them).

Usage:
    python train_mlm.py                       # section `mlm` of configs/train.yaml
    python train_mlm.py --section mlm --config configs/train.yaml
"""

from __future__ import annotations

import math

from transformers import (
    BertConfig,
    BertForMaskedLM,
    BertTokenizerFast,
    DataCollatorForLanguageModeling,
    DataCollatorForWholeWordMask,
    Trainer,
    set_seed,
)

from data import load_config, load_corpus, parse_args, tokenize_and_pack, training_arguments


def build_model(cfg: dict) -> BertForMaskedLM:
    if cfg["from_scratch"]:
        # Same architecture, random weights: pre-training rather than adaptation.
        return BertForMaskedLM(BertConfig(**cfg["architecture"]))
    return BertForMaskedLM.from_pretrained(cfg["model_name_or_path"])


def main() -> None:
    args = parse_args("mlm")
    cfg = load_config(args.config, args.section)
    set_seed(cfg["seed"])

    tokenizer = BertTokenizerFast.from_pretrained(cfg["model_name_or_path"])
    model = build_model(cfg)
    print(f"{model.num_parameters() / 1e6:.0f}M parameters")  # about 110M for BERT-base

    dataset = tokenize_and_pack(
        load_corpus(cfg), tokenizer, cfg["block_size"], cfg["preprocessing_num_workers"]
    )

    collator_class = DataCollatorForWholeWordMask if cfg["whole_word_masking"] else DataCollatorForLanguageModeling
    collator = collator_class(tokenizer, mlm_probability=cfg["mlm_probability"])

    trainer = Trainer(
        model=model,
        args=training_arguments(cfg, run_name=f"{args.section}-bert"),
        train_dataset=dataset["train"],
        eval_dataset=dataset["validation"],
        data_collator=collator,
        processing_class=tokenizer,
    )
    trainer.train()

    metrics = trainer.evaluate()
    # exp(loss) over the masked positions only: not comparable with a causal model's
    # perplexity, which scores every token from its left context.
    metrics["perplexity"] = math.exp(metrics["eval_loss"])
    trainer.log_metrics("eval", metrics)
    trainer.save_model()


if __name__ == "__main__":
    main()
