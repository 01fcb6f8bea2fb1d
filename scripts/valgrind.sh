#!/usr/bin/env bash
# Runs a sample of the test suite under valgrind memcheck and fails on any
# memory error or definite/indirect leak. Uses the plain build in BUILD_DIR
# (default build; an ASan build cannot run under valgrind) and builds what it
# needs there.
#
#   scripts/valgrind.sh          the nlp, ingest and store unit tests, and the
#                                whosaid binary extracting and ingesting the
#                                corpora (about five minutes)
#   scripts/valgrind.sh --quick  CI's sample (about a minute): the parser
#                                and store unit tests, and the whosaid binary
#                                on the official corpus and the news corpus
#
# Needs valgrind (`WHOSAID_WITH_FUZZ=1 scripts/install-deps.sh`).
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
QUICK=0
[[ ${1:-} == --quick ]] && QUICK=1
start=$SECONDS
if [[ ! -f "$BUILD_DIR/CMakeCache.txt" ]]; then
  BUILD_DIR=$BUILD_DIR scripts/build.sh >/dev/null
fi
cmake --build "$BUILD_DIR" -j "$(nproc)" \
  --target nlp_tests ingest_tests store_tests whosaid >/dev/null

VALGRIND=(valgrind --tool=memcheck --leak-check=full
  --errors-for-leak-kinds=definite,indirect --show-leak-kinds=definite,indirect
  --error-exitcode=99 --quiet --suppressions=scripts/valgrind.supp
  --soname-synonyms='somalloc=libjemalloc.so*')  # whosaid links jemalloc
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0
run() {
  local name=$1
  shift
  local t0=$SECONDS
  if "${VALGRIND[@]}" --log-file="$tmp/$name.log" "$@" >"$tmp/$name.out" 2>&1; then
    echo "valgrind: $name clean ($((SECONDS - t0)) s)"
  else
    local rc=$?
    echo "valgrind: $name FAILED (exit $rc)" >&2
    head -80 "$tmp/$name.log" >&2
    tail -20 "$tmp/$name.out" >&2
    failed=1
  fi
}
if (( QUICK )); then
  run ingest_parsers "$BUILD_DIR/tests/ingest/ingest_tests" \
    --gtest_filter='DecodeToUtf8.*:RepairUtf8.*:ParseFeed.*:ParseSitemap.*:ExtractHtml.*:ExtractMainText.*:ParsePosts.*'
  run store_sample "$BUILD_DIR/tests/store/store_tests" \
    --gtest_filter='SqliteStore.*:Queries.*:Migration.*'
  run extract "$BUILD_DIR/whosaid" extract --with-text corpora/official
else
  run nlp_tests "$BUILD_DIR/tests/nlp/nlp_tests"
  run ingest_tests "$BUILD_DIR/tests/ingest/ingest_tests"
  run store_tests "$BUILD_DIR/tests/store/store_tests"
  run extract "$BUILD_DIR/whosaid" extract --with-text corpora/news corpora/official
fi
run ingest "$BUILD_DIR/whosaid" ingest --db "$tmp/w.db" corpora/news
run quotes "$BUILD_DIR/whosaid" quotes --db "$tmp/w.db" --format jsonl
echo "valgrind: finished in $((SECONDS - start)) s"
exit $failed
