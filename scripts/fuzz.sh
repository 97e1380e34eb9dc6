#!/usr/bin/env bash
# Fuzzes every parser for SECONDS each (default 60), two at a time, from the committed seed
# corpora; needs the sanitizer build (scripts/sanitize.sh build). Any crash, sanitizer report,
# input slower than 1 s or memory over 1 GB fails, and the input that did it is kept in
# ./build-asan/fuzz/<target>/artifacts: commit it under tests/fuzz/regressions/<target>/ with a
# unit test once the bug is fixed.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${ASAN_BUILD_DIR:-build-asan}
seconds=${1:-60}
shift || true
targets=("$@")
((${#targets[@]})) || targets=(cities_json case_studies_json geojson basemap csv city_csv xlsx)

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$PWD/tests/sanitizer/lsan.supp:print_suppressions=0

run_one() {
  local target=$1 dict=$1 work="$build_dir/fuzz/$1"
  [[ $target == basemap ]] && dict=geojson
  rm -rf "$work" && mkdir -p "$work/corpus" "$work/artifacts"
  cp tests/fuzz/corpus/"$target"/* "$work/corpus/"
  if "$build_dir/tests/fuzz/fuzz_$target" "$work/corpus" -dict="tests/fuzz/dict/$dict.dict" \
      -max_total_time="$seconds" -timeout=1 -rss_limit_mb=1024 -max_len=16384 \
      -artifact_prefix="$work/artifacts/" -print_final_stats=1 >"$work/log.txt" 2>&1; then
    echo "fuzz_$target: $(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$work/log.txt" |
      grep -o '[0-9]*$') inputs in ${seconds} s, $(grep -o 'cov: [0-9]*' "$work/log.txt" | tail -1), no failure"
  else
    echo "fuzz_$target FAILED; the log follows, the input is in $work/artifacts" >&2
    tail -n 60 "$work/log.txt" >&2
    return 1
  fi
}

failed=0
passed=0
pids=()
names=()
for target in "${targets[@]}"; do
  run_one "$target" &
  pids+=($!)
  names+=("$target")
  # Two at a time: one per core.
  if ((${#pids[@]} == 2)); then
    for pid in "${pids[@]}"; do
      if wait "$pid"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
    done
    pids=()
  fi
done
for pid in "${pids[@]}"; do
  if wait "$pid"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
done
echo "fuzz: $passed passed, $failed failed"
((failed == 0))
