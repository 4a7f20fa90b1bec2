"""Reference numbers for Alinea's optimizers and gradient clipping, computed with PyTorch.

Usage: python3 torch_reference.py OUT.json

OptimizerTests reads the committed torch_reference.json (so it runs without Python) and, when torch
is importable, runs this script again and compares against the live output too. Every float is
written with Python's repr of the float32 value, so it round-trips exactly.
"""
import json
import sys

import torch

torch.manual_seed(1234)
STEPS = 6
LR_CHANGE_STEP = 3  # before this step (0-based) the learning rate is multiplied by 0.5

SHAPES = {"w": [19], "b": [3, 5]}
INIT = {name: (torch.randn(shape) * 0.5) for name, shape in SHAPES.items()}
GRADS = []
for step in range(STEPS):
    row = {}
    for name, shape in SHAPES.items():
        # Step 2 leaves "b" without a gradient: the optimizer must skip it and not advance its step.
        if name == "b" and step == 2:
            row[name] = None
        else:
            row[name] = torch.randn(shape) * (0.1 + step)
    GRADS.append(row)

CASES = [
    ("sgd_plain", "sgd", {"lr": 0.1}),
    ("sgd_momentum", "sgd", {"lr": 0.05, "momentum": 0.9, "dampening": 0.1, "weight_decay": 0.01}),
    ("sgd_nesterov", "sgd", {"lr": 0.05, "momentum": 0.9, "nesterov": True, "weight_decay": 0.05}),
    ("adam_default", "adam", {}),
    ("adam_l2", "adam", {"lr": 0.01, "betas": [0.8, 0.99], "eps": 1e-6, "weight_decay": 0.1}),
    ("adamw_default", "adamw", {}),
    ("adamw_strong", "adamw", {"lr": 0.05, "weight_decay": 0.1}),
    ("rmsprop_default", "rmsprop", {}),
    ("rmsprop_full", "rmsprop", {"lr": 0.01, "alpha": 0.9, "momentum": 0.9, "centered": True, "weight_decay": 0.01}),
]
CLASSES = {"sgd": torch.optim.SGD, "adam": torch.optim.Adam, "adamw": torch.optim.AdamW, "rmsprop": torch.optim.RMSprop}


def values(t):
    return [float(x) for x in t.detach().reshape(-1).tolist()]


def run_case(kind, kwargs):
    params = {name: INIT[name].clone().requires_grad_(True) for name in SHAPES}
    kw = dict(kwargs)
    if "betas" in kw:
        kw["betas"] = tuple(kw["betas"])
    opt = CLASSES[kind](list(params.values()), foreach=False, **kw)
    trajectory = []
    for step in range(STEPS):
        if step == LR_CHANGE_STEP:
            for group in opt.param_groups:
                group["lr"] = group["lr"] * 0.5
        for name, p in params.items():
            g = GRADS[step][name]
            p.grad = None if g is None else g.clone()
        opt.step()
        trajectory.append({name: values(p) for name, p in params.items()})
    return trajectory


def clip_case(max_norm):
    tensors = {name: torch.zeros(shape, requires_grad=True) for name, shape in SHAPES.items()}
    for name, t in tensors.items():
        t.grad = GRADS[1][name].clone()
    norm = torch.nn.utils.clip_grad_norm_(list(tensors.values()), max_norm, foreach=False)
    return {"max_norm": max_norm, "norm": float(norm), "grads": {name: values(t.grad) for name, t in tensors.items()}}


out = {
    "torch_version": torch.__version__,
    "steps": STEPS,
    "lr_change_step": LR_CHANGE_STEP,
    "shapes": SHAPES,
    "init": {name: values(t) for name, t in INIT.items()},
    "grads": [{name: (None if g is None else values(g)) for name, g in row.items()} for row in GRADS],
    "cases": [{"name": n, "optimizer": k, "kwargs": kw, "trajectory": run_case(k, kw)} for n, k, kw in CASES],
    "clip": [clip_case(1.0), clip_case(1000.0)],
}
with open(sys.argv[1], "w") as f:
    json.dump(out, f)
