#!/usr/bin/env bash
# corpus.sh [TARGET...]: (re)builds the committed corpora fuzz/corpus/<target>/
# as the smallest set of inputs that keeps the coverage of: the seeds staged
# from examples/ and tests/data/ (fuzz/seeds.py), and the inputs of at most
# MAX_BYTES (4096) of the corpus as it is and of what fuzz/run_all.sh found
# (build-fuzz/work/<target>/). Uses the libFuzzer
# binaries (fuzz/build.sh) and build/whosaid (for extract JSON seeds).
set -euo pipefail
cd "$(dirname "$0")/.."
source fuzz/targets.sh
bin=$(fuzz/build.sh)
build=$(dirname "$bin")
whosaid=${WHOSAID_BIN:-build/whosaid}
[ -x "$whosaid" ] || { echo "corpus.sh: $whosaid not built (cmake --build build --target whosaid)" >&2; exit 1; }
stage="$build/seeds"
rm -rf "$stage"
python3 fuzz/seeds.py "$stage" "$whosaid"
targets=${*:-$WHOSAID_FUZZ_TARGETS}
for t in $targets; do
  merged=$(mktemp -d)
  # Found inputs up to MAX_BYTES only (the seeds whole), so the committed
  # corpus stays small: the big ones are mostly mutated copies of a seed.
  found="$build/found-$t"
  rm -rf "$found"
  mkdir -p "$found"
  for dir in "fuzz/corpus/$t" "$build/work/$t"; do
    [ -d "$dir" ] && find "$dir" -type f -size -"$((${MAX_BYTES:-4096} + 1))"c -exec cp -t "$found" {} +
  done
  inputs=("$stage/$t" "$found")
  # Inputs that crash are left out of the merge (known bugs, seen in the log).
  "$bin/fuzz_$t" -merge=1 -timeout=30 -rss_limit_mb=4096 -artifact_prefix="$build/merge-$t-" "$merged" "${inputs[@]}" > "$build/merge-$t.log" 2>&1 ||
    { echo "corpus.sh: merge of $t failed, see $build/merge-$t.log" >&2; rm -rf "$merged"; exit 1; }
  rm -rf "fuzz/corpus/$t" "$found"
  mkdir -p fuzz/corpus
  mv "$merged" "fuzz/corpus/$t"
  chmod 755 "fuzz/corpus/$t"
  echo "$t: $(find "fuzz/corpus/$t" -type f | wc -l) inputs, $(( $(du -sb "fuzz/corpus/$t" | cut -f1) / 1024 )) KiB"
done
