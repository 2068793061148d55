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
# fuzz/findings/open/<target>/ when another part of the code owns it). After
# a finding the target is started again for the time left (at most 50
# times), so one bug does not end the run.
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
  : > "$log"
  start=$(date +%s)
  execs=0
  runs=0
  # One libFuzzer process at a time; after a finding it stops, and the next
  # one goes on from the corpus it grew, for the time left.
  while :; do
    left=$(( seconds - ($(date +%s) - start) ))
    [ "$left" -gt 0 ] && [ "$runs" -lt 50 ] || break
    runs=$((runs + 1))
    status=0
    "$bin/fuzz_$t" -max_total_time="$left" -timeout=20 -rss_limit_mb=2048 -print_final_stats=1 \
      -dict="fuzz/$(dict_of "$t")" -artifact_prefix="$findings/" "$work" "fuzz/corpus/$t" > "$log.run" 2>&1 || status=$?
    run_execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log.run" | tail -1)
    # A run that died without its final stats: count its last status line.
    [ -n "$run_execs" ] || run_execs=$(grep -E '^#[0-9]+' "$log.run" | tail -1 | sed -n 's/^#\([0-9]*\).*/\1/p')
    execs=$((execs + ${run_execs:-0}))
    cat "$log.run" >> "$log"
    rm -f "$log.run"
    echo "== run $runs ended with status $status" >> "$log"
    [ "$status" -ne 0 ] || break
  done
  elapsed=$(( $(date +%s) - start ))
  # libFuzzer's status lines: "#EXECS  pulse|NEW|DONE  cov: C ft: F corp: N/SIZE ...".
  last=$(grep -E '^#[0-9]+.* cov: ' "$log" | tail -1 || true)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<< "$last")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<< "$last")
  corp=$(sed -n 's/.* corp: \([0-9]*\).*/\1/p' <<< "$last")
  rate=$(( execs / (elapsed > 0 ? elapsed : 1) ))
  new=$(comm -13 <(echo "$before") <(find "$findings" -type f | sort) | tr '\n' ' ')
  rmdir "$findings" 2> /dev/null || true
  printf '%-14s %8s %12s %9s %7s %7s %7s  %s\n' "$t" "$elapsed" "$execs" "$rate" "${cov:-?}" "${ft:-?}" \
    "${corp:-?}" "${new:-none}"
done
echo "logs: $build/run-<target>.log"
