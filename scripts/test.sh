#!/usr/bin/env bash
# One command on a fresh Debian 12 machine (as root): install, build, run every test; then the
# sanitizer build runs the whole suite again and the fuzzers fuzz each parser for a minute.
# FUZZ_SECONDS=0 skips the fuzzing, SANITIZE=0 the sanitizer build.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
(cd "${BUILD_DIR:-build}" &&
  QT_QPA_PLATFORM=offscreen ctest --output-on-failure --timeout 300 --parallel "$(nproc)")
if [[ ${SANITIZE:-1} != 0 ]]; then
  bash scripts/sanitize.sh build
  if [[ ${FUZZ_SECONDS:-60} != 0 ]]; then
    bash scripts/fuzz.sh "${FUZZ_SECONDS:-60}"
  fi
  bash scripts/sanitize.sh test
fi
