#!/usr/bin/env bash
# What the morph stage (issue 9) costs `whosaid extract`: this build against a
# reference binary built before it (main's), over the corpus that
# scripts/bench_corpus.sh generates, in one run of this script, the two
# binaries taking turns, and prints the tagging throughput of
# `whosaid tag --benchmark`.
#
#   bench/morph_overhead.sh REFERENCE_BIN [SIZE_MB] [ROUNDS]   # defaults 20 MB, 3 rounds
#
# The reference is main before issue 9 (fbf41ea); extraction has changed since,
# so its output is not compared with this build's. SAME_AS=BIN (a binary of
# the main this build comes from) adds a byte-for-byte check of this build's
# output against BIN's on the same corpus, for a change that must not alter
# the output.
#
# Environment: WHOSAID_BIN (default build/whosaid), SAME_AS (optional). Times
# are CPU seconds (user + system, GNU time) so that other work on a shared
# machine weighs less; the median round of each binary is compared, and the
# ratio of the medians printed. Exit 1 when this build is more than 20% slower
# or (with SAME_AS) the outputs differ.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
reference=${1:?usage: bench/morph_overhead.sh REFERENCE_BIN [SIZE_MB] [ROUNDS]}
size_mb=${2:-20}
rounds=${3:-3}
bin=${WHOSAID_BIN:-$root/build/whosaid}
same_as=${SAME_AS:-}
[[ -x $bin && -x $reference ]] || { echo "morph_overhead: need executables $bin and $reference" >&2; exit 2; }
[[ -z $same_as || -x $same_as ]] || { echo "morph_overhead: SAME_AS=$same_as is not an executable" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "morph_overhead: /usr/bin/time missing (apt-get install time)" >&2; exit 2; }

work=$(mktemp -d -t whosaid-morph-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT
corpus=$work/corpus.jsonl
python3 - "$size_mb" "$corpus" "$root/examples" "$root/tests/data/cli/fr-dev/text" <<'PY'
import json, os, sys
size = int(sys.argv[1]) * 1024 * 1024
texts = []
for folder in sys.argv[3:]:
    for name in sorted(os.listdir(folder)) if os.path.isdir(folder) else []:
        if name.endswith(".txt"):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                texts.append((name, f.read()))
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

# One run: CPU seconds on stdout, the output kept in $2.
run() {
  /usr/bin/time -f "%U %S" -o "$work/time.txt" "$1" extract --jobs 1 --input jsonl --format jsonl "$corpus" > "$2"
  awk '{ print $1 + $2 }' "$work/time.txt"
}
ref_times=() new_times=()
for ((r = 1; r <= rounds; ++r)); do
  ref_times+=("$(run "$reference" "$work/reference.jsonl")")
  new_times+=("$(run "$bin" "$work/new.jsonl")")
  echo "round $r: reference ${ref_times[-1]} s, this build ${new_times[-1]} s (CPU)" >&2
done
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
ref=$(median "${ref_times[@]}") new=$(median "${new_times[@]}")
status=0 same="not checked (no SAME_AS)"
if [[ -n $same_as ]]; then
  "$same_as" extract --jobs 1 --input jsonl --format jsonl "$corpus" > "$work/same_as.jsonl"
  if cmp -s "$work/same_as.jsonl" "$work/new.jsonl"; then same="yes (as $same_as)"; else same="NO (differs from $same_as)"; status=1; fi
fi
awk -v r="$ref" -v n="$new" -v s="$same" 'BEGIN {
  printf "reference     %.2f CPU s (median)\nthis build    %.2f CPU s (median)\nCPU ratio     %.3f\nslowdown      %+.1f%%\nsame output   %s\n", r, n, n / r, 100 * (n / r - 1), s
}'
awk -v r="$ref" -v n="$new" 'BEGIN { exit !(n > 1.2 * r) }' && { echo "morph_overhead: more than 20% slower" >&2; status=1; }
echo "tagging alone:" && "$bin" tag --benchmark "$root"/examples/*.txt "$root"/tests/data/cli/fr-dev/text/*.txt
exit $status
