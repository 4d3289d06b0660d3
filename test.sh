#!/usr/bin/env bash
# Installs what is missing, builds everything and runs the whole test suite with ctest (in
# parallel), then each fuzz target for a bounded time (build-fuzz, clang).
#   ./test.sh              the suite and the fuzz targets
#   ./test.sh --sanitize   the suite built with AddressSanitizer + UndefinedBehaviorSanitizer
#                          (build-sanitize); any error report fails the test that caused it
# Further arguments go to ctest (e.g. -R tst_hostile).
# A test that cannot run here (a tool missing) is shown as skipped, never as passed; with
# CI=true any skipped test fails the run, naming what was missing.
set -euo pipefail
cd "$(dirname "$0")"
sanitize=0
if [[ ${1:-} == --sanitize ]]; then
    sanitize=1
    shift
fi
packaging/build-deps.sh --test

# The independent peers for interop tests (ws, socket.io), kept inside the build tree.
mkdir -p build/npm
if [[ ! -d build/npm/node_modules/ws || ! -d build/npm/node_modules/socket.io ]]; then
    (cd build/npm && npm install --no-save --no-package-lock --no-audit --no-fund ws@8 socket.io@4 >/dev/null 2>&1) \
        || echo "warning: npm could not install ws and socket.io; the interop tests will report themselves skipped (and fail under CI=true)"
fi

# A python3 that has jsonschema: the one on PATH, else Debian's.
python=python3
python3 -c 'import jsonschema' 2>/dev/null || python=/usr/bin/python3

dir=build
options=(-DCMAKE_BUILD_TYPE=RelWithDebInfo)
# CI keeps the build free of warnings.
if [[ ${CI:-} == true ]] && ((sanitize == 0)); then options+=(-DTUNNELSCOPE_WERROR=ON); fi
if ((sanitize)); then
    dir=build-sanitize
    # -O1 and line tables only: what the sanitizers' reports need, built in less time; the
    # benchmarks are not run here, so not built.
    options+=(-DTUNNELSCOPE_SANITIZE=ON -DTUNNELSCOPE_BENCH=OFF "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1")
    # Leaks are left to heaptrack and valgrind: Qt keeps global caches until exit.
    export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
    export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
    # The interop peers live in build/npm.
    mkdir -p "$dir"
    [[ -e "$dir/npm" ]] || ln -s ../build/npm "$dir/npm"
fi
generator=()
command -v ninja >/dev/null 2>&1 && [[ ! -f $dir/CMakeCache.txt ]] && generator=(-G Ninja)
cmake -S . -B "$dir" "${generator[@]}" "${options[@]}" -DBUILD_TESTING=ON \
      -DTUNNELSCOPE_PYTHON="$(command -v "$python")" >/dev/null
cmake --build "$dir" --parallel "$(nproc)"

# Runs ctest in $1, $2 tests at a time, with the remaining arguments; lists what was skipped
# and why, and under CI=true fails on it.
run_ctest() {
    local build=$1 jobs=$2
    shift 2
    local status=0
    (cd "$build" && ctest --output-on-failure --timeout 300 --parallel "$jobs" "$@") 2>&1 | tee "$build/ctest.log" \
        || status=$?
    local skipped
    skipped=$(sed -n '/The following tests did not run:/,/^$/p' "$build/ctest.log" | grep -o '[A-Za-z0-9_]* (Skipped)' \
              | sed 's/ (Skipped)//' || true)
    if [[ -n $skipped ]]; then
        echo
        echo "Skipped, and why:"
        for t in $skipped; do
            why=$(cd "$build" && ctest -R "^$t\$" -V 2>&1 | grep -E 'SKIPPED |SKIP +:|is missing \(' \
                  | sed 's/^[0-9]*: //' | head -3) || true
            echo "  $t: ${why:-see $build/Testing/Temporary/LastTest.log}"
        done
        if [[ ${CI:-} == true ]]; then
            echo "error: CI=true and tests were skipped: install what they name (./test.sh installs it on Debian 12) and run again" >&2
            status=1
        fi
    fi
    return "$status"
}

if ((sanitize)); then
    # One test at a time: sanitized code runs several times slower, and two suites sharing the
    # two cores would time the lab's own paths, not a tunnel. The slow suites prove
    # repeatability, not memory safety: the first pass runs them.
    run_ctest "$dir" 1 -LE slow "$@"
    exit 0
fi
run_ctest "$dir" "$(nproc)" "$@"

# Fuzz targets: clang builds the core with libFuzzer, ASan and UBSan; each target runs for a
# bounded time on its seed corpus (tests/fuzz/corpus) as a test.
if command -v clang++-14 >/dev/null 2>&1; then
    fuzz_generator=()
    command -v ninja >/dev/null 2>&1 && [[ ! -f build-fuzz/CMakeCache.txt ]] && fuzz_generator=(-G Ninja)
    cmake -S . -B build-fuzz "${fuzz_generator[@]}" -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=RelWithDebInfo \
          -DTUNNELSCOPE_FUZZ=ON -DBUILD_TESTING=ON >/dev/null
    cmake --build build-fuzz --parallel "$(nproc)"
    run_ctest build-fuzz "$(nproc)" -R '^fuzz_'
else
    echo "error: clang++-14 is missing: the fuzz targets cannot run" >&2
    exit 1
fi
