#!/usr/bin/env bash
# run_all.sh SECONDS [TARGET...]: fuzzes every target (or those named) for
# SECONDS each, one after the other, one fuzzing process at a time (the
# machine is shared), and prints per target: executions, exec/s, coverage
# (libFuzzer's cov: edges and ft: features), corpus size and the crash files.
#
# Each target starts from fuzz/corpus/<target>/ and adds what it finds to
# build-fuzz/work/<target>/ (fuzz/corpus.sh folds that into the committed
# corpus). Crashes, timeouts and out-of-memory inputs are saved as
# fuzz/findings/<target>/<kind>-<sha1>, where the target's replay test then
# runs them: a finding is a failing test until fixed (or moved to
# fuzz/findings/open/<target>/ when another part of the code owns it). The
# run goes on after a finding (libFuzzer -fork=1 -ignore_crashes=1), so one
# bug does not hide the next.
set -euo pipefail
cd "$(dirname "$0")/.."
source fuzz/targets.sh
seconds=${1:?usage: fuzz/run_all.sh SECONDS [TARGET...]}
shift
bin=$(fuzz/build.sh)
build=$(dirname "$bin")
targets=${*:-$WHOSAID_FUZZ_TARGETS}
printf '%-14s %8s %12s %9s %7s %7s %7s  %s\n' target seconds executions exec/s cov ft corpus findings
for t in $targets; do
  work="$build/work/$t"
  findings="fuzz/findings/$t"
  mkdir -p "$work" "$findings"
  before=$(find "$findings" -type f | sort)
  log="$build/run-$t.log"
  start=$(date +%s)
  "$bin/fuzz_$t" -fork=1 -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 \
    -dict="fuzz/$(dict_of "$t")" -artifact_prefix="$findings/" \
    "$work" "fuzz/corpus/$t" > "$log" 2>&1 || true
  elapsed=$(( $(date +%s) - start ))
  # Fork mode's status lines: "#EXECS: cov: C ft: F corp: N/SIZE exec/s: E ...".
  last=$(grep -E '^#[0-9]+: cov:' "$log" | tail -1 || true)
  execs=$(sed -n 's/^#\([0-9]*\):.*/\1/p' <<< "$last")
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<< "$last")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<< "$last")
  corp=$(sed -n 's/.* corp: \([0-9]*\).*/\1/p' <<< "$last")
  rate=$(( ${execs:-0} / (elapsed > 0 ? elapsed : 1) ))
  new=$(comm -13 <(echo "$before") <(find "$findings" -type f | sort) | tr '\n' ' ')
  rmdir "$findings" 2> /dev/null || true
  printf '%-14s %8s %12s %9s %7s %7s %7s  %s\n' "$t" "$elapsed" "${execs:-?}" "$rate" "${cov:-?}" "${ft:-?}" \
    "${corp:-?}" "${new:-none}"
done
echo "logs: $build/run-<target>.log"
