#!/usr/bin/env bash
# replay.sh FUZZ_BINARY DIR...: runs a fuzz target once on every file under
# the folders given (missing folders are skipped; no file at all is an
# error), without fuzzing. Works with a libFuzzer binary (files as arguments
# run once each) and with the replay main of the ordinary build.
set -euo pipefail
binary=$1
shift
files=()
for dir in "$@"; do
  [ -d "$dir" ] || continue
  while IFS= read -r -d '' f; do files+=("$f"); done < <(find "$dir" -type f ! -name '.*' -print0 | sort -z)
done
if [ ${#files[@]} -eq 0 ]; then
  echo "replay.sh: no input under $*" >&2
  exit 1
fi
# Batches keep the command line short; each batch must pass.
printf '%s\0' "${files[@]}" | xargs -0 -n 200 "$binary" > /dev/null
echo "replayed ${#files[@]} inputs with $(basename "$binary")"
