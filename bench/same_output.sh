#!/usr/bin/env bash
# Whether two whosaid binaries write the same bytes: run before and after a
# change to the output or input path (the extract JSON is a contract).
#
#   bench/same_output.sh OLD_BIN NEW_BIN [CORPUS.jsonl] [TEXT_DIR...]
#
# Compares, byte for byte:
#   - extract --input jsonl --format jsonl on CORPUS.jsonl (default: a 5 MB
#     corpus from scripts/bench_corpus.sh);
#   - extract --format json (indented) and --format jsonl of each *.txt and
#     *.html of each TEXT_DIR (default examples/ and tests/data/cli/fr-dev/text;
#     pass ../shared/corpus/fr-dev for the dev texts), and of all of them as
#     one array;
#   - extract of a JSON Lines file with metadata, escapes and an HTML page.
# Prints one line per comparison; exits 1 when any differs.
set -uo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
old=${1:?usage: same_output.sh OLD_BIN NEW_BIN [CORPUS.jsonl] [TEXT_DIR...]}
new=${2:?usage: same_output.sh OLD_BIN NEW_BIN [CORPUS.jsonl] [TEXT_DIR...]}
corpus=${3:-}
shift $(( $# < 3 ? $# : 3 ))
dirs=("$@")
(( ${#dirs[@]} )) || dirs=("$root/examples" "$root/tests/data/cli/fr-dev/text")

work=$(mktemp -d -t whosaid-same.XXXXXX)
trap 'rm -rf "$work"' EXIT
if [[ -z $corpus ]]; then
  corpus=$work/corpus.jsonl
  BENCH_DIR=$work WHOSAID_BIN=$old "$root/scripts/bench_corpus.sh" 5 > /dev/null 2>&1 || true
fi
[[ -s $corpus ]] || { echo "same_output: no corpus at $corpus" >&2; exit 2; }

failed=0
# compare NAME ARGS...: runs both binaries with ARGS, compares stdout and exit code.
compare() {
  local name=$1
  shift
  "$old" "$@" > "$work/old.out" 2> "$work/old.err"
  local old_rc=$?
  "$new" "$@" > "$work/new.out" 2> "$work/new.err"
  local new_rc=$?
  if [[ $old_rc != "$new_rc" ]] || ! cmp -s "$work/old.out" "$work/new.out"; then
    echo "DIFFERS  $name (exit $old_rc vs $new_rc)"
    cmp "$work/old.out" "$work/new.out" | head -1
    failed=1
  else
    echo "same     $name ($(wc -c < "$work/new.out") bytes)"
  fi
}

compare "jsonl corpus $(basename "$corpus")" extract --input jsonl --format jsonl "$corpus"

files=()
for dir in "${dirs[@]}"; do
  for f in "$dir"/*.txt "$dir"/*.html; do [[ -f $f ]] && files+=("$f"); done
done
for f in "${files[@]}"; do
  compare "json  $f" extract --format json "$f"
  compare "jsonl $f" extract --format jsonl "$f"
done
(( ${#files[@]} )) && compare "json array of ${#files[@]} files" extract --format json "${files[@]}"

# Metadata (nested, re-indented), escapes and control characters, an HTML page.
hostile=$work/hostile.jsonl
{
  printf '%s\n' '{"id":"m1","text":"Il a déclaré : « Oui. » \"Non\"\\t\\u0001 fin.","source":"x","tags":["a",{"z":1,"b":[true,null,2.5]}],"n":-3}'
  printf '%s\n' '{"id":"m2","html":"<html><head><title>T</title></head><body><p>Selon une source, « la paix ».</p></body></html>","url":"http://e.x/a"}'
  printf '%s\n' '{"id":"m3","text":"Le ministre a affirmé que tout va bien.","lang":"fr","meta":{}}'
} > "$hostile"
compare "jsonl with metadata and escapes" extract --input jsonl --format jsonl "$hostile"
compare "json  with metadata and escapes" extract --input jsonl --format json "$hostile"

exit $failed
