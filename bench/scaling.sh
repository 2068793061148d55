#!/usr/bin/env bash
# bench/scaling.sh [WHOSAID] [WORK_DIR]: linear time and memory on hostile
# input (issue 8, docs/reliability.md "Scaling"). Each input below is built
# at four sizes, each double the one before (the last is the size named), and
# run through `whosaid extract`; the script prints per size the wall-clock,
# user and system seconds, the ratio of user seconds to the size before, the
# peak memory (wait4's rusage, what /usr/bin/time -v prints) and the output size. The ratio is of user
# time, whosaid's own work: wall time counts the other jobs of a shared
# machine, and system time the kernel clearing pages, which grows faster than
# the memory asked for once memory is short (peak memory is printed: it must
# double, no more). Fails (exit 1) when a ratio exceeds 2.3, or when the 50 MB single line
# takes 30 s or more, or 200 MB of memory or more.
#
# Use a Release build:
#   cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release && cmake --build build-release -j2 --target whosaid
#   bench/scaling.sh build-release/whosaid
# The inputs are generated under WORK_DIR (default build-release/scaling) and
# never committed; the French one from examples/reuters-ceasefire-fr.txt.
# Each size runs RUNS times (default 5), the four sizes of an input in turn,
# and keeps the fastest: on a shared machine other work only ever adds time. ONLY="kind kind..." runs those
# inputs alone (e.g. ONLY=french-line for the 50 MB bars).
set -euo pipefail
cd "$(dirname "$0")/.."
whosaid=${1:-build-release/whosaid}
work=${2:-build-release/scaling}
max_ratio=2.3
runs=${RUNS:-5}
mkdir -p "$work"
[ -x "$whosaid" ] || { echo "scaling.sh: no whosaid at $whosaid" >&2; exit 2; }

# measure OUT COMMAND...: runs COMMAND and writes to OUT, in /usr/bin/time -v's
# words, its wall-clock, user and system seconds (to the microsecond, from
# wait4's rusage: /usr/bin/time prints hundredths, the noise of a 0.05 s run)
# and its peak memory in KiB (the same rusage figure /usr/bin/time -v prints).
# Exits with the command's status.
measure() {
  /usr/bin/python3 - "$@" <<'PY'
import os, subprocess, sys, time
out, command = sys.argv[1], sys.argv[2:]
start = time.monotonic()
child = subprocess.Popen(command)
_, status, usage = os.wait4(child.pid, 0)
wall = time.monotonic() - start
with open(out, "w") as f:
    f.write("User time (seconds): %.6f\n" % usage.ru_utime)
    f.write("System time (seconds): %.6f\n" % usage.ru_stime)
    f.write("Elapsed (wall clock) time (h:mm:ss or m:ss): 0:%09.6f\n" % wall)
    f.write("Maximum resident set size (kbytes): %d\n" % usage.ru_maxrss)
sys.exit(os.waitstatus_to_exitcode(status))
PY
}

# make_input KIND SIZE FILE: writes the input of that kind and size.
make_input() {
  /usr/bin/python3 - "$1" "$2" "$3" examples/reuters-ceasefire-fr.txt <<'EOF'
import sys
kind, size, path, seed_path = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
def repeat_to(unit, n_bytes):
    unit = unit.encode()
    return (unit * (n_bytes // len(unit) + 1))[:n_bytes]
def words(unit, n):  # n words of the repeated unit
    w = unit.split()
    return " ".join(w[i % len(w)] for i in range(n))
if kind == "french-line":      # size in bytes: the seed article on one line, repeated
    seed = open(seed_path, encoding="utf-8").read().replace("\n", " ") + " "
    data = repeat_to(seed, size)
    data = data.decode("utf-8", "ignore").encode()
elif kind == "unbalanced":     # size opening marks, never closed
    data = ("« " * size + "fin.").encode()
elif kind == "nested":         # size quotations, each inside the one before
    data = ("« " * size + "mot" + " »" * size + ".").encode()
elif kind == "nested-claims":  # size sentences, each quoting the next: X a dit : « ... « ... » »
    data = ("Le ministre a déclaré : « Rien. " * size + "Fin" + " »" * size + ".").encode()
elif kind == "cue-sentence":   # size words, one sentence, a cue every five words
    data = (words("le ministre a déclaré que", size) + ".").encode()
elif kind == "long-sentence":  # size words, one sentence, no cue
    data = (words("les enfants jouent longtemps dans le grand jardin public", size) + ".").encode()
elif kind == "one-word":       # one word of size bytes
    data = b"a" * size
elif kind == "quote-marks":    # a line of size quotation marks, nothing else
    data = repeat_to("«»\"“”„‹›", size).decode("utf-8", "ignore").encode()
else:
    sys.exit("unknown kind " + kind)
open(path, "wb").write(data + b"\n")
EOF
}

# kind, the largest size (three halvings below it are run first), its unit.
# The sizes of issue 8 are the largest of the French line (50 MB), the
# smallest of one word (8 MB), and among the sizes of the others (250,000
# words of cue words, 1 million plain words in one sentence, 100,000
# unbalanced or nested marks, or more), chosen so that even the smallest run
# is well above the start-up (about 0.02 s of user time) and the noise of a
# shared machine. One word is one token, which no window may split: it is
# analysed whole (about 8 bytes of memory per byte).
inputs=(
  "french-line 52428800 bytes"
  "unbalanced 3200000 marks"
  "nested 3200000 quotations"
  "nested-claims 400000 levels"
  "cue-sentence 1000000 words"
  "long-sentence 8000000 words"
  "one-word 67108864 bytes"
  "quote-marks 8388608 bytes"
)

failed=0
printf '%-14s %18s %7s %7s %7s %7s %8s %10s\n' input size wall user sys ratio "peak MB" "output B"
for spec in "${inputs[@]}"; do
  read -r kind top unit <<< "$spec"
  if [ -n "${ONLY:-}" ] && [[ " $ONLY " != *" $kind "* ]]; then continue; fi
  sizes=() seconds=() cpu=() sys=() peak_kb=() out_bytes=()
  for divisor in 8 4 2 1; do
    size=$((top / divisor))
    [ -s "$work/$kind-$size.txt" ] || make_input "$kind" "$size" "$work/$kind-$size.txt"
    sizes+=("$size") seconds+=("") cpu+=("") sys+=("") peak_kb+=(0) out_bytes+=(0)
  done
  # The sizes in turn, RUNS rounds: a busy spell of the machine falls on
  # every size alike, and each keeps its fastest run.
  for ((run = 0; run < runs; ++run)); do
    for i in 0 1 2 3; do
      file="$work/$kind-${sizes[i]}.txt"
      if ! measure "$work/time.txt" "$whosaid" extract "$file" > "$work/out.json" 2> "$work/err.txt"; then
        echo "scaling.sh: whosaid failed on $file:" >&2
        cat "$work/err.txt" >&2
        exit 1
      fi
      t=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, p, ":"); s = 0; for (i = 1; i <= n; ++i) s = s * 60 + p[i]; printf "%.2f", s}' "$work/time.txt")
      kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$work/time.txt")
      c=$(awk -F': ' '/User time/ {printf "%.3f", $2}' "$work/time.txt")
      k=$(awk -F': ' '/System time/ {printf "%.3f", $2}' "$work/time.txt")
      if [ -z "${seconds[i]}" ] || awk -v a="$t" -v b="${seconds[i]}" 'BEGIN { exit !(a < b) }'; then seconds[i]=$t; fi
      if [ -z "${cpu[i]}" ] || awk -v a="$c" -v b="${cpu[i]}" 'BEGIN { exit !(a < b) }'; then cpu[i]=$c; sys[i]=$k; fi
      [ "$kb" -gt "${peak_kb[i]}" ] && peak_kb[i]=$kb
      out_bytes[i]=$(stat -c %s "$work/out.json")
    done
  done
  for i in 0 1 2 3; do
    ratio="-"
    if [ "$i" -gt 0 ]; then
      ratio=$(awk -v a="${cpu[i]}" -v b="${cpu[i - 1]}" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 1) }')
      if awk -v r="$ratio" -v m="$max_ratio" 'BEGIN { exit !(r > m) }'; then failed=1; ratio="$ratio!"; fi
    fi
    printf '%-14s %18s %7s %7s %7s %7s %8d %10s\n' "$kind" "${sizes[i]} $unit" "${seconds[i]}" "${cpu[i]}" "${sys[i]}" \
      "$ratio" $((peak_kb[i] / 1024)) "${out_bytes[i]}"
  done
  if [ "$kind" = french-line ]; then
    if awk -v s="${seconds[3]}" 'BEGIN { exit !(s >= 30) }' || [ $((peak_kb[3] / 1024)) -ge 200 ]; then
      echo "scaling.sh: the 50 MB line took ${seconds[3]}s and $((peak_kb[3] / 1024)) MB (bars: 30 s, 200 MB)" >&2
      failed=1
    fi
  fi
done
rm -f "$work/out.json"
exit $failed
