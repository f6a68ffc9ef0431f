#!/usr/bin/env python3
"""Train the two small Fashion-MNIST networks ConvLab ships, and export them.

Run from the repository root:  /usr/bin/python3 tools/train/train_fashion.py
(a few minutes on 2 cores). CI never runs this; its outputs are committed under
src/main/resources/models/<name>/ in the format described in docs/MODELS.md:

  model.json    the layers, in order, each naming its weight files
  *.npy         float32 weights, PyTorch layout (conv F x C/groups x kH x kW, linear out x in)
  test-images.npy   uint8 N x 28 x 28 (the first N images of the Fashion-MNIST test set)
  test-labels.npy   uint8 N
  logits.npy        float32 N x 10, PyTorch's logits for those images (input = uint8 / 255)

Needs Debian's python3-torch, python3-numpy and dataset-fashion-mnist (installed with apt if
missing). Fashion-MNIST: Zalando Research, MIT licence (see assets/CREDITS.md).
"""
import gzip
import json
import os
import shutil
import subprocess
import sys
import time

DATA = "/usr/share/datasets/fashion-mnist"
OUT = os.environ.get("MODELS_OUT", os.path.join("src", "main", "resources", "models"))
SEED = 20240611
EPOCHS = int(os.environ.get("EPOCHS", "2"))
TRAIN_N = int(os.environ.get("TRAIN_N", "20000"))  # a fixed random subset of the 60,000 training images keeps training to minutes on a shared 2-core machine
TEST_N = 1000
CLASSES = ["T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
           "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot"]


def ensure_packages():
    missing = []
    try:
        import torch  # noqa: F401
    except ImportError:
        missing.append("python3-torch")
    try:
        import numpy  # noqa: F401
    except ImportError:
        missing.append("python3-numpy")
    if not os.path.isdir(DATA):
        missing.append("dataset-fashion-mnist")
    if missing:
        print("installing with apt:", " ".join(missing), file=sys.stderr)
        sudo = [] if os.geteuid() == 0 else ["sudo"]
        subprocess.check_call(sudo + ["apt-get", "install", "-y"] + missing)


def read_idx(name):
    import numpy as np
    with gzip.open(os.path.join(DATA, name), "rb") as f:
        data = f.read()
    magic = int.from_bytes(data[0:4], "big")
    dims = magic & 0xFF
    shape = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(dims)]
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * dims).reshape(shape)


def build(kind):
    """The description (list of layer dicts) and the torch module built from it."""
    import torch.nn as nn

    def conv(name, cin, cout, k=3, groups=1):
        return {"type": "conv2d", "name": name, "in": cin, "out": cout, "kernel": k,
                "stride": 1, "padding": k // 2, "groups": groups}

    if kind == "standard":
        body = [conv("conv1", 1, 16), {"type": "relu"}, {"type": "maxpool", "kernel": 2, "stride": 2},
                conv("conv2", 16, 32), {"type": "relu"}, {"type": "maxpool", "kernel": 2, "stride": 2},
                conv("conv3", 32, 64), {"type": "relu"}]
    else:
        body = [conv("conv1", 1, 16), {"type": "relu"}, {"type": "maxpool", "kernel": 2, "stride": 2},
                conv("conv2_dw", 16, 16, groups=16), {"type": "relu"},
                conv("conv2_pw", 16, 32, k=1), {"type": "relu"}, {"type": "maxpool", "kernel": 2, "stride": 2},
                conv("conv3_dw", 32, 32, groups=32), {"type": "relu"},
                conv("conv3_pw", 32, 64, k=1), {"type": "relu"}]
    layers = body + [{"type": "avgpool", "kernel": 2, "stride": 2}, {"type": "flatten"},
                     {"type": "linear", "name": "fc", "in": 64 * 3 * 3, "out": 10}]
    mods = []
    for l in layers:
        t = l["type"]
        if t == "conv2d":
            mods.append(nn.Conv2d(l["in"], l["out"], l["kernel"], stride=l["stride"],
                                  padding=l["padding"], groups=l["groups"]))
        elif t == "relu":
            mods.append(nn.ReLU())
        elif t == "maxpool":
            mods.append(nn.MaxPool2d(l["kernel"], l["stride"]))
        elif t == "avgpool":
            mods.append(nn.AvgPool2d(l["kernel"], l["stride"]))
        elif t == "flatten":
            mods.append(nn.Flatten())
        elif t == "linear":
            mods.append(nn.Linear(l["in"], l["out"]))
    return layers, nn.Sequential(*mods)


def train(kind, xtr, ytr, xte, yte):
    import numpy as np
    import torch
    torch.manual_seed(SEED)
    np.random.seed(SEED)
    layers, net = build(kind)
    opt = torch.optim.Adam(net.parameters(), lr=2e-3)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, EPOCHS)
    gen = torch.Generator().manual_seed(SEED)
    n = xtr.shape[0]
    for epoch in range(EPOCHS):
        net.train()
        perm = torch.randperm(n, generator=gen)
        t0 = time.time()
        total = 0.0
        for i in range(0, n, 128):
            idx = perm[i:i + 128]
            opt.zero_grad()
            loss = torch.nn.functional.cross_entropy(net(xtr[idx]), ytr[idx])
            loss.backward()
            opt.step()
            total += loss.item() * len(idx)
        sched.step()
        net.eval()
        with torch.no_grad():
            acc = (net(xte).argmax(1) == yte).float().mean().item()
        print(f"{kind} epoch {epoch + 1}: loss {total / n:.4f}  test accuracy {acc:.4f}  {time.time() - t0:.0f} s",
              flush=True)
    return layers, net, acc


def export(name, kind, layers, net, full_acc, test_u8, test_labels):
    import numpy as np
    import torch
    d = os.path.join(OUT, name)
    if os.path.isdir(d):
        shutil.rmtree(d)
    os.makedirs(d)
    mods = list(net)
    described = []
    for l, m in zip(layers, mods):
        l = dict(l)
        if l["type"] in ("conv2d", "linear"):
            l["weight"] = l["name"] + ".weight.npy"
            l["bias"] = l["name"] + ".bias.npy"
            np.save(os.path.join(d, l["weight"]), m.weight.detach().numpy().astype(np.float32))
            np.save(os.path.join(d, l["bias"]), m.bias.detach().numpy().astype(np.float32))
        described.append(l)
    x = torch.from_numpy(test_u8.astype(np.float32) / 255.0).unsqueeze(1)
    with torch.no_grad():
        logits = net(x).numpy().astype(np.float32)
    np.save(os.path.join(d, "test-images.npy"), test_u8)
    np.save(os.path.join(d, "test-labels.npy"), test_labels.astype(np.uint8))
    np.save(os.path.join(d, "logits.npy"), logits)
    subset_acc = float((logits.argmax(1) == test_labels).mean())
    desc = {
        "format": "convlab-model/1",
        "name": name,
        "description": ("small standard CNN" if kind == "standard"
                        else "the same CNN with depthwise-separable blocks") + " trained on Fashion-MNIST",
        "input": {"channels": 1, "height": 28, "width": 28, "scale": 1.0 / 255.0},
        "classes": CLASSES,
        "layers": described,
        "test": {"images": "test-images.npy", "labels": "test-labels.npy", "logits": "logits.npy",
                 "source": "first %d images of the Fashion-MNIST test set" % len(test_labels)},
        "training": {"script": "tools/train/train_fashion.py", "epochs": EPOCHS, "trainingImages": TRAIN_N, "seed": SEED,
                     "torch": torch.__version__,
                     "testAccuracy10000": round(full_acc, 4),
                     "subsetAccuracyPytorch": round(subset_acc, 4)},
        "credit": "Fashion-MNIST, Zalando Research (Xiao, Rasul, Vollgraf 2017, arXiv 1708.07747), MIT licence",
    }
    with open(os.path.join(d, "model.json"), "w") as f:
        json.dump(desc, f, indent=2)
        f.write("\n")
    print(f"wrote {d}: full test accuracy {full_acc:.4f}, subset accuracy {subset_acc:.4f}")


def main():
    ensure_packages()
    import numpy as np
    import torch
    torch.set_num_threads(int(os.environ.get("TORCH_THREADS", "2")))
    xtr_u8 = read_idx("train-images-idx3-ubyte.gz")
    ytr = read_idx("train-labels-idx1-ubyte.gz")
    xte_u8 = read_idx("t10k-images-idx3-ubyte.gz")
    yte = read_idx("t10k-labels-idx1-ubyte.gz")
    pick = np.random.RandomState(SEED).permutation(xtr_u8.shape[0])[:TRAIN_N]
    xtr_u8, ytr = xtr_u8[pick], ytr[pick]
    xtr = torch.from_numpy(xtr_u8.astype(np.float32) / 255.0).unsqueeze(1)
    xte = torch.from_numpy(xte_u8.astype(np.float32) / 255.0).unsqueeze(1)
    ytr_t = torch.from_numpy(ytr.astype(np.int64))
    yte_t = torch.from_numpy(yte.astype(np.int64))
    kinds = sys.argv[1:] or ["standard", "dws"]
    for kind in kinds:
        layers, net, acc = train(kind, xtr, ytr_t, xte, yte_t)
        name = "fashion-cnn" if kind == "standard" else "fashion-dws"
        export(name, kind, layers, net, acc, np.ascontiguousarray(xte_u8[:TEST_N]), yte[:TEST_N])


if __name__ == "__main__":
    main()
