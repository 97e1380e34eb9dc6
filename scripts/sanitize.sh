#!/usr/bin/env bash
# The sanitizer build: clang with AddressSanitizer and UndefinedBehaviorSanitizer (every report
# fatal) and LeakSanitizer, in its own folder ./build-asan (or $ASAN_BUILD_DIR), with the libFuzzer
# targets. Runs the whole test suite in it, the fuzz corpora and saved reproducers included.
# Usage: scripts/sanitize.sh [build|test|all]   (default all)
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${ASAN_BUILD_DIR:-build-asan}
step=${1:-all}

if [[ $step == build || $step == all ]]; then
  CC=clang CXX=clang++ cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DATLAS_SANITIZE=ON -DATLAS_FUZZ=ON -DATLAS_BUILD_BENCH=OFF
  cmake --build "$build_dir" --parallel "$(nproc)"
fi
if [[ $step == test || $step == all ]]; then
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:detect_stack_use_after_return=1
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
  export LSAN_OPTIONS=suppressions=$PWD/tests/sanitizer/lsan.supp:print_suppressions=0
  cd "$build_dir"
  QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 900 --parallel "$(nproc)"
fi
