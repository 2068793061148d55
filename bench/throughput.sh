#!/usr/bin/env bash
# The figures of docs/performance.md, each printed with the command that gave it:
#   1. throughput of `whosaid extract --input jsonl --format jsonl` on a French
#      corpus against `wc -w` on the same file, in one run (wall and CPU);
#   2. peak resident memory on a 10 MB and a 30 MB corpus (flat: streaming);
#   3. start-up: `perf stat -r 20` on a one-sentence input;
#   4. --jobs 2 against one job (scripts/bench_jobs.sh).
# The machine's load is printed before each figure: on shared cores the wall
# times mean little, the CPU times (user + sys) still do.
#
#   bench/throughput.sh [SIZE_MB]     # default 30
#
# Environment: WHOSAID_BIN (default build-release/whosaid: cmake -S . -B
# build-release -DCMAKE_BUILD_TYPE=Release), BENCH_DIR (kept when given),
# SKIP_JOBS=1 to leave out 4. Needs python3, GNU time, perf (linux-perf).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
bin=${WHOSAID_BIN:-$root/build-release/whosaid}
size_mb=${1:-30}
[[ -x $bin ]] || { echo "throughput: no whosaid binary at $bin (set WHOSAID_BIN)" >&2; exit 2; }
work=${BENCH_DIR:-$(mktemp -d -t whosaid-throughput.XXXXXX)}
mkdir -p "$work"
[[ -n ${BENCH_DIR:-} ]] || trap 'rm -rf "$work"' EXIT

load() { echo "load: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"; }
# run NAME CMD...: runs CMD (stdout to a file), prints wall and user+sys CPU seconds.
run() {
  local name=$1
  shift
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "$@" > "$work/out" || true
  read -r wall user sys rss < "$work/time"
  printf "%-8s wall %7.2f s  cpu %7.2f s  peak RSS %6.1f MB   \$ %s\n" "$name" "$wall" \
    "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" "$(awk -v r="$rss" 'BEGIN { print r / 1024 }')" "$*"
  echo "$wall $(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }') $rss" > "$work/last"
}

# Corpora: scripts/bench_corpus.sh writes them (its own run is not counted here).
corpus() {  # SIZE -> path
  local dir=$work/corpus-$1
  if [[ ! -s $dir/corpus.jsonl ]]; then
    mkdir -p "$dir"
    BENCH_DIR=$dir WHOSAID_BIN=/bin/true "$root/scripts/bench_corpus.sh" "$1" > /dev/null 2>&1 || true
  fi
  echo "$dir/corpus.jsonl"
}

big=$(corpus "$size_mb")
echo "== 1. throughput on $(du -m "$big" | cut -f1) MB, whosaid against wc -w, one run"
load
run "wc -w" wc -w "$big"
read -r wc_wall wc_cpu _ < "$work/last"
run whosaid "$bin" extract --input jsonl --format jsonl "$big"
read -r ws_wall ws_cpu ws_rss < "$work/last"
awk -v a="$ws_wall" -v b="$wc_wall" -v c="$ws_cpu" -v d="$wc_cpu" -v mb="$(stat -c %s "$big")" 'BEGIN {
  printf "whosaid / wc -w: %.1fx wall, %.1fx CPU; whosaid %.1f MB/s of CPU\n", a / b, c / d, mb / 1e6 / c }'

echo "== 2. peak RSS, 10 MB against $size_mb MB"
small=$(corpus 10)
run whosaid "$bin" extract --input jsonl --format jsonl "$small"
read -r _ _ small_rss < "$work/last"
awk -v s="$small_rss" -v b="$ws_rss" 'BEGIN { printf "peak RSS %.1f MB (10 MB) and %.1f MB (big): ratio %.2f\n", s / 1024, b / 1024, b / s }'

echo "== 3. start-up (one sentence)"
load
printf '{"id":"a","text":"Il a dit oui."}\n' > "$work/one.jsonl"
echo "\$ perf stat -r 20 $bin extract --input jsonl --format jsonl $work/one.jsonl"
perf stat -r 20 "$bin" extract --input jsonl --format jsonl "$work/one.jsonl" 2>&1 > /dev/null |
  grep -E "task-clock|elapsed"

if [[ ${SKIP_JOBS:-0} != 1 ]]; then
  echo "== 4. --jobs 2 against 1"
  echo "\$ WHOSAID_BIN=$bin scripts/bench_jobs.sh $small 2"
  WHOSAID_BIN=$bin RUNS=${RUNS:-3} "$root/scripts/bench_jobs.sh" "$small" 2
fi
