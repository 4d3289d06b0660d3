#!/usr/bin/env bash
# Installs the Debian 12 packages Tunnelscope needs to build, test and run, and nothing else.
# Idempotent: with everything present it asks apt nothing and returns in well under a second.
# Usage: packaging/build-deps.sh [--test]   (--test adds what the test suite uses)
set -euo pipefail

packages=(cmake ninja-build g++ pkg-config
          qt6-base-dev qt6-websockets-dev qt6-charts-dev qt6-svg-dev zlib1g-dev
          libqt6opengl6-dev libgl-dev qt6-qpa-plugins libqt6svg6 ca-certificates openssl
          qt6-l10n-tools qt6-tools-dev)
if [[ ${1:-} == --test ]]; then
    packages+=(xvfb xauth python3 python3-jsonschema chromium)
    # Chinese text drawn with real glyphs in the window and in Chromium.
    packages+=(fonts-noto-cjk)
    # A real Prometheus (and promtool) scrapes `watch --metrics` and checks its exposition.
    packages+=(prometheus)
    # Real proxies on loopback for the path's proxy: tinyproxy (HTTP CONNECT), microsocks (SOCKS5).
    packages+=(tinyproxy microsocks)
    # clang and its runtime for the libFuzzer targets (and their sanitizers).
    packages+=(clang-14 libclang-rt-14-dev)
    # Node and npm run the independent `ws` peer; a machine may already have them from elsewhere.
    command -v node >/dev/null 2>&1 || packages+=(nodejs)
    command -v npm >/dev/null 2>&1 || packages+=(npm)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
((${#missing[@]} == 0)) && exit 0

echo "Installing: ${missing[*]}"
sudo=()
if ((EUID != 0)); then
    command -v sudo >/dev/null 2>&1 || { echo "error: need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
    sudo=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
