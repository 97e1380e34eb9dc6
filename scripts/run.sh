#!/usr/bin/env bash
# One command on a fresh Debian 12 machine (as root): install, build, start the app on its
# built-in data. Extra arguments go to the app (e.g. --lang zh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
exec "${BUILD_DIR:-build}/app/smartcity-atlas" "$@"
