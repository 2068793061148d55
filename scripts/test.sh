#!/usr/bin/env bash
# Builds whosaid with its test suite and runs it all (CTest). Used by the README and CI.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWHOSAID_BUILD_TESTS=ON > /dev/null
cmake --build build -j"$(nproc)"
cd build && ctest --output-on-failure -j"$(nproc)"
