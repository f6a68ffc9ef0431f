#!/bin/bash
# ConvLab's engine beside OpenCV, BoofCV and PyTorch on the same workloads, in one run, as a markdown
# table (docs/BENCHMARKS.md). Run from anywhere, after `mvn -B -o -DskipTests package`:
#
#     docs/bench/run_all.sh [ROUNDS] [THREADS]        (defaults: 3 rounds, 2 threads)
#
# Needs Debian's python3-opencv and python3-torch, and Maven (the BoofCV peer is a throwaway build in
# docs/bench/boof; the first run downloads BoofCV 1.2.2 from Maven Central). Each round runs every
# program once, in a rotating order (ConvLab with the Vector API, OpenCV, BoofCV, PyTorch, ConvLab
# without the Vector API), each reporting per workload the median of its timed runs; the table takes
# each program's best round, for wall time and for CPU time. Raw results stay in the printed temporary folder.
set -euo pipefail
ROUNDS=${1:-3}
THREADS=${2:-2}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
jar="$root/target/convlab.jar"
[ -f "$jar" ] || { echo "no $jar: run mvn -B -o -DskipTests package first" >&2; exit 1; }
py=/usr/bin/python3
out=$(mktemp -d /tmp/convlab-bench.XXXXXX)
echo "raw results in $out" >&2

(cd "$here/boof" && { mvn -B -q -o package dependency:build-classpath -Dmdep.outputFile=cp.txt 2>/dev/null \
    || mvn -B -q package dependency:build-classpath -Dmdep.outputFile=cp.txt; }) >&2

convlab_vec() { java --add-modules jdk.incubator.vector -jar "$jar" bench --json-details --threads "$THREADS" 2>/dev/null; }
convlab_plain() { java -jar "$jar" bench --json-details --threads "$THREADS" --only hd- ; }
opencv() { "$py" "$here/opencv_peer.py" "$THREADS"; }
boof() { java -Xms2g -Xmx2g -cp "$here/boof/target/classes:$(cat "$here/boof/cp.txt")" BoofPeer "$THREADS"; }
torch() { "$py" "$here/torch_peer.py" "$THREADS"; }
progs=(convlab_vec opencv boof torch convlab_plain)

cat /proc/loadavg > "$out/load.start"
for ((r = 1; r <= ROUNDS; r++)); do
    for ((i = 0; i < ${#progs[@]}; i++)); do
        p=${progs[$(( (i + r - 1) % ${#progs[@]} ))]}
        echo "round $r: $p (load $(cut -d' ' -f1 /proc/loadavg))" >&2
        "$p" > "$out/$p.$r.json"
        cut -d' ' -f1 /proc/loadavg >> "$out/load.samples"
    done
done
cat /proc/loadavg > "$out/load.end"
"$py" "$here/table.py" "$out" "$ROUNDS" "$THREADS"
