#!/usr/bin/env python3
"""End-to-end tests of the tunnelscope command line: real processes, real lab sockets on
127.0.0.1, real files. Usage: test_cli.py TUNNELSCOPE_BINARY SCHEMA_DIR [TEST_NAME_PATTERN...]"""
import csv
import html
import json
import datetime
import time
import signal
import socket
import ssl
import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import jsonschema

import harness
from harness import CliCase, chromium, load_schema, tunnelscope


class Cli(CliCase):
    def test_version_and_help(self):
        r = tunnelscope("--version")
        self.assertEqual(r.returncode, 0)
        self.assertRegex(r.stdout, r"^tunnelscope \d+\.\d+\.\d+")
        r = tunnelscope("--help")
        self.assertEqual(r.returncode, 0)
        for word in ("run", "lab", "validate", "profiles", "--json", "Exit status"):
            self.assertIn(word, r.stdout)

    def test_lang_is_taken_anywhere_and_checked(self):
        # --lang belongs to every command, before or after it; a language we do not speak, or
        # none given, is refused before anything runs.
        for args, said in ((["--lang", "zh_CN", "validate", "builtin:ha-clean"], "有效：“ha-clean”"),
                           (["validate", "builtin:ha-clean", "--lang=en"], 'valid: "ha-clean"')):
            r = tunnelscope(*args)
            self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
            self.assertIn(said, r.stdout)
        r = tunnelscope("--lang", "fr", "validate", "builtin:ha-clean")
        self.assertEqual(r.returncode, 2)
        self.assertIn('--lang: "fr" is not a language Tunnelscope speaks (en, zh_CN)', r.stderr)
        r = tunnelscope("validate", "builtin:ha-clean", "--lang")
        self.assertEqual(r.returncode, 2)
        self.assertIn("--lang needs a language: en, zh_CN", r.stderr)
        # Said in the system's language, which is all there is to go by.
        r = tunnelscope("--lang", "fr", "validate", "builtin:ha-clean", env={"LANG": "zh_CN.UTF-8", "LC_ALL": "", "LANGUAGE": ""})
        self.assertEqual(r.returncode, 2)
        self.assertIn("Tunnelscope 不支持“fr”这种语言（可选：en, zh_CN）", r.stderr)

    def test_profiles_lists_builtins(self):
        r = tunnelscope("profiles")
        self.assertEqual(r.returncode, 0)
        lines = r.stdout.splitlines()
        for line in lines:
            self.assertLessEqual(len(line), 80, line)
        # One line each, the name standing apart from its summary.
        names = [line.split()[0] for line in lines[1:]]
        self.assertEqual(names, harness.builtin_names())
        long = tunnelscope("profiles", "--long")
        self.assertEqual(long.returncode, 0)
        for line in long.stdout.splitlines():
            self.assertLessEqual(len(line), 80, line)
        story = " ".join(harness.builtin_profile("ha-swallowed-close")["description"].split())
        self.assertIn(story, " ".join(long.stdout.split()))

    def test_show_prints_a_profile_to_start_from(self):
        r = tunnelscope("show", "builtin:lab-echo")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertEqual(json.loads(r.stdout), harness.builtin_profile("lab-echo"))
        copy = self.path("p.json")
        with open(copy, "w") as f:
            f.write(r.stdout)
        self.assertEqual(tunnelscope("validate", copy).returncode, 0)
        r = tunnelscope("show", "builtin:lab-ecko")
        self.assertEqual(r.returncode, 2)
        self.assertIn("lab-echo", r.stderr)

    def test_help_and_mistakes_need_no_display(self):
        headless = {"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": ""}
        for args, code, stream, needle in (
            (["help"], 0, "stdout", "tunnelscope run PROFILE"),
            (["help", "run"], 0, "stdout", "--json FILE"),
            (["run", "--help"], 0, "stdout", "--tunnel URL"),
            (["validate", "-h"], 0, "stdout", "validate PROFILE"),
            (["--hlep"], 2, "stderr", "did you mean --help?"),
            (["runn", "x.json"], 2, "stderr", 'did you mean "run"?'),
            (["profils"], 2, "stderr", 'did you mean "profiles"?'),
            (["help", "shw"], 2, "stderr", 'did you mean "show"?'),
            (["run", "builtin:lab-echo", "--jsn", "r.json"], 2, "stderr", "did you mean --json?"),
            ([], 2, "stderr", "tunnelscope run PROFILE"),
            (["builtin:lab-echo"], 2, "stderr", "no display"),
        ):
            r = tunnelscope(*args, env=headless, timeout=30)
            self.assertEqual(r.returncode, code, f"{args}: {r.stdout} {r.stderr}")
            self.assertIn(needle, getattr(r, stream), args)

    def test_outputs_are_checked_before_connecting(self):
        for option, target, needle in (
            ("--html", "/nonexistent/dir/r.html", "the directory /nonexistent/dir does not exist"),
            ("--json", self.tmp.name, "is a directory"),
        ):
            r = tunnelscope("run", "builtin:ha-swallowed-close", option, target, timeout=30)
            self.assertEqual(r.returncode, 2, r.stdout + r.stderr)
            self.assertIn(needle, r.stderr)
            self.assertNotIn("playing", r.stdout + r.stderr)   # nothing was connected

    def test_validate_refuses_what_run_would(self):
        no_server = self.write_profile("lab.json", {"name": "x", "lab": {"faults": [{"kind": "latency", "ms": 5}]},
                                                    "steps": [{"send": "hi"}]})
        r = tunnelscope("validate", no_server)
        self.assertEqual(r.returncode, 2, r.stdout)
        self.assertIn(no_server + ": $.lab: with no \"endpoint\"", r.stderr)
        typo = self.write_profile("typo.json", {"name": "x", "lab": {"endpoint": "echo", "faults": [{"kind": "latancy", "ms": 5}]},
                                                "steps": [{"send": "hi"}]})
        r = tunnelscope("validate", typo)
        self.assertEqual(r.returncode, 2)
        self.assertIn('$.lab.faults[0].kind: "latancy" is not one of', r.stderr)
        self.assertIn('(did you mean "latency"?)', r.stderr)

    def on_terminal(self, *args, columns=80):
        """Runs the command with standard error on a pseudo-terminal `columns` wide; (exit
        status, what the terminal showed, standard output)."""
        import fcntl
        import pty
        import select
        import struct
        import termios
        controller, terminal = pty.openpty()
        fcntl.ioctl(terminal, termios.TIOCSWINSZ, struct.pack("HHHH", 24, columns, 0, 0))
        p = subprocess.Popen([harness.BINARY, *args], stdout=subprocess.PIPE, stderr=terminal, stdin=subprocess.DEVNULL)
        os.close(terminal)
        shown = b""
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            ready, _, _ = select.select([controller], [], [], 0.2)
            if ready:
                try:
                    chunk = os.read(controller, 65536)
                except OSError:   # the other side closed
                    break
                if not chunk:
                    break
                shown += chunk
            elif p.poll() is not None:
                break
        os.close(controller)
        out = p.stdout.read().decode()
        p.wait(timeout=30)
        return p.returncode, shown.decode(errors="replace"), out

    def test_live_status_line_on_a_terminal_only(self):
        code, shown, out = self.on_terminal("run", "builtin:comfyui-reconnect-storm", "--runs", "2", columns=200)
        self.assertEqual(code, 1, shown + out)
        lines = [part for part in shown.split("\r") if part.startswith("run ")]
        self.assertTrue(lines, shown)
        self.assertTrue(any("run 2/2" in line for line in lines), shown)
        self.assertRegex(lines[-1], r"direct \w+.*, \d+ frames · tunnel \w+.*, \d+ frames · \d+\.\d s · \d+ finding")
        self.assertTrue(any("reconnects" in line for line in lines), shown)
        self.assertTrue(shown.endswith("\r\x1b[K"), repr(shown[-40:]))   # cleared at the end
        self.assertIn("verdict:", out)
        # A narrow terminal, in Chinese: every redraw fits its width (a Chinese character takes two
        # columns), or the line would wrap and leave its first part behind each time.
        import unicodedata
        code, shown, out = self.on_terminal("--lang", "zh_CN", "run", "builtin:comfyui-reconnect-storm", columns=50)
        drawn = [part.replace("\x1b[K", "") for part in shown.split("\r") if part.strip("\x1b[K")]
        self.assertTrue(any(line.startswith("第 1/1 次运行 · 直连") for line in drawn), shown)
        for line in drawn:
            self.assertLessEqual(sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line), 49, line)
        self.assertTrue(any(line.endswith("…") for line in drawn), shown)
        code, shown, out = self.on_terminal("run", "builtin:lab-echo", "--quiet")
        self.assertNotIn("run 1/1", shown)
        # Not a terminal: nothing but the summary.
        r = tunnelscope("run", "builtin:lab-echo")
        self.assertNotIn("\r", r.stderr + r.stdout)

    def test_lab_on_fixed_ports_survives_a_restart(self):
        # Two neighbouring free ports on loopback.
        for _ in range(50):
            with socket.socket() as a, socket.socket() as b:
                a.bind(("127.0.0.1", 0))
                port = a.getsockname()[1]
                if port > 65000:
                    continue
                try:
                    b.bind(("127.0.0.1", port + 1))
                except OSError:
                    continue
            break
        # The same URLs after a restart: from --port, then from the profile's lab.port.
        fixed = harness.builtin_profile("lab-echo")
        fixed["lab"]["port"] = port
        fixed_path = self.path("fixed.json")
        with open(fixed_path, "w") as f:
            json.dump(fixed, f)
        for args in (["builtin:lab-echo", "--port", str(port)], [fixed_path]):
            p = subprocess.Popen([harness.BINARY, "lab", *args],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            try:
                lines = [p.stdout.readline() for _ in range(3)]
                self.assertIn(f"ws://127.0.0.1:{port + 1}/", lines[0], lines)
                self.assertIn(f"ws://127.0.0.1:{port}/", lines[1], lines)
                with socket.create_connection(("127.0.0.1", port), timeout=5):
                    pass
            finally:
                p.send_signal(signal.SIGINT)
                p.wait(timeout=10)
        r = tunnelscope("lab", "builtin:lab-echo", "--port", "80")
        self.assertEqual(r.returncode, 2)
        self.assertIn("--port", r.stderr)
        fixed["lab"]["port"] = 80
        with open(fixed_path, "w") as f:
            json.dump(fixed, f)
        r = tunnelscope("validate", fixed_path)
        self.assertEqual(r.returncode, 2)
        self.assertIn("$.lab.port", r.stderr)

    def test_init_writes_a_commented_profile_that_runs(self):
        target = self.path("mine.json")
        r = tunnelscope("init", target)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("tunnelscope run " + target, r.stderr)
        with open(target) as f:
            text = f.read()
        self.assertIn("// ", text)                       # commented, for a first reader
        self.assertIn('"name": "mine"', text)            # named after its file
        self.assertIn("tunnelscope run " + target, text)
        self.assertEqual(tunnelscope("validate", target).returncode, 0)
        r = tunnelscope("run", target, "--runs", "2", "--json", self.path("r.json"))
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        with open(self.path("r.json")) as f:
            self.assertEqual(json.load(f)["summary"]["verdict"], "clean")
        # Never over a file without --force; to standard output with -.
        r = tunnelscope("init", target)
        self.assertEqual(r.returncode, 2)
        self.assertIn("--force", r.stderr)
        self.assertEqual(tunnelscope("init", target, "--force").returncode, 0)
        r = tunnelscope("init", "-")
        self.assertEqual(r.returncode, 0)
        self.assertIn('"format": "tunnelscope-profile/1"', r.stdout)
        self.assertEqual(r.stderr, "")
        r = tunnelscope("init", self.path("no/such/dir/p.json"))
        self.assertEqual(r.returncode, 2)
        self.assertIn("cannot write", r.stderr)

    def test_a_bad_url_is_worded_the_same_everywhere(self):
        bad = "https://relay.example.test:99999/ws"
        profile = self.write_profile("u.json", {"name": "x", "direct": {"url": bad}, "tunnel": {"url": "ws://127.0.0.1:9/"},
                                                "steps": [{"send": "hi"}]})
        r = tunnelscope("validate", profile)
        self.assertEqual(r.returncode, 2)
        sentence = f'"{bad}" is not a WebSocket URL (its port is not a number from 1 to 65535): write ws://HOST[:PORT]/PATH, or wss:// for TLS'
        self.assertIn(profile + ": $.direct.url: " + sentence, r.stderr)
        r = tunnelscope("run", "builtin:lab-echo", "--direct", bad)
        self.assertEqual(r.returncode, 2)
        self.assertIn("--direct: " + sentence, r.stderr)
        r = tunnelscope("run", "builtin:lab-echo", "--tunnel", "http://relay.example.test/ws")
        self.assertIn("--tunnel: \"http://relay.example.test/ws\" is not a WebSocket URL (http:// is for plain HTTP; the same "
                      "server's WebSocket URL starts with ws://)", r.stderr)

    def test_tunnel_override_says_the_lab_faults_are_not_played(self):
        r = tunnelscope("run", "builtin:ha-swallowed-close", "--tunnel", "ws://127.0.0.1:9/api/websocket", "--quiet", timeout=60)
        self.assertIn("not through the lab's fault tunnel: its faults (swallow_close) are not played", r.stdout + r.stderr)

    def test_validate(self):
        self.assertEqual(tunnelscope("validate", "builtin:ha-clean").returncode, 0)
        bad = self.write_profile("bad.json", {"name": "x", "steps": [{"send": {"a": 1}}, {"expect": "auth_ok"}], "runs": 0})
        r = tunnelscope("validate", bad)
        self.assertEqual(r.returncode, 2)
        self.assertIn(bad + ": $.steps[1].expect: expected an object, got a string", r.stderr)
        self.assertIn(bad + ": $.runs: 0 is below the minimum 1", r.stderr)
        r = tunnelscope("validate", self.path("missing.json"))
        self.assertEqual(r.returncode, 2)
        self.assertIn("no such file", r.stderr)

    def test_ha_lost_auth_invalid_report(self):
        out = {k: self.path("r." + k) for k in ("json", "csv", "xml")}
        r = tunnelscope("run", "builtin:ha-lost-auth-invalid", "--json", out["json"], "--csv", out["csv"], "--junit", out["xml"])
        self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
        self.assertIn("verdict: broken", r.stdout)
        report = self.check_report(out["json"])
        run = report["runs"][0]
        critical = [f for f in run["findings"] if f["severity"] == "critical"]
        self.assertEqual([f["kind"] for f in critical], ["message_missing"])
        self.assertIn("auth_invalid", critical[0]["summary"])
        self.assertIn("before flushing", critical[0]["summary"])
        self.assertEqual(report["summary"]["verdict"], "broken")
        direct_in = [f.get("data", "") for f in run["direct"]["frames"] if f["dir"] == "in" and f["type"] == "text"]
        tunnel_in = [f.get("data", "") for f in run["tunnel"]["frames"] if f["dir"] == "in" and f["type"] == "text"]
        self.assertTrue(any("auth_invalid" in d for d in direct_in))
        self.assertFalse(any("auth_invalid" in d for d in tunnel_in))
        self.assertTrue(run["tunnel"]["close"]["frame_received"])
        # One clock: both paths open within the first second of the run.
        for name in ("direct", "tunnel"):
            self.assertEqual(run[name]["frames"][0]["type"], "open")
            self.assertLess(run[name]["frames"][0]["t_ms"], 1000)
        with open(out["csv"], newline="") as f:
            rows = list(csv.reader(f))
        self.assertEqual(rows[0], ["run", "path", "seq", "t_ms", "dir", "type", "size", "close_code", "data"])
        self.assertEqual(len(rows) - 1, len(run["direct"]["frames"]) + len(run["tunnel"]["frames"]))
        # JUnit XML as CI servers read it: testsuites > testsuite(tests, failures) > testcase(name, classname) > failure(message).
        root = ET.parse(out["xml"]).getroot()
        self.assertEqual(root.tag, "testsuites")
        suite = root.find("testsuite")
        self.assertEqual(suite.get("tests"), "1")
        self.assertEqual(suite.get("failures"), "1")
        case = suite.find("testcase")
        self.assertTrue(case.get("name") and case.get("classname"))
        float(case.get("time"))
        failure = case.find("failure")
        self.assertIn("auth_invalid", failure.get("message"))
        self.assertIn("message_missing", failure.text)

    def test_filter_trims_the_frames_of_json_and_csv(self):
        kept = self.path("kept.json")
        expression = 'type == "auth_invalid" or type:close'
        r = tunnelscope("run", "builtin:ha-lost-auth-invalid", "--json", kept, "--csv", self.path("kept.csv"),
                        "--filter", expression)
        self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
        report = self.check_report(kept)
        self.assertEqual(report["frames_filter"], expression)
        run = report["runs"][0]
        for name in ("direct", "tunnel"):
            frames = run[name]["frames"]
            self.assertTrue(frames, name)
            for f in frames:
                self.assertTrue(f["type"] == "close" or '"auth_invalid"' in f.get("data", ""), f)
            self.assertGreater(run[name]["frames_filtered_out"], 0)
        # The direct path got auth_invalid, the tunnel did not: only the closes are left of it.
        self.assertEqual(sum(f["type"] == "text" for f in run["direct"]["frames"]), 1)
        self.assertEqual(sum(f["type"] == "text" for f in run["tunnel"]["frames"]), 0)
        # Seqs stay those of the whole capture, so findings still point at the right frames;
        # the verdict and findings speak for every frame.
        missing = [f for f in run["findings"] if f["kind"] == "message_missing"][0]
        self.assertIn(missing["direct_seq"], [f["seq"] for f in run["direct"]["frames"]])
        self.assertEqual(report["summary"]["verdict"], "broken")
        with open(self.path("kept.csv"), newline="") as f:
            rows = list(csv.reader(f))[1:]
        self.assertEqual(len(rows), len(run["direct"]["frames"]) + len(run["tunnel"]["frames"]))
        # is:finding keeps what the findings and the diff point at.
        r = tunnelscope("run", "builtin:ha-lost-auth-invalid", "--json", kept, "--filter", "is:finding")
        run = self.check_report(kept)["runs"][0]
        self.assertIn('"auth_invalid"', "".join(f.get("data", "") for f in run["direct"]["frames"]))
        # Mistakes: the column and what to write; a filter with nothing to trim.
        r = tunnelscope("run", "builtin:ha-lost-auth-invalid", "--json", kept, "--filter", "tpye:close")
        self.assertEqual(r.returncode, 2)
        self.assertIn('--filter "tpye:close": column 1: tpye:close: there is no key "tpye"; did you mean type:?', r.stderr)
        r = tunnelscope("run", "builtin:ha-lost-auth-invalid", "--html", self.path("x.html"), "--filter", "dir:in")
        self.assertEqual(r.returncode, 2)
        self.assertIn("give --json FILE or --csv FILE", r.stderr)

    def test_ha_clean_is_clean_over_20_runs(self):
        out = self.path("clean.json")
        r = tunnelscope("run", "builtin:ha-clean", "--runs", "20", "--json", out, "--quiet")
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        report = self.check_report(out)
        self.assertEqual(report["summary"]["verdict"], "clean")
        self.assertEqual(len(report["runs"]), 20)
        for run in report["runs"]:
            self.assertEqual([f for f in run["findings"] if f["severity"] != "info"], [])
        self.assertGreater(report["summary"]["latency_ms"]["delta"]["n"], 20 * 8)

    def test_har_has_every_data_frame(self):
        har, js = self.path("r.har"), self.path("r.json")
        r = tunnelscope("run", "builtin:ha-lost-auth-invalid", "--har", har, "--json", js)
        self.assertEqual(r.returncode, 1, r.stderr)
        with open(js) as f:
            report = json.load(f)
        # HAR: one entry per path and run, every data frame as a message.
        with open(har) as f:
            entries = json.load(f)["log"]["entries"]
        self.assertEqual(len(entries), 2)
        for entry, name in zip(entries, ("direct", "tunnel")):
            frames = [fr for fr in report["runs"][0][name]["frames"] if fr["type"] in ("text", "binary")]
            self.assertGreater(len(frames), 0)
            self.assertEqual(len(entry["_webSocketMessages"]), len(frames))
            self.assertEqual(entry["_resourceType"], "websocket")
            self.assertEqual(entry["response"]["status"], 101)
            for m, fr in zip(entry["_webSocketMessages"], frames):
                self.assertEqual(m["type"], "send" if fr["dir"] == "out" else "receive")
                self.assertEqual(m["data"], fr["data"])
                self.assertGreater(m["time"], 1.6e9)

    def test_har_is_valid_with_headers_and_timings(self):
        har = self.path("r.har")
        profile = harness.builtin_profile("lab-echo")
        profile["headers"] = {"Authorization": "Bearer {{secrets.api}}", "Origin": "https://example.test"}
        profile["secrets"] = {"api": {"env": "TS_HAR_SECRET"}}
        path = self.write_profile("p.json", profile)
        secret = "har-secret-7f3a9c"
        r = tunnelscope("run", path, "--har", har, "--quiet", env={"TS_HAR_SECRET": secret})
        self.assertIn(r.returncode, (0, 1), r.stderr)
        with open(har) as f:
            text = f.read()
        self.assertNotIn(secret, text)
        doc = json.loads(text)
        with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "har12.schema.json")) as f:
            jsonschema.validate(doc, json.load(f))
        for entry in doc["log"]["entries"]:
            request = {h["name"].lower(): h["value"] for h in entry["request"]["headers"]}
            self.assertEqual(request["upgrade"], "websocket")
            self.assertIn("sec-websocket-key", request)
            self.assertEqual(request["origin"], "https://example.test")
            self.assertIn("redacted", request["authorization"])
            response = {h["name"].lower(): h["value"] for h in entry["response"]["headers"]}
            self.assertIn("sec-websocket-accept", response)
            t = entry["timings"]
            self.assertGreaterEqual(t["connect"], 0)
            self.assertGreater(t["wait"], 0)
            self.assertAlmostEqual(entry["time"], sum(max(0, t[k]) for k in ("blocked", "dns", "connect", "send", "wait", "receive")),
                                   places=3)

    def test_html_report_in_a_browser(self):
        page, shot, js = (self.path(n) for n in ("r.html", "r.png", "r.json"))
        r = tunnelscope("run", "builtin:ha-lost-auth-invalid", "--html", page, "--json", js)
        self.assertEqual(r.returncode, 1, r.stderr)
        with open(page, encoding="utf-8") as f:
            source = f.read()
        self.assertNotIn("<script", source.lower())
        self.assertNotIn("http://", source.replace("http://www.w3.org/2000/svg", ""))  # nothing fetched
        dom = chromium("--dump-dom", "file://" + page)
        self.assertEqual(dom.returncode, 0, dom.stderr)
        text = html.unescape(re.sub(r"<[^>]+>", " ", dom.stdout))
        self.assertIn("BROKEN", text)
        with open(js) as f:
            report = json.load(f)
        for finding in report["runs"][0]["findings"]:
            self.assertIn(finding["summary"], " ".join(text.split()))
        self.assertEqual(chromium("--window-size=1280,1600", "--screenshot=" + shot, "file://" + page).returncode, 0)
        self.assertGreater(os.path.getsize(shot), 20000)

    def test_html_shows_bytes_as_hex_and_the_whole_description(self):
        page = self.path("r.html")
        tunnelscope("run", "builtin:comfyui-clean", "--html", page, "--quiet")
        with open(page, encoding="utf-8") as f:
            source = f.read()
        description = harness.builtin_profile("comfyui-clean")["description"]
        header = re.search(r'<div class="meta">(.*?) · started', source).group(1)
        self.assertEqual(html.unescape(header), description)
        # A PNG preview: a hex dump with offsets and the PNG signature, cut at 256 bytes.
        dumps = re.findall(r'<details class="hex"><summary>\[binary, (\d+) bytes\] <code>(.*?)</code></summary><pre>(.*?)</pre>', source, re.S)
        self.assertTrue(dumps, source[:2000])
        size, first, dump = dumps[0]
        self.assertIn("00000000  ", dump)
        self.assertIn("89 50 4e 47", dump + first)   # \x89PNG after ComfyUI's 8-byte header
        if int(size) > 256:
            self.assertIn("the first 256 of %s bytes" % size, dump)
            self.assertNotIn("00000100  ", dump)
        # A note is a fact, not a fault: never painted as a warning.
        tunnelscope("run", "builtin:ha-swallowed-close", "--tunnel", "ws://127.0.0.1:9/", "--html", page, "--quiet")
        with open(page, encoding="utf-8") as f:
            source = f.read()
        self.assertIn('<p class="note">Note: the tunnel path goes to ws://127.0.0.1:9/', source)
        self.assertNotIn('class="sev warning">Note:', source)

    def test_hostile_payloads_run_no_script(self):
        hostile = [
            "<script>document.title='pwned'</script>",
            "<img src=x onerror=\"document.title='pwned'\">",
            "</td></tr></table></pre><script>document.title='pwned'</script>",
            "<svg onload=\"document.title='pwned'\"></svg>",
            "\u2028\u0000\u001b[31m control",
        ]
        profile = self.write_profile("hostile.json", {
            "name": "hostile <b>name</b>", "description": "<script>document.title='pwned'</script>",
            "lab": {"endpoint": "echo", "faults": [{"kind": "bom_prefix"}]},
            "steps": [{"send": {"text": h}, "expect": {"text": h}, "timeout_ms": 1000} for h in hostile]})
        page = self.path("hostile.html")
        r = tunnelscope("run", profile, "--html", page)
        self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
        dom = chromium("--dump-dom", "file://" + page)
        self.assertEqual(dom.returncode, 0, dom.stderr)
        title = re.search(r"<title>(.*?)</title>", dom.stdout, re.S).group(1)
        self.assertNotIn("pwned", title)
        self.assertIn("Tunnelscope report", title)
        body = dom.stdout.lower()
        # Text nodes cannot hold a raw "<": every tag in the serialized DOM is a real element.
        tags = re.findall(r"<([a-z][\w-]*)\b([^>]*)>", body)
        self.assertFalse([t for t, _ in tags if t in ("script", "img", "iframe", "object", "embed")])
        self.assertFalse([a for _, a in tags if re.search(r"\bon\w+\s*=", a)])
        self.assertIn("&lt;script&gt;document.title", body)
        self.assertIn("[bom]", body)   # the fault is visible, not silently decoded away

    def test_handshake_stall_is_broken(self):
        out = self.path("stall.json")
        r = tunnelscope("run", "builtin:handshake-stall", "--json", out)
        self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
        report = self.check_report(out)
        self.assertEqual(report["summary"]["verdict"], "broken")
        tunnel = report["runs"][0]["tunnel"]["handshake"]
        self.assertFalse(tunnel["ok"])
        self.assertIn("timeout after 2000 ms", tunnel["error"])
        self.assertEqual(report["runs"][0]["findings"][0]["kind"], "handshake_failed")

    def test_chat_abrupt_close(self):
        out = self.path("chat.json")
        r = tunnelscope("run", "builtin:chat-abrupt-close", "--runs", "2", "--json", out, "--quiet")
        self.assertEqual(r.returncode, 1)
        self.assertEqual(r.stdout.count("\n"), 1, "--quiet prints only the verdict line")
        self.assertTrue(r.stdout.startswith("verdict: broken"))
        report = self.check_report(out)
        # Each run: one direct session; four tunnelled ones (three reconnects), each cut: 1006.
        self.assertEqual(report["summary"]["close_codes"], {"direct": {"1000": 2}, "tunnel": {"1006": 8}})
        self.assertEqual(report["summary"]["findings"]["close_truncated"], 2)
        self.assertEqual(report["summary"]["findings"]["reconnect_mismatch"], 2)
        self.assertEqual([run["tunnel"]["reconnects"] for run in report["runs"]], [3, 3])

    def test_report_to_stdout(self):
        r = tunnelscope("run", "builtin:lab-echo", "--json", "-")
        self.assertEqual(r.returncode, 0, r.stderr)
        report = json.loads(r.stdout)
        jsonschema.validate(report, load_schema("report.schema.json"))
        self.assertIn("verdict: clean", r.stderr)
        self.assertGreater(report["summary"]["latency_ms"]["tunnel"]["n"], 0)

    def test_exit_3_when_direct_never_connects(self):
        r = tunnelscope("run", "builtin:lab-echo", "--direct", "ws://127.0.0.1:9/")
        self.assertEqual(r.returncode, 3, r.stdout + r.stderr)
        self.assertIn("never completed a handshake", r.stdout)

    def test_exit_2_on_bad_input(self):
        for args, needle in (
            (["run", "builtin:lab-echo", "--bogus"], "unknown option --bogus"),
            (["run", "builtin:lab-echo", "--runs", "abc"], "--runs"),
            (["run", "builtin:lab-echo", "--json"], "--json needs a value"),
            (["run", "builtin:nope"], "no such built-in profile"),
            (["run"], "usage"),
            (["run", "builtin:lab-echo", "--direct", "http://x"], '--direct: "http://x" is not a WebSocket URL'),
            (["run", "builtin:lab-echo", "--json", "/nonexistent/dir/r.json"], "/nonexistent/dir/r.json: cannot write"),
        ):
            r = tunnelscope(*args)
            self.assertEqual(r.returncode, 2, f"{args}: {r.stdout} {r.stderr}")
            self.assertIn(needle, r.stderr, args)

    def test_expired_token_is_noted_not_shown(self):
        import base64
        def part(o):
            return base64.urlsafe_b64encode(json.dumps(o).encode()).rstrip(b"=").decode()
        token = part({"alg": "HS256"}) + "." + part({"exp": 1700000000, "sub": "u"}) + ".c2ln"
        p = self.write_profile("jwt.json", {"name": "jwt", "secrets": {"T": {"env": "TS_JWT"}},
                                            "headers": {"Authorization": "Bearer {{secrets.T}}"},
                                            "lab": {"endpoint": "echo"}, "steps": [{"send": {"text": "x"}}]})
        out = self.path("jwt.json.out")
        r = tunnelscope("run", p, "--json", out, env={"TS_JWT": token})
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertIn("note: the token in the Authorization header expired at 2023-11-14T22:13:20Z", r.stdout)
        report = self.check_report(out)
        self.assertEqual(len(report["notes"]), 1)
        with open(out) as f:
            self.assertNotIn(token, f.read())
        self.assertNotIn(token, r.stdout + r.stderr)

    def test_missing_secret_names_the_variable(self):
        p = self.write_profile("s.json", {"name": "s", "secrets": {"T": {"env": "TS_TEST_NOT_SET"}},
                                          "lab": {"endpoint": "echo"}, "steps": [{"send": {"t": "{{secrets.T}}"}}]})
        env = {k: v for k, v in os.environ.items() if k != "TS_TEST_NOT_SET"}
        r = subprocess.run([harness.BINARY, "run", p], capture_output=True, text=True, env=env, timeout=60)
        self.assertEqual(r.returncode, 2)
        self.assertIn("TS_TEST_NOT_SET", r.stderr)
        self.assertIn("$.secrets.T.env", r.stderr)

    def test_interrupt_finishes_the_run_and_exits_130(self):
        # Ctrl-C in the middle of 50 runs: the run being played is cut and marked interrupted,
        # the reports are written, the tunnel is not blamed, and the exit status is 130.
        out = self.path("interrupted.json")
        proc = subprocess.Popen([harness.BINARY, "run", "builtin:ha-clean", "--runs", "50", "--json", out],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        first = proc.stdout.readline()   # "playing ...": the signals are watched from here on
        self.assertTrue(first.startswith("playing "), first)
        time.sleep(1.0)
        proc.send_signal(signal.SIGINT)
        stdout, stderr = proc.communicate(timeout=30)
        stdout = first + stdout
        self.assertEqual(proc.returncode, 130, stdout + stderr)
        self.assertIn("interrupted", stderr)
        report = self.check_report(out)
        runs = report["runs"]
        self.assertGreater(len(runs), 1)
        self.assertLess(len(runs), 50)
        self.assertTrue(runs[-1]["interrupted"])
        self.assertEqual(runs[-1]["findings"], [])
        self.assertFalse(any(run["interrupted"] for run in runs[:-1]))
        self.assertEqual(report["summary"]["verdict"], "clean", stdout)
        self.assertIn(f"run {len(runs)} (interrupted: shown, not judged)", stdout)  # the last, counted from 1
        self.assertIn("cut by the client: stopped by the user", runs[-1]["direct"]["close"]["tcp_end"])
        self.assertEqual(runs[-1]["direct"]["close"]["tcp_ended_by"], "client")

    def test_second_interrupt_quits_at_once(self):
        proc = subprocess.Popen([harness.BINARY, "run", "builtin:ha-clean", "--runs", "50"],
                                stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        self.assertTrue(proc.stdout.readline().startswith("playing "))
        proc.send_signal(signal.SIGINT)
        proc.send_signal(signal.SIGINT)
        proc.communicate(timeout=10)
        self.assertEqual(proc.returncode, 130)

    def test_findings_grouped_across_runs(self):
        # Three runs of a relay that drops every session: the findings come grouped, critical
        # first, with the runs each group touched, and the delivery of the critical messages.
        out = self.path("storm.json")
        r = tunnelscope("run", "builtin:comfyui-reconnect-storm", "--runs", "3", "--json", out)
        self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
        report = self.check_report(out)
        groups = report["summary"]["groups"]
        self.assertGreater(len(groups), 2)
        rank = {"critical": 2, "warning": 1, "info": 0}
        severities = [rank[g["severity"]] for g in groups]
        self.assertEqual(severities, sorted(severities, reverse=True), "critical groups first")
        self.assertEqual(groups[0]["severity"], "critical")
        total = sum(len(run["findings"]) for run in report["runs"])
        self.assertEqual(sum(g["count"] for g in groups), total, "every finding is in one group")
        for g in groups:
            self.assertEqual(g["runs_total"], 3)
            self.assertEqual(g["pattern"], "consistent" if g["runs_affected"] == 3 else "intermittent")
            self.assertEqual(len(g["occurrences"]), g["count"])
        delivered = {d["message"]: d for d in report["summary"]["delivery"]}
        self.assertIn("execution_success", delivered)
        self.assertEqual(delivered["execution_success"]["paths"]["direct"], delivered["execution_success"]["runs"])
        # The terminal shows the groups, criticals first, in a screenful.
        lines = r.stdout.splitlines()
        self.assertLessEqual(len(lines), 16, r.stdout)
        shown = [l.strip().split(" ")[0] for l in lines if l.strip().split(" ")[0] in ("CRITICAL", "WARNING", "INFO")]
        self.assertEqual(shown[0], "CRITICAL")
        self.assertEqual(shown, sorted(shown, key=lambda s: {"CRITICAL": 0, "WARNING": 1, "INFO": 2}[s]))
        verbose = tunnelscope("run", "builtin:comfyui-reconnect-storm", "--runs", "3", "--verbose")
        for i in range(3):
            self.assertIn(f"run {i + 1}\n", verbose.stdout)  # counted from 1, as the progress line
        self.assertNotIn("more group(s)", verbose.stdout)

    def test_string_and_scalar_sends_go_out_as_text(self):
        # A string is sent verbatim; a number, boolean, null or array as compact JSON text.
        sends = [("hello", "hello"), (42, "42"), (True, "true"), (None, "null"), ([1, "a"], '[1,"a"]'),
                 ("{{run}}-x", "0-x")]
        profile = self.write_profile("sends.json", {
            "name": "sends", "lab": {"endpoint": "echo"},
            "steps": [{"send": value, "expect": {"text": text}, "timeout_ms": 2000} for value, text in sends]})
        v = tunnelscope("validate", profile)
        self.assertEqual(v.returncode, 0, v.stderr)
        out = self.path("sends-report.json")
        r = tunnelscope("run", profile, "--json", out)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        report = self.check_report(out)
        for name in ("direct", "tunnel"):
            sent = [f["data"] for f in report["runs"][0][name]["frames"] if f["dir"] == "out" and f["type"] == "text"]
            self.assertEqual(sent, [text for _, text in sends])
            self.assertTrue(all(s["ok"] for s in report["runs"][0][name]["steps"]), report["runs"][0][name]["steps"])

    def test_killed_run_is_reported_from_its_journal(self):
        journal_dir = self.path("journal")
        env = {"TUNNELSCOPE_JOURNAL_DIR": journal_dir, "TS_KILL_TOKEN": "kill-s3cret-token"}
        # Home Assistant's lab streams an event every 50 ms once subscribed; the play would
        # last 20 s, the process is killed after about 1.5 s of it.
        p = self.write_profile("stream.json", {
            "name": "stream", "protocol": "homeassistant", "secrets": {"T": {"env": "TS_KILL_TOKEN"}},
            "lab": {"endpoint": "homeassistant", "token": "{{secrets.T}}"},
            "steps": [{"expect": {"type": "auth_required"}, "timeout_ms": 3000},
                      {"send": {"type": "auth", "access_token": "{{secrets.T}}"}, "expect": {"type": "auth_ok"}, "timeout_ms": 3000},
                      {"send": {"id": 1, "type": "subscribe_events"}, "expect": {"type": "result"}, "timeout_ms": 3000},
                      {"wait_ms": 20000}]})
        proc = subprocess.Popen([harness.BINARY, "run", p, "--quiet"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                env={**os.environ, **env})
        time.sleep(2.0)
        killed_at_ms = time.time() * 1000
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        journals = [f for f in os.listdir(journal_dir) if f.endswith(".tsjournal")]
        self.assertEqual(len(journals), 1, journals)
        journal = os.path.join(journal_dir, journals[0])
        with open(journal, encoding="utf-8") as f:
            self.assertNotIn("kill-s3cret-token", f.read())
        out = self.path("recovered.json")
        r = tunnelscope("report", journal, "--json", out, "--html", self.path("recovered.html"))
        self.assertIn(r.returncode, (0, 1), r.stdout + r.stderr)
        self.assertIn("recovered from the journal of a session that did not end", r.stdout)
        report = self.check_report(out)
        run = report["runs"][0]
        # A run cut by the kill is shown as such and never judged: no close fault, no URL or
        # handshake time made up for what the journal did not hold.
        self.assertTrue(run["interrupted"])
        self.assertEqual(run["findings"], [])
        self.assertNotEqual(report["summary"]["verdict"], "broken")
        self.assertIn("run 1 (interrupted: shown, not judged)", r.stdout)
        self.assertNotIn("0.00 ms", r.stdout)
        self.assertNotIn("close_truncated", r.stdout)
        for name in ("direct", "tunnel"):
            self.assertTrue(run[name]["url"].startswith("ws://127.0.0.1:"), run[name]["url"])
            self.assertEqual(run[name]["close"]["tcp_end"], "still open when the capture stopped")
            self.assertNotIn("duration_ms", run[name]["handshake"])
        started_ms = datetime.datetime.fromisoformat(run["started_at"]).timestamp() * 1000
        events = [f for f in run["direct"]["frames"] if f["dir"] == "in" and '"type":"event"' in f.get("data", "")]
        self.assertGreater(len(events), 10)
        last_ms = started_ms + max(f["t_ms"] for f in run["direct"]["frames"])
        # Journalled every 50 ms, events every 50 ms: the last one recorded is at most 100 ms
        # before the kill, plus the event interval and some scheduling slack on a busy machine.
        gap = killed_at_ms - last_ms
        print(f"killed {gap:.0f} ms after the last journalled frame", file=sys.stderr)
        self.assertLess(gap, 250)
        self.assertGreaterEqual(gap, -5)
        # Bad input: not a journal.
        r = tunnelscope("report", p)
        self.assertEqual(r.returncode, 2)
        self.assertIn("not a Tunnelscope journal", r.stderr)

    def test_wss_lab_and_the_tls_warning(self):
        # A wss:// lab: both paths verified against the lab certificate; the tunnel path
        # also asks to ignore TLS errors, which every output must then show as a warning.
        profile = self.write_profile("wss.json", {
            "name": "wss-lab", "lab": {"endpoint": "echo", "tls": True},
            "tunnel": {"ignore_tls_errors": True},
            "steps": [{"send": {"text": "x"}, "expect": {"text": "x"}, "timeout_ms": 2000}, {"close": 1000}]})
        files = [self.path(f"wss-report.{ext}") for ext in ("json", "csv", "xml", "html", "har")]
        v = tunnelscope("validate", profile)
        self.assertEqual(v.returncode, 0, v.stderr)
        self.assertIn("over wss://", v.stdout)
        r = tunnelscope("run", profile, "--json", files[0], "--csv", files[1], "--junit", files[2],
                        "--html", files[3], "--har", files[4])
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        report = self.check_report(files[0])
        run = report["runs"][0]
        for name in ("direct", "tunnel"):
            self.assertTrue(run[name]["url"].startswith("wss://127.0.0.1:"), run[name]["url"])
            self.assertTrue(run[name]["handshake"]["ok"])
        self.assertEqual(len(report["warnings"]), 1)
        self.assertTrue(report["warnings"][0].startswith("tunnel path: TLS verification was off (ignore_tls_errors)"))
        self.assertIn("warning: tunnel path: TLS verification was off", r.stdout)
        verdict = [l for l in r.stdout.splitlines() if l.startswith("verdict:")]
        self.assertEqual(len(verdict), 1, r.stdout)
        self.assertIn("TLS verification was off on a path", verdict[0])
        texts = {}
        for fpath in files[1:]:
            with open(fpath, encoding="utf-8") as f:
                texts[fpath] = f.read()
        self.assertIn("[warning: TLS not verified (ignore_tls_errors)]", texts[files[1]])
        suite = ET.fromstring(texts[files[2]]).find("testsuite")
        self.assertIn("TLS verification was off", suite.find("system-err").text)
        self.assertEqual(suite.get("failures"), "0")
        self.assertIn("Warning: tunnel path: TLS verification was off", texts[files[3]])
        self.assertIn("TLS verification was off", json.loads(texts[files[4]])["log"]["comment"])

        # The lab command prints wss:// URLs and where the certificate is; a client of its
        # own trusts the lab with that file and with nothing else.
        cache = self.path("cache")
        lab = subprocess.Popen([harness.BINARY, "lab", profile], stdout=subprocess.PIPE, text=True,
                               env={**os.environ, "XDG_CACHE_HOME": cache})
        try:
            lines = [lab.stdout.readline() for _ in range(4)]
            found = re.search(r"wss://127\.0\.0\.1:(\d+)/", lines[0])
            self.assertTrue(found, lines)
            port = int(found.group(1))
            cert = re.search(r"certificate is (\S+) ", lines[3]).group(1)
            self.assertTrue(cert.startswith(cache), cert)
            with open(cert) as f:
                pem = f.read()
            self.assertIn("BEGIN CERTIFICATE", pem)
            self.assertNotIn("PRIVATE KEY", pem)
            trusting = ssl.create_default_context(cafile=cert)
            with socket.create_connection(("127.0.0.1", port), timeout=5) as raw:
                with trusting.wrap_socket(raw, server_hostname="127.0.0.1") as tls:
                    self.assertTrue(tls.version().startswith("TLS"))
            with socket.create_connection(("127.0.0.1", port), timeout=5) as raw:
                with self.assertRaises(ssl.SSLCertVerificationError):
                    ssl.create_default_context().wrap_socket(raw, server_hostname="127.0.0.1")
        finally:
            lab.terminate()
            lab.wait(10)
            lab.stdout.close()


if __name__ == "__main__":
    harness.main(sys.modules[__name__])
