#!/usr/bin/env bash
# From a fresh Debian 12 machine: install the dependencies, build the whosaid
# tool (not the test suite: scripts/test.sh builds and runs that), run it on
# the example article, and show what it found. The full outputs go to out/.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "== installing the Debian packages (.ci/packages.txt)"
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends $(cat .ci/packages.txt) > /dev/null
echo "== building build/whosaid"
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWHOSAID_BUILD_TESTS=OFF > /dev/null
cmake --build build -j"$(nproc)" --target whosaid > build/quickstart-build.log ||
  { tail -n 40 build/quickstart-build.log; exit 1; }

article=examples/reuters-ceasefire-fr.txt
name=$(basename "$article" .txt)
mkdir -p out
build/whosaid extract "$article" -o "out/$name.json"
build/whosaid graph "$article" --format dot -o "out/$name.dot"
build/whosaid graph "$article" --format graphml -o "out/$name.graphml"
if command -v dot > /dev/null; then dot -Tsvg "out/$name.dot" -o "out/$name.svg"; fi

echo
echo "== the sourcing of $article (whosaid audit)"
echo
build/whosaid audit "$article"
echo
echo "== written"
echo "  out/$name.json      every attribution with its spans and rule (whosaid extract)"
echo "  out/$name.dot       the attribution graph (whosaid graph), also .graphml$([ -f "out/$name.svg" ] && echo ' and .svg')"
echo "  against the gold:   build/whosaid eval --gold examples/$name.gold.json $article"
echo "  the test suite:     ./scripts/test.sh"
