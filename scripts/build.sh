#!/usr/bin/env bash
# Configures and builds whosaid in BUILD_DIR (default: build, optimised).
# WHOSAID_SANITIZE=1 builds with AddressSanitizer + UndefinedBehaviorSanitizer
# and libstdc++'s assertions (_GLIBCXX_ASSERTIONS: an index past a vector's
# size aborts even inside its capacity, where ASan sees nothing) at -O1
# with line tables only, and without the benchmark programs, which
# keeps the second CI build short. It compiles with clang 14, as the fuzz
# targets do: its sanitizer build of this tree is faster than GCC's, and the
# suite gets checked under a second compiler. Set CC/CXX to choose another.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
GENERATOR=()
command -v ninja >/dev/null && GENERATOR=(-G Ninja)
if [[ "${WHOSAID_SANITIZE:-0}" == 1 ]]; then
  export CC=${CC:-clang-14} CXX=${CXX:-clang++-14}
  CONFIG=(-DCMAKE_BUILD_TYPE=Sanitize
          -DCMAKE_CXX_FLAGS_SANITIZE="-O1 -gline-tables-only -D_GLIBCXX_ASSERTIONS"
          -DWHOSAID_SANITIZE=ON -DWHOSAID_BENCHMARKS=OFF)
  # WHOSAID_WITH_FUZZ=1 builds the fuzz targets in the same tree: the
  # libraries get libFuzzer's coverage instrumentation as well, so that CI
  # compiles them once for the sanitizer tests and the fuzzing both.
  if [[ "${WHOSAID_WITH_FUZZ:-0}" == 1 ]]; then
    CONFIG+=(-DWHOSAID_FUZZ=ON)
  fi
else
  CONFIG=(-DCMAKE_BUILD_TYPE=Release)
fi
if [[ ! -f "$BUILD_DIR/CMakeCache.txt" ]]; then
  cmake -S . -B "$BUILD_DIR" "${GENERATOR[@]}" "${CONFIG[@]}" "$@" >/dev/null
fi
cmake --build "$BUILD_DIR" -j "$(nproc)"
