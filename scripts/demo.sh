#!/usr/bin/env bash
# The main job on a fresh machine: install dependencies, build, ingest the
# bundled corpora into ./whosaid.db and show who said what.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh >/dev/null
./build/whosaid ingest --db whosaid.db corpora
./build/whosaid quotes --db whosaid.db --sort speaker "$@"
