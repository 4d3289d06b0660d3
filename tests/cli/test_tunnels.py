#!/usr/bin/env python3
"""End-to-end tests of several tunnels compared at once against one direct session: the built-in
three-way lab, every report, --tunnel given several times against `tunnelscope lab`, and what
is refused. Real processes, the lab on 127.0.0.1, real headless Chromium for the HTML.
Usage: test_tunnels.py TUNNELSCOPE_BINARY SCHEMA_DIR [TEST_NAME_PATTERN...]"""
import csv
import html
import json
import re
import signal
import subprocess
import sys
import xml.etree.ElementTree as ET

import harness
from harness import CliCase, builtin_profile, chromium, tunnelscope

AT_FAULT = ("auth_invalid lost in 3/3 runs through vendor-relay, 0/3 through nginx, 0/3 through vpn: "
            "vendor-relay is at fault")


class Tunnels(CliCase):
    def test_three_tunnels_name_the_one_at_fault_in_every_report(self):
        out = {k: self.path("r." + k) for k in ("json", "html", "xml", "csv", "har")}
        r = tunnelscope("run", "builtin:ha-three-tunnels", "--json", out["json"], "--html", out["html"],
                        "--junit", out["xml"], "--csv", out["csv"], "--har", out["har"])
        self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
        lines = r.stdout.splitlines()
        self.assertIn("tunnels: " + AT_FAULT, lines)
        for name, verdict in (("nginx", "clean"), ("vendor-relay", "broken"), ("vpn", "clean")):
            self.assertTrue(any(l.startswith(f"tunnel {name}: {verdict} ") for l in lines), r.stdout)
        first_group = next(i for i, l in enumerate(lines) if l.strip().startswith(("CRITICAL", "WARNING", "INFO")))
        self.assertLess(lines.index("tunnels: " + AT_FAULT), first_group)
        self.assertIn("CRITICAL message_missing via vendor-relay: tunnel lost auth_invalid", r.stdout)
        self.assertIn("delivery of critical messages: auth_invalid direct 3/3, nginx 3/3, vendor-relay 0/3, vpn 3/3",
                      r.stdout)
        self.assertIn("in 3 run(s) through 3 tunnels", r.stdout)
        # The note true of two tunnels says which.
        self.assertIn("not lost by the tunnel (through nginx, vpn)", r.stdout)

        report = self.check_report(out["json"])
        self.assertEqual([(run["index"], run["tunnel_name"]) for run in report["runs"]],
                         [(i, t) for i in range(3) for t in ("nginx", "vendor-relay", "vpn")])
        for run in report["runs"]:
            lost = [f for f in run["findings"] if f["kind"] == "message_missing"]
            self.assertEqual(len(lost), 1 if run["tunnel_name"] == "vendor-relay" else 0, run["tunnel_name"])
        # The direct path is the same capture in each of a run's records.
        by_run = {}
        for run in report["runs"]:
            by_run.setdefault(run["index"], []).append(run["direct"]["frames"])
        for frames in by_run.values():
            self.assertTrue(all(f == frames[0] for f in frames))
        summary = report["summary"]
        self.assertEqual([(t["name"], t["verdict"], t["runs"]) for t in summary["tunnels"]],
                         [("nginx", "clean", 3), ("vendor-relay", "broken", 3), ("vpn", "clean", 3)])
        (contrast,) = summary["tunnel_contrasts"]
        self.assertEqual(contrast["summary"], AT_FAULT)
        self.assertEqual(contrast["at_fault"], ["vendor-relay"])
        critical = [g for g in summary["groups"] if g["severity"] == "critical"]
        self.assertEqual([(g["path"], g["tunnel"], g["runs_affected"], g["runs_total"]) for g in critical],
                         [("vendor-relay", "vendor-relay", 3, 3)])
        (delivery,) = [d for d in summary["delivery"] if d["message"] == "auth_invalid"]
        self.assertEqual(delivery["paths"], {"direct": 3, "nginx": 3, "vendor-relay": 0, "vpn": 3})
        # Statistics count each run's direct path once.
        self.assertEqual(summary["close_codes"]["direct"], {"1000": 3})
        self.assertEqual(summary["close_codes"]["tunnel"], {"1000": 9})

        cases = list(ET.parse(out["xml"]).getroot().iter("testcase"))
        self.assertEqual([c.get("name") for c in cases[:3]], ["run 1 via nginx", "run 1 via vendor-relay", "run 1 via vpn"])
        failed = [c.get("name") for c in cases if c.find("failure") is not None]
        self.assertEqual(failed, [f"run {i} via vendor-relay" for i in (1, 2, 3)])
        with open(out["csv"], newline="", encoding="utf-8") as f:
            rows = list(csv.DictReader(f))
        self.assertEqual({row["path"] for row in rows}, {"direct", "nginx", "vendor-relay", "vpn"})
        direct_opens = [row for row in rows if row["path"] == "direct" and row["type"] == "open"]
        self.assertEqual(len(direct_opens), 3)
        with open(out["har"], encoding="utf-8") as f:
            entries = json.load(f)["log"]["entries"]
        self.assertEqual(len(entries), 3 + 9)
        self.assertIn("run 1 via vendor-relay, tunnel path", [e["comment"] for e in entries])

        # compare keeps the tunnels apart: the report against itself names the same one.
        c = tunnelscope("compare", out["json"], out["json"], "--json", self.path("c.json"))
        self.assertEqual(c.returncode, 1, c.stdout + c.stderr)
        compared = self.check_report(self.path("c.json"))
        self.assertEqual([x["summary"] for x in compared["summary"]["tunnel_contrasts"]], [AT_FAULT])

        dom = chromium("--dump-dom", "file://" + out["html"])
        if dom.returncode != 0:
            self.skipTest("headless Chromium did not run: " + dom.stderr[-300:])
        text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", dom.stdout)).split())
        self.assertIn("Tunnels " + AT_FAULT + " nginx vendor-relay vpn verdict clean broken clean", text)
        self.assertIn("auth_invalid received / direct received 3/3 0/3 3/3", text)
        self.assertIn("Run 2 via vendor-relay", text)

    def test_tunnels_from_the_command_line(self):
        # The lab's echo endpoint and its tunnel, from `tunnelscope lab`; the run then compares
        # the direct path against the same tunnel twice, under two names: clean.
        lab = subprocess.Popen([harness.BINARY, "lab", "builtin:lab-echo"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
        try:
            lines = [lab.stdout.readline() for _ in range(3)]
            direct = re.search(r"(ws://\S+)", lines[0]).group(1)
            tunnel = re.search(r"(ws://\S+)", lines[1]).group(1)
            r = tunnelscope("run", "builtin:lab-echo", "--direct", direct, "--tunnel", "edge-a=" + tunnel,
                            "--tunnel", tunnel, "--json", self.path("r.json"))
            self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
            self.assertIn("1 run(s) through 2 tunnels", r.stdout)
            report = self.check_report(self.path("r.json"))
            self.assertEqual([t["name"] for t in report["summary"]["tunnels"]], ["edge-a", "tunnel2"])
            self.assertEqual([t["verdict"] for t in report["summary"]["tunnels"]], ["clean", "clean"])
            self.assertEqual(report["summary"]["tunnel_contrasts"], [])
        finally:
            lab.send_signal(signal.SIGINT)
            lab.wait(timeout=10)

        # A profile of several tunnels: `lab` starts a fault tunnel for each.
        lab = subprocess.Popen([harness.BINARY, "lab", "builtin:ha-three-tunnels"], stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
        try:
            lines = [lab.stdout.readline() for _ in range(5)]
            self.assertTrue(lines[2].startswith("tunnel nginx (latency): ws://127.0.0.1:"), lines)
            self.assertTrue(lines[3].startswith("tunnel vendor-relay (latency, drop_before_close): ws://"), lines)
        finally:
            lab.send_signal(signal.SIGINT)
            lab.wait(timeout=10)

    def test_what_is_refused_and_why(self):
        # One unnamed --tunnel for a profile of several: which one is meant cannot be guessed.
        r = tunnelscope("run", "builtin:ha-three-tunnels", "--tunnel", "ws://127.0.0.1:1/")
        self.assertEqual(r.returncode, 2, r.stdout + r.stderr)
        self.assertIn("give each as --tunnel NAME=URL", r.stderr)
        r = tunnelscope("run", "builtin:lab-echo", "--tunnel", "a=ws://127.0.0.1:1/", "--tunnel", "a=ws://127.0.0.1:2/")
        self.assertEqual(r.returncode, 2, r.stdout + r.stderr)
        self.assertIn('"a" names two tunnels', r.stderr)
        w = tunnelscope("watch", "builtin:ha-three-tunnels", "--for", "1s", "--out", self.path("w"))
        self.assertEqual(w.returncode, 2, w.stdout + w.stderr)
        self.assertIn("$.tunnels: watch plays one tunnel per profile", w.stderr)
        profile = builtin_profile("ha-three-tunnels")
        profile["tunnels"].append({"name": "nginx", "url": "ws://127.0.0.1:1/"})
        profile["tunnel"] = {"url": "ws://127.0.0.1:1/"}
        profile["lab"]["tunnels"]["typo"] = {"faults": []}
        v = tunnelscope("validate", self.write_profile("bad.json", profile))
        self.assertEqual(v.returncode, 2, v.stdout + v.stderr)
        for needle in ('$.tunnels[3].name: "nginx" is already the name of $.tunnels[0]',
                       '$.tunnels: give either "tunnel" (one) or "tunnels" (several), not both',
                       '$.lab.tunnels.typo: no tunnel of $.tunnels is named "typo"'):
            self.assertIn(needle, v.stdout + v.stderr)


if __name__ == "__main__":
    harness.main(sys.modules[__name__])
