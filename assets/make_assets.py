#!/usr/bin/env python3
"""Regenerates ConvLab's sample images (run with Debian's /usr/bin/python3: needs numpy, Pillow
and python3-skimage). Photos come from scikit-image's bundled data (CC0 / public domain, see
CREDITS.md), downscaled; the teaching patterns are synthesised here."""
import os
import numpy as np
from PIL import Image

HERE = os.path.dirname(os.path.abspath(__file__))
SK = "/usr/lib/python3/dist-packages/skimage/data"
PHOTOS = ["camera", "astronaut", "coffee", "chelsea", "brick"]
MAX_SIDE = 384


def photo(name):
    im = Image.open(os.path.join(SK, name + ".png"))
    im = im.convert("L" if im.mode in ("L", "I", "I;16") else "RGB")
    s = MAX_SIDE / max(im.size)
    if s < 1:
        im = im.resize((round(im.width * s), round(im.height * s)), Image.LANCZOS)
    im.save(os.path.join(HERE, name + ".jpg"), quality=88, optimize=True)


def save(name, a):
    Image.fromarray(np.clip(a * 255 + 0.5, 0, 255).astype(np.uint8)).save(os.path.join(HERE, name + ".png"), optimize=True)


def patterns():
    n = 128
    y, x = np.mgrid[0:n, 0:n]
    save("step-edge", (x >= n // 2).astype(float))
    square = np.zeros((n, n)); square[32:96, 32:96] = 1
    save("square", square)
    save("checkerboard", (((x // 16) + (y // 16)) % 2).astype(float))
    dot = np.zeros((31, 31)); dot[15, 15] = 1
    save("impulse-dot", dot)
    save("gradient", x / (n - 1.0))
    vert, horiz = np.sin(2 * np.pi * x / 8.0), np.sin(2 * np.pi * y / 8.0)
    save("stripes", 0.5 + 0.5 * np.where(y < n // 2, vert, horiz))  # vertical above, horizontal below
    r, g, b = (x < n // 2) * 1.0, (y < n // 2) * 1.0, ((x + y) < n) * 1.0
    Image.fromarray((np.stack([r, g, b], -1) * 255).astype(np.uint8)).save(os.path.join(HERE, "rgb-blocks.png"))


if __name__ == "__main__":
    for p in PHOTOS:
        photo(p)
    patterns()
