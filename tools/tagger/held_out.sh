#!/bin/bash
# Held-out accuracy of a tagger recipe, to choose its settings (docs/morph.md,
# "Recipe"): never a test set.
#
#   tools/tagger/held_out.sh BUILD_DIR UD_DIR [--lang fr|en] [trainer options...]
#   e.g. tools/tagger/held_out.sh build ../shared/corpus/ud --bits 16 --epochs 12
#        tools/tagger/held_out.sh build ../shared/corpus/ud --lang en --bits 16 --epochs 12
#
# French (the default): GSD dev is cut into three parts of consecutive
# sentences; each part is scored by a model trained on Sequoia train + the two
# other parts (GSD parts twice an epoch, as the recipe does; REPEAT=N to
# change it); Sequoia dev is scored by a model trained on Sequoia train + all
# of GSD dev. Prints, per epoch, the mean UPOS of the three GSD parts / the
# UPOS of Sequoia dev.
# English: EWT dev (the only English data trained on) is cut into three parts
# the same way; each is scored by a model trained on the two others, with the
# multi-word tokens the English tokenizer splits taken as their words
# (--lang-dir data/lang/en, as the recipe does). Prints, per epoch, the mean
# UPOS of the three parts.
set -euo pipefail
build=$1 ud=$2
shift 2
language=fr
if [ "${1:-}" = "--lang" ]; then
  language=$2
  shift 2
fi
trainer=$build/whosaid-train-tagger
forms=$build/generated/lang/$language/forms.bin
repeat=${REPEAT:-2}
case $language in
  fr) parts_of=$ud/fr_gsd/fr_gsd-ud-dev.conllu ;;
  en) parts_of=$ud/en_ewt/en_ewt-ud-dev.conllu ;;
  *) echo "held_out.sh: no held-out recipe for language '$language' (fr, en)" >&2; exit 64 ;;
esac
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The three parts: sentences are separated by blank lines.
total=$(awk 'BEGIN { RS = "" } END { print NR }' "$parts_of")
for k in 0 1 2; do
  awk -v k="$k" -v n="$total" -v out="$work" 'BEGIN { RS = ""; ORS = "\n\n" }
    { part = (NR - 1 >= int(n * k / 3) && NR - 1 < int(n * (k + 1) / 3))
      print > (out "/" (part ? "test" : "train") k ".conllu") }' "$parts_of"
done

run() {  # name held-out options-and-treebanks...
  local name=$1 held=$2
  shift 2
  "$trainer" --forms "$forms" --out "$work/$name.bin" --held-out "$held" "$@" 2>&1 |
    sed -n 's/.*held-out UPOS \([0-9.]*\)%.*/\1/p' > "$work/$name.log"
}
if [ "$language" = en ]; then
  set -- --lang-dir "$(dirname "$0")/../../data/lang/en" "$@"
  run f0 "$work/test0.conllu" "$@" "$work/train0.conllu" &
  run f1 "$work/test1.conllu" "$@" "$work/train1.conllu"
  wait
  run f2 "$work/test2.conllu" "$@" "$work/train2.conllu"
  paste "$work/f0.log" "$work/f1.log" "$work/f2.log" |
    awk '{ printf "epoch %d: EWT dev parts %.2f%% (%.2f, %.2f, %.2f)\n", NR, ($1 + $2 + $3) / 3, $1, $2, $3 }'
  exit 0
fi
seq_train=$ud/fr_sequoia/fr_sequoia-ud-train.conllu
run f0 "$work/test0.conllu" "$@" "$seq_train" --repeat "$repeat" "$work/train0.conllu" &
run f1 "$work/test1.conllu" "$@" "$seq_train" --repeat "$repeat" "$work/train1.conllu"
wait
run f2 "$work/test2.conllu" "$@" "$seq_train" --repeat "$repeat" "$work/train2.conllu" &
run s "$ud/fr_sequoia/fr_sequoia-ud-dev.conllu" "$@" "$seq_train" --repeat "$repeat" "$parts_of"
wait
paste "$work/f0.log" "$work/f1.log" "$work/f2.log" "$work/s.log" |
  awk '{ printf "epoch %d: GSD dev parts %.2f%%, Sequoia dev %.2f%%\n", NR, ($1 + $2 + $3) / 3, $4 }'
