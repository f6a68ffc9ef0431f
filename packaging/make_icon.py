#!/usr/bin/python3
"""Draws ConvLab's icon: three channel planes stacked in depth, a 3x3 kernel window on the front
one. Writes packaging/convlab.png (256 px, for jpackage) and the window icons in the app's
resources. Run with /usr/bin/python3 (Debian's python3-opencv and python3-numpy)."""
import os
import cv2
import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
RES = os.path.join(HERE, "..", "src", "main", "resources", "org", "convlab", "app")


def draw(n):
    s = n / 256.0
    img = np.zeros((n, n, 4), np.uint8)  # BGRA, transparent
    side = 150
    for (r, g, b), k in [((66, 133, 244), 2), ((52, 168, 83), 1), ((234, 67, 53), 0)]:  # back to front
        x0, y0 = int((30 + 38 * k) * s), int((76 - 38 * k) * s)   # deeper planes sit up and to the right
        x1, y1 = x0 + int(side * s), y0 + int(side * s)
        cv2.rectangle(img, (x0, y0), (x1, y1), (b, g, r, 255), -1, cv2.LINE_AA)
        cv2.rectangle(img, (x0, y0), (x1, y1), (30, 30, 30, 255), max(1, int(5 * s)), cv2.LINE_AA)
    # the 3x3 kernel window, inside the front (red) plane
    cell = int(34 * s)
    fx0, fy0 = int(30 * s) + int(24 * s), int(76 * s) + int(24 * s)
    for i in range(3):
        for j in range(3):
            a = (fx0 + j * cell, fy0 + i * cell)
            c = (fx0 + (j + 1) * cell, fy0 + (i + 1) * cell)
            cv2.rectangle(img, a, c, (255, 255, 255, 255), -1)
            cv2.rectangle(img, a, c, (20, 20, 20, 255), max(1, int(4 * s)))
    return img


if __name__ == "__main__":
    os.makedirs(RES, exist_ok=True)
    cv2.imwrite(os.path.join(HERE, "convlab.png"), draw(256))
    for n in (32, 64, 256):
        big = draw(1024)
        cv2.imwrite(os.path.join(RES, "icon-%d.png" % n), cv2.resize(big, (n, n), interpolation=cv2.INTER_AREA))
