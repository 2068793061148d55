#!/usr/bin/env bash
# An installed whosaid finds its language data from its own place: installed
# with `cmake --install BUILD --prefix P`, then P moved elsewhere, it still
# runs, from any working directory, and gives the build tree's output byte for
# byte; --data-dir and $WHOSAID_DATA_DIR still win; a binary copied alone says
# how to give the data.
#
#   install_test.sh CMAKE BUILD_DIR ARTICLE
set -euo pipefail
cmake=$1 build=$2 article=$3
work=$(mktemp -d -t whosaid-install.XXXXXX)
trap 'rm -rf "$work"' EXIT
unset WHOSAID_DATA_DIR

fail() { echo "install_test: $*" >&2; exit 1; }

"$cmake" --install "$build" --prefix "$work/prefix" > "$work/install.log"
[[ -x $work/prefix/bin/whosaid ]] || fail "no bin/whosaid in the prefix"
[[ -f $work/prefix/share/whosaid/data/lang/fr/cue_verbs.tsv ]] || fail "no share/whosaid/data in the prefix"
mv "$work/prefix" "$work/moved"
bin=$work/moved/bin/whosaid

(cd / && "$bin" extract "$article") > "$work/installed.json" || fail "the moved install does not run"
"$build/whosaid" extract "$article" > "$work/tree.json"
cmp -s "$work/installed.json" "$work/tree.json" || fail "the installed output differs from the build tree's"

# --data-dir and WHOSAID_DATA_DIR are honoured before the installed data.
code=0; "$bin" extract --data-dir "$work/nowhere" "$article" > /dev/null 2>&1 || code=$?
(( code == 74 )) || fail "--data-dir to a missing folder gave exit $code, not 74"
code=0; WHOSAID_DATA_DIR=$work/nowhere "$bin" extract "$article" > /dev/null 2>&1 || code=$?
(( code == 74 )) || fail "WHOSAID_DATA_DIR to a missing folder gave exit $code, not 74"
"$bin" extract --data-dir "$work/moved/share/whosaid/data" "$article" | cmp -s - "$work/tree.json" ||
  fail "--data-dir to the installed data gives another output"

# The binary alone, without its share/: an error that says what to do.
mkdir "$work/alone" && cp "$bin" "$work/alone/"
code=0; "$work/alone/whosaid" extract "$article" > /dev/null 2> "$work/alone.err" || code=$?
(( code == 74 )) || fail "a binary without data gave exit $code, not 74"
grep -q -- "--data-dir" "$work/alone.err" || fail "no hint to --data-dir in: $(cat "$work/alone.err")"
echo "install_test: ok"
