#!/usr/bin/python3
"""Small .npy files written by NumPy itself, for NpyTest (run with /usr/bin/python3).

Good files: versions 1.0, 2.0 and 3.0, float32 and float64, ranks 0 to 4. Bad files: Fortran
order, big-endian, int32, complex64, object (pickled), bool, rank 5. The values are
a = arange(n) * 0.5 - 1 reshaped, so the test can recompute them.
"""
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))


def values(shape, dtype):
    n = int(np.prod(shape)) if shape else 1
    return (np.arange(n, dtype=np.float64) * 0.5 - 1).reshape(shape).astype(dtype)


def write(name, a, version=None):
    with open(os.path.join(HERE, name), "wb") as f:
        np.lib.format.write_array(f, a, version=version, allow_pickle=True)


write("f4_v1_2x3.npy", values((2, 3), "<f4"), (1, 0))
write("f8_v1_3x4x5.npy", values((3, 4, 5), "<f8"), (1, 0))
write("f4_v2_2x2x3x3.npy", values((2, 2, 3, 3), "<f4"), (2, 0))
write("f8_v3_4.npy", values((4,), "<f8"), (3, 0))
write("f4_v1_scalar.npy", values((), "<f4"), (1, 0))
write("bad_fortran.npy", np.asfortranarray(values((3, 4), "<f4")), (1, 0))
write("bad_bigendian.npy", values((2, 3), ">f4"), (1, 0))
write("bad_int32.npy", np.arange(6, dtype="<i4").reshape(2, 3), (1, 0))
write("bad_complex.npy", values((2, 2), "<f4").astype("<c8"), (1, 0))
write("bad_object.npy", np.array([1.0, "x"], dtype=object), (1, 0))
write("bad_bool.npy", np.array([True, False]), (1, 0))
write("bad_rank5.npy", values((1, 1, 1, 2, 2), "<f4"), (1, 0))
print("ok")
