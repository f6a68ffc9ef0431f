#!/usr/bin/python3
"""Reference data for ConvLab's whole-layer factorizations (convlab factor-layer), made with NumPy
and PyTorch, independently of the Java code.

Run with Debian's python3 (python3-numpy, python3-torch):

    /usr/bin/python3 src/test/resources/reference/factor-layer/make_factor_layer.py

Layers (layers/NAME/w.npy F×C×kH×kW and x.npy C×H×W, float32) are factored by every scheme at a
few ranks with numpy.linalg.svd (float64, computed from the float32 weights):

  filter-svd           W as F×(C·kH·kW); basis r×C×kH×kW (layer's stride/padding/dilation), combine F×r×1×1
  spatial-svd          W as (C·kH)×(kW·F); vertical r×C×kH×1 (stride (sH,1), padding (pH,0), dilation (dH,1)),
                       horizontal F×r×1×kW (stride (1,sW), padding (0,pW), dilation (1,dW))
  depthwise-separable  W[:,c] as F×(kH·kW) per channel c; depthwise (m·C)×1×kH×kW (groups C, channel c·m+j),
                       pointwise F×(m·C)×1×1
  tucker2              truncated HOSVD of the output- and input-channel unfoldings; reduce R_in×C×1×1,
                       core R_out×R_in×kH×kW (layer's settings), restore F×R_out×1×1

Each singular pair is split √s into both stages; signs make the largest-|u| entry positive (the
engine uses the same rule, and the tests still compare intermediate channels up to sign).
Every case folder (cases/NAME) holds the singular values of the scheme's unfolding (sv.npy; for
depthwise-separable √(Σ_c s_{c,j}²) per index j, for tucker2 the output-channel unfolding),
the reconstructed kernel (recon.npy), each stage's weights (stageK_w.npy, float32) and output
(stageK_y.npy, float64, torch.nn.functional.conv2d on float64), the last being the layer output.
Before anything is written the script checks that the chain's output equals conv2d with the
reconstructed kernel (1e-10) and that the SVD schemes' error equals the discarded energy
(Eckart–Young). manifest.json lists the cases with the layer's settings, the ranks, the relative
error, parameters, and multiplies counted from the output shapes PyTorch produced
(F·H_out·W_out·(C/groups)·kH·kW per stage).
"""
import json
import os
import shutil

import numpy as np
import torch
import torch.nn.functional as TF

HERE = os.path.dirname(os.path.abspath(__file__))
rng = np.random.default_rng(20261204)


def f32(a):
    return np.ascontiguousarray(np.asarray(a, dtype=np.float32))


def svd(m):
    u, s, vt = np.linalg.svd(m, full_matrices=False)
    for i in range(len(s)):
        if u[np.argmax(np.abs(u[:, i])), i] < 0:
            u[:, i] *= -1
            vt[i] *= -1
    return u, s, vt


def conv(x, w, stride, padding, dilation, groups=1):
    xt = torch.from_numpy(np.asarray(x, dtype=np.float64))[None]
    wt = torch.from_numpy(np.asarray(w, dtype=np.float64))
    pad = padding if isinstance(padding, str) else tuple(padding)
    return TF.conv2d(xt, wt, None, stride=tuple(stride), padding=pad, dilation=tuple(dilation), groups=groups)[0].numpy()


def split_axis(padding, axis):
    """spatial-svd: keep one axis of the layer's padding; 'same'/'valid' resolve per axis as they are."""
    if isinstance(padding, str):
        return padding
    return (padding[0], 0) if axis == 0 else (0, padding[1])


def factor(w, scheme, r, r2, layer):
    """Stages [(name, weights, stride, padding, dilation, groups)], recon, singular values."""
    f, c, kh, kw = w.shape
    w = w.astype(np.float64)
    st, pad, dil = layer["stride"], layer["padding"], layer["dilation"]
    one = ((1, 1), (0, 0), (1, 1))
    if scheme == "filter-svd":
        u, s, vt = svd(w.reshape(f, -1))
        root = np.sqrt(s[:r])
        basis = (root[:, None] * vt[:r]).reshape(r, c, kh, kw)
        combine = (u[:, :r] * root).reshape(f, r, 1, 1)
        recon = ((u[:, :r] * s[:r]) @ vt[:r]).reshape(w.shape)
        return [("basis", basis, st, pad, dil, 1), ("combine", combine) + one + (1,)], recon, s
    if scheme == "spatial-svd":
        m = w.transpose(1, 2, 3, 0).reshape(c * kh, kw * f)  # rows (c, y), columns (x, f)
        u, s, vt = svd(m)
        root = np.sqrt(s[:r])
        vertical = (u[:, :r] * root).T.reshape(r, c, kh, 1)
        horizontal = (root[:, None] * vt[:r]).reshape(r, kw, f).transpose(2, 0, 1).reshape(f, r, 1, kw)
        recon = ((u[:, :r] * s[:r]) @ vt[:r]).reshape(c, kh, kw, f).transpose(3, 0, 1, 2)
        return [("vertical", vertical, (st[0], 1), split_axis(pad, 0), (dil[0], 1), 1),
                ("horizontal", horizontal, (1, st[1]), split_axis(pad, 1), (1, dil[1]), 1)], recon, s
    if scheme == "depthwise-separable":
        dw = np.zeros((r * c, 1, kh, kw))
        pw = np.zeros((f, r * c, 1, 1))
        recon = np.zeros_like(w)
        energy = np.zeros(min(f, kh * kw))
        for ci in range(c):
            u, s, vt = svd(w[:, ci].reshape(f, kh * kw))
            energy += s ** 2
            root = np.sqrt(s[:r])
            dw[ci * r:(ci + 1) * r, 0] = (root[:, None] * vt[:r]).reshape(r, kh, kw)
            pw[:, ci * r:(ci + 1) * r, 0, 0] = u[:, :r] * root
            recon[:, ci] = ((u[:, :r] * s[:r]) @ vt[:r]).reshape(f, kh, kw)
        return [("depthwise", dw, st, pad, dil, c), ("pointwise", pw) + one + (1,)], recon, np.sqrt(energy)
    if scheme == "tucker2":
        u_out, s_out, _ = svd(w.reshape(f, -1))
        u_in, _, _ = svd(w.transpose(1, 0, 2, 3).reshape(c, -1))
        uo, ui = u_out[:, :r2], u_in[:, :r]
        core = np.einsum("fcyx,fo,ci->oiyx", w, uo, ui)
        recon = np.einsum("oiyx,fo,ci->fcyx", core, uo, ui)
        return [("reduce", ui.T.reshape(r, c, 1, 1)) + one + (1,), ("core", core, st, pad, dil, 1),
                ("restore", uo.reshape(f, r2, 1, 1)) + one + (1,)], recon, s_out
    raise ValueError(scheme)


LAYERS = {
    # name: (F, C, kH, kW, H, W, stride, padding, dilation)
    "k3_stride2_pad1": (6, 4, 3, 3, 9, 11, (2, 2), (1, 1), (1, 1)),
    "k3x2_stride12_pad10_dil21": (5, 3, 3, 2, 10, 9, (1, 2), (1, 0), (2, 1)),
    "k2x4_same": (4, 3, 2, 4, 7, 8, (1, 1), "same", (1, 1)),
}

CASES = [
    # (layer, scheme, rank, rank2)
    ("k3_stride2_pad1", "filter-svd", 1, 0), ("k3_stride2_pad1", "filter-svd", 3, 0), ("k3_stride2_pad1", "filter-svd", 6, 0),
    ("k3_stride2_pad1", "spatial-svd", 1, 0), ("k3_stride2_pad1", "spatial-svd", 4, 0), ("k3_stride2_pad1", "spatial-svd", 12, 0),
    ("k3_stride2_pad1", "depthwise-separable", 1, 0), ("k3_stride2_pad1", "depthwise-separable", 2, 0),
    ("k3_stride2_pad1", "depthwise-separable", 6, 0),
    ("k3_stride2_pad1", "tucker2", 1, 1), ("k3_stride2_pad1", "tucker2", 2, 3), ("k3_stride2_pad1", "tucker2", 4, 6),
    ("k3x2_stride12_pad10_dil21", "filter-svd", 2, 0), ("k3x2_stride12_pad10_dil21", "spatial-svd", 2, 0),
    ("k3x2_stride12_pad10_dil21", "depthwise-separable", 1, 0), ("k3x2_stride12_pad10_dil21", "tucker2", 2, 2),
    ("k2x4_same", "filter-svd", 2, 0), ("k2x4_same", "spatial-svd", 3, 0),
    ("k2x4_same", "depthwise-separable", 2, 0), ("k2x4_same", "tucker2", 3, 2),
]


def main():
    for sub in ("layers", "cases"):
        shutil.rmtree(os.path.join(HERE, sub), ignore_errors=True)
    layers = {}
    for name, (f, c, kh, kw, h, wd, st, pad, dil) in LAYERS.items():
        w = f32(rng.uniform(-1, 1, size=(f, c, kh, kw)))
        x = f32(rng.uniform(-1, 1, size=(c, h, wd)))
        d = os.path.join(HERE, "layers", name)
        os.makedirs(d)
        np.save(os.path.join(d, "w.npy"), w)
        np.save(os.path.join(d, "x.npy"), x)
        layers[name] = {"w": w, "x": x, "stride": list(st), "padding": pad if isinstance(pad, str) else list(pad),
                        "dilation": list(dil)}
    manifest = []
    for layer_name, scheme, r, r2 in CASES:
        L = layers[layer_name]
        w, x = L["w"], L["x"]
        stages, recon, sv = factor(w, scheme, r, r2, L)
        y = x.astype(np.float64)
        outs, mult = [], 0
        for name, sw, st, pad, dil, groups in stages:
            y = conv(y, f32(sw), st, pad, dil, groups)
            outs.append(y)
            mult += y.size * sw.shape[1] * sw.shape[2] * sw.shape[3]
        # the chain computes the reconstructed kernel (float64 stage weights here, exactly)
        y64 = x.astype(np.float64)
        for name, sw, st, pad, dil, groups in stages:
            y64 = conv(y64, sw, st, pad, dil, groups)
        direct = conv(x, recon, L["stride"], L["padding"], L["dilation"])
        assert direct.shape == y64.shape and np.abs(direct - y64).max() < 1e-10, (layer_name, scheme, r)
        w64 = w.astype(np.float64)
        err = np.linalg.norm(w64 - recon) / np.linalg.norm(w64)
        if scheme != "tucker2":
            assert abs(err ** 2 - np.sum(sv[r:] ** 2) / np.sum(sv ** 2)) < 1e-12, (layer_name, scheme, r)
        standard = conv(x, w, L["stride"], L["padding"], L["dilation"])
        name = f"{layer_name}__{scheme}_r{r}" + (f"_{r2}" if scheme == "tucker2" else "")
        d = os.path.join(HERE, "cases", name)
        os.makedirs(d)
        np.save(os.path.join(d, "sv.npy"), sv)
        np.save(os.path.join(d, "recon.npy"), recon)
        for i, ((sname, sw, *_), out) in enumerate(zip(stages, outs), start=1):
            np.save(os.path.join(d, f"stage{i}_w.npy"), f32(sw))
            np.save(os.path.join(d, f"stage{i}_y.npy"), out)
        manifest.append({
            "name": name, "layer": layer_name, "scheme": scheme,
            "ranks": [r, r2] if scheme == "tucker2" else [r],
            "stride": L["stride"], "padding": L["padding"], "dilation": L["dilation"],
            "input": list(x.shape[1:]),
            "stages": [{"name": s[0], "shape": list(s[1].shape), "stride": list(s[2]),
                        "padding": s[3] if isinstance(s[3], str) else list(s[3]), "dilation": list(s[4]),
                        "groups": s[5]} for s in stages],
            "relativeError": float(err),
            "parameters": int(sum(s[1].size for s in stages)),
            "multiplies": int(mult),
            "standardMultiplies": int(standard.size * w.shape[1] * w.shape[2] * w.shape[3]),
        })
    with open(os.path.join(HERE, "manifest.json"), "w") as fh:
        json.dump(manifest, fh, indent=1)
        fh.write("\n")
    print(f"{len(manifest)} cases written to {HERE}")


if __name__ == "__main__":
    main()
