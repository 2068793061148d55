#!/usr/bin/env bash
# How much faster `whosaid extract --jobs N` is than one job, on a JSON Lines
# corpus, and whether it writes the same bytes.
#
#   scripts/bench_jobs.sh [CORPUS.jsonl] [JOBS]     # default: a 20 MB corpus from
#                                                   # scripts/bench_corpus.sh, JOBS=2
#
# Runs `extract --input jsonl --format jsonl --jobs 1` and `--jobs JOBS` RUNS
# times each (default 5), alternating, and prints the best and median wall
# times, the speed-up of the medians, the CPU time of each, and the load
# average before and after (the figure means something only on idle cores).
# Fails (exit 1) when the two outputs differ.
#
# Environment: WHOSAID_BIN (default build/whosaid), RUNS, SIZE_MB (generated
# corpus), BENCH_DIR (kept when given). Needs GNU time (apt-get install time).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
bin=${WHOSAID_BIN:-$root/build/whosaid}
runs=${RUNS:-5}
jobs=${2:-2}
[[ -x $bin ]] || { echo "bench_jobs: no whosaid binary at $bin (set WHOSAID_BIN)" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "bench_jobs: /usr/bin/time missing (apt-get install time)" >&2; exit 2; }

work=${BENCH_DIR:-$(mktemp -d -t whosaid-jobs.XXXXXX)}
mkdir -p "$work"
[[ -n ${BENCH_DIR:-} ]] || trap 'rm -rf "$work"' EXIT
corpus=${1:-}
if [[ -z $corpus ]]; then
  BENCH_DIR=$work WHOSAID_BIN=$bin "$root/scripts/bench_corpus.sh" "${SIZE_MB:-20}" > /dev/null
  corpus=$work/corpus.jsonl
fi

echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)  ($(nproc) cores)"
for ((i = 0; i < runs; ++i)); do
  for j in 1 "$jobs"; do
    /usr/bin/time -f "%e %U %S" -o "$work/time.$j.$i" \
      "$bin" extract --input jsonl --format jsonl --jobs "$j" "$corpus" -o "$work/out.$j.jsonl"
  done
done
echo "load after:  $(cut -d' ' -f1-3 /proc/loadavg)"
cmp -s "$work/out.1.jsonl" "$work/out.$jobs.jsonl" || { echo "bench_jobs: --jobs $jobs writes other bytes" >&2; exit 1; }

summary() {  # jobs -> "best median cpu"
  cat "$work"/time."$1".* | sort -n | awk '{ t[NR] = $1; c[NR] = $2 + $3 }
    END { m = int((NR + 1) / 2); printf "%.2f %.2f %.2f\n", t[1], t[m], c[m] }'
}
read -r best1 median1 cpu1 < <(summary 1)
read -r bestn mediann cpun < <(summary "$jobs")
printf "%-10s %8s %8s %8s\n" "" "best s" "median s" "CPU s"
printf "%-10s %8s %8s %8s\n" "--jobs 1" "$best1" "$median1" "$cpu1" "--jobs $jobs" "$bestn" "$mediann" "$cpun"
awk -v a="$median1" -v b="$mediann" -v x="$best1" -v y="$bestn" \
  'BEGIN { printf "speed-up   %.2fx (medians), %.2fx (best runs); outputs identical\n", a / b, x / y }'
