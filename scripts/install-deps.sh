#!/usr/bin/env bash
# Installs the Debian 12 packages needed to build, run and test Smart City Atlas. Run as root.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-charts-dev qt6-positioning-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-qpa-plugins
  libgl-dev libgtest-dev
  libquazip1-qt6-dev
  fonts-noto-cjk
  # for the tests and for looking at the app headless
  xvfb xauth imagemagick poppler-utils proj-bin strace
  # the sanitizer build and the fuzzers (libFuzzer), and readable sanitizer stack traces
  clang libclang-rt-14-dev llvm
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
