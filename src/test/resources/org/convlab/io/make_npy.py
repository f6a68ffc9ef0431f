# Reference .npy files for KernelFileTest, written by NumPy itself.
# Run: /usr/bin/python3 make_npy.py  (in this folder)
import numpy as np
np.save("sobel_f64.npy", np.array([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]], dtype=np.float64))
np.save("std_f32.npy", np.arange(2 * 3 * 3 * 3, dtype=np.float32).reshape(2, 3, 3, 3) / 8)
np.save("pw_f32.npy", np.array([[1, 2, 3], [4, 5, 6]], dtype=np.float32).reshape(2, 3, 1, 1))
np.save("int64.npy", np.array([[1, 2], [3, 4]], dtype=np.int64))
np.save("fortran.npy", np.asfortranarray(np.array([[1, 2], [3, 4]], dtype=np.float32)))
