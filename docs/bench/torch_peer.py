#!/usr/bin/python3
"""PyTorch (Debian's python3-torch, CPU) on ConvLab's block workloads, for docs/bench/run_all.sh.

32 -> 64 channels at 112x112, 3x3, padding 1, batch 1, no bias, inference (no_grad):
dws-block-112 = depthwise 3x3 (groups 32) then pointwise 1x1; standard-112 = the dense 3x3 conv.
Usage: torch_peer.py THREADS [WARMUP TIMED]. Prints one JSON object {workload: {median_ms, cpu_ms}}: the median wall time of the timed runs,
and the median process CPU time (all threads) per run.
"""
import json, sys, time
import torch

threads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
warm = int(sys.argv[2]) if len(sys.argv) > 2 else 8
timed = int(sys.argv[3]) if len(sys.argv) > 3 else 15
torch.set_num_threads(threads)
torch.manual_seed(0)
x = torch.rand(1, 32, 112, 112)
dw, pw, st = torch.randn(32, 1, 3, 3), torch.randn(64, 32, 1, 1), torch.randn(64, 32, 3, 3)
F = torch.nn.functional


def median(v):
    v = sorted(v)
    return round(v[len(v) // 2] if len(v) % 2 else (v[len(v) // 2 - 1] + v[len(v) // 2]) / 2, 3)


def median_ms(f):
    with torch.no_grad():
        for _ in range(warm):
            f()
        t, c = [], []
        for _ in range(timed):
            c0 = time.process_time(); t0 = time.perf_counter()
            f()
            t.append((time.perf_counter() - t0) * 1e3); c.append((time.process_time() - c0) * 1e3)
    return {"median_ms": median(t), "cpu_ms": median(c)}


print(json.dumps({"dws-block-112": median_ms(lambda: F.conv2d(F.conv2d(x, dw, padding=1, groups=32), pw)),
                  "standard-112": median_ms(lambda: F.conv2d(x, st, padding=1))}))
