#!/usr/bin/env bash
# Builds whosaid and its whole test suite with AddressSanitizer and
# UndefinedBehaviorSanitizer (g++, -O1, its own tree build-asan/) and runs
# every test there, the fuzz corpora replays included (docs/reliability.md).
# Any sanitizer report fails the test that made it: UBSan does not recover,
# ASan checks for leaks at exit. Used by CI after scripts/test.sh.
#
#   scripts/sanitize.sh            # build-asan/, every test
#   BUILD=/tmp/asan scripts/sanitize.sh
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD=${BUILD:-build-asan}
launcher=()
if command -v ccache > /dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
# -O1 keeps the build and the tests fast enough for CI; -g for stacks that
# name lines.
cmake -S . -B "$BUILD" -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" -DWHOSAID_SANITIZE=ON \
  -DWHOSAID_BUILD_TESTS=ON "${launcher[@]}" > /dev/null
cmake --build "$BUILD" -j"${JOBS:-$(nproc)}"
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
cd "$BUILD" && ctest --output-on-failure -j"${JOBS:-$(nproc)}"
