#!/usr/bin/env python3
"""Writes the safetensors fixtures Alinea's checkpoint tests load, using PyTorch and safetensors.

Usage: python3 scripts/make_safetensors_fixtures.py [OUT_DIR]
(default OUT_DIR: Tests/EngineTests/Fixtures/safetensors next to this script's repository root)

Files:
  torch_dtypes.safetensors  tensors of every dtype Alinea reads, including awkward values
                            (half subnormals, ±inf, -0.0, integers at ±2^24, 0-d and empty tensors)
  torch_dtypes.json         for each tensor: its dtype, shape and values as Float32 (what Alinea must load),
                            plus the metadata
  torch_f32.safetensors     Float32 tensors with one metadata entry, to which Alinea's writer must be
                            byte-identical (the same tensors are built in the Swift test)

The Swift tests also regenerate these through Python when torch is installed and compare.
"""
import json
import os
import sys

import torch
from safetensors.torch import save_file


def dtype_tensors():
    g = torch.Generator().manual_seed(20240611)
    return {
        "f32.matrix": torch.randn(2, 3, generator=g),
        "f32.scalar": torch.tensor(3.25),
        "f32.empty": torch.zeros(0, 3),
        "f64.vector": torch.tensor([0.1, -2.5, 1e-40, 123456789.123], dtype=torch.float64),
        "f16.special": torch.tensor([1.0, -0.0, 65504.0, 6e-8, 1e-5, float("inf"), float("-inf"), 0.333], dtype=torch.float16),
        "bf16.vector": torch.tensor([1.0, -3.140625, 1e30, 2.0 ** -130], dtype=torch.bfloat16),
        "i64.ids": torch.tensor([0, 1, -1, 2 ** 24, -(2 ** 24), 50256], dtype=torch.int64),
        "i32.grid": torch.tensor([[1, 2], [3, -4]], dtype=torch.int32),
        "i16.small": torch.tensor([-32768, 32767], dtype=torch.int16),
        "i8.small": torch.tensor([-128, 127], dtype=torch.int8),
        "u8.bytes": torch.tensor([0, 128, 255], dtype=torch.uint8),
        "bool.mask": torch.tensor([True, False, True]),
    }


def f32_tensors():
    # Mirrored in SafetensorsInteropTests.referenceTensors(): keep the two in sync.
    return {
        "layer.weight": torch.arange(6, dtype=torch.float32).reshape(2, 3) / 4 - 0.5,
        "layer.bias": torch.tensor([1.5, -2.0]),
        "scale": torch.tensor(0.125),
        "empty": torch.zeros(0),
    }


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "Tests", "EngineTests", "Fixtures", "safetensors")
    os.makedirs(out, exist_ok=True)
    tensors = dtype_tensors()
    metadata = {"format": "pt", "note": "written by PyTorch \u00e9\u00fc"}
    save_file(tensors, os.path.join(out, "torch_dtypes.safetensors"), metadata=metadata)
    expected = {
        name: {"dtype": str(t.dtype).replace("torch.", ""), "shape": list(t.shape),
               "values": [float(x) for x in t.to(torch.float32).reshape(-1).tolist()]}
        for name, t in tensors.items()
    }
    with open(os.path.join(out, "torch_dtypes.json"), "w") as f:
        json.dump({"torch_version": torch.__version__, "metadata": metadata, "tensors": expected}, f, indent=1, sort_keys=True)
    save_file(f32_tensors(), os.path.join(out, "torch_f32.safetensors"), metadata={"format": "pt"})


if __name__ == "__main__":
    main()
