#!/usr/bin/python3
"""Writes ConvLab's corpus of hostile and unusual inputs into this folder (run from anywhere:
/usr/bin/python3 src/test/resources/hostile/make_hostile.py). Every file is small; what each one
must get is asserted by src/test/java/org/convlab/HostileInputTest.java. The valid-but-unusual
images (CMYK and progressive JPEG, 16-bit and palette PNG, animated GIF, RLE BMP) are made with
ImageMagick's `convert` when it is installed (they are committed, so the tests do not need it)."""
import os
import shutil
import struct
import subprocess
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name, data):
    path = os.path.join(HERE, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'wb') as f:
        f.write(data if isinstance(data, bytes) else data.encode('utf-8'))


def chunk(kind, body, crc=None):
    c = zlib.crc32(kind + body) & 0xFFFFFFFF if crc is None else crc
    return struct.pack('>I', len(body)) + kind + body + struct.pack('>I', c)


def png(w, h, rows=None, bad_crc=False, truncate=None):
    """8-bit grey PNG; rows (bytes per row) default to a gradient."""
    raw = b''.join(b'\0' + (rows(y) if rows else bytes((x * 7 + y * 3) & 255 for x in range(w))) for y in range(h))
    idat = zlib.compress(raw, 9)
    data = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 0, 0, 0, 0))
    data += chunk(b'IDAT', idat, crc=(zlib.crc32(b'IDAT' + idat) ^ 0x5A5A) & 0xFFFFFFFF if bad_crc else None)
    data += chunk(b'IEND', b'')
    return data[:truncate] if truncate else data


def huge_header_png(w, h):
    """A PNG whose header claims w×h but holds one compressed row: refused before decoding."""
    return b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 0, 0, 0, 0)) \
        + chunk(b'IDAT', zlib.compress(b'\0' * 1024)) + chunk(b'IEND', b'')


def gif_header(w, h):
    """A 40-byte GIF: a logical screen and one image descriptor of w×h, then almost no data."""
    data = b'GIF89a' + struct.pack('<HHBBB', w, h, 0x80, 0, 0) + b'\0\0\0\xff\xff\xff'
    data += b',' + struct.pack('<HHHHB', 0, 0, w, h, 0) + b'\x02\x02\x44\x01\0;'
    return data[:40].ljust(40, b'\0')


def jpeg_header(w, h):
    """The start of a baseline JPEG declaring w×h (SOI, DQT, SOF0, DHT, SOS), then it stops."""
    dqt = b'\xff\xdb' + struct.pack('>H', 67) + b'\0' + bytes([1] * 64)
    sof = b'\xff\xc0' + struct.pack('>HBHHB', 11, 8, h, w, 1) + b'\x01\x11\x00'
    dht = b'\xff\xc4' + struct.pack('>H', 31) + b'\x00' + bytes([0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]) \
        + bytes(range(12))
    sos = b'\xff\xda' + struct.pack('>HB', 8, 1) + b'\x01\x00\x00\x3f\x00'
    data = b'\xff\xd8' + dqt + sof + dht + sos + bytes((i * 37) & 0x7F for i in range(1800))
    return data


def bmp_rle_overrun():
    """An 8-bit RLE BMP of 4×4 whose runs write 200 pixels into the first row."""
    pal = b''.join(bytes([i, i, i, 0]) for i in range(256))
    pixels = bytes([200, 7]) + b'\0\1'  # a run of 200 pixels, then end of bitmap
    off = 14 + 40 + len(pal)
    info = struct.pack('<IiiHHIIiiII', 40, 4, 4, 1, 8, 1, len(pixels), 2835, 2835, 256, 0)
    head = b'BM' + struct.pack('<IHHI', off + len(pixels), 0, 0, off)
    return head + info + pal + pixels


def lesson(title, body, front=''):
    return '---\ntitle: ' + title + '\nsummary: hostile input\nminutes: 1\n' + front + '---\n\n' + body


SCENE = '```scene\nimage: { pattern: checkerboard, size: 8 }\nkernel: box\n```\n'


def main():
    # ---- images
    out('images/huge-header-40000.png', huge_header_png(40000, 40000))
    out('images/tiny-header-8000.gif', gif_header(8000, 8000))
    out('images/small-header-6000.gif', gif_header(6000, 6000))
    out('images/truncated-8000.jpg', jpeg_header(8000, 8000))
    out('images/truncated-600.jpg', jpeg_header(600, 400))
    out('images/bad-crc.png', png(32, 32, bad_crc=True))
    out('images/truncated.png', png(64, 64, truncate=200))
    out('images/rle-overrun.bmp', bmp_rle_overrun())
    out('images/good.png', png(16, 16))
    if shutil.which('convert'):
        for name, args in [('cmyk.jpg', ['-colorspace', 'CMYK']), ('progressive.jpg', ['-interlace', 'JPEG']),
                           ('rgb16.png', ['-depth', '16']), ('palette.png', ['-type', 'Palette']),
                           ('rle8.bmp', ['-type', 'Palette', '-compress', 'RLE'])]:
            target = os.path.join(HERE, 'images', 'unusual-' + name)
            fmt = 'bmp3:' if name.endswith('.bmp') else ''
            subprocess.run(['convert', '-size', '48x32', 'gradient:red-blue'] + args + [fmt + target], check=True)
        subprocess.run(['convert', '-size', '24x16', 'xc:red', 'xc:blue', '-loop', '0',
                        os.path.join(HERE, 'images', 'unusual-animated.gif')], check=True)

    # ---- kernels
    out('kernels/huge-declared.kernel', 'convlab-kernel 1\ndepthwise 127 1 4096 4096\n1 2 3\n')
    out('kernels/bom.kernel', '\ufeffconvlab-kernel 1\nkernel 1 1 1 3\n1 2 1\n')
    out('kernels/invalid-utf8.kernel', b'convlab-kernel 1\nkernel 1 1 1 3\n1 2 \xff\xfe\n')
    npy_header = b"{'descr': '<f4', 'fortran_order': False, 'shape': (\x07\x1b[31m\x00\x01, ), }"
    out('kernels/binary-header.npy', b'\x93NUMPY\x01\x00' + struct.pack('<H', len(npy_header)) + npy_header)
    big = b"{'descr': '<f4', 'fortran_order': False, 'shape': (100000, 100000), }"
    out('kernels/huge-shape.npy', b'\x93NUMPY\x01\x00' + struct.pack('<H', len(big)) + big)

    # ---- networks
    conv = '{"type": "conv", "kernel": 3, "filters": 8}'
    bomb = conv
    for _ in range(6):
        bomb = '{"repeat": 1000, "layers": [' + bomb + ']}'
    out('networks/repeat-bomb.json', '{"layers": [' + bomb + ']}')
    # (10,000 nested repeats and 20,000 nested JSON arrays are built by the test itself: 270 KB of brackets)
    out('networks/huge-counts.json', '{"input": {"resolution": 4096, "channels": 1000000}, "layers": ['
        + '{"type": "conv", "kernel": 15, "filters": 1000000}]}')

    # ---- lessons (one folder each, so each is checked alone)
    out('lessons/macro-loop/01-loop.md', lesson('Loop', '## Step\n\n' + SCENE + '\n$\\newcommand{\\loopy}{\\loopy x}\\loopy$\n'))
    out('lessons/deep-braces/01-braces.md', lesson('Braces', '## Step\n\n' + SCENE + '\n$' + '{' * 20000 + 'x' + '}' * 20000 + '$\n'))
    out('lessons/huge-image/01-image.md', lesson('Image', '## Step\n\n```scene\nimage: { file: big.png }\n```\n'))
    out('lessons/huge-image/big.png', huge_header_png(40000, 40000))
    out('lessons/huge-scene/01-scene.md', lesson('Scene', '## Step\n\n```scene\nimage: { pattern: checkerboard, size: 4096 }\n'
                                                  'channels: 64\nfilters: 64\nkernel: box\n```\n'))
    aliases = 'a: &a ["x","x","x","x","x","x","x","x","x","x"]\n'
    for i in range(1, 9):
        aliases += chr(97 + i) + ': &' + chr(97 + i) + ' [' + ','.join(['*' + chr(96 + i)] * 10) + ']\n'
    out('lessons/yaml-aliases/01-aliases.md', lesson('Aliases', '## Step\n\n' + SCENE, front=aliases))
    out('lessons/bom/01-bom.md', '\ufeff' + lesson('With a BOM', '## Step\n\n' + SCENE + '\nText.\n'))
    out('lessons/escape/01-escape.md', lesson('Escape', '## Step\n\n```scene\nimage: { file: ../../../../../../etc/passwd }\n```\n'
                                             '\n## Two\n\n```scene\nimage: { file: /etc/hostname }\n```\n'
                                             '\n## Three\n\n```scene\nimage: { file: ../no-such-secret.png }\n```\n'))
    many = ''.join('## Step %d\n\n```scene\nimage: { pattern: nosuch%d }\n```\n\n' % (i, i) for i in range(200))
    out('lessons/many-errors/01-many.md', lesson('Many', many))
    out('lessons/invalid-utf8/01-bad.md', lesson('Bad', '## Step\n\n' + SCENE).encode('utf-8') + b'\xc3\x28 text\n')


if __name__ == '__main__':
    main()
