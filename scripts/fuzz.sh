#!/usr/bin/env bash
# Builds the libFuzzer targets in build-fuzz (clang 14, ASan + UBSan, only
# the libraries the targets need) and runs each for a bounded time, two at
# a time, seeded from corpora/, ../shared/data (read in place) and
# tests/fuzz/seeds. Fails when any target crashes, leaks, times out or runs
# out of memory; the reproducer is left in build-fuzz/artifacts/TARGET/.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]    (default 60 s, every target)
#
# Needs `WHOSAID_WITH_FUZZ=1 scripts/install-deps.sh` (clang-14,
# libclang-rt-14-dev). Per-target executions are printed at the end and
# written to build-fuzz/fuzz-summary.md. The corpus each run grows is kept in
# build-fuzz/corpus/TARGET and reused by the next run.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET=${1:-60}
shift || true
BUILD_DIR=${BUILD_DIR:-build-fuzz}
JOBS=${FUZZ_JOBS:-2}
DATA=../shared/data
start=$SECONDS

if [[ ! -f "$BUILD_DIR/CMakeCache.txt" ]]; then
  CC=clang-14 CXX=clang++-14 cmake -S . -B "$BUILD_DIR" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DWHOSAID_FUZZ=ON \
    -DWHOSAID_BENCHMARKS=OFF >/dev/null
fi
cmake --build "$BUILD_DIR" -j "$JOBS" --target fuzzers
build_seconds=$((SECONDS - start))

if (( $# > 0 )); then
  targets=("$@")
else
  targets=()
  for f in "$BUILD_DIR"/fuzz/*_fuzzer; do targets+=("$(basename "$f" _fuzzer)"); done
fi

# The AEB pages are gzipped; libFuzzer needs them plain (kept in the build
# tree, never in the repository).
if [[ -d $DATA/aeb/html && ! -d $BUILD_DIR/seeds/aeb ]]; then
  mkdir -p "$BUILD_DIR/seeds/aeb"
  for f in "$DATA"/aeb/html/*.html.gz; do
    gunzip -c "$f" >"$BUILD_DIR/seeds/aeb/$(basename "$f" .gz)"
  done
fi

# Seed folders per target; missing ones are skipped.
seeds_for() {
  case $1 in
    html_extract | charset)
      echo corpora/news "$DATA/readability/pages" "$BUILD_DIR/seeds/aeb" ;;
    feed | sitemap) echo "$DATA/feeds/wellformed" corpora ;;
    rule_pack) echo nlp/rules ;;
    normalize | analyzer | document_reader) echo corpora ;;
    social_post) echo corpora/official/posts ;;
    *) ;;
  esac
  [[ -d tests/fuzz/seeds/$1 ]] && echo "tests/fuzz/seeds/$1"
  return 0
}
dict_for() {
  case $1 in
    html_extract | charset) echo tests/fuzz/dicts/html.dict ;;
    rule_pack) echo tests/fuzz/dicts/toml.dict ;;
    normalize | analyzer | document_reader) echo tests/fuzz/dicts/text.dict ;;
    *) [[ -f tests/fuzz/dicts/$1.dict ]] && echo "tests/fuzz/dicts/$1.dict" ;;
  esac
  return 0
}

run_one() {
  local t=$1 corpus=$BUILD_DIR/corpus/$1 art=$BUILD_DIR/artifacts/$1/
  mkdir -p "$corpus" "$art"
  local seeds=() d
  for d in $(seeds_for "$t"); do [[ -d $d ]] && seeds+=("$d"); done
  local dict=() dfile
  dfile=$(dict_for "$t")
  [[ -n $dfile && -f $dfile ]] && dict=(-dict="$dfile")
  set +e
  "$BUILD_DIR/fuzz/${t}_fuzzer" "$corpus" "${seeds[@]}" "${dict[@]}" \
    -max_total_time="$SECONDS_PER_TARGET" -max_len=65536 -timeout=30 \
    -rss_limit_mb=2560 -print_final_stats=1 -artifact_prefix="$art" \
    >"$BUILD_DIR/logs/$t.log" 2>&1
  echo $? >"$BUILD_DIR/logs/$t.rc"
  set -e
}

mkdir -p "$BUILD_DIR/logs"
running=0
for t in "${targets[@]}"; do
  if [[ ! -x $BUILD_DIR/fuzz/${t}_fuzzer ]]; then
    echo "fuzz: no target $t" >&2
    exit 2
  fi
  echo "fuzz: running $t for ${SECONDS_PER_TARGET}s" >&2
  run_one "$t" &
  running=$((running + 1))
  if (( running >= JOBS )); then
    wait -n || true
    running=$((running - 1))
  fi
done
wait

failed=0
summary=$BUILD_DIR/fuzz-summary.md
{
  echo "| target | seconds | executions | exec/s | corpus | result |"
  echo "|---|---|---|---|---|---|"
} >"$summary"
for t in "${targets[@]}"; do
  log=$BUILD_DIR/logs/$t.log
  rc=$(cat "$BUILD_DIR/logs/$t.rc")
  execs=$(grep -o 'stat::number_of_executed_units: [0-9]*' "$log" | grep -o '[0-9]*$' || true)
  speed=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
  corpus=$(find "$BUILD_DIR/corpus/$t" -type f | wc -l)
  result=ok
  if [[ $rc != 0 ]]; then
    result="FAILED (exit $rc, see $log)"
    failed=1
    grep -E '^(==[0-9]+==ERROR|SUMMARY|artifact_prefix|Test unit written)' "$log" >&2 || true
  fi
  echo "| $t | $SECONDS_PER_TARGET | ${execs:-?} | ${speed:-?} | $corpus | $result |" >>"$summary"
done
cat "$summary"
echo "fuzz: build ${build_seconds}s, total $((SECONDS - start))s" | tee -a "$summary"
exit $failed
