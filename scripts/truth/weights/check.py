"""Cross-checks LLM Atlas's weights reader and test writers against the reference Python packages.

Run once by hand (CI never runs Python); it rewrites the committed fixtures:

    node --import tsx scripts/truth/weights/write-ours.mjs      # our writers' files
    /work/venv-truth/bin/python scripts/truth/weights/check.py   # safetensors 0.8, gguf 0.19.0, numpy

1. It reads test/fixtures/weights/ours.{safetensors,gguf} (written by test/unit/weights/writers.ts)
   with `safetensors.safe_open` and `gguf.GGUFReader`, and records what they see.
2. It writes python.{safetensors,gguf} with `safetensors.numpy.save_file` and `gguf.GGUFWriter`
   (a Q4_K / Q6_K / Q8_0 / F16 / F32 mix, raw blocks of zeros) and records their tensors too.
Everything lands in test/fixtures/weights/truth.json; test/unit/weights/python-truth.test.ts compares
our reader with it, in both directions.
"""

import json
import pathlib

import gguf
import numpy as np
import safetensors
from safetensors import safe_open
from safetensors.numpy import save_file

HERE = pathlib.Path(__file__).resolve().parents[3] / "test" / "fixtures" / "weights"


def read_safetensors(path):
    out = {"metadata": None, "tensors": {}}
    with safe_open(str(path), framework="numpy") as f:
        out["metadata"] = f.metadata()
        for name in f.keys():
            # get_slice reads the header entry only: dtype and shape, no data.
            s = f.get_slice(name)
            out["tensors"][name] = {"dtype": s.get_dtype(), "shape": list(s.get_shape())}
    # The byte offsets, from the header the library validated (it refuses overlaps and holes).
    raw = path.read_bytes()
    n = int.from_bytes(raw[:8], "little")
    header = json.loads(raw[8 : 8 + n])
    for name, entry in header.items():
        if name != "__metadata__":
            out["tensors"][name]["data_offsets"] = entry["data_offsets"]
    return out


def read_gguf(path):
    r = gguf.GGUFReader(str(path))
    fields = {}
    for name, field in r.fields.items():
        if name.startswith("GGUF."):
            continue
        kind = field.types[0].name if field.types else None
        if kind == "ARRAY":
            fields[name] = {"type": "array", "itemType": field.types[1].name, "length": len(field.data)}
        elif kind == "STRING":
            fields[name] = {"type": "string", "value": bytes(field.parts[field.data[0]]).decode("utf-8")}
        else:
            fields[name] = {"type": kind, "value": field.parts[field.data[0]].tolist()[0]}
    tensors = {
        t.name: {
            "type": t.tensor_type.name,
            "shape": [int(d) for d in t.shape],  # ggml order, as stored
            "elements": int(t.n_elements),
            "bytes": int(t.n_bytes),
            # data_offset is from the start of the file; the info stores it from the data section.
            "fileOffset": int(t.data_offset),
        }
        for t in r.tensors
    }
    return {"version": int(r.fields["GGUF.version"].parts[-1][0]), "alignment": int(r.alignment), "dataStart": int(r.data_offset), "fields": fields, "tensors": tensors}


def write_python_safetensors(path):
    tensors = {
        "model.embed_tokens.weight": np.zeros((64, 32), dtype=np.float16),
        "model.layers.0.mlp.up_proj.weight": np.zeros((48, 32), dtype=np.float32),
        "model.layers.0.mlp.up_proj.qweight": np.zeros((4, 48), dtype=np.int32),
        "model.layers.0.mlp.up_proj.g_idx": np.zeros((32,), dtype=np.int32),
        "model.norm.weight": np.zeros((32,), dtype=np.float64),
        "flags": np.zeros((5,), dtype=np.bool_),
        "step": np.zeros((), dtype=np.int64),
    }
    save_file(tensors, str(path), metadata={"format": "np"})


def write_python_gguf(path):
    q = gguf.GGMLQuantizationType
    w = gguf.GGUFWriter(str(path), "llama")
    w.add_name("python-written")
    w.add_context_length(8192)
    w.add_block_count(1)
    w.add_tokenizer_model("llama")
    w.add_token_list([f"t{i}".encode() for i in range(100)])
    w.add_chat_template("{{ messages }}")
    w.add_file_type(gguf.LlamaFileType.MOSTLY_Q4_K_M)
    # (name, numpy shape = reversed ggml dims, type)
    specs = [
        ("token_embd.weight", (100, 256), q.Q4_K),
        ("blk.0.attn_v.weight", (64, 256), q.Q6_K),
        ("blk.0.attn_q.weight", (256, 256), q.Q8_0),
        ("blk.0.ffn_norm.weight", (256,), q.F32),
        ("output.weight", (100, 256), q.F16),
    ]
    for name, shape, kind in specs:
        block, size = gguf.GGML_QUANT_SIZES[kind]
        # Raw blocks as uint8 rows: the writer derives the element shape from the byte shape.
        raw = np.zeros((*shape[:-1], shape[-1] // block * size), dtype=np.uint8)
        w.add_tensor(name, raw, raw_shape=raw.shape, raw_dtype=kind)
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()


def main():
    write_python_safetensors(HERE / "python.safetensors")
    write_python_gguf(HERE / "python.gguf")
    truth = {
        "generatedBy": {"safetensors": safetensors.__version__, "gguf": "0.19.0", "numpy": np.__version__},
        "ours": {"safetensors": read_safetensors(HERE / "ours.safetensors"), "gguf": read_gguf(HERE / "ours.gguf")},
        "python": {"safetensors": read_safetensors(HERE / "python.safetensors"), "gguf": read_gguf(HERE / "python.gguf")},
    }
    (HERE / "truth.json").write_text(json.dumps(truth, indent=1, sort_keys=True) + "\n")
    print("written:", HERE / "truth.json")


if __name__ == "__main__":
    main()
