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


def tunnelscope_metrics_text(case):
    return scrape(case.metrics_endpoint)[1]


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

    def journal_report(self, journal):
        """The JSON report `tunnelscope report JOURNAL` makes of one kept play, checked against the schema."""
        target = journal + ".json"
        r = tunnelscope("report", journal, "--json", target, "--quiet")
        self.assertIn(r.returncode, (0, 1), r.stderr)
        return self.check_report(target)

    def test_plays_on_a_schedule_keeps_journals_and_serves_metrics(self):
        out = self.path("watch")
        proc = self.start_watch(self.flaky_profile(), "builtin:lab-echo", "--every", "250ms", "--for", "4s",
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
        summary = re.search(r"(?m)^ha-flaky, the whole watch: (\d+) play\(s\), (\d+) run\(s\): clean (\d+), degraded (\d+), "
                            r"broken (\d+)$", stdout)
        self.assertTrue(summary, stdout)
        self.assertEqual(int(summary.group(1)), len(plays))
        self.assertEqual(int(summary.group(2)), 6 * len(plays))
        self.assertRegex(stdout, r"(?m)^  delivery of critical messages: auth_invalid: direct (\d+)/\1 \(100 %\), tunnel \d+/\1")
        self.assertRegex(stdout, r"(?m)^lab-echo, the whole watch: \d+ play\(s\), \d+ run\(s\): clean \d+, degraded 0, broken 0$")
        # One whole journal per play, ended, from which `report` makes a schema-valid report.
        journals = sorted(glob.glob(os.path.join(out, "ha-flaky", "*.tsjournal")))
        self.assertEqual(len(journals), len(plays))
        broken, seeds = 0, []
        for j in journals:
            with open(j) as f:
                lines = f.read().splitlines()
            self.assertEqual(lines[-1], '{"k":"end"}', j)
            seeds.append(json.loads(lines[0])["profile"]["lab"]["faults"][0]["seed"])
            report = self.journal_report(j)
            self.assertEqual(len(report["runs"]), 6)
            broken += sum(1 for run in report["runs"] if any(f["severity"] == "critical" for f in run["findings"]))
        self.assertEqual(broken, int(summary.group(5)))  # the watch's statistics equal a recount from the journals
        # The seed moves on per play: a p = 0.5 fault does not lose the same runs in every play.
        self.assertEqual(seeds, list(range(7, 7 + len(journals))))

    def test_report_dir_summarises_the_watch_over_a_window(self):
        out = self.path("watch")
        r = tunnelscope("watch", self.flaky_profile(), "--every", "0", "--for", "3s", "--out", out, timeout=60)
        self.assertEqual(r.returncode, 0, r.stderr)
        watched = re.search(r"(?m)^ha-flaky, the whole watch: (\d+) play\(s\), (\d+) run\(s\): clean (\d+), degraded (\d+), "
                            r"broken (\d+)$", r.stdout)
        self.assertTrue(watched, r.stdout)
        # A journal that is not one is named and left out, never a crash or a silent loss.
        with open(os.path.join(out, "ha-flaky", "19700101T000000.000Z.tsjournal"), "w") as f:
            f.write("not a journal\n")
        summary, page = self.path("summary.json"), self.path("summary.html")
        rep = tunnelscope("report", out, "--since", "1h", "--json", summary, "--html", page)
        self.assertEqual(rep.returncode, 1, rep.stderr)  # broken runs in the window
        self.assertIn("ha-flaky, last 1 hour: %s play(s), %s run(s)" % (watched.group(1), watched.group(2)), rep.stdout)
        self.assertIn("warning: left out: ", rep.stdout)
        with open(summary) as f:
            doc = json.load(f)
        harness.jsonschema.validate(doc, harness.load_schema("watch-summary.schema.json"))
        self.assertEqual(doc["format"], "tunnelscope-watch-summary/1")
        self.assertEqual(len(doc["unreadable"]), 1)
        profile = doc["profiles"][0]
        self.assertEqual(profile["name"], "ha-flaky")
        stats = profile["summary"]
        # The same numbers as the watch counted while it ran.
        self.assertEqual(stats["plays"], int(watched.group(1)))
        self.assertEqual(stats["runs"], int(watched.group(2)))
        self.assertEqual(stats["verdicts"], {"clean": int(watched.group(3)), "degraded": int(watched.group(4)),
                                             "broken": int(watched.group(5))})
        lost = [g for g in stats["groups"] if g["kind"] == "message_missing" and g["message"] == "auth_invalid"]
        self.assertEqual(len(lost), 1, stats["groups"])
        g = lost[0]
        self.assertEqual(g["runs_affected"], int(watched.group(5)))
        self.assertLessEqual(g["rate_low"], g["rate"])
        self.assertLessEqual(g["rate"], g["rate_high"])
        self.assertLessEqual(g["first_seen"], g["last_seen"])
        delivered = stats["paths"]["tunnel"]["delivered"]["auth_invalid"]
        self.assertEqual(delivered + g["runs_affected"], stats["expected"]["auth_invalid"])
        self.assertEqual(sum(p["runs"] for p in profile["series"]), stats["runs"])
        self.assertTrue(profile["worst_plays"])
        # The page links to the worst plays' own reports, written beside it.
        with open(page) as f:
            html = f.read()
        links = re.findall(r'href="(summary-plays/[^"]+\.html)"', html)
        self.assertEqual(len(links), len(profile["worst_plays"]))
        for link in links:
            self.assertTrue(os.path.isfile(self.path(link)), link)
        self.assertNotIn("<script", html)
        self.assertEqual(html.count("<svg"), 3)
        # A window with nothing in it, a journal with --since, and formats a directory cannot have: exit 2, said why.
        empty = self.path("empty")
        os.mkdir(empty)
        for args, words in [([empty], "no watch journal"),
                            ([glob.glob(os.path.join(out, "ha-flaky", "2*.tsjournal"))[-1], "--since", "1h"],
                             "is a journal, not a watch directory"),
                            ([out, "--csv", self.path("x.csv")], "a watch directory is summarised with --json or --html"),
                            ([out, "--since", "soon"], "--since: \"soon\" is not a duration")]:
            bad = tunnelscope("report", *args)
            self.assertEqual(bad.returncode, 2, bad.stdout + bad.stderr)
            self.assertIn(words, bad.stderr)

    def test_prometheus_scrapes_the_watch(self):
        if not shutil.which("prometheus") or not shutil.which("promtool"):
            raise unittest.SkipTest("prometheus is not installed (./test.sh installs it): the scrape was not checked")
        proc = self.start_watch(self.flaky_profile(), "--every", "200ms", "--for", "60s", "--metrics", "127.0.0.1:0",
                                "--out", self.path("watch"))
        url = self.metrics_url(proc)
        self.metrics_endpoint = url
        target = urllib.parse.urlparse(url).netloc
        # promtool reads the exposition as Prometheus does and checks it against the naming guide.
        _, text = scrape(url)
        # Prometheus itself asks for OpenMetrics first (this is 2.42's Accept): the scrape below
        # goes through its OpenMetrics parser.
        request = urllib.request.Request(url, headers={"Accept": "application/openmetrics-text;version=1.0.0,application/"
                                                                 "openmetrics-text;version=0.0.1;q=0.75,text/plain;"
                                                                 "version=0.0.4;q=0.5,*/*;q=0.1"})
        with urllib.request.urlopen(request, timeout=5) as r:
            self.assertEqual(r.headers.get("Content-Type"), "application/openmetrics-text; version=1.0.0; charset=utf-8")
            self.assertTrue(r.read().decode().endswith("# EOF\n"))
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
        self.check_dashboard_queries(port)
        proc.send_signal(signal.SIGTERM)
        stdout, stderr = proc.communicate(timeout=30)
        self.assertEqual(proc.returncode, 0, stderr)

    def check_dashboard_queries(self, port):
        """Every query of the shipped Grafana dashboard, as Grafana would send it, parses in the real Prometheus and
        names only series the watch exports; the ones about this profile's runs have data."""
        path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "packaging", "grafana",
                            "tunnelscope-dashboard.json")
        with open(path) as f:
            dashboard = json.load(f)
        exported = set(re.findall(r"^# TYPE (\w+) ", tunnelscope_metrics_text(self), re.M))
        with_data = {"Tunnel verdicts, last hour", "Path up (handshake and every step)",
                     "Critical message delivery ratio, last hour", "Seconds since the last run", "Upgrade duration p95"}
        for panel in dashboard["panels"]:
            for target in panel["targets"]:
                expr = target["expr"].replace("$profile", "ha-flaky").replace("$__rate_interval", "30s")
                for name in re.findall(r"\b(tunnelscope_\w+)", expr):
                    family = re.sub(r"_(bucket|sum|count)$", "", name)
                    self.assertIn(family, exported, f"{panel['title']}: {name} is not exported")
                deadline = time.time() + 20  # increase() and rate() need two scrapes of a series
                while True:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/query?query={urllib.parse.quote(expr)}",
                                                timeout=5) as r:
                        answer = json.load(r)
                    self.assertEqual(answer["status"], "success", (panel["title"], expr, answer))
                    if panel["title"] not in with_data or answer["data"]["result"] or time.time() > deadline:
                        break
                    time.sleep(1)
                if panel["title"] in with_data:
                    self.assertTrue(answer["data"]["result"], (panel["title"], expr))

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
        self.assertEqual(len(files), 1, files)  # the play's journal, ended, and nothing half-written
        self.assertTrue(files[0].endswith(".tsjournal"), files)
        with open(files[0]) as f:
            self.assertEqual(f.read().splitlines()[-1], '{"k":"end"}')
        report = self.journal_report(files[0])
        runs = report["runs"]
        # The run under way was finished, not cut (CLI.md), and no other was started.
        self.assertFalse(any(run["interrupted"] for run in runs))
        self.assertGreater(len(runs), 1)
        self.assertLess(len(runs), 50)
        self.assertEqual(report["summary"]["verdict"], "clean")
        self.assertRegex(stdout, r"(?m)^ha-clean, the whole watch: 1 play\(s\), %d run\(s\): clean %d, degraded 0, broken 0$"
                         % (len(runs), len(runs)))

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
        plays = int(re.search(r"(?m)^lab-echo, the whole watch: (\d+) play", r.stdout).group(1))
        files = glob.glob(os.path.join(out, "lab-echo", "*.tsjournal"))
        sizes = [os.path.getsize(f) for f in files]
        self.assertGreater(plays, len(files), r.stdout)  # some were removed
        self.assertLessEqual(sum(sizes), 20 * 1024 + max(sizes))  # the newest is always kept


if __name__ == "__main__":
    harness.main(sys.modules[__name__])
