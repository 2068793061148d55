#!/usr/bin/env bash
# From a fresh Debian 12 machine: install the dependencies, build whosaid, and
# run it on the example article.
set -euo pipefail
cd "$(dirname "$0")/.."
SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends $(cat .ci/packages.txt) > /dev/null
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo > /dev/null
cmake --build build -j"$(nproc)"
build/whosaid extract examples/reuters-ceasefire-fr.txt
