#!/usr/bin/env bash
# language_throughput.sh FR_DIR EN_DIR [MB] [ROUNDS]: the throughput of
# `whosaid extract --input jsonl --format jsonl` on a French and an English
# corpus of about MB megabytes each (the .txt of FR_DIR and EN_DIR in turn, one
# {"id", "text"} line each), in CPU seconds (user + sys) per MB and per
# million words (wc -w), ROUNDS rounds in turn (issue 14: English within 20%
# of French).
#   bench/language_throughput.sh ../shared/corpus/fr-dev ../shared/corpus/polnear/dev/text 5 3
set -euo pipefail
fr_dir=${1:?usage: bench/language_throughput.sh FR_DIR EN_DIR [MB] [ROUNDS]}
en_dir=${2:?usage: bench/language_throughput.sh FR_DIR EN_DIR [MB] [ROUNDS]}
mb=${3:-5}
rounds=${4:-3}
bin=${WHOSAID_BIN:-build/whosaid}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
make_corpus() {
  python3 - "$1" "$2" "$mb" <<'PY'
import glob, json, sys
files = sorted(glob.glob(sys.argv[1] + "/*.txt"))
texts = [open(f, encoding="utf-8").read() for f in files]
target, n, i = float(sys.argv[3]) * 1e6, 0, 0
with open(sys.argv[2], "w", encoding="utf-8") as out:
    while n < target:
        t = texts[i % len(texts)]
        out.write(json.dumps({"id": str(i), "text": t}) + "\n")
        n += len(t.encode()); i += 1
PY
}
make_corpus "$fr_dir" "$work/fr.jsonl"
make_corpus "$en_dir" "$work/en.jsonl"
echo "load: $(uptime | sed 's/.*load average: //')"
for lang in fr en; do
  bytes=$(stat -c %s "$work/$lang.jsonl"); words=$(wc -w < "$work/$lang.jsonl")
  echo "$lang: $bytes bytes, $words words"
done
for r in $(seq "$rounds"); do
  for lang in fr en; do
    bytes=$(stat -c %s "$work/$lang.jsonl"); words=$(wc -w < "$work/$lang.jsonl")
    t=$( { /usr/bin/time -f "%U %S" "$bin" extract --input jsonl --format jsonl "$work/$lang.jsonl" > /dev/null; } 2>&1 | tail -1)
    python3 -c "u,s=map(float,'$t'.split()); c=u+s; print('round $r $lang: %.2f s CPU, %.3f s/MB, %.3f s per million words' % (c, c/($bytes/1e6), c/($words/1e6)))"
  done
done
