#!/usr/bin/env bash
# The figures of docs/scale-out.md: one process next to a 2-worker Dask run on
# the same corpus, and the peak memory of `whosaid merge`.
#
#   contrib/dask/bench_dask.sh [SIZE_MB] [--no-single]     # default 30
#
# Generates SIZE_MB of JSON Lines in 8 shards (the articles of examples/ and
# tests/data/cli/fr-dev/text/ in turn, as scripts/bench_corpus.sh does), then
#   1. whosaid graph over the whole corpus, one process (skipped with --no-single)
#   2. the driver on a local cluster: a scheduler and 2 workers of 1 thread on
#      127.0.0.1, keeping the extract lines (--extract-out)
#   3. whosaid merge over those extract lines alone
# each under GNU time (wall time, peak RSS), checks that 1 and 2 give the same
# bytes, and stops the cluster on exit, also on failure.
#
# Environment: WHOSAID_BIN (default build/whosaid), BENCH_DIR (default a fresh
# temporary folder, removed unless KEEP=1). Needs /usr/bin/python3 with
# python3-distributed and GNU time (apt-get install time).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
bin=$(realpath "${WHOSAID_BIN:-$root/build/whosaid}")
size_mb=${1:-30}
single=1
[[ ${2:-} == --no-single ]] && single=0
[[ -x $bin ]] || { echo "bench_dask: no whosaid binary at $bin (set WHOSAID_BIN)" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "bench_dask: /usr/bin/time missing (apt-get install time)" >&2; exit 2; }

work=${BENCH_DIR:-$(mktemp -d -t whosaid-dask-bench.XXXXXX)}
mkdir -p "$work"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill -TERM -- "-$p" 2>/dev/null || true; done
  sleep 1
  for p in "${pids[@]}"; do kill -KILL -- "-$p" 2>/dev/null || true; done
  [[ ${KEEP:-0} == 1 || -n ${BENCH_DIR:-} ]] || rm -rf "$work"
}
trap cleanup EXIT

/usr/bin/python3 - "$size_mb" "$work" "$root/examples" "$root/tests/data/cli/fr-dev/text" <<'PY'
import json, os, sys
size, work = int(sys.argv[1]) * 1024 * 1024, sys.argv[2]
texts = []
for folder in sys.argv[3:]:
    for name in sorted(os.listdir(folder)):
        if name.endswith(".txt"):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                texts.append((name, f.read()))
lines, written = [], 0
while written < size:
    name, text = texts[len(lines) % len(texts)]
    lines.append(json.dumps({"id": f"doc{len(lines):08d}", "text": text, "source": name}, ensure_ascii=False) + "\n")
    written += len(lines[-1].encode("utf-8"))
with open(os.path.join(work, "corpus.jsonl"), "w", encoding="utf-8") as whole:
    whole.writelines(lines)
for k in range(8):
    with open(os.path.join(work, f"shard{k}.jsonl"), "w", encoding="utf-8") as f:
        f.writelines(lines[k * len(lines) // 8:(k + 1) * len(lines) // 8])
print(f"corpus: {len(lines)} documents, {written / 1e6:.1f} MB, 8 shards", file=sys.stderr)
PY

free_port() { /usr/bin/python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
measure() {  # NAME COMMAND...: wall seconds and peak RSS (MB) of COMMAND
  local name=$1; shift
  /usr/bin/time -v -o "$work/$name.time" "$@"
  awk -v name="$name" -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; ++i) s = s * 60 + p[i] }
    /Maximum resident set size/ { rss = $2 / 1024 }
    END { printf "%-22s %8.1f s %9.1f MB peak RSS\n", name, s, rss }' "$work/$name.time" | tee -a "$work/figures.txt"
}

if (( single )); then
  measure "graph, one process" "$bin" graph --format graphml -o "$work/one.graphml" "$work/corpus.jsonl"
fi

port=$(free_port)
setsid /usr/bin/python3 -m distributed.cli.dask_scheduler --host 127.0.0.1 --port "$port" --no-dashboard \
  --idle-timeout 600 > "$work/scheduler.log" 2>&1 &
pids+=($!)
for i in 1 2; do
  setsid /usr/bin/python3 -m distributed.cli.dask_worker "tcp://127.0.0.1:$port" --host 127.0.0.1 --nthreads 1 \
    --no-dashboard --death-timeout 60 --local-directory "$work/worker$i" > "$work/worker$i.log" 2>&1 &
  pids+=($!)
done
/usr/bin/python3 -c "from distributed import Client; Client('tcp://127.0.0.1:$port', timeout=60).wait_for_workers(2, timeout=60)"

measure "dask, 2 workers" /usr/bin/python3 "$root/contrib/dask/whosaid_dask.py" --scheduler "tcp://127.0.0.1:$port" \
  --whosaid "$bin" --data-dir "$root/data" --input "$work/shard*.jsonl" --format graphml -o "$work/dask.graphml" \
  --extract-out "$work/extract.jsonl" --no-progress
measure "merge" "$bin" merge --format graphml -o "$work/merge.graphml" "$work/extract.jsonl"

echo "input $(stat -c %s "$work/corpus.jsonl") bytes, extract lines $(stat -c %s "$work/extract.jsonl") bytes, graph $(stat -c %s "$work/merge.graphml") bytes"
cmp "$work/dask.graphml" "$work/merge.graphml"
if (( single )); then cmp "$work/one.graphml" "$work/dask.graphml" && echo "identical: one process, dask, merge"; fi
