#!/usr/bin/env bash
# Installs what is missing, builds everything and runs the whole test suite with ctest.
set -euo pipefail
cd "$(dirname "$0")"
packaging/build-deps.sh --test

# The independent peers for interop tests (ws, socket.io), kept inside the build tree.
mkdir -p build/npm
if [[ ! -d build/npm/node_modules/ws || ! -d build/npm/node_modules/socket.io ]]; then
    (cd build/npm && npm install --no-save --no-package-lock --no-audit --no-fund ws@8 socket.io@4 >/dev/null 2>&1) \
        || echo "warning: npm could not install ws and socket.io; the interop tests will report themselves skipped"
fi

# A python3 that has jsonschema: the one on PATH, else Debian's.
python=python3
python3 -c 'import jsonschema' 2>/dev/null || python=/usr/bin/python3

generator=()
command -v ninja >/dev/null 2>&1 && [[ ! -f build/CMakeCache.txt ]] && generator=(-G Ninja)
cmake -S . -B build "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBUILD_TESTING=ON \
      -DTUNNELSCOPE_PYTHON="$(command -v "$python")" >/dev/null
cmake --build build --parallel "$(nproc)"
cd build
ctest --output-on-failure --timeout 300 "$@"
