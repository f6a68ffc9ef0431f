#!/usr/bin/python3
"""Turns the raw results of run_all.sh (a folder of JSON files, one per program and round) into the markdown
tables of docs/BENCHMARKS.md. Usage: table.py FOLDER ROUNDS THREADS.

Every program reports, per workload, the median wall time of its timed runs and the median CPU time (all
threads of the process) per run. The table takes each program's best round (lowest median) for each."""
import glob, json, os, sys

folder, rounds, threads = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
PEERS = ("OpenCV", "BoofCV", "PyTorch")
FILES = {"ConvLab": "convlab_vec", "plain": "convlab_plain", "OpenCV": "opencv", "BoofCV": "boof", "PyTorch": "torch"}
# goal per workload: (peer, limit on ConvLab ÷ peer); a limit of 1.0 means strictly faster
GOALS = {
    "hd-3x3-direct": [("OpenCV", 1.5), ("BoofCV", 0.5)],
    "hd-3x3-separable": [("OpenCV", 1.5), ("BoofCV", 0.5)],
    "hd-7x7-direct": [("OpenCV", 1.5), ("BoofCV", 0.5)],
    "hd-7x7-separable": [("OpenCV", 1.5), ("BoofCV", 0.5)],
    "hd-15x15-direct": [("OpenCV", 1.0), ("BoofCV", 0.5)],
    "hd-15x15-separable": [("BoofCV", 0.5)],
    "standard-112": [("PyTorch", 1.5)],
    "dws-block-112": [("PyTorch", 1.5)],
}


def runs(name):
    out = []
    for f in sorted(glob.glob(os.path.join(folder, name + ".*.json"))):
        with open(f) as fh:
            text = fh.read().strip()
        if text:
            d = json.loads(text)
            out.append(d["workloads"] if "workloads" in d else d)
    return out


data = {k: runs(v) for k, v in FILES.items()}


def best(prog, w, key):
    vals = [r[w][key] for r in data[prog] if w in r]
    return min(vals) if vals else None


details = {}
for r in data["ConvLab"]:
    details.update(r)
kernels = "?"
for f in glob.glob(os.path.join(folder, "convlab_vec.*.json")):
    with open(f) as fh:
        kernels = json.load(fh).get("kernels", "?")


def fmt(x, nd=2):
    return "" if x is None else f"{x:.{nd}f}"


def load():
    try:
        s = [float(x) for x in open(os.path.join(folder, "load.samples")).read().split()]
        return f"{min(s):.1f} to {max(s):.1f}"
    except OSError:
        return "?"


def table(key, title, goals):
    print(f"**{title}**")
    print()
    print("| workload | MMAC | ConvLab ms | GMAC/s | MB moved | plain loops ms | OpenCV ms | BoofCV ms | PyTorch ms "
          "| ÷ OpenCV | ÷ BoofCV | ÷ PyTorch |" + (" goal | met |" if goals else ""))
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|" + ("---|---|" if goals else ""))
    met = []
    for w in GOALS:
        ms = best("ConvLab", w, key)
        if ms is None:
            continue
        d = details.get(w, {})
        mac = d.get("multiplies")
        row = [w, fmt(mac / 1e6, 1), fmt(ms), fmt(mac / (ms * 1e6)), fmt(d.get("bytes", 0) / 1e6, 1),
               fmt(best("plain", w, key))]
        peer = {p: best(p, w, key) for p in PEERS}
        row += [fmt(peer[p]) for p in PEERS]
        ratio = {p: ms / peer[p] for p in PEERS if peer[p]}
        row += [fmt(ratio.get(p)) for p in PEERS]
        if goals:
            texts, oks = [], []
            for p, limit in GOALS[w]:
                r = ratio.get(p)
                ok = r is not None and (r < limit if limit == 1.0 else r <= limit)
                texts.append(("< 1× " if limit == 1.0 else f"≤ {limit}× ") + p)
                oks.append("yes" if ok else ("not measured" if r is None else f"**no**, {r / limit:.2f}× the limit"))
                met.append(ok)
            row += ["; ".join(texts), "; ".join(oks)]
        print("| " + " | ".join(row) + " |")
    print()
    if goals:
        print(f"{sum(met)} of {len(met)} goals met in this run.")
        print()


print(f"{rounds} rounds, {threads} thread(s) for every program, each figure the program's best round; "
      f"load average {load()} on {os.cpu_count()} CPUs while it ran. ConvLab: {kernels}; "
      f"'plain loops' = ConvLab without the Vector API module. ÷ = ConvLab's time divided by the peer's.")
print()
table("median_ms", "Wall time (median of the timed runs): the goals", True)
table("cpu_ms", "CPU time per run (all threads of the process; less disturbed by other load, but counts "
      "spinning worker threads)", False)
