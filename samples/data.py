"""Configuration loading and the tokenise-then-pack pipeline shared by the training scripts."""

from __future__ import annotations

import argparse
from itertools import chain
from pathlib import Path
from typing import Any

import yaml
from datasets import DatasetDict, load_dataset
from transformers import PreTrainedTokenizerBase, TrainingArguments

DEFAULT_CONFIG = Path(__file__).parent / "configs" / "train.yaml"


def parse_args(default_section: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=f"Train with the `{default_section}` section of a YAML config.")
    parser.add_argument("--config", type=Path, default=DEFAULT_CONFIG)
    parser.add_argument("--section", default=default_section)
    return parser.parse_args()


def load_config(path: Path, section: str) -> dict[str, Any]:
    """Return the `common` block overlaid with one section; `training` dicts are merged key by key."""
    with open(path, encoding="utf-8") as f:
        raw = yaml.safe_load(f)
    common, own = raw["common"], raw[section]
    merged = {**common, **own}
    merged["training"] = {**common.get("training", {}), **own.get("training", {})}
    return merged


def training_arguments(cfg: dict[str, Any], run_name: str) -> TrainingArguments:
    return TrainingArguments(
        output_dir=str(Path(cfg["output_root"]) / run_name),
        seed=cfg["seed"],
        **cfg["training"],
    )


def load_corpus(cfg: dict[str, Any]) -> DatasetDict:
    corpus = load_dataset(cfg["dataset_name"], cfg.get("dataset_config"))
    # WikiText keeps blank lines between paragraphs; they would only add empty documents.
    return corpus.filter(lambda row: len(row["text"].strip()) > 0)


def tokenize_and_pack(
    corpus: DatasetDict,
    tokenizer: PreTrainedTokenizerBase,
    block_size: int,
    num_proc: int,
) -> DatasetDict:
    """Tokenise every document, concatenate the stream and cut it into `block_size` chunks.

    Packing spends no compute on padding, so every block is full. The tail that does not
    fill a last block is dropped. No separator is inserted between documents: for
    encoder models the tokenizer already wraps each one in [CLS] ... [SEP]; for GPT-2 we
    leave EOS out so that reusing EOS as the padding token masks nothing (see train_clm.py).
    """
    text_columns = corpus["train"].column_names
    tokenized = corpus.map(
        lambda batch: tokenizer(batch["text"]),
        batched=True,
        num_proc=num_proc,
        remove_columns=text_columns,
        desc="Tokenising",
    )

    def pack(batch: dict[str, list[list[int]]]) -> dict[str, list[list[int]]]:
        stream = {key: list(chain.from_iterable(values)) for key, values in batch.items()}
        usable = (len(stream["input_ids"]) // block_size) * block_size
        return {
            key: [values[start : start + block_size] for start in range(0, usable, block_size)]
            for key, values in stream.items()
        }

    return tokenized.map(pack, batched=True, num_proc=num_proc, desc=f"Packing into {block_size}-token blocks")
