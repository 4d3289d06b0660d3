#!/usr/bin/env python3
"""Accelerated soak of `tunnelscope watch`: one lab profile played back to back (--every 0)
until PLAYS plays, its resident memory sampled from outside every 0.2 s, the disk kept under
--keep-size, the metrics it serves recounted from its own per-play lines, and the journals it
kept read back by `tunnelscope report DIR` and recounted against the lines of those plays.

Usage: bench/bench_watch.py [TUNNELSCOPE=build/app/tunnelscope] [PLAYS=10000] [KEEP_SIZE=2M]
Goal (issue: monitoring): resident size after warm-up (the first 10 % of plays) grows <= 10 MB;
the journals on disk stay within KEEP_SIZE (plus the newest, always kept); every counter equals
the recount."""
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request

# An echo through a tunnel that duplicates every message: one warning per play, so the
# findings counters move too.
PROFILE = {"name": "soak", "lab": {"endpoint": "echo", "faults": [{"kind": "duplicate", "match": {"type": "m"}}]},
           "steps": [{"send": {"type": "m", "n": 1}, "expect": {"type": "m"}, "timeout_ms": 1000},
                     {"wait_ms": 5}, {"close": 1000, "await_close_ms": 500}]}
SIZES = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}


def rss_kib(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    return 0


def disk_bytes(root):
    total = 0
    for d, _, files in os.walk(root):
        for f in files:
            try:
                total += os.path.getsize(os.path.join(d, f))
            except FileNotFoundError:
                pass  # pruned while we looked
    return total


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else "build/app/tunnelscope"
    plays_wanted = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
    keep = sys.argv[3] if len(sys.argv) > 3 else "2M"
    keep_bytes = int(keep[:-1]) * SIZES[keep[-1]]
    with tempfile.TemporaryDirectory() as tmp:
        profile = os.path.join(tmp, "soak.json")
        with open(profile, "w") as f:
            json.dump(PROFILE, f)
        out = os.path.join(tmp, "watch")
        proc = subprocess.Popen([binary, "watch", profile, "--every", "0", "--metrics", "127.0.0.1:0", "--out", out,
                                 "--keep-size", keep], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        url = re.match(r"metrics: (\S+)", proc.stdout.readline()).group(1)
        proc.stdout.readline()  # "watching ..."
        samples, disk_max, stop = [], [0], threading.Event()

        def sample():
            while not stop.is_set():
                samples.append((plays[0], rss_kib(proc.pid)))
                disk_max[0] = max(disk_max[0], disk_bytes(out))
                time.sleep(0.2)

        plays, counts, started = [0], {"critical": 0, "warning": 0, "info": 0, "runs": 0}, time.time()
        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        line_form = re.compile(r"verdict: \w+ \((\d+) critical, (\d+) warning, (\d+) info finding\(s\) in (\d+) run\(s\)\)"
                               r"(?: -> (\S+))?")
        per_journal = {}

        def read_until(n):
            while plays[0] < n:
                line = proc.stdout.readline()
                if not line:
                    return
                m = line_form.search(line)
                if m:
                    plays[0] += 1
                    for key, value in zip(("critical", "warning", "info", "runs"), m.groups()[:4]):
                        counts[key] += int(value)
                    if m.group(5):
                        per_journal[m.group(5)] = [int(v) for v in m.groups()[:4]]

        read_until(plays_wanted)
        # One scrape, between two plays (the server answers on the thread that plays): its
        # counters against a recount of the per-play lines up to the plays it has counted.
        with urllib.request.urlopen(url, timeout=10) as r:
            metrics = r.read().decode()

        def total(name, **labels):
            n = 0.0
            for line in metrics.splitlines():
                if line.startswith(name + "{") and all(f'{k}="{v}"' in line for k, v in labels.items()):
                    n += float(line.rsplit(" ", 1)[1])
            return n

        counted = int(total("tunnelscope_runs_total"))
        read_until(counted)
        recount = {"runs": counts["runs"], **{s: counts[s] for s in ("critical", "warning", "info")}}
        served = {"runs": counted, **{s: int(total("tunnelscope_findings_total", severity=s)) for s in ("critical", "warning", "info")}}
        proc.send_signal(signal.SIGTERM)
        rest, _ = proc.communicate(timeout=60)
        for line in rest.splitlines():
            m = line_form.search(line)
            if m and m.group(5):
                per_journal[m.group(5)] = [int(v) for v in m.groups()[:4]]
        stop.set()
        sampler.join()
        # The journals still on disk, read back and judged again by `report DIR`, against the
        # per-play lines of the same plays.
        kept = [os.path.join(d, f) for d, _, files in os.walk(out) for f in files if f.endswith(".tsjournal")]
        lines = [per_journal[j] for j in kept if j in per_journal]
        summary_path = os.path.join(tmp, "summary.json")
        subprocess.run([binary, "report", out, "--json", summary_path, "--quiet"], capture_output=True)
        with open(summary_path) as f:
            stats = json.load(f)["profiles"][0]["summary"]
        from_journals = {"plays": stats["plays"], "runs": stats["runs"],
                         **{s: sum(g["count"] for g in stats["groups"] if g["severity"] == s) for s in ("critical", "warning", "info")}}
        from_lines = {"plays": len(lines), "runs": sum(l[3] for l in lines),
                      **{s: sum(l[i] for l in lines) for i, s in enumerate(("critical", "warning", "info"))}}
        seconds = time.time() - started
        print(f"{plays[0]} plays in {seconds:.0f} s ({plays[0] / seconds:.0f}/s)")
        warm = [kib for n, kib in samples if n >= plays_wanted // 10]
        print(f"resident after warm-up: {warm[0] / 1024:.1f} MiB; last: {warm[-1] / 1024:.1f} MiB; highest: "
              f"{max(warm) / 1024:.1f} MiB; growth {(warm[-1] - warm[0]) / 1024:.1f} MiB (goal <= 10)")
        print(f"journals on disk: at most {disk_max[0] / 1024:.0f} KiB (keep-size {keep}: {keep_bytes / 1024:.0f} KiB + the newest)")
        print(f"metrics served: {served}; recount of the per-play lines: {recount}: "
              + ("equal" if served == recount else "DIFFERENT"))
        print(f"the {len(kept)} journals kept, read back by report DIR: {from_journals}; the lines of those plays: {from_lines}: "
              + ("equal" if from_journals == from_lines else "DIFFERENT"))
        return 0 if served == recount and from_journals == from_lines else 1


if __name__ == "__main__":
    sys.exit(main())
