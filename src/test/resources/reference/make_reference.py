#!/usr/bin/python3
"""Independent reference data for ConvLab's engine, made with PyTorch and SciPy.

Run with Debian's python3 (python3-torch, python3-scipy, python3-numpy):

    /usr/bin/python3 src/test/resources/reference/make_reference.py

Every case is a folder of .npy files plus an entry in manifest.json. Inputs, weights, bias and
pointwise weights are stored as float32; the expected outputs are computed in float64 from those
float32 values (torch.nn.functional.conv2d on float64 tensors) and stored as float64, so a float32
engine can be compared with a tight tolerance relative to the output's magnitude.

Second sources: every case is also recomputed with scipy.signal.correlate2d on an explicitly
zero-padded, dilated layout and must agree to 1e-9 before it is written; for spatial-separable
cases that SciPy result is stored too (y_scipy.npy), and for rank-1 kernels a two-pass
scipy.ndimage.correlate1d computation (column then row) is checked as well. Low-rank cases build
K_r with numpy.linalg.svd and store the singular values and relative errors ‖K−K_r‖/‖K‖.
"""
import json
import os
import shutil

import numpy as np
import torch
import torch.nn.functional as F
from scipy import ndimage, signal

HERE = os.path.dirname(os.path.abspath(__file__))
rng = np.random.default_rng(20261122)
manifest = []


def f32(a):
    return np.ascontiguousarray(np.asarray(a, dtype=np.float32))


def rand(*shape):
    return f32(rng.uniform(-1, 1, size=shape))


def pads(padding, k, d):
    """(top, bottom, left, right) for padding 'same'/'valid'/(ph, pw), PyTorch's rule."""
    kh, kw = k
    dh, dw = d
    if padding == "valid":
        return 0, 0, 0, 0
    if padding == "same":
        th, tw = dh * (kh - 1), dw * (kw - 1)
        return th // 2, th - th // 2, tw // 2, tw - tw // 2
    ph, pw = padding
    return ph, ph, pw, pw


def torch_conv(x, w, b, stride, padding, dilation, groups):
    xt = torch.from_numpy(x.astype(np.float64))[None]
    wt = torch.from_numpy(w.astype(np.float64))
    bt = None if b is None else torch.from_numpy(b.astype(np.float64))
    pad = padding if isinstance(padding, str) else tuple(padding)
    return F.conv2d(xt, wt, bt, stride=tuple(stride), padding=pad, dilation=tuple(dilation), groups=groups)[0].numpy()


def scipy_conv(x, w, b, stride, padding, dilation, groups):
    """The same convolution with scipy.signal.correlate2d: pad, dilate the kernel, correlate, subsample."""
    c, h, wd = x.shape
    fN, cg, kh, kw = w.shape
    t, bo, l, r = pads(padding, (kh, kw), dilation)
    xp = np.zeros((c, h + t + bo, wd + l + r))
    xp[:, t:t + h, l:l + wd] = x
    dh, dw = dilation
    per = fN // groups
    outs = []
    for f in range(fN):
        g = f // per
        acc = 0
        for ci in range(cg):
            k = np.zeros((dh * (kh - 1) + 1, dw * (kw - 1) + 1))
            k[::dh, ::dw] = w[f, ci]
            acc = acc + signal.correlate2d(xp[g * cg + ci], k, mode="valid")
        y = acc[::stride[0], ::stride[1]]
        outs.append(y + (0 if b is None else float(b[f])))
    return np.stack(outs)


def scipy_two_pass(x, col, row, stride, padding, dilation, bias=0.0):
    """Rank-1 kernel col·rowᵀ on one channel: column pass then row pass with ndimage.correlate1d."""
    kh, kw = len(col), len(row)
    t, bo, l, r = pads(padding, (kh, kw), dilation)
    h, wd = x.shape
    xp = np.zeros((h + t + bo, wd + l + r))
    xp[t:t + h, l:l + wd] = x
    dh, dw = dilation
    kc = np.zeros(dh * (kh - 1) + 1)
    kc[::dh] = col
    kr = np.zeros(dw * (kw - 1) + 1)
    kr[::dw] = row
    # correlate1d centres the kernel; 'valid' part = shift by the origin, then crop.
    mid = ndimage.correlate1d(xp, kc, axis=0, mode="constant", origin=-(len(kc) // 2))
    mid = mid[: xp.shape[0] - len(kc) + 1]
    out = ndimage.correlate1d(mid, kr, axis=1, mode="constant", origin=-(len(kr) // 2))
    out = out[:, : xp.shape[1] - len(kr) + 1]
    return out[::stride[0], ::stride[1]] + bias


def save(folder, name, a, dtype=np.float32):
    np.save(os.path.join(folder, name), np.ascontiguousarray(np.asarray(a, dtype=dtype)))
    return name


def case(name, method, x, w, b=None, stride=(1, 1), padding=(0, 0), dilation=(1, 1), groups=1,
         pw=None, rank=None, note=""):
    folder = os.path.join(HERE, name)
    os.makedirs(folder)
    entry = {"name": name, "method": method, "note": note,
             "stride": list(stride), "padding": padding if isinstance(padding, str) else list(padding),
             "dilation": list(dilation), "groups": groups, "files": {}}
    files = entry["files"]
    files["input"] = save(folder, "x.npy", x)
    files["weights"] = save(folder, "w.npy", w)
    if b is not None:
        files["bias"] = save(folder, "b.npy", b)
    if method == "depthwise-separable":
        c = x.shape[0]
        mid = torch_conv(x, w, None, stride, padding, dilation, c)
        y = torch_conv_mid(mid, pw, b)
        check(mid, scipy_conv(x, w, None, stride, padding, dilation, c), name + " intermediate")
        check(y, scipy_conv(mid, pw, b, (1, 1), (0, 0), (1, 1), 1), name)
        # the composed dense kernel dense[f, c] = Σ_j pw[f, c·m + j]·dw[c·m + j] gives the same result
        m = w.shape[0] // c
        dense = np.zeros((pw.shape[0], c) + w.shape[2:])
        for f in range(pw.shape[0]):
            for ci in range(c):
                for j in range(m):
                    dense[f, ci] += float(pw[f, ci * m + j, 0, 0]) * w[ci * m + j, 0].astype(np.float64)
        check(y, torch_conv64(x, dense, b, stride, padding, dilation, 1), name + " composed kernel")
        files["pointwise"] = save(folder, "pw.npy", pw)
        files["intermediate"] = save(folder, "mid.npy", mid, np.float64)
    elif method == "low-rank":
        fN, cg, kh, kw = w.shape
        kr = np.zeros((fN, cg, kh, kw))
        svs, errs = [], []
        for f in range(fN):
            for ci in range(cg):
                k = w[f, ci].astype(np.float64)
                u, s, vt = np.linalg.svd(k)
                kr[f, ci] = (u[:, :rank] * s[:rank]) @ vt[:rank]
                svs.append(s)
                errs.append(float(np.sqrt(np.sum(s[rank:] ** 2) / np.sum(s ** 2))) if np.sum(s ** 2) > 0 else 0.0)
                assert abs(np.linalg.norm(k - kr[f, ci]) / np.linalg.norm(k) - errs[-1]) < 1e-12
        s_all = np.array(svs)
        entry["rank"] = rank
        entry["relativeError"] = float(np.sqrt(np.sum(s_all[:, rank:] ** 2) / np.sum(s_all ** 2)))
        entry["relativeErrorPerSlice"] = errs
        files["singularValues"] = save(folder, "sv.npy", s_all.reshape(fN, cg, -1), np.float64)
        files["approximation"] = save(folder, "k_r.npy", kr, np.float64)
        y = torch_conv64(x, kr, b, stride, padding, dilation, groups)
        check(y, scipy_conv(x, kr, b, stride, padding, dilation, groups), name)
    else:
        g = x.shape[0] if method == "depthwise" else groups
        entry["groups"] = g
        y = torch_conv(x, w, b, stride, padding, dilation, g)
        ys = scipy_conv(x, w, b, stride, padding, dilation, g)
        check(y, ys, name)
        if method == "spatial-separable":
            files["expectedScipy"] = save(folder, "y_scipy.npy", ys, np.float64)
            fN, cg = w.shape[:2]
            per = fN // groups
            for f in range(fN):
                acc = 0
                for ci in range(cg):
                    u, s, vt = np.linalg.svd(w[f, ci].astype(np.float64))
                    assert s[1:].sum() <= 1e-6 * s[0], name + " kernel is not rank 1"
                    col, row = u[:, 0] * s[0], vt[0]
                    acc = acc + scipy_two_pass(x[(f // per) * cg + ci], col, row, stride, padding, dilation)
                check(acc + (0 if b is None else b[f]), y[f], name + " two-pass")
    files["expected"] = save(folder, "y.npy", y, np.float64)
    entry["outputShape"] = list(y.shape)
    manifest.append(entry)


def torch_conv64(x, w64, b, stride, padding, dilation, groups):
    xt = torch.from_numpy(x.astype(np.float64))[None]
    bt = None if b is None else torch.from_numpy(b.astype(np.float64))
    pad = padding if isinstance(padding, str) else tuple(padding)
    return F.conv2d(xt, torch.from_numpy(w64), bt, stride=tuple(stride), padding=pad,
                    dilation=tuple(dilation), groups=groups)[0].numpy()


def torch_conv_mid(mid, pw, b):
    mt = torch.from_numpy(mid)[None]
    bt = None if b is None else torch.from_numpy(b.astype(np.float64))
    return F.conv2d(mt, torch.from_numpy(pw.astype(np.float64)), bt)[0].numpy()


def check(a, b, what):
    assert a.shape == b.shape, (what, a.shape, b.shape)
    err = np.max(np.abs(a - b)) if a.size else 0
    assert err < 1e-9, (what, err)


def rank1(fN, cg, kh, kw):
    w = np.zeros((fN, cg, kh, kw), dtype=np.float32)
    for f in range(fN):
        for c in range(cg):
            # small integers scaled: exact in float32, so the stored kernel is exactly rank 1
            col = rng.integers(-3, 4, size=kh).astype(np.float32)
            row = rng.integers(-3, 4, size=kw).astype(np.float32)
            col[rng.integers(kh)] = 2.0
            row[rng.integers(kw)] = -1.0
            w[f, c] = np.outer(col, row) * 0.25
    return w


def main():
    for entry in os.listdir(HERE):
        p = os.path.join(HERE, entry)
        if os.path.isdir(p):
            shutil.rmtree(p)
    # ---- standard ----
    case("std_basic_bias", "standard", rand(2, 7, 8), rand(3, 2, 3, 3), rand(3), note="3×3, bias, no padding")
    case("std_stride2_pad1", "standard", rand(3, 9, 10), rand(4, 3, 3, 3), rand(4), stride=(2, 2), padding=(1, 1))
    case("std_stride_axes_pad_axes", "standard", rand(2, 11, 9), rand(2, 2, 3, 4), None, stride=(2, 3), padding=(2, 1),
         note="per-axis stride and per-axis (ph≠pw) padding, non-square kernel")
    case("std_same_odd_nonsquare_dilated", "standard", rand(2, 8, 9), rand(3, 2, 3, 5), rand(3), padding="same",
         dilation=(1, 2), note="'same', odd non-square kernel, per-axis dilation")
    case("std_same_even", "standard", rand(1, 7, 6), rand(2, 1, 4, 4), rand(2), padding="same",
         note="'same' with an even kernel: the extra row/column goes bottom/right")
    case("std_same_even_nonsquare", "standard", rand(2, 5, 7), rand(2, 2, 2, 3), None, padding="same")
    case("std_valid", "standard", rand(3, 6, 6), rand(2, 3, 3, 3), rand(2), padding="valid")
    case("std_dilation2", "standard", rand(2, 10, 10), rand(2, 2, 3, 3), rand(2), padding=(2, 2), dilation=(2, 2))
    case("std_groups2", "standard", rand(4, 7, 7), rand(6, 2, 3, 3), rand(6), padding=(1, 1), groups=2)
    case("std_groups3_stride", "standard", rand(6, 8, 9), rand(3, 2, 2, 3), None, stride=(2, 1), groups=3)
    case("std_1x1_image_pad", "standard", rand(2, 1, 1), rand(3, 2, 3, 3), rand(3), padding=(1, 1),
         note="1×1 image, 3×3 kernel, padding 1")
    case("std_1x1_image_1x1_kernel", "standard", rand(1, 1, 1), rand(2, 1, 1, 1), rand(2))
    case("std_kernel_equals_input", "standard", rand(2, 5, 4), rand(3, 2, 5, 4), rand(3), note="kernel as large as the input → 1×1")
    case("std_kernel_equals_input_pad", "standard", rand(1, 4, 4), rand(1, 1, 4, 4), None, padding=(1, 2))
    case("std_stride_gt_kernel", "standard", rand(2, 10, 11), rand(2, 2, 2, 2), rand(2), stride=(3, 4),
         note="stride larger than the kernel: inputs skipped")
    case("std_big_padding", "standard", rand(1, 3, 3), rand(2, 1, 3, 3), rand(2), padding=(4, 5),
         note="padding larger than the input")
    case("std_column_kernel", "standard", rand(2, 6, 5), rand(2, 2, 5, 1), None, padding=(2, 0))
    case("std_row_kernel", "standard", rand(2, 6, 5), rand(2, 2, 1, 5), rand(2), stride=(1, 2), padding=(0, 2))
    # ---- depthwise / pointwise / depthwise-separable ----
    case("dw_basic", "depthwise", rand(3, 8, 8), rand(3, 1, 3, 3), rand(3), padding=(1, 1))
    case("dw_multiplier2_stride", "depthwise", rand(3, 9, 8), rand(6, 1, 3, 3), rand(6), stride=(2, 2), padding=(1, 1),
         note="channel multiplier 2: filters 2c and 2c+1 see channel c")
    case("dw_dilated_same", "depthwise", rand(2, 7, 7), rand(2, 1, 3, 3), None, padding="same", dilation=(2, 2))
    case("pw_basic", "pointwise", rand(4, 6, 5), rand(3, 4, 1, 1), rand(3))
    case("pw_groups2", "pointwise", rand(4, 5, 5), rand(6, 2, 1, 1), None, groups=2)
    case("dws_basic", "depthwise-separable", rand(3, 8, 8), rand(3, 1, 3, 3), rand(5), padding=(1, 1),
         pw=rand(5, 3, 1, 1), note="depthwise 3×3 then pointwise 3→5; bias on the pointwise stage")
    case("dws_multiplier2_stride", "depthwise-separable", rand(2, 9, 9), rand(4, 1, 3, 3), None, stride=(2, 2),
         padding=(1, 1), pw=rand(3, 4, 1, 1))
    # ---- spatial-separable (rank-1 kernels) ----
    case("sep_basic", "spatial-separable", rand(1, 8, 9), rank1(1, 1, 3, 3), None, padding=(1, 1))
    case("sep_nonsquare_stride_bias", "spatial-separable", rand(2, 9, 11), rank1(3, 2, 3, 5), rand(3), stride=(2, 3),
         padding=(1, 2))
    case("sep_dilation_same", "spatial-separable", rand(2, 8, 8), rank1(2, 2, 3, 3), rand(2), padding="same",
         dilation=(2, 1))
    case("sep_even_same", "spatial-separable", rand(1, 6, 7), rank1(2, 1, 2, 4), None, padding="same")
    case("sep_groups2", "spatial-separable", rand(4, 7, 6), rank1(4, 2, 3, 3), rand(4), padding=(1, 1), groups=2)
    case("sep_kernel_equals_input", "spatial-separable", rand(1, 5, 5), rank1(1, 1, 5, 5), None)
    case("sep_big_padding", "spatial-separable", rand(1, 2, 3), rank1(1, 1, 3, 3), rand(1), padding=(3, 3))
    # ---- low-rank ----
    case("lr_rank1", "low-rank", rand(1, 9, 9), rand(1, 1, 5, 5), None, padding=(2, 2), rank=1)
    case("lr_rank2_stride_bias", "low-rank", rand(2, 10, 9), rand(3, 2, 5, 5), rand(3), stride=(2, 2), padding=(1, 1), rank=2)
    case("lr_full_rank", "low-rank", rand(2, 7, 8), rand(2, 2, 3, 3), rand(2), padding="same", rank=3,
         note="full rank: equal to the standard convolution")
    case("lr_nonsquare_rank2_dilated", "low-rank", rand(1, 10, 10), rand(2, 1, 3, 4), None, dilation=(2, 1), rank=2)
    case("lr_groups2_rank1", "low-rank", rand(4, 7, 7), rand(2, 2, 3, 3), None, padding=(1, 1), groups=2, rank=1)
    with open(os.path.join(HERE, "manifest.json"), "w") as fh:
        json.dump({"generator": "make_reference.py", "torch": torch.__version__, "numpy": np.__version__,
                   "cases": manifest}, fh, indent=1)
        fh.write("\n")
    print(len(manifest), "cases")


if __name__ == "__main__":
    main()
