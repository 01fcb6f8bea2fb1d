#!/usr/bin/env bash
# Installs whosaid's build and test dependencies from Debian 12's archive.
# Idempotent: when every package is already present it returns in about a
# second without touching the network.
set -euo pipefail

PACKAGES=(
  build-essential cmake ninja-build pkg-config git python3
  libicu-dev libre2-dev libcurl4-openssl-dev libpugixml-dev libxml2-dev
  libsqlite3-dev sqlite3 libcli11-dev libtomlplusplus-dev nlohmann-json3-dev
  libabsl-dev libgtest-dev libgmock-dev libcpp-httplib-dev
  zlib1g-dev libjemalloc-dev
  chromium  # headless browser for the HTML digest test (tests/cli/digest_browser_test.cc)
)
# The sanitizer build and the fuzz targets are compiled with clang 14
# (scripts/build.sh, scripts/fuzz.sh); valgrind runs the memcheck sample.
if [[ "${WHOSAID_SANITIZE:-0}" == 1 || "${WHOSAID_WITH_FUZZ:-0}" == 1 ]]; then
  PACKAGES+=(clang-14 libclang-rt-14-dev)
fi
if [[ "${WHOSAID_WITH_FUZZ:-0}" == 1 ]]; then
  PACKAGES+=(valgrind)
fi

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done
if (( ${#missing[@]} == 0 )); then
  exit 0
fi

SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
