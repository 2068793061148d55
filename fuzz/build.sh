#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, ASan + UBSan, libFuzzer's coverage
# hooks) in build-fuzz/, without the test suite. Needs Debian's clang and
# libclang-rt-*-dev (.ci/packages.txt). Prints the folder of the binaries.
set -euo pipefail
cd "$(dirname "$0")/.."
CXX_FUZZ=${CXX_FUZZ:-clang++}
BUILD=${WHOSAID_FUZZ_BUILD:-build-fuzz}
launcher=()
if command -v ccache > /dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="$CXX_FUZZ" \
  -DWHOSAID_FUZZ=ON -DWHOSAID_BUILD_TESTS=OFF "${launcher[@]}" > /dev/null
source fuzz/targets.sh
targets=$WHOSAID_FUZZ_TARGETS
cmake --build "$BUILD" -j"${JOBS:-$(nproc)}" --target $(printf 'fuzz_%s ' $targets) >&2
echo "$BUILD/fuzz"
