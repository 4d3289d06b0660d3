#!/usr/bin/env bash
# Re-measures every benchmark figure the docs quote and prints them as one report: the commit,
# the date and the machine, then each benchmark's own table (ratios against the anchor each
# one runs in the same process: these machines are shared and noisy).
#   bench/run-all.sh            print the report
#   bench/run-all.sh --write    also put it in bench/README.md, between the results markers
# SOAK_SECONDS (default 120) bounds the soak; UI_SECONDS (default 30) the window benchmark.
set -euo pipefail
cd "$(dirname "$0")/.."
write=0
[[ ${1:-} == --write ]] && write=1
soak_seconds=${SOAK_SECONDS:-120}
ui_seconds=${UI_SECONDS:-30}

packaging/build-deps.sh >/dev/null
generator=()
command -v ninja >/dev/null 2>&1 && [[ ! -f build/CMakeCache.txt ]] && generator=(-G Ninja)
cmake -S . -B build "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTUNNELSCOPE_BENCH=ON >/dev/null
cmake --build build --target bench_capture bench_diff bench_ui bench_filter bench_soak --parallel "$(nproc)" >/dev/null

report=$(mktemp)
trap 'rm -f "$report"' EXIT
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
memory=$(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)
commit=$(git rev-parse --short HEAD)
[[ -n $(git status --porcelain --untracked-files=no) ]] && commit+=" (with uncommitted changes)"
{
    echo "Measured by \`bench/run-all.sh\` at commit $commit on $(date -u '+%Y-%m-%d %H:%M UTC'):"
    echo "$(nproc) cores ($cpu), $memory, $(. /etc/os-release && echo "$PRETTY_NAME"), Qt $(qtpaths6 --qt-version 2>/dev/null || echo 6)."
    echo
    echo "### bench_capture"
    echo
    echo '```'
    echo "build/bench/bench_capture"
    echo '```'
    build/bench/bench_capture 2>/dev/null
    echo
    echo "### bench_diff"
    echo
    echo '```'
    echo "build/bench/bench_diff"
    echo '```'
    build/bench/bench_diff 2>/dev/null
    echo
    echo "### bench_ui"
    echo
    echo '```'
    echo "QT_QPA_PLATFORM=offscreen build/bench/bench_ui 20000 $ui_seconds"
    echo '```'
    QT_QPA_PLATFORM=offscreen build/bench/bench_ui 20000 "$ui_seconds" 2>/dev/null
    echo
    echo "### bench_filter"
    echo
    echo '```'
    echo "QT_QPA_PLATFORM=offscreen build/bench/bench_filter 1000000"
    echo '```'
    echo
    echo '```'
    QT_QPA_PLATFORM=offscreen build/bench/bench_filter 1000000 2>/dev/null
    echo '```'
    echo
    echo "### bench_soak"
    echo
    echo '```'
    echo "build/bench/bench_soak $soak_seconds 1000000"
    echo '```'
    echo
    echo '```'
    build/bench/bench_soak "$soak_seconds" 1000000 2>/dev/null | tail -n 5
    echo '```'
} | tee "$report"

if ((write)); then
    python3 - "$report" bench/README.md <<'PY'
import sys
report, target = sys.argv[1], sys.argv[2]
begin, end = "<!-- results:begin (bench/run-all.sh --write) -->", "<!-- results:end -->"
text = open(target, encoding="utf-8").read()
head, rest = text.split(begin, 1)
_, tail = rest.split(end, 1)
new = open(report, encoding="utf-8").read().rstrip("\n")
open(target, "w", encoding="utf-8").write(head + begin + "\n" + new + "\n" + end + tail)
PY
    echo "written to bench/README.md"
fi
