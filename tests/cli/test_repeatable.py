#!/usr/bin/env python3
"""Every built-in gives the same findings run after run: each is played 10 times in one session,
and every run must find the same kinds at the same severities, and every critical group must be
found in every run. A scenario whose answer depends on the wall clock fails here. A latency
measurement below its warning limit (an info) is the one finding that may come and go: it reports
what this machine's scheduler did, not what the scenario does.
Usage: test_repeatable.py TUNNELSCOPE_BINARY SCHEMA_DIR [PATTERN | -PATTERN ...]"""
import sys

import harness
from harness import CliCase

RUNS = 10


def timing_only(finding):
    return finding["kind"] == "latency_regression" and finding["severity"] == "info"


class Repeatable(CliCase):
    def test_every_builtin_gives_the_same_findings_every_run(self):
        for name, r, out in harness.play_builtins(self, "--runs", str(RUNS), "--quiet", timeout=280):
            self.assertIn(r.returncode, (0, 1), name + "\n" + r.stdout + r.stderr)
            report = self.check_report(out)
            runs = report["runs"]
            # An identity sweep plays each run once per identity: the same findings run after run
            # as each identity (its identities may differ from each other: that is the point).
            identities = [i["name"] for i in report["profile"].get("identities", [])] or [None]
            # Several tunnels: a record per run and tunnel, each tunnel held to its own first run.
            tunnels = [t["name"] for t in report["profile"].get("tunnels", [])] or [None]
            self.assertEqual(len(runs), RUNS * len(identities) * len(tunnels), name)
            for identity in identities:
                for tunnel in tunnels:
                    found = [sorted({(f["kind"], f["severity"]) for f in run["findings"] if not timing_only(f)})
                             for run in runs if run.get("identity") == identity and run.get("tunnel_name") == tunnel]
                    self.assertEqual(len(found), RUNS, f"{name} as {identity} via {tunnel}")
                    for i, kinds in enumerate(found):
                        self.assertEqual(kinds, found[0],
                                         f"{name}: run {i} as {identity} via {tunnel} found other kinds than its first")
            for g in report["summary"]["groups"]:
                if g["severity"] == "critical":
                    self.assertEqual(g["pattern"], "consistent",
                                     f"{name}: {g['summary']} in {g['runs_affected']}/{g['runs_total']} runs")


if __name__ == "__main__":
    harness.main(sys.modules[__name__])
