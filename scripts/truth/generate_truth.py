"""Ground truth for the estimator's unit tests: exact parameter counts from Hugging Face Transformers.

Each fixture in test/fixtures/truth/*.json holds a published config and where it came from:

    {"hubId": "meta-llama/Llama-3.1-8B",
     "source": {"repository": "owner/name", "path": "path/in/repo", "commit": "<sha>"},
     "config": {... the config.json ...}}

This script builds, for every fixture, the model classes that config names on PyTorch's meta device (no
weights are allocated, nothing is downloaded), counts `sum(p.numel() for p in model.parameters())` (shared
tensors, such as a tied LM head, are counted once, as `parameters()` yields each tensor once) and writes the
result back into the fixture as its "truth" block:

- counts: one entry per class — the class named in `architectures` and the base model (`AutoModel`), plus the
  `…ForCausalLM` / `…ForConditionalGeneration` class of encoder-decoders and of configs that name no class;
- head: whether the output head of the `architectures` class is tied to the token embeddings;
- moe (mixture-of-experts models only): the routed experts of each layer, read from the module tree
  (every module whose class name ends in "Experts"), with their parameter count, and the library's
  experts-per-token, so that a test can derive the active parameters without the estimator's formulas;
- linear: per counted class, every `nn.Linear` (and GPT-2's `Conv1D`) by attribute name, shape, bias and
  count, plus the fused 3-D expert weights of MoE layers (per expert, flagged), leaving out a tied LM head;
- attention: what the library's config object says about caching: per-layer `layer_types`, the sliding
  window, K/V heads and head size (when the config class has them).

Regenerate (from the repository root; the tests never run Python):

    /work/venv-truth/bin/python scripts/truth/generate_truth.py           # every fixture
    /work/venv-truth/bin/python scripts/truth/generate_truth.py qwen3      # file names containing "qwen3"

Requires torch and transformers (`pip install torch transformers`); the fixtures record the versions used.
To add a config, write a new fixture with hubId, source and config, and run the script. Then regenerate
src/core/estimator/known-configs.json with `npx tsx scripts/truth/knownConfigs.ts`.

Library defaults: `--defaults TYPE…` writes library-default--TYPE.json fixtures whose config is only
{"model_type": TYPE}, so that the configuration class fills every field with its defaults. They are
labelled as such (no hubId, source kind "library-default") and never stand in for a published config.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import torch
import transformers
from transformers import CONFIG_MAPPING
from transformers.models.auto import modeling_auto
from transformers.pytorch_utils import Conv1D

FIXTURES = Path(__file__).resolve().parents[2] / "test" / "fixtures" / "truth"

# Keys that describe how a checkpoint is stored or loaded, not the architecture. Quantization settings
# would make from_config build quantized layers; the count is of the architecture.
NOT_ARCHITECTURE = ("quantization_config", "auto_map")

GENERATING_MAPPINGS = (
    modeling_auto.MODEL_FOR_SPEECH_SEQ_2_SEQ_MAPPING,
    modeling_auto.MODEL_FOR_SEQ_TO_SEQ_CAUSAL_LM_MAPPING,
    modeling_auto.MODEL_FOR_IMAGE_TEXT_TO_TEXT_MAPPING,
    modeling_auto.MODEL_FOR_CAUSAL_LM_MAPPING,
)


def library_config(raw: dict):
    settings = {k: v for k, v in raw.items() if k not in NOT_ARCHITECTURE}
    return CONFIG_MAPPING[raw["model_type"]].from_dict(settings)


def build(cls, config):
    with torch.device("meta"):
        return cls(config)


def count(model) -> int:
    return sum(p.numel() for p in model.parameters())


def classes_to_count(raw: dict, config) -> tuple[list, int]:
    """The classes to count, and the index of the one whose module tree is recorded: the class named in
    `architectures`, else the generating class, else the base model."""
    found = []
    for name in raw.get("architectures") or []:
        cls = getattr(transformers, name, None)
        if cls is not None:
            found.append(cls)
            break
    named = len(found) == 1
    found.append(modeling_auto.MODEL_MAPPING[type(config)])
    # The generating class too, when the config names none or is an encoder-decoder (whose base model and
    # LM class differ by the head only); encoder-only types (those with a masked-LM class) stay with their
    # base model.
    encoder_only = type(config) in modeling_auto.MODEL_FOR_MASKED_LM_MAPPING and not getattr(config, "is_encoder_decoder", False)
    if (len(found) == 1 and not encoder_only) or getattr(config, "is_encoder_decoder", False):
        for mapping in GENERATING_MAPPINGS:
            if type(config) in mapping:
                found.append(mapping[type(config)])
                break
    unique = []
    for cls in found:
        if cls not in unique:
            unique.append(cls)
    return unique, 0 if named else len(unique) - 1


def head_of(model) -> str:
    output = model.get_output_embeddings() if hasattr(model, "get_output_embeddings") else None
    if output is None:
        return "none"
    return "tied" if output.weight is model.get_input_embeddings().weight else "untied"


def experts_per_token(config) -> int | None:
    for candidate in (config, getattr(config, "text_config", None)):
        if candidate is None:
            continue
        for key in ("num_experts_per_tok", "moe_top_k", "experts_per_token"):
            value = getattr(candidate, key, None)
            if isinstance(value, int):
                return value
    return None


def moe_layout(model, config) -> dict | None:
    layers = []
    for name, module in model.named_modules():
        if not type(module).__name__.endswith("Experts") or "shared" in name:
            continue
        index = re.search(r"layers\.(\d+)\.", name)
        tensors = list(module.parameters())
        experts = len(module) if isinstance(module, torch.nn.ModuleList) else tensors[0].shape[0]
        layers.append({"layer": int(index.group(1)) if index else None, "module": name, "experts": int(experts),
                       "parameters": sum(p.numel() for p in tensors)})
    if not layers:
        return None
    return {
        "expertsPerToken": experts_per_token(config),
        "routedExpertParameters": sum(layer["parameters"] for layer in layers),
        "layers": layers,
    }


def hidden_size_of(config) -> int:
    text = getattr(config, "text_config", None)
    return getattr(text if text is not None and hasattr(text, "hidden_size") else config, "hidden_size")


def linear_modules(model, config) -> list:
    """nn.Linear / Conv1D modules by attribute name (a tied output head left out), and fused expert weights."""
    output = model.get_output_embeddings() if hasattr(model, "get_output_embeddings") else None
    tied_head = output is not None and output.weight is model.get_input_embeddings().weight
    hidden = hidden_size_of(config)
    found = {}

    def add(name, inputs, outputs, bias, count, expert=False):
        key = (name, int(inputs), int(outputs), bool(bias), expert)
        found[key] = found.get(key, 0) + count

    for path, module in model.named_modules():
        name = path.rsplit(".", 1)[-1]
        if isinstance(module, torch.nn.Linear):
            if tied_head and module is output:
                continue
            add(name, module.in_features, module.out_features, module.bias is not None, 1)
        elif isinstance(module, Conv1D):
            add(name, module.weight.shape[0], module.nf, module.bias is not None, 1)
        elif type(module).__name__.endswith("Experts") and "shared" not in path:
            params = dict(module.named_parameters(recurse=False))
            for weight in ("gate_up_proj", "down_proj"):
                if weight not in params:
                    continue
                experts, a, b = params[weight].shape
                # Orientation differs between types: the hidden-size side is the input of gate_up_proj and
                # the output of down_proj.
                if weight == "gate_up_proj":
                    inputs, outputs = (a, b) if a == hidden else (b, a)
                else:
                    inputs, outputs = (b, a) if a == hidden else (a, b)
                add(weight, inputs, outputs, f"{weight}_bias" in params, int(experts), True)
    return [
        {"name": n, "inputs": i, "outputs": o, "bias": b, "count": c, **({"expert": True} if e else {})}
        for (n, i, o, b, e), c in sorted(found.items())
    ]


def attention_of(config) -> dict:
    text = getattr(config, "text_config", None) or config
    facts = {}
    for key in ("layer_types", "sliding_window", "num_key_value_heads", "head_dim"):
        value = getattr(text, key, None)
        if value is not None:
            facts[key] = list(value) if key == "layer_types" else value
    return facts


def truth_of(raw: dict) -> dict:
    config = library_config(raw)
    counts = {}
    linear = {}
    head = None
    moe = None
    classes, primary = classes_to_count(raw, config)
    for index, cls in enumerate(classes):
        model = build(cls, config)
        counts[cls.__name__] = count(model)
        linear[cls.__name__] = linear_modules(model, config)
        if index == primary:
            head = head_of(model)
            moe = moe_layout(model, config)
        del model
    truth = {
        "transformers": transformers.__version__,
        "torch": torch.__version__.split("+")[0],
        "architecture": classes[primary].__name__,
        "counts": counts,
        "head": head,
        "ignoredKeys": [k for k in NOT_ARCHITECTURE if k in raw],
        "linear": linear,
        "attention": attention_of(config),
    }
    if moe is not None:
        truth["moe"] = moe
    return truth


def add_defaults(model_types: list[str]) -> list[str]:
    names = []
    for model_type in model_types:
        path = FIXTURES / f"library-default--{model_type}.json"
        fixture = {
            "hubId": None,
            "source": {"kind": "library-default", "configClass": CONFIG_MAPPING[model_type].__name__},
            "config": {"model_type": model_type},
        }
        path.write_text(json.dumps(fixture, indent=1) + "\n")
        names.append(path.name)
    return names


def main(filters: list[str]) -> None:
    if filters[:1] == ["--defaults"]:
        filters = add_defaults(filters[1:])
    files = sorted(FIXTURES.glob("*.json"))
    if filters:
        files = [f for f in files if any(x in f.name for x in filters)]
    for path in files:
        fixture = json.loads(path.read_text())
        fixture["truth"] = truth_of(fixture["config"])
        path.write_text(json.dumps(fixture, indent=1, ensure_ascii=False) + "\n")
        counts = ", ".join(f"{k} {v:,}" for k, v in fixture["truth"]["counts"].items())
        print(f"{path.name}: {counts}")


if __name__ == "__main__":
    main(sys.argv[1:])
