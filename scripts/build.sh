#!/usr/bin/env bash
# Configures and builds whosaid in BUILD_DIR (default: build).
# WHOSAID_SANITIZE=1 builds with AddressSanitizer + UndefinedBehaviorSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
SANITIZE=${WHOSAID_SANITIZE:-0}
GENERATOR=()
command -v ninja >/dev/null && GENERATOR=(-G Ninja)
if [[ ! -f "$BUILD_DIR/CMakeCache.txt" ]]; then
  cmake -S . -B "$BUILD_DIR" "${GENERATOR[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DWHOSAID_SANITIZE=$([[ $SANITIZE == 1 ]] && echo ON || echo OFF) >/dev/null
fi
cmake --build "$BUILD_DIR" -j "$(nproc)"
