#!/usr/bin/env bash
# Throughput and memory of `whosaid extract` over a generated JSON Lines corpus.
#
#   scripts/bench_corpus.sh [SIZE_MB]        # default 1024 (1 GB)
#
# Generates SIZE_MB of JSONL from the articles in examples/ and
# tests/data/cli/fr-dev/text/ (each line {"id", "text", "source"}, the articles
# taken in turn), runs
#   whosaid extract --input jsonl --format jsonl CORPUS | wc -l
# under /usr/bin/time -v, and reports documents/s, MB/s and the peak resident
# set size. Fails (exit 1) when the peak RSS reaches 200 MB or when a document
# is missing from the output.
#
# Environment: WHOSAID_BIN (default build-io/whosaid; build it Release for real
# figures), BENCH_DIR (default a fresh temporary folder, removed at the end
# unless KEEP=1). Needs python3 and GNU time (apt-get install time).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
bin=${WHOSAID_BIN:-$root/build-io/whosaid}
size_mb=${1:-1024}
limit_mb=200

[[ -x $bin ]] || { echo "bench_corpus: no whosaid binary at $bin (set WHOSAID_BIN)" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "bench_corpus: /usr/bin/time missing (apt-get install time)" >&2; exit 2; }

work=${BENCH_DIR:-$(mktemp -d -t whosaid-bench.XXXXXX)}
mkdir -p "$work"
[[ ${KEEP:-0} == 1 || -n ${BENCH_DIR:-} ]] || trap 'rm -rf "$work"' EXIT
corpus=$work/corpus.jsonl

python3 - "$size_mb" "$corpus" "$root/examples" "$root/tests/data/cli/fr-dev/text" <<'PY'
import json, os, sys
size = int(sys.argv[1]) * 1024 * 1024
texts = []
for folder in sys.argv[3:]:
    if os.path.isdir(folder):
        for name in sorted(os.listdir(folder)):
            if name.endswith(".txt"):
                with open(os.path.join(folder, name), encoding="utf-8") as f:
                    texts.append((name, f.read()))
if not texts:
    sys.exit("bench_corpus: no article to build the corpus from")
written, n = 0, 0
with open(sys.argv[2], "w", encoding="utf-8") as out:
    while written < size:
        name, text = texts[n % len(texts)]
        line = json.dumps({"id": f"doc{n:08d}", "text": text, "source": name}, ensure_ascii=False) + "\n"
        out.write(line)
        written += len(line.encode("utf-8"))
        n += 1
print(f"corpus: {n} documents, {written / 1e6:.1f} MB from {len(texts)} articles", file=sys.stderr)
PY

documents=$(wc -l < "$corpus")
bytes=$(stat -c %s "$corpus")
echo "running: $bin extract --input jsonl --format jsonl $corpus | wc -l" >&2
written=$(/usr/bin/time -v -o "$work/time.txt" "$bin" extract --input jsonl --format jsonl "$corpus" | wc -l)

wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time.txt")
rss_kb=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt")
seconds=$(awk -v t="$wall" 'BEGIN { n = split(t, p, ":"); s = 0; for (i = 1; i <= n; ++i) s = s * 60 + p[i]; print s }')
awk -v d="$documents" -v b="$bytes" -v s="$seconds" -v r="$rss_kb" -v w="$written" 'BEGIN {
  printf "documents     %d (%d written)\n", d, w
  printf "input         %.1f MB\n", b / 1e6
  printf "wall time     %.1f s\n", s
  printf "documents/s   %.0f\n", d / s
  printf "MB/s          %.2f\n", b / 1e6 / s
  printf "peak RSS      %.1f MB\n", r / 1024
}'
status=0
if (( written != documents )); then echo "bench_corpus: $written of $documents documents written" >&2; status=1; fi
if (( rss_kb >= limit_mb * 1024 )); then echo "bench_corpus: peak RSS over ${limit_mb} MB" >&2; status=1; fi
exit $status
