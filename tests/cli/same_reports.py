#!/usr/bin/env python3
"""Plays every built-in profile with two builds of tunnelscope and compares their JSON reports
with what differs from play to play masked (timings, dates, random ports, handshake keys,
client ids): a change of structure or speed must leave what the reports say unchanged.

Some built-ins stream on a timer (Home Assistant's state events, ComfyUI's progress), so even
one build's reports differ in frame counts from play to play: where the whole reports differ,
the builds are also compared on what the report concludes (the verdict and each run's findings
by kind, severity and path), and only a difference there fails.

Usage: same_reports.py OLD_BINARY NEW_BINARY [PROFILE...]
Prints one line per profile and exits 1 when any report differs.
"""
import json
import re
import subprocess
import sys
import tempfile

TIMING = re.compile(r"(^t_|_ms$|^ms$|_at$|duration|latency|rtt|^p\d+|mean|max|min|_us$|seconds|epoch)")
NUMBER_IN_TEXT = re.compile(r"\d+(\.\d+)?")
VOLATILE_TEXT = re.compile(
    r"(127\.0\.0\.1|localhost):\d+|clientId=[^&\"\s]+|tunnelscope-(direct|tunnel)-[0-9a-f]+"
    r"|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|/history/[0-9a-f-]+…?|\"sid\":\"[^\"]*\"")


def masked(value, key=""):
    if isinstance(value, dict):
        return {k: masked(v, k) for k, v in value.items()}
    if isinstance(value, list):
        if key == "headers":
            return [[h[0], "#"] if isinstance(h, list) and h and str(h[0]).lower().startswith("sec-websocket") else masked(h) for h in value]
        return [masked(v) for v in value]
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float)):
        return "#" if TIMING.search(key) or isinstance(value, float) else value
    if isinstance(value, str):
        return NUMBER_IN_TEXT.sub("#", VOLATILE_TEXT.sub("@", value))
    return value


def conclusions(report):
    runs = [sorted((f["kind"], f["severity"], f.get("path", "")) for f in run["findings"]) for run in report["runs"]]
    return {"verdict": report["summary"]["verdict"], "findings": runs}


def report(binary, profile):
    with tempfile.NamedTemporaryFile(suffix=".json") as out:
        subprocess.run([binary, "run", profile, "--quiet", "--json", out.name], stdout=subprocess.DEVNULL,
                       stderr=subprocess.DEVNULL, timeout=300)
        with open(out.name, encoding="utf-8") as f:
            return json.load(f)


def first_difference(a, b, path="$"):
    if type(a) != type(b):
        return f"{path}: {a!r} vs {b!r}"
    if isinstance(a, dict):
        for k in sorted(set(a) | set(b)):
            if k not in a or k not in b:
                return f"{path}.{k}: only in {'new' if k in b else 'old'}"
            d = first_difference(a[k], b[k], f"{path}.{k}")
            if d:
                return d
        return None
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{path}: {len(a)} items vs {len(b)}"
        for i, (x, y) in enumerate(zip(a, b)):
            d = first_difference(x, y, f"{path}[{i}]")
            if d:
                return d
        return None
    return None if a == b else f"{path}: {a!r} vs {b!r}"


def main():
    old, new = sys.argv[1], sys.argv[2]
    profiles = sys.argv[3:]
    if not profiles:
        listing = subprocess.run([new, "profiles"], capture_output=True, text=True).stdout
        profiles = ["builtin:" + line.split()[0] for line in listing.splitlines()[1:] if line.startswith("  ")]
    differ = 0
    for profile in profiles:
        before, after = report(old, profile), report(new, profile)
        d = first_difference(masked(before), masked(after))
        if d is None:
            print(f"{profile}: same whole report", flush=True)
            continue
        c = first_difference(conclusions(before), conclusions(after))
        if c is None:
            print(f"{profile}: same conclusions; frames differ at {d} (see whether one build's plays differ there too)",
                  flush=True)
            continue
        print(f"{profile}: DIFFERS at {c} (first difference in the whole report: {d})", flush=True)
        differ += 1
    print(f"{len(profiles) - differ} of {len(profiles)} reports the same")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
