#!/usr/bin/env python3
"""No secret in any output: every report format, the journal and the reports rebuilt from it,
stdout and stderr, searched as they are and decoded (JSON strings, base64, hex, percent-encoding,
UTF-16), for binary frames, text that is not UTF-8, fragmented messages and every built-in.
Usage: test_secrets.py TUNNELSCOPE_BINARY SCHEMA_DIR [TEST_NAME_PATTERN...]"""
import base64
import concurrent.futures
import glob
import json
import os
import re
import signal
import subprocess
import sys
import time

import harness
import leaks
from harness import CliCase, tunnelscope
from wirepeer import WirePeer

# '+', '/' and a non-ASCII letter: its percent-encoded, JSON-escaped and base64 forms all differ
# from the raw text.
SECRET = "s3cr3t-Zq9+v\u00e4lue/7"
FORMATS = ("json", "csv", "html", "har", "xml")
OPTIONS = {"json": "--json", "csv": "--csv", "html": "--html", "har": "--har", "xml": "--junit"}


class Secrets(CliCase):
    def assertNoTrace(self, outputs, secret):
        for i, output in enumerate(outputs):
            where = leaks.traces(output, secret)
            self.assertEqual(where, [], f"output {i} shows {secret!r}: {where}\n{str(output)[:3000]}")

    def outputs_of(self, args, env, tag):
        """Runs tunnelscope with every report format; returns what it printed and wrote."""
        files = {ext: self.path(f"{tag}.{ext}") for ext in FORMATS}
        command = list(args)
        for ext, fpath in files.items():
            command += [OPTIONS[ext], fpath]
        r = tunnelscope(*command, env=env)
        self.assertIn(r.returncode, (0, 1), r.stdout + r.stderr)
        outputs = [r.stdout, r.stderr]
        for fpath in files.values():
            with open(fpath, "rb") as f:
                outputs.append(f.read())
        return outputs, self.check_report(files["json"])

    def journal_outputs(self, profile_path, env, seconds):
        """Plays a profile whose script ends with a long wait, kills it after `seconds`, and
        returns the journal and every report rebuilt from it."""
        journal_dir = self.path("journal-" + os.path.basename(profile_path))
        proc = subprocess.Popen([harness.BINARY, "run", profile_path, "--quiet"], stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL, env={**os.environ, **env, "TUNNELSCOPE_JOURNAL_DIR": journal_dir})
        time.sleep(seconds)
        proc.send_signal(signal.SIGKILL)
        proc.wait(10)
        journals = glob.glob(os.path.join(journal_dir, "*.tsjournal"))
        self.assertEqual(len(journals), 1, journals)
        with open(journals[0], "rb") as f:
            outputs = [f.read()]
        rebuilt, report = self.outputs_of(["report", journals[0]], {}, "rebuilt-" + os.path.basename(profile_path))
        return outputs + rebuilt, report

    def test_binary_frames_from_a_text_to_binary_tunnel(self):
        # The profile of the report that found the leak, as a new user wrote it.
        env = {"TS_LEAK": SECRET}
        steps = [{"send": {"text": "my token is {{secrets.T}}"}, "expect": {"regex": "token"}, "timeout_ms": 1000},
                 {"send": {"type": "auth", "access_token": "{{secrets.T}}"}, "expect": {"type": "auth"}, "timeout_ms": 1000}]
        profile = {"name": "leak", "secrets": {"T": {"env": "TS_LEAK"}},
                   "lab": {"endpoint": "echo", "faults": [{"kind": "text_to_binary"}]},
                   "steps": steps + [{"close": 1000}]}
        outputs, report = self.outputs_of(["run", self.write_profile("leak.json", profile)], env, "leak")
        binary = [f for f in report["runs"][0]["tunnel"]["frames"] if f["type"] == "binary"]
        self.assertEqual(len(binary), 2, "the tunnel turned both echoes into binary frames")
        for f in binary:
            self.assertEqual(len(base64.b64decode(f["data"])), f["size"], "masked in place")
            self.assertGreater(f.get("masked_bytes", 0), 0)
        profile["steps"] = steps + [{"wait_ms": 60000}]
        kept, _ = self.journal_outputs(self.write_profile("leak-journal.json", profile), env, 2.5)
        self.assertNoTrace(outputs + kept, SECRET)

    def test_fragmented_binary_and_invalid_utf8_frames(self):
        peer = WirePeer()
        self.addCleanup(peer.close)
        env = {"TS_LEAK": SECRET}
        steps = [{"send": {"text": "my token is {{secrets.T}}"}, "wait_ms": 1000}]
        profile = {"name": "wire-forms", "secrets": {"T": {"env": "TS_LEAK"}},
                   "direct": {"url": peer.url}, "lab": {"faults": [{"kind": "latency", "ms": 1}]},
                   "steps": steps + [{"close": 1000}]}
        outputs, report = self.outputs_of(["run", self.write_profile("wire.json", profile)], env, "wire")
        # The server's answers arrived in the forms this test is about.
        for name in ("direct", "tunnel"):
            frames = [f for f in report["runs"][0][name]["frames"] if f["dir"] == "in"]
            self.assertTrue(any(f.get("fragments", 1) > 1 and f["type"] == "text" for f in frames), frames)
            self.assertTrue(any(f.get("fragments", 1) > 1 and f["type"] == "binary" for f in frames), frames)
            self.assertTrue(any(f.get("encoding") == "base64" and f["type"] == "text" for f in frames), frames)
            self.assertTrue(any("«redacted:T»" in f.get("data", "") and "shift2" in f.get("data", "") for f in frames), frames)
        # The server's last answer, text that is not UTF-8, ends the session: a server that
        # holds it back keeps the session alive until it is killed.
        holding = WirePeer(last_delay=30)
        self.addCleanup(holding.close)
        profile["direct"]["url"] = holding.url
        kept, _ = self.journal_outputs(self.write_profile("wire-journal.json", profile), env, 1.5)
        self.assertTrue(any(b'"n":' in line for line in kept[0].splitlines()), "the journal holds fragmented messages")
        self.assertNoTrace(outputs + kept, SECRET)

    def test_every_builtin(self):
        # The credentials the built-ins send by value (access tokens, a lab's token) are
        # redacted like declared secrets, in every form.
        profiles_dir = os.path.join(harness.SCHEMAS, os.pardir, "profiles")
        names = sorted(os.path.basename(p)[:-5] for p in glob.glob(os.path.join(profiles_dir, "*.json")))
        self.assertGreater(len(names), 10)

        def credentials(value, key=""):
            if isinstance(value, str):
                if key.lower() in ("access_token", "token", "password", "authorization") and "{{" not in value and len(value) >= 4:
                    yield value
            elif isinstance(value, dict):
                for k, v in value.items():
                    yield from credentials(v, k)
            elif isinstance(value, list):
                for v in value:
                    yield from credentials(v, key)

        def play(name):
            return name, self.outputs_of(["run", "builtin:" + name], {}, name)[0]

        seen = set()
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            for name, outputs in pool.map(play, names):
                with open(os.path.join(profiles_dir, name + ".json")) as f:
                    secrets = set(credentials(json.load(f)))
                seen |= secrets
                for secret in secrets:
                    self.assertNoTrace(outputs, secret)
                for output in outputs:
                    text = output.decode("utf-8", "replace") if isinstance(output, bytes) else output
                    self.assertIsNone(re.search(r'access_token\\?"\s*:\s*\\?"(?!«redacted)', text), name)
        self.assertIn("an-expired-token", seen)

    def test_declared_and_shaped_secrets_in_every_format(self):
        env = {"TS_TEST_SECRET": SECRET}
        echo = self.write_profile("echo-secret.json", {
            "name": "secret-echo", "secrets": {"T": {"env": "TS_TEST_SECRET"}},
            "headers": {"Authorization": "Bearer {{secrets.T}}", "X-Token": "{{secrets.T}}"},
            "lab": {"endpoint": "echo"},
            "steps": [
                {"send": {"type": "auth", "access_token": "{{secrets.T}}"}, "expect": {"type": "auth"}, "timeout_ms": 2000},
                {"send": {"text": "my token is {{secrets.T}}"}, "expect": {"regex": "my token"}, "timeout_ms": 2000},
                {"close": 1000}]})
        ha = self.write_profile("ha-secret.json", {
            "name": "secret-ha", "protocol": "homeassistant", "secrets": {"T": {"env": "TS_TEST_SECRET"}},
            "lab": {"endpoint": "homeassistant", "token": "{{secrets.T}}"},
            "steps": [{"expect": {"type": "auth_required"}, "timeout_ms": 2000},
                      {"send": {"type": "auth", "access_token": "{{secrets.T}}"}},
                      {"expect": {"type": "auth_ok"}, "timeout_ms": 2000}]})
        # A Socket.IO connect packet's auth object: redacted though it names no declared secret.
        sio = self.write_profile("sio-secret.json", {
            "name": "secret-sio", "protocol": "socketio", "secrets": {"T": {"env": "TS_TEST_SECRET"}},
            "lab": {"endpoint": "socketio"},
            "steps": [{"send": {"text": "40{\"token\":\"{{secrets.T}}\",\"apiKey\":\"sio-literal-Key9\"}"},
                       "expect": {"regex": "^40"}, "timeout_ms": 3000},
                      {"close": 1000}]})
        outputs = []
        # The query-string case: the lab command's URLs, with the token in the query.
        lab = subprocess.Popen([harness.BINARY, "lab", echo], stdout=subprocess.PIPE, text=True,
                               env={**os.environ, **env})
        try:
            lines = [lab.stdout.readline() for _ in range(2)]
            urls = [re.search(r"(ws://127\.0\.0\.1:\d+/\S*)", l).group(1) for l in lines]
            query = "?token={{secrets.T}}&access_token={{secrets.T}}"
            runs = [
                (echo, ["--direct", urls[0] + query, "--tunnel", urls[1] + query]),
                (ha, []),
                (sio, []),
            ]
            for i, (profile, extra) in enumerate(runs):
                files = [self.path(f"out{i}.{ext}") for ext in ("json", "csv", "xml", "html", "har")]
                r = tunnelscope("run", profile, *extra, "--json", files[0], "--csv", files[1], "--junit", files[2],
                                "--html", files[3], "--har", files[4], env=env)
                self.assertIn(r.returncode, (0, 1), r.stdout + r.stderr)
                outputs += [r.stdout, r.stderr]
                for fpath in files:
                    with open(fpath, encoding="utf-8") as f:
                        outputs.append(f.read())
                report = self.check_report(files[0])
                if i == 0:
                    self.assertEqual(report["runs"][0]["direct"]["handshake"]["ok"], True)
                    self.assertIn("«redacted:", report["runs"][0]["direct"]["url"])
                elif i == 1:
                    # The secret really was used: the lab accepted it as the token.
                    self.assertEqual(report["runs"][0]["direct"]["steps"][-1]["ok"], True)
                else:
                    sent = [f["data"] for f in report["runs"][0]["direct"]["frames"] if f["dir"] == "out" and f.get("data", "").startswith("40")]
                    self.assertEqual(sent, ['40{"token":"«redacted:T»","apiKey":"«redacted:socketio_auth»"}'])
        finally:
            lab.terminate()
            lab.wait(10)
            lab.stdout.close()
        joined = "\n".join(outputs)
        self.assertGreater(len(joined), 1000)
        self.assertNoTrace(outputs, SECRET)
        self.assertNoTrace(outputs, "sio-literal-Key9")
        self.assertIn("«redacted:T»", joined)



if __name__ == "__main__":
    harness.main(sys.modules[__name__])
