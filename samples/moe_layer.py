"""A sparse top-2 Mixture-of-Experts (MoE) feed-forward layer in plain PyTorch.

The routing follows MixtralSparseMoeBlock in transformers, the block used by
"mistralai/Mixtral-8x7B-v0.1":
  * num_local_experts=8 SwiGLU feed-forward experts replace the single dense FFN;
  * a bias-free linear router scores every expert for every token, a softmax turns the
    scores into probabilities, the num_experts_per_tok=2 best experts are kept and their
    two weights are renormalised to sum to one;
  * the token's output is the weighted sum of those two experts' outputs.

Two pieces come from Switch Transformer / GShard rather than from Mixtral:
  * an optional capacity factor. Each expert then processes at most
    ceil(capacity_factor * tokens * k / num_experts) assignments per batch, which gives
    static shapes on accelerators; overflowing assignments are dropped and the token keeps
    only its residual path for that expert. Mixtral itself is "dropless" (capacity None).
  * the auxiliary load-balancing loss, which pushes the router to spread tokens evenly so
    that no expert is starved or overloaded. transformers adds a loss of this kind to
    Mixtral's training loss when output_router_logits=True, weighted by
    router_aux_loss_coef (0.02 in the released config.json).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import NamedTuple

import torch
import torch.nn.functional as F
from torch import nn


@dataclass
class MoEConfig:
    hidden_size: int = 4096  # defaults: Mixtral-8x7B, see models/Mixtral-8x7B-v0.1/config.json
    intermediate_size: int = 14336
    num_local_experts: int = 8
    num_experts_per_tok: int = 2
    capacity_factor: float | None = None  # None: dropless routing, as in Mixtral
    router_aux_loss_coef: float = 0.02


class MoEOutput(NamedTuple):
    hidden_states: torch.Tensor
    aux_loss: torch.Tensor  # already multiplied by router_aux_loss_coef
    router_logits: torch.Tensor
    dropped_fraction: float  # share of routing assignments lost to the capacity limit


class SwiGLUExpert(nn.Module):
    """One expert: the gated FFN of Llama/Mistral (Mixtral calls the projections w1, w3, w2)."""

    def __init__(self, hidden_size: int, intermediate_size: int):
        super().__init__()
        self.gate_proj = nn.Linear(hidden_size, intermediate_size, bias=False)
        self.up_proj = nn.Linear(hidden_size, intermediate_size, bias=False)
        self.down_proj = nn.Linear(intermediate_size, hidden_size, bias=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.down_proj(F.silu(self.gate_proj(x)) * self.up_proj(x))


def load_balancing_loss(router_probs: torch.Tensor, chosen: torch.Tensor, num_experts: int) -> torch.Tensor:
    """Switch Transformer's auxiliary loss extended to top-k routing: E * sum_e f_e * P_e.

    f_e is the share of the tokens*k routing assignments that went to expert e (a count,
    so it carries no gradient); P_e is the mean router probability of expert e, through
    which the gradient flows. The loss is 1 when routing is perfectly uniform and reaches
    E when a single expert receives every token with probability one.
    """
    assignment_share = F.one_hot(chosen, num_experts).float().mean(dim=(0, 1))
    mean_probability = router_probs.mean(dim=0)
    return num_experts * torch.sum(assignment_share * mean_probability)


class SparseMoE(nn.Module):
    def __init__(self, config: MoEConfig):
        super().__init__()
        self.config = config
        self.router = nn.Linear(config.hidden_size, config.num_local_experts, bias=False)
        self.experts = nn.ModuleList(
            SwiGLUExpert(config.hidden_size, config.intermediate_size) for _ in range(config.num_local_experts)
        )

    def expert_capacity(self, num_tokens: int) -> int | None:
        cfg = self.config
        if cfg.capacity_factor is None:
            return None
        return math.ceil(cfg.capacity_factor * num_tokens * cfg.num_experts_per_tok / cfg.num_local_experts)

    def forward(self, hidden_states: torch.Tensor) -> MoEOutput:
        cfg = self.config
        shape = hidden_states.shape
        x = hidden_states.reshape(-1, shape[-1])  # routing is per token; batch and sequence are flattened

        router_logits = self.router(x)
        probs = F.softmax(router_logits, dim=-1, dtype=torch.float32)  # fp32: bf16 rounding can flip the top-k
        weights, chosen = probs.topk(cfg.num_experts_per_tok, dim=-1)
        weights = (weights / weights.sum(dim=-1, keepdim=True)).to(x.dtype)

        capacity = self.expert_capacity(x.size(0))
        out = torch.zeros_like(x)
        dropped = 0
        for index, expert in enumerate(self.experts):
            token, slot = torch.where(chosen == index)
            if capacity is not None and token.numel() > capacity:
                dropped += token.numel() - capacity
                token, slot = token[:capacity], slot[:capacity]  # first come, first served, in token order
            if token.numel() == 0:
                continue
            out.index_add_(0, token, expert(x[token]) * weights[token, slot].unsqueeze(-1))

        aux_loss = cfg.router_aux_loss_coef * load_balancing_loss(probs, chosen, cfg.num_local_experts)
        return MoEOutput(
            hidden_states=out.reshape(shape),
            aux_loss=aux_loss,
            router_logits=router_logits,
            dropped_fraction=dropped / chosen.numel(),
        )


def expert_parameters(config: MoEConfig, num_layers: int) -> tuple[int, int]:
    """(stored, used per token) expert weights across all layers; each expert has 3 matrices."""
    per_expert = 3 * config.hidden_size * config.intermediate_size
    return (
        per_expert * config.num_local_experts * num_layers,
        per_expert * config.num_experts_per_tok * num_layers,
    )


if __name__ == "__main__":
    torch.manual_seed(0)
    toy = MoEConfig(hidden_size=64, intermediate_size=128, capacity_factor=1.25)
    result = SparseMoE(toy)(torch.randn(4, 16, toy.hidden_size))
    print(
        f"output {tuple(result.hidden_states.shape)}, aux loss {result.aux_loss.item():.4f}, "
        f"dropped {result.dropped_fraction:.1%}"
    )

    stored, active = expert_parameters(MoEConfig(), num_layers=32)
    # About 45.1B stored and 11.3B active. Attention, norms and embeddings, which every token
    # uses, bring Mixtral to its published 46.7B total and 12.9B active parameters.
    print(f"Mixtral-8x7B experts: {stored / 1e9:.1f}B stored, {active / 1e9:.1f}B used per token")
