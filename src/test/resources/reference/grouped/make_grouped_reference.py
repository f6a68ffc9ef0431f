#!/usr/bin/python3
"""Reference data for ConvLab's grouped convolution and ShuffleNet channel shuffle, made with PyTorch.

Run with Debian's python3 (python3-torch, python3-numpy):

    /usr/bin/python3 src/test/resources/reference/grouped/make_grouped_reference.py

Each case is a folder: x.npy (C×H×W float32), w.npy (F×C/G×kH×kW float32), b.npy (F, optional),
y.npy = torch.nn.functional.conv2d(..., groups=G) in float64, and y_shuffled.npy = the channel
shuffle of y with G groups as in the ShuffleNet paper (arXiv:1707.01083, Sec. 3.1) and its
reference implementations: y.view(G, F/G, H, W).transpose(0, 1).reshape(F, H, W).
manifest.json lists the cases and their settings.
"""
import json
import os
import shutil

import numpy as np
import torch
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
rng = np.random.default_rng(20261204)
CASES = [
    # name, C, H, W, F, G, k, stride, padding, dilation, bias
    ("g2_pad1_bias", 4, 7, 6, 6, 2, (3, 3), (1, 1), (1, 1), (1, 1), True),
    ("g3_stride2_dil2", 6, 9, 9, 6, 3, (3, 3), (2, 2), (2, 2), (2, 2), False),
    ("g4_is_depthwise", 4, 6, 6, 4, 4, (3, 3), (1, 1), (1, 1), (1, 1), False),
    ("g1_is_standard", 3, 5, 6, 4, 1, (3, 2), (1, 2), (0, 1), (1, 1), True),
    ("g2_1x1", 8, 5, 5, 8, 2, (1, 1), (1, 1), (0, 0), (1, 1), False),
]


def f32(a):
    return np.ascontiguousarray(np.asarray(a, dtype=np.float32))


def shuffle(y, groups):
    t = torch.from_numpy(y)
    c, h, w = t.shape
    return t.view(groups, c // groups, h, w).transpose(0, 1).reshape(c, h, w).numpy()


def main():
    manifest = []
    for name, c, h, w, f, g, k, s, p, d, bias in CASES:
        out = os.path.join(HERE, name)
        shutil.rmtree(out, ignore_errors=True)
        os.makedirs(out)
        x = f32(rng.uniform(-1, 1, size=(c, h, w)))
        wt = f32(rng.uniform(-1, 1, size=(f, c // g) + k))
        b = f32(rng.uniform(-1, 1, size=(f,))) if bias else None
        y = F.conv2d(torch.from_numpy(x.astype(np.float64))[None], torch.from_numpy(wt.astype(np.float64)),
                     None if b is None else torch.from_numpy(b.astype(np.float64)),
                     stride=s, padding=p, dilation=d, groups=g)[0].numpy()
        np.save(os.path.join(out, "x.npy"), x)
        np.save(os.path.join(out, "w.npy"), wt)
        if b is not None:
            np.save(os.path.join(out, "b.npy"), b)
        np.save(os.path.join(out, "y.npy"), y)
        np.save(os.path.join(out, "y_shuffled.npy"), shuffle(y, g))
        manifest.append({"name": name, "groups": g, "stride": list(s), "padding": list(p), "dilation": list(d),
                         "bias": bias, "shape": list(y.shape)})
    with open(os.path.join(HERE, "manifest.json"), "w") as fh:
        json.dump({"cases": manifest}, fh, indent=1)


if __name__ == "__main__":
    main()
