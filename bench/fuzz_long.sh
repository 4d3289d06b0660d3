#!/usr/bin/env bash
# The longer fuzz run: each libFuzzer target up to RUNS executions or SECONDS seconds,
# whichever comes first, on a scratch copy of its seed corpus; prints what each reached.
# WORKERS=N (default 1) runs N processes per target on the one corpus, RUNS/N each (libFuzzer
# reloads the corpus, so they share what they find); the table sums them.
# CORPUS=dir keeps each target's corpus in dir/<target> (seeded once from tests/fuzz/corpus),
# so a later run goes on from what an earlier one found; by default a scratch copy is used.
# FUZZ_ARGS adds libFuzzer options to every target (e.g. FUZZ_ARGS=-max_len=1024).
# Needs the fuzz build (./test.sh makes build-fuzz). Usage:
#   [WORKERS=2] [CORPUS=dir] [FUZZ_ARGS=...] bench/fuzz_long.sh [RUNS] [SECONDS per target] [targets...]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10000000}
seconds=${2:-1800}
shift $(( $# > 2 ? 2 : $# ))
targets=("$@")
((${#targets[@]})) || targets=(fuzz_frames fuzz_http fuzz_protocols fuzz_profile fuzz_diff)
workers=${WORKERS:-1}
# Allocation stacks three frames deep: ASan keeps every distinct stack it records for the
# life of the process; at full depth fuzz_diff's RSS passed 1.1 GB within 15 minutes (at
# three frames, 1.2 GB after 56). A crash's input is saved; rerun it alone for full stacks.
export ASAN_OPTIONS=${ASAN_OPTIONS:-malloc_context_size=3}
work=$(mktemp -d /tmp/tunnelscope-fuzz.XXXXXX)
corpora=${CORPUS:-$work}
echo "corpora in $corpora, logs in $work; $workers worker(s) per target${FUZZ_ARGS:+; options $FUZZ_ARGS}"
printf '%-16s %12s %8s %8s %s\n' target executions seconds exec/s outcome
for t in "${targets[@]}"; do
    bin=build-fuzz/tests/fuzz/$t
    [[ -x $bin ]] || { echo "$bin is missing: run ./test.sh (or cmake the fuzz build) first" >&2; exit 2; }
    corpus=$corpora/$t
    if [[ ! -d $corpus ]] || [[ -z $(ls -A "$corpus") ]]; then
        mkdir -p "$corpus"
        cp tests/fuzz/corpus/"$t"/* "$corpus/" 2>/dev/null || true
    fi
    start=$(date +%s)
    pids=()
    for ((w = 0; w < workers; ++w)); do
        "$bin" -runs=$((runs / workers)) -max_total_time="$seconds" -print_final_stats=1 \
            -rss_limit_mb=3072 -malloc_limit_mb=2048 ${FUZZ_ARGS:-} \
            -artifact_prefix="$work/$t-$w-" "$corpus" >"$work/$t.$w.log" 2>&1 &
        pids+=($!)
    done
    outcome=clean
    for ((w = 0; w < workers; ++w)); do
        wait "${pids[w]}" || outcome="FAILED (see $work/$t.$w.log)"
    done
    took=$(( $(date +%s) - start ))
    execs=0
    for ((w = 0; w < workers; ++w)); do
        n=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/$t.$w.log" | grep -o '[0-9]*$' || echo 0)
        execs=$((execs + n))
    done
    printf '%-16s %12s %8s %8s %s\n' "$t" "$execs" "$took" "$(( execs / (took > 0 ? took : 1) ))" "$outcome"
done
