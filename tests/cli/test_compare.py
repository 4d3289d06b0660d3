#!/usr/bin/env python3
"""`tunnelscope compare A B`: two recorded sessions diffed, each a HAR (a browser's export with
`_webSocketMessages`), a JSON report or a journal. Captures come from real lab runs.
Usage: test_compare.py TUNNELSCOPE_BINARY SCHEMA_DIR [TEST_NAME_PATTERN...]"""
import datetime
import glob
import json
import os
import subprocess
import sys

import devtools
import harness
from harness import CliCase, tunnelscope


def chrome_har(run, path, drop=None, alter=None, end_early=False):
    """A HAR shaped as Chrome's DevTools export (Network panel, "Save all as HAR with content"):
    one websocket entry, its data messages in `_webSocketMessages` at epoch seconds, no pings
    and no closes. Made from a real run's path, as a browser on that path would have seen it;
    end_early: the browser's session left before the last event of the stream it was sent."""
    started = datetime.datetime.fromisoformat(run["started_at"]).timestamp()
    messages = []
    frames = [f for f in run[path]["frames"] if f["type"] in ("text", "binary")]
    if end_early:
        last_event = max(i for i, f in enumerate(frames) if f["dir"] == "in" and '"type":"event"' in f.get("data", ""))
        frames = frames[:last_event]
    for f in frames:
        data = f.get("data", "")
        if drop and drop in data:
            continue
        if alter and alter in data:
            data = "\ufeff" + data
        messages.append({"type": "send" if f["dir"] == "out" else "receive",
                         "time": started + f["t_ms"] / 1000.0, "opcode": 1 if f["type"] == "text" else 2, "data": data})
    when = datetime.datetime.fromtimestamp(started, datetime.timezone.utc).isoformat(timespec="milliseconds")
    return {"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"},
                    "pages": [], "entries": [
                        {"_initiator": {"type": "script"}, "_resourceType": "websocket", "cache": {},
                         "request": {"method": "GET", "url": run[path]["url"], "httpVersion": "HTTP/1.1",
                                     "headers": [{"name": "Upgrade", "value": "websocket"}], "queryString": [],
                                     "cookies": [], "headersSize": -1, "bodySize": 0},
                         "response": {"status": 101, "statusText": "Switching Protocols", "httpVersion": "HTTP/1.1",
                                      "headers": [{"name": "Upgrade", "value": "websocket"}], "cookies": [],
                                      "content": {"size": 0, "mimeType": "x-unknown"}, "redirectURL": "",
                                      "headersSize": -1, "bodySize": -1, "_transferSize": 0},
                         "serverIPAddress": "127.0.0.1", "startedDateTime": when, "time": 1.2,
                         "timings": {"blocked": -1, "dns": -1, "ssl": -1, "connect": -1, "send": 0, "wait": 1.2,
                                     "receive": 0},
                         "_webSocketMessages": messages},
                        {"_resourceType": "script", "request": {"method": "GET", "url": "http://127.0.0.1/app.js"},
                         "response": {"status": 200}, "startedDateTime": when}]}}


# What the Home Assistant front end does at login: answer auth_required with a token, then
# wait for the server's verdict and its close. The same messages as the profiles' steps.
HA_LOGIN_JS = """new Promise(resolve => {
  const ws = new WebSocket(%s);
  ws.onmessage = e => {
    if (JSON.parse(e.data).type === "auth_required")
      ws.send(JSON.stringify({type: "auth", access_token: "an-expired-token"}));
  };
  ws.onclose = e => resolve(e.code);
  setTimeout(() => resolve("no close in 5 s"), 5000);
})"""


class Compare(CliCase):
    def play(self, profile, *args):
        out = self.path(profile.split(":")[-1] + ".json")
        r = tunnelscope("run", profile, "--json", out, "--har", self.path("own.har"), "--quiet", *args)
        self.assertIn(r.returncode, (0, 1), r.stdout + r.stderr)
        return out, self.check_report(out)

    def compare(self, a, b, *args):
        out = self.path("compared.json")
        r = tunnelscope("compare", a, b, "--json", out, *args)
        report = self.check_report(out) if os.path.exists(out) and r.returncode in (0, 1) else None
        return r, report

    def findings(self, report):
        return sorted({(f["kind"], f["severity"]) for run in report["runs"] for f in run["findings"]
                       if f["severity"] != "info"})

    def test_a_report_against_itself_finds_what_its_run_found(self):
        source, played = self.play("builtin:ha-lost-auth-invalid", "--runs", "2")
        r, report = self.compare(source, source)
        self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
        self.assertEqual(self.findings(report), self.findings(played))
        self.assertEqual(len(report["runs"]), 2)
        self.assertIn("A = ha-lost-auth-invalid.json (its direct path) as the direct side", r.stdout)
        # Our own HAR: an entry per path and run, read back as runs.
        r, report = self.compare(self.path("own.har"), self.path("own.har"))
        self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
        self.assertEqual(self.findings(report), [("message_missing", "critical")])
        self.assertIn("closes: not recorded (a HAR has no closes) ×2", r.stdout)
        self.assertIn("the first capture has it and the second does not", report["runs"][0]["findings"][0]["summary"])

    def test_a_browser_capture_through_the_tunnel_against_a_direct_capture(self):
        source, played = self.play("builtin:ha-clean")
        run = played["runs"][0]
        cases = [("clean.har", {}, 0, []),
                 ("lost.har", {"drop": "auth_ok"}, 1, [("message_missing", "critical")]),
                 ("bom.har", {"alter": "pong"}, 1, [("message_altered", "warning")]),
                 # Two sessions leave a stream at different points: not a loss.
                 ("ended.har", {"end_early": True}, 0, [])]
        for name, change, code, expected in cases:
            with self.subTest(har=name):
                har = self.write_profile(name, chrome_har(run, "tunnel", **change))
                r, report = self.compare(source, har, "--html", self.path("c.html"))
                self.assertEqual(r.returncode, code, r.stdout + r.stderr)
                self.assertEqual(self.findings(report), expected)
                # What a HAR cannot say is said, and never judged: closes, pings, timing.
                self.assertRegex(r.stdout, r"tunnel .*\n.*; not recorded in a HAR\n")
                notes = " ".join(report.get("notes", []))
                self.assertIn("pings, pongs, closes and protocol violations are not compared", notes)
                self.assertIn("latency is not compared", notes)
                for f in (f for run in report["runs"] for f in run["findings"]):
                    self.assertNotIn(f["kind"], ("close_truncated", "close_mismatch", "latency_regression"), f)
                with open(self.path("c.html"), encoding="utf-8") as f:
                    self.assertIn("not recorded (a HAR keeps data messages only)", f.read())
        # A page's other socket (a dev server's hot reload) is left out by --url; without it,
        # both are read as one path and the note says so.
        har = chrome_har(run, "tunnel")
        reload = json.loads(json.dumps(har["log"]["entries"][0]))
        reload["request"]["url"] = "ws://127.0.0.1:5173/?token=hmr-token-1234567890"
        reload["_webSocketMessages"] = [{"type": "receive", "time": reload["_webSocketMessages"][0]["time"], "opcode": 1,
                                         "data": '{"type":"connected"}'}]
        har["log"]["entries"].append(reload)
        two = self.write_profile("two.har", har)
        r, report = self.compare(source, two)
        self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
        self.assertIn("2 WebSocket connections to 2 URLs", " ".join(report["notes"]))
        r, report = self.compare(source, two, "--url", "/api/websocket")
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        r, _ = self.compare(source, two, "--url", "/nowhere")
        self.assertEqual(r.returncode, 2)
        self.assertIn('no WebSocket URL contains "/nowhere"', r.stderr)
        self.assertNotIn("hmr-token-1234567890", r.stderr)

    def test_a_secret_in_a_browser_capture_is_redacted_and_compares_alike(self):
        source, played = self.play("builtin:ha-clean")
        har = chrome_har(played["runs"][0], "tunnel")
        for m in har["log"]["entries"][0]["_webSocketMessages"]:
            m["data"] = m["data"].replace("«redacted:access_token»", "a-real-browser-token-1234567890")
        r, report = self.compare(source, self.write_profile("secret.har", har), "--csv", self.path("c.csv"))
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        with open(self.path("c.csv")) as f:
            text = f.read() + json.dumps(report) + r.stdout
        self.assertNotIn("a-real-browser-token-1234567890", text)

    def test_journals_compare_as_their_reports(self):
        out = self.path("watch")
        w = tunnelscope("watch", "builtin:ha-double-send", "--out", out, "--for", "1s", "--every", "1h")
        self.assertEqual(w.returncode, 0, w.stdout + w.stderr)
        journal = glob.glob(os.path.join(out, "*", "*.tsjournal"))[0]
        rebuilt = tunnelscope("report", journal, "--json", self.path("from-journal.json"))
        self.assertEqual(rebuilt.returncode, 1)
        r, report = self.compare(journal, journal)
        self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
        self.assertEqual(self.findings(report), self.findings(self.check_report(self.path("from-journal.json"))))
        self.assertIn("message_duplicated", [kind for kind, _ in self.findings(report)])
        # A journal against a report of the same session: the same paths, the same findings.
        r, again = self.compare(journal, self.path("from-journal.json"))
        self.assertEqual(self.findings(again), self.findings(report))

    def test_chromium_capture_through_a_tunnel_against_a_direct_capture(self):
        # The lab of the lost auth_invalid, started apart: its endpoint and its fault tunnel.
        lab = subprocess.Popen([harness.BINARY, "lab", "builtin:ha-lost-auth-invalid"], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
        try:
            endpoint, tunnel = (lab.stdout.readline().split()[-1] for _ in range(2))
            # The direct capture: the profile's steps against the endpoint itself.
            direct = self.path("direct.json")
            r = tunnelscope("run", "builtin:ha-lost-auth-invalid", "--direct", endpoint, "--tunnel", endpoint,
                            "--json", direct, "--quiet")
            self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
            browser = devtools.DevTools()
            try:
                for name, url in (("through-tunnel", tunnel), ("to-endpoint", endpoint)):
                    browser.events.clear()
                    page = browser.page()
                    self.assertEqual(browser.evaluate(page, HA_LOGIN_JS % json.dumps(url)), 1000, name)
                    self.write_profile(name + ".har", browser.har())
            finally:
                browser.close()
        finally:
            lab.terminate()
            lab.wait(10)
        with open(self.path("through-tunnel.har")) as f:
            messages = json.load(f)["log"]["entries"][0]["_webSocketMessages"]
        self.assertEqual([m["type"] for m in messages], ["receive", "send"], messages)  # auth_invalid lost on the way
        r, report = self.compare(direct, self.path("through-tunnel.har"))
        self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
        self.assertEqual(self.findings(report), [("message_missing", "critical")])
        self.assertIn("tunnel lost auth_invalid", report["runs"][0]["findings"][0]["summary"])
        self.assertIn("B = through-tunnel.har (a browser's capture)", r.stdout)
        r, report = self.compare(direct, self.path("to-endpoint.har"))
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertEqual(self.findings(report), [])

    def test_bad_input_is_named(self):
        source, _ = self.play("builtin:lab-echo")
        with open(self.path("notes.txt"), "w") as f:
            f.write("hello")
        empty = self.write_profile("empty.har", {"log": {"version": "1.2", "entries": [
            {"request": {"url": "http://x/"}, "response": {"status": 200}}]}})
        for args, needle in (([source], "usage: tunnelscope compare A B"),
                             ([source, self.path("missing.har")], "missing.har: cannot read"),
                             ([source, self.path("notes.txt")], "notes.txt: not JSON"),
                             ([source, empty], "the HAR holds no WebSocket (1 entries"),
                             ([source, source, "--a-path", "sideways"], '--a-path: "sideways" is not a path'),
                             ([source, source, "--protocol", "mqtt"], '--protocol: "mqtt" is not one of')):
            r = tunnelscope("compare", *args)
            self.assertEqual(r.returncode, 2, f"{args}: {r.stdout} {r.stderr}")
            self.assertIn(needle, r.stderr)


if __name__ == "__main__":
    harness.main(sys.modules[__name__])
