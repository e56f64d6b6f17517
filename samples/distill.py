"""Knowledge distillation of BERT into DistilBERT, following the DistilBERT recipe.

Teacher: "bert-base-uncased" (12 layers, about 110M parameters), frozen.
Student: "distilbert/distilbert-base-uncased" (6 layers, about 66M parameters). The
original DistilBERT student was initialised by taking one layer out of two from the
teacher; here we start from the released student and keep distilling on our own corpus.

The student minimises a weighted sum of three terms:
  * L_ce  - KL divergence between the teacher's and the student's output distributions,
            both softened by a temperature T > 1 so the teacher's "dark knowledge" (how it
            ranks the wrong answers) carries signal. Multiplying by T**2 keeps the gradient
            scale independent of T (Hinton et al., 2015).
  * L_mlm - the ordinary masked language modeling loss on the true tokens.
  * L_cos - cosine embedding loss pulling the student's last hidden states towards the
            teacher's; possible because both use a hidden size of 768.
The weights alpha_ce=5, alpha_mlm=2, alpha_cos=1 and T=2 are the ones used to train the
released DistilBERT. The paper reports 40% fewer parameters, 60% faster inference and 97%
of BERT's GLUE score.

Usage:
    python distill.py --section distill
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from transformers import (
    BertForMaskedLM,
    DataCollatorForLanguageModeling,
    DistilBertForMaskedLM,
    DistilBertTokenizerFast,
    Trainer,
    set_seed,
)

from data import load_config, load_corpus, parse_args, tokenize_and_pack, training_arguments


class DistillationTrainer(Trainer):
    def __init__(self, *args, teacher: BertForMaskedLM, temperature: float, alpha_ce: float,
                 alpha_mlm: float, alpha_cos: float, **kwargs):
        super().__init__(*args, **kwargs)
        self.teacher = teacher.to(self.args.device).eval().requires_grad_(False)
        self.temperature = temperature
        self.alpha_ce, self.alpha_mlm, self.alpha_cos = alpha_ce, alpha_mlm, alpha_cos

    def compute_loss(self, model, inputs, return_outputs=False, num_items_in_batch=None):
        student = model(**inputs, output_hidden_states=True)
        with torch.no_grad():
            teacher = self.teacher(
                input_ids=inputs["input_ids"],
                attention_mask=inputs["attention_mask"],
                output_hidden_states=True,
            )

        # Distil on every real (non-padding) position, as DistilBERT does, not only masked ones.
        keep = inputs["attention_mask"].bool()
        t = self.temperature
        loss_ce = F.kl_div(
            F.log_softmax(student.logits[keep] / t, dim=-1),
            F.log_softmax(teacher.logits[keep] / t, dim=-1),
            reduction="batchmean",
            log_target=True,
        ) * t**2

        student_hidden = student.hidden_states[-1][keep]
        teacher_hidden = teacher.hidden_states[-1][keep]
        loss_cos = F.cosine_embedding_loss(
            student_hidden, teacher_hidden, target=student_hidden.new_ones(student_hidden.size(0))
        )

        loss = self.alpha_ce * loss_ce + self.alpha_mlm * student.loss + self.alpha_cos * loss_cos
        if model.training:
            self.log({"loss_ce": loss_ce.item(), "loss_mlm": student.loss.item(), "loss_cos": loss_cos.item()})
        return (loss, student) if return_outputs else loss


def main() -> None:
    args = parse_args("distill")
    cfg = load_config(args.config, args.section)
    set_seed(cfg["seed"])

    # DistilBERT reuses BERT's uncased WordPiece vocabulary, so teacher and student read the
    # same token ids. Its tokenizer also omits token_type_ids, which DistilBERT has no use for.
    tokenizer = DistilBertTokenizerFast.from_pretrained(cfg["student_name_or_path"])
    teacher = BertForMaskedLM.from_pretrained(cfg["teacher_name_or_path"])
    student = DistilBertForMaskedLM.from_pretrained(cfg["student_name_or_path"])
    assert teacher.config.vocab_size == student.config.vocab_size == tokenizer.vocab_size
    print(f"teacher {teacher.num_parameters() / 1e6:.0f}M -> student {student.num_parameters() / 1e6:.0f}M parameters")

    dataset = tokenize_and_pack(
        load_corpus(cfg), tokenizer, cfg["block_size"], cfg["preprocessing_num_workers"]
    )
    trainer = DistillationTrainer(
        model=student,
        args=training_arguments(cfg, run_name="distilbert-student"),
        train_dataset=dataset["train"],
        eval_dataset=dataset["validation"],
        data_collator=DataCollatorForLanguageModeling(tokenizer, mlm_probability=cfg["mlm_probability"]),
        processing_class=tokenizer,
        teacher=teacher,
        temperature=cfg["temperature"],
        alpha_ce=cfg["alpha_ce"],
        alpha_mlm=cfg["alpha_mlm"],
        alpha_cos=cfg["alpha_cos"],
    )
    trainer.train()
    trainer.save_model()


if __name__ == "__main__":
    main()
