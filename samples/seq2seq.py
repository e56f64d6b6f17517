"""Continued pre-training of T5 with its span corruption objective.

T5 ("google-t5/t5-small", about 60M parameters) is an encoder-decoder that casts every
task as text in, text out: the same T5ForConditionalGeneration and the same cross-entropy
on target tokens serve pre-training, "summarize: ..." and "translate English to German: ...".

Span corruption, the objective T5 settled on after comparing many variants:
  * remove about 15% of the tokens (noise_density=0.15) in contiguous spans whose mean
    length is 3 tokens (mean_noise_span_length=3.0);
  * in the encoder input, each removed span collapses into one sentinel token
    <extra_id_0>, <extra_id_1>, ...;
  * the decoder target lists each sentinel followed by the tokens it hides, and ends with
    one more sentinel. Targets stay short, which makes this cheaper than reconstructing
    the full text.

    original: the router sends every token to two of the eight experts in each layer
    input:    the router sends every <extra_id_0> of the eight experts <extra_id_1> layer
    target:   <extra_id_0> token to two <extra_id_1> in each <extra_id_2>

Related denoising objectives, for comparison:
  * BART ("facebook/bart-base") is also a denoising autoencoder with an encoder and a
    decoder, but its decoder rewrites the whole original text. Its best pre-training mix
    was text infilling (spans with Poisson(3)-distributed lengths, each replaced by a
    single <mask>, so the model must also work out how many tokens are missing) together
    with sentence permutation.
  * ELECTRA's replaced token detection stays encoder-only: a small generator fills masked
    positions with plausible tokens, and the discriminator labels every token as original
    or replaced, so all positions carry a training signal rather than the 15% that were
    masked.

Usage:
    python seq2seq.py --section seq2seq
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import torch
from transformers import PreTrainedTokenizerBase, T5ForConditionalGeneration, T5TokenizerFast, Trainer, set_seed

from data import load_config, load_corpus, parse_args, tokenize_and_pack, training_arguments

NUM_SENTINELS = 100  # T5's vocabulary reserves <extra_id_0> ... <extra_id_99>


def random_segmentation(total: int, parts: int, rng: np.random.Generator) -> np.ndarray:
    """Split `total` items into `parts` non-empty runs of random length."""
    cuts = np.sort(rng.choice(np.arange(1, total), size=parts - 1, replace=False))
    return np.diff(np.concatenate(([0], cuts, [total])))


def span_corrupt(
    ids: list[int],
    sentinels: list[int],
    noise_density: float,
    mean_noise_span_length: float,
    rng: np.random.Generator,
) -> tuple[list[int], list[int]]:
    """Return (encoder input, decoder target) for one sequence of at least two tokens.

    Like T5's reference implementation, the sequence alternates kept and removed spans,
    starting with a kept one, and both span counts are equal.
    """
    length = len(ids)
    num_noise = min(max(round(length * noise_density), 1), length - 1)
    num_spans = min(max(round(num_noise / mean_noise_span_length), 1), num_noise, length - num_noise)
    noise_lengths = random_segmentation(num_noise, num_spans, rng)
    keep_lengths = random_segmentation(length - num_noise, num_spans, rng)

    inputs: list[int] = []
    targets: list[int] = []
    start = 0
    for span, (keep, noise) in enumerate(zip(keep_lengths, noise_lengths)):
        inputs += ids[start : start + keep] + [sentinels[span]]
        targets += [sentinels[span]] + ids[start + keep : start + keep + noise]
        start += keep + noise
    return inputs, targets + [sentinels[num_spans]]


@dataclass
class SpanCorruptionCollator:
    """Corrupts packed blocks on the fly, so every epoch sees different spans."""

    tokenizer: PreTrainedTokenizerBase
    noise_density: float = 0.15
    mean_noise_span_length: float = 3.0
    seed: int = 0
    rng: np.random.Generator = field(init=False)
    sentinels: list[int] = field(init=False)

    def __post_init__(self) -> None:
        self.rng = np.random.default_rng(self.seed)
        # Sentinels sit at the top of the vocabulary and count down: <extra_id_0> is 32099.
        self.sentinels = self.tokenizer.convert_tokens_to_ids([f"<extra_id_{i}>" for i in range(NUM_SENTINELS)])

    def __call__(self, examples: list[dict[str, list[int]]]) -> dict[str, torch.Tensor]:
        eos = self.tokenizer.eos_token_id
        pairs = [
            span_corrupt(ex["input_ids"], self.sentinels, self.noise_density, self.mean_noise_span_length, self.rng)
            for ex in examples
        ]
        inputs = [source + [eos] for source, _ in pairs]
        labels = [target + [eos] for _, target in pairs]
        batch = self.tokenizer.pad({"input_ids": inputs}, return_tensors="pt")
        longest = max(map(len, labels))
        # -100 hides label padding from the loss; T5 builds decoder_input_ids from labels itself.
        batch["labels"] = torch.tensor([label + [-100] * (longest - len(label)) for label in labels])
        return batch


def main() -> None:
    args = parse_args("seq2seq")
    cfg = load_config(args.config, args.section)
    set_seed(cfg["seed"])

    tokenizer = T5TokenizerFast.from_pretrained(cfg["model_name_or_path"])
    model = T5ForConditionalGeneration.from_pretrained(cfg["model_name_or_path"])
    print(f"{model.num_parameters() / 1e6:.0f}M parameters")  # about 60M for t5-small

    # Simplification: T5 sized the raw block so that the *corrupted* input came out at 512
    # tokens; here the raw block is 512 and inputs end up about 10% shorter.
    dataset = tokenize_and_pack(
        load_corpus(cfg), tokenizer, cfg["block_size"], cfg["preprocessing_num_workers"]
    )
    collator = SpanCorruptionCollator(
        tokenizer,
        noise_density=cfg["noise_density"],
        mean_noise_span_length=cfg["mean_noise_span_length"],
        seed=cfg["seed"],
    )
    trainer = Trainer(
        model=model,
        args=training_arguments(cfg, run_name="t5-span-corruption"),
        train_dataset=dataset["train"],
        eval_dataset=dataset["validation"],
        data_collator=collator,
        processing_class=tokenizer,
    )
    trainer.train()
    trainer.save_model()

    # Ask the model to fill two sentinels, exactly the pre-training task.
    prompt = "Knowledge distillation trains a small <extra_id_0> to imitate a <extra_id_1> model."
    filled = model.generate(**tokenizer(prompt, return_tensors="pt").to(model.device), max_new_tokens=20)
    print(tokenizer.decode(filled[0], skip_special_tokens=False))


if __name__ == "__main__":
    main()
