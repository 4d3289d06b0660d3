#!/usr/bin/env python3
"""End-to-end tests of `tunnelscope watch`: real processes on lab profiles, a real Prometheus
scraping the metrics over loopback and promtool checking them, real files.
Usage: test_watch.py TUNNELSCOPE_BINARY SCHEMA_DIR [TEST_NAME_PATTERN...]"""
import glob
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import time
import unittest
import urllib.parse
import urllib.request

import harness
from harness import CliCase, tunnelscope

# Home Assistant behind a tunnel that loses auth_invalid about one time in two.
FLAKY = {
    "name": "ha-flaky", "protocol": "homeassistant", "runs": 6,
    "lab": {"endpoint": "homeassistant", "token": "good",
            "faults": [{"kind": "drop_random", "p": 0.5, "seed": 7, "match": {"type": "auth_invalid"}}]},
    "steps": [{"expect": {"type": "auth_required"}, "timeout_ms": 3000}, {"ping": "rtt", "timeout_ms": 3000},
              {"send": {"type": "auth", "access_token": "bad"}},
              {"expect": {"type": ["auth_ok", "auth_invalid"]}, "timeout_ms": 500}, {"await_close_ms": 1000}],
    "compare": {"critical": [{"type": ["auth_ok", "auth_invalid"]}]},
}


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def scrape(url):
    with urllib.request.urlopen(url, timeout=5) as r:
        return r.headers.get("Content-Type"), r.read().decode()


def sample(text, series):
    for line in text.splitlines():
        if line.startswith(series + " "):
            return float(line.split(" ")[1])
    return None


class Watch(CliCase):
    def start_watch(self, *args):
        proc = subprocess.Popen([harness.BINARY, "watch", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        self.addCleanup(lambda: proc.poll() is None and proc.kill())
        return proc

    def flaky_profile(self):
        path = self.path("ha-flaky.json")
        with open(path, "w") as f:
            json.dump(FLAKY, f)
        return path

    def metrics_url(self, proc):
        line = proc.stdout.readline()
        m = re.match(r"metrics: (http://127\.0\.0\.1:\d+/metrics)", line)
        self.assertTrue(m, line)
        return m.group(1)

    def test_plays_on_a_schedule_keeps_reports_and_serves_metrics(self):
        out = self.path("watch")
        proc = self.start_watch(self.flaky_profile(), "builtin:lab-echo", "--every", "0", "--for", "4s",
                                "--metrics", "127.0.0.1:0", "--out", out)
        url = self.metrics_url(proc)
        content_type, text = scrape(url)
        self.assertEqual(content_type, "text/plain; version=0.0.4; charset=utf-8")
        # Every series is there from the first scrape, as 0 before any run.
        self.assertIsNotNone(sample(text, 'tunnelscope_runs_total{profile="ha-flaky",verdict="broken"}'), text)
        self.assertIsNotNone(sample(text, 'tunnelscope_findings_total{profile="lab-echo",kind="message_missing",severity="critical"}'))
        stdout, stderr = proc.communicate(timeout=60)
        self.assertEqual(proc.returncode, 0, stdout + stderr)
        plays = re.findall(r"^\S+ ha-flaky #(\d+): verdict: (\w+)", stdout, re.M)
        self.assertGreaterEqual(len(plays), 2, stdout)
        self.assertRegex(stdout, r"(?m)^ha-flaky: \d+ play\(s\) \(\d+ broken\)$")
        self.assertRegex(stdout, r"(?m)^lab-echo: \d+ play\(s\) \(\d+ clean\)$")
        # One whole JSON report per play, valid against the shipped schema.
        reports = sorted(glob.glob(os.path.join(out, "ha-flaky", "*.json")))
        self.assertEqual(len(reports), len(plays))
        for r in reports:
            self.check_report(r)
        self.assertEqual(glob.glob(os.path.join(out, "**", "*.json.*"), recursive=True), [])  # no half-written files

    def test_prometheus_scrapes_the_watch(self):
        if not shutil.which("prometheus") or not shutil.which("promtool"):
            raise unittest.SkipTest("prometheus is not installed (./test.sh installs it): the scrape was not checked")
        proc = self.start_watch(self.flaky_profile(), "--every", "200ms", "--for", "60s", "--metrics", "127.0.0.1:0",
                                "--out", self.path("watch"))
        url = self.metrics_url(proc)
        target = urllib.parse.urlparse(url).netloc
        # promtool reads the exposition as Prometheus does and checks it against the naming guide.
        _, text = scrape(url)
        check = subprocess.run(["promtool", "check", "metrics"], input=text, capture_output=True, text=True)
        self.assertEqual(check.returncode, 0, check.stdout + check.stderr)
        config = self.path("prometheus.yml")
        with open(config, "w") as f:
            f.write("global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\n"
                    f"scrape_configs:\n  - job_name: tunnelscope\n    static_configs:\n      - targets: ['{target}']\n")
        port = free_port()
        prometheus = subprocess.Popen(["prometheus", "--config.file=" + config, "--storage.tsdb.path=" + self.path("tsdb"),
                                       f"--web.listen-address=127.0.0.1:{port}"],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        self.addCleanup(lambda: prometheus.poll() is None and (prometheus.terminate(), prometheus.wait(10)))
        query = ('tunnelscope_message_delivered_total{profile="ha-flaky",path="tunnel",message="auth_invalid"}'
                 ' / tunnelscope_message_expected_total{profile="ha-flaky",path="tunnel",message="auth_invalid"}')
        ratio, deadline = None, time.time() + 45
        while time.time() < deadline:
            time.sleep(1)
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/query?query={urllib.parse.quote(query)}",
                                            timeout=5) as r:
                    result = json.load(r)["data"]["result"]
            except OSError:
                continue
            if result:
                ratio = float(result[0]["value"][1])
                break
        self.assertIsNotNone(ratio, "Prometheus never had the delivery ratio")
        self.assertGreater(ratio, 0)
        self.assertLess(ratio, 1)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/query?query=up", timeout=5) as r:
            up = json.load(r)["data"]["result"]
        self.assertEqual([float(u["value"][1]) for u in up], [1.0])
        proc.send_signal(signal.SIGTERM)
        stdout, stderr = proc.communicate(timeout=30)
        self.assertEqual(proc.returncode, 0, stderr)

    def test_sigterm_finishes_the_run_and_exits_0_with_whole_reports(self):
        out = self.path("watch")
        # 50 runs take seconds: the signal comes in the middle of the first play.
        profile = json.loads(tunnelscope("show", "builtin:ha-clean").stdout)
        profile["runs"] = 50
        proc = self.start_watch(self.write_profile("ha-long.json", profile), "--every", "1h", "--out", out,
                                "--metrics", "127.0.0.1:0")
        self.metrics_url(proc)
        self.assertTrue(proc.stdout.readline().startswith("watching "))  # signals are handled from here on
        time.sleep(1.5)
        proc.send_signal(signal.SIGTERM)
        stdout, stderr = proc.communicate(timeout=30)
        self.assertEqual(proc.returncode, 0, stdout + stderr)
        self.assertIn("stopping", stderr)
        files = [f for f in glob.glob(os.path.join(out, "**", "*"), recursive=True) if os.path.isfile(f)]
        self.assertEqual(len(files), 1, files)  # the play's report, whole, and nothing half-written
        report = self.check_report(files[0])
        runs = report["runs"]
        # The run under way was finished, not cut (CLI.md), and no other was started.
        self.assertFalse(any(run["interrupted"] for run in runs))
        self.assertGreater(len(runs), 1)
        self.assertLess(len(runs), 50)
        self.assertEqual(report["summary"]["verdict"], "clean")
        self.assertRegex(stdout, r"(?m)^ha-clean: 1 play\(s\) \(1 clean\)$")

    def test_shipped_rules_pass_promtool(self):
        if not shutil.which("promtool"):
            raise unittest.SkipTest("promtool is not installed (./test.sh installs prometheus): the rules were not checked")
        rules = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "packaging", "prometheus")
        check = subprocess.run(["promtool", "check", "rules", "tunnelscope-rules.yml"], cwd=rules, capture_output=True, text=True)
        self.assertEqual(check.returncode, 0, check.stdout + check.stderr)
        self.assertIn("SUCCESS: 7 rules found", check.stdout)
        unit = subprocess.run(["promtool", "test", "rules", "tunnelscope-rules.test.yml"], cwd=rules, capture_output=True, text=True)
        self.assertEqual(unit.returncode, 0, unit.stdout + unit.stderr)

    def test_bad_options_name_what_to_write(self):
        for args, words in [(["--every", "5x"], "--every: \"5x\" is not a duration"),
                            (["--for", "0"], "--for: \"0\" is not a duration"),
                            (["--keep-size", "lots"], "--keep-size: \"lots\" is not a size"),
                            (["--metrics", "here"], "--metrics: \"here\" is not HOST:PORT")]:
            r = tunnelscope("watch", "builtin:lab-echo", *args)
            self.assertEqual(r.returncode, 2, r.stderr)
            self.assertIn(words, r.stderr)
        r = tunnelscope("watch", "no-such-profile.json")
        self.assertEqual(r.returncode, 2)
        self.assertIn("no-such-profile.json", r.stderr)

    def test_keep_size_bounds_the_disk(self):
        out = self.path("watch")
        r = tunnelscope("watch", "builtin:lab-echo", "--every", "0", "--for", "3s", "--out", out, "--keep-size", "20K",
                        timeout=60)
        self.assertEqual(r.returncode, 0, r.stderr)
        plays = int(re.search(r"(?m)^lab-echo: (\d+) play", r.stdout).group(1))
        files = glob.glob(os.path.join(out, "lab-echo", "*.json"))
        sizes = [os.path.getsize(f) for f in files]
        self.assertGreater(plays, len(files), r.stdout)  # some were removed
        self.assertLessEqual(sum(sizes), 20 * 1024 + max(sizes))  # the newest is always kept


if __name__ == "__main__":
    harness.main(sys.modules[__name__])
