#!/usr/bin/python3
"""Times OpenCV on ConvLab's bench workloads, for docs/BENCHMARKS.md.

Run with Debian's python3-opencv:  /usr/bin/python3 docs/bench/opencv_peer.py
Same shapes as `convlab bench`: a 1920x1080 RGB float32 image, Gaussian kernels applied to each
channel with zero padding ('same'), direct (filter2D) and separable (sepFilter2D); median of 15
runs after 8 warm-ups, in milliseconds, printed as one JSON object.
"""
import json, time
import numpy as np
import cv2

cv2.setNumThreads(2)
rng = np.random.default_rng(0)
img = rng.random((1080, 1920, 3), dtype=np.float32)

def gauss(k):
    g = cv2.getGaussianKernel(k, k / 6.0).astype(np.float32)
    return g, g @ g.T

def median_ms(f, warm=8, runs=15):
    for _ in range(warm):
        f()
    t = []
    for _ in range(runs):
        t0 = time.perf_counter(); f(); t.append((time.perf_counter() - t0) * 1000)
    return float(np.median(t))

out = {}
for k in (3, 7, 15):
    g, k2 = gauss(k)
    out[f"hd-{k}x{k}-direct"] = round(median_ms(lambda: cv2.filter2D(img, -1, k2, borderType=cv2.BORDER_CONSTANT)), 3)
    out[f"hd-{k}x{k}-separable"] = round(median_ms(lambda: cv2.sepFilter2D(img, -1, g, g, borderType=cv2.BORDER_CONSTANT)), 3)
print(json.dumps(out))
