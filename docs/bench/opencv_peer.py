#!/usr/bin/python3
"""OpenCV (Debian's python3-opencv) on ConvLab's hd bench workloads, for docs/bench/run_all.sh.

The same image as `convlab bench` (1920x1080 RGB float32, its test pattern; OpenCV's native
interleaved layout), a KxK Gaussian (sigma K/6) on each channel, zero border, 'same' size:
filter2D (direct) and sepFilter2D (separable), output array preallocated.
Usage: opencv_peer.py THREADS [WARMUP TIMED]. Prints one JSON object {workload: {median_ms, cpu_ms}}: the median wall time of the timed runs,
and the median process CPU time (all threads) per run.
"""
import json, sys, time
import numpy as np
import cv2

threads = int(sys.argv[1]) if len(sys.argv) > 1 else 2
warm = int(sys.argv[2]) if len(sys.argv) > 2 else 8
timed = int(sys.argv[3]) if len(sys.argv) > 3 else 15
cv2.setNumThreads(threads)
H, W = 1080, 1920
y, x = np.mgrid[0:H, 0:W].astype(np.float32)
img = np.stack([0.5 + 0.25 * np.sin(x * 0.031 + c) + 0.25 * np.cos(y * 0.017 * (c + 1)) for c in range(3)],
               axis=-1).astype(np.float32)
dst = np.empty_like(img)


def median_ms(f, warm, n):
    for _ in range(warm):
        f()
    t, c = [], []
    for _ in range(n):
        c0 = time.process_time(); t0 = time.perf_counter()
        f()
        t.append((time.perf_counter() - t0) * 1e3); c.append((time.process_time() - c0) * 1e3)
    return {"median_ms": round(float(np.median(t)), 3), "cpu_ms": round(float(np.median(c)), 3)}


out = {}
for k in (3, 7, 15):
    g = cv2.getGaussianKernel(k, k / 6.0).astype(np.float32)
    g2 = g @ g.T
    w, n = (min(warm, 3), min(timed, 7)) if k >= 15 else (warm, timed)
    out[f"hd-{k}x{k}-direct"] = median_ms(
        lambda: cv2.filter2D(img, -1, g2, dst=dst, borderType=cv2.BORDER_CONSTANT), w, n)
    out[f"hd-{k}x{k}-separable"] = median_ms(
        lambda: cv2.sepFilter2D(img, -1, g, g, dst=dst, borderType=cv2.BORDER_CONSTANT), warm, timed)
print(json.dumps(out))
