#!/usr/bin/env python3
"""A path's proxy proven against real proxies started on 127.0.0.1 by the test: Debian's
tinyproxy for HTTP CONNECT and microsocks for SOCKS5, with and without credentials; their
refusals named as the proxy's, never the tunnel's; the environment's proxies read as curl reads
them. Usage: test_proxies.py TUNNELSCOPE_BINARY SCHEMA_DIR [TEST_NAME_PATTERN...]"""
import glob
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
import time

import harness
from harness import CliCase, builtin_profile, tunnelscope

PROXY_PASSWORD = "pr0xy-s3cret-pw"
SOCKS_PASSWORD = "s0cks-s3cret-pw"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_port(port, process, what):
    deadline = time.time() + 10
    while time.time() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{what} exited with {process.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"{what} did not listen on 127.0.0.1:{port}")


class Proxies(CliCase):
    def setUp(self):
        super().setUp()
        self.processes = []
        missing = [b for b in ("tinyproxy", "microsocks") if not shutil.which(b)]
        if missing:
            self.skipTest(f"{', '.join(missing)} not installed (./test.sh installs tinyproxy and microsocks)")

    def tearDown(self):
        for p in self.processes:
            p.terminate()
            try:
                p.wait(5)
            except subprocess.TimeoutExpired:
                p.kill()
        super().tearDown()

    def tinyproxy(self, extra=""):
        port = free_port()
        conf = self.path(f"tinyproxy-{port}.conf")
        log = self.path(f"tinyproxy-{port}.log")
        with open(conf, "w") as f:
            f.write(f"Port {port}\nListen 127.0.0.1\nTimeout 30\nMaxClients 20\nAllow 127.0.0.1\n"
                    f"LogLevel Connect\nLogFile \"{log}\"\n{extra}\n")
        p = subprocess.Popen(["tinyproxy", "-d", "-c", conf], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.processes.append(p)
        wait_for_port(port, p, "tinyproxy")
        return port, log

    def microsocks(self, *args):
        port = free_port()
        p = subprocess.Popen(["microsocks", "-i", "127.0.0.1", "-p", str(port), *args],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.processes.append(p)
        wait_for_port(port, p, "microsocks")
        return port

    def connects(self, log):
        with open(log) as f:
            return [l for l in f if "Request" in l and "CONNECT 127.0.0.1:" in l]

    def assert_through_proxy(self, handshake, status):
        self.assertIn("proxy", handshake, handshake)
        self.assertEqual(handshake["proxy"]["status"], status)
        phases = handshake["phases_ms"]
        self.assertLessEqual(phases["tcp_connected"], phases["proxy_done"])
        self.assertLessEqual(phases["proxy_done"], phases["upgrade_sent"])

    def assert_no_secret(self, *texts):
        for text in texts:
            for secret in (PROXY_PASSWORD, SOCKS_PASSWORD):
                self.assertNotIn(secret, text)

    def outputs(self):
        """Every file the run wrote, as text."""
        texts = []
        for name in glob.glob(os.path.join(self.dir, "out.*")):
            with open(name, encoding="utf-8", errors="replace") as f:
                texts.append(f.read())
        return texts

    def run_all_formats(self, *args, env=None):
        return tunnelscope("run", *args, "--json", self.path("out.json"), "--html", self.path("out.html"),
                           "--har", self.path("out.har"), "--csv", self.path("out.csv"), "--junit", self.path("out.xml"),
                           env=env)

    def test_connect_proxy_carries_both_paths(self):
        port, log = self.tinyproxy()
        r = self.run_all_formats("builtin:ha-clean", "--proxy", f"http://127.0.0.1:{port}")
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertIn(f"the tunnel path goes through the proxy http://127.0.0.1:{port} (--proxy)", r.stdout)
        report = self.check_report(self.path("out.json"))
        for path in ("direct", "tunnel"):
            self.assert_through_proxy(report["runs"][0][path]["handshake"], 200)
        # The proxy saw both paths' CONNECTs, and the HTML shows its answer.
        self.assertEqual(len(self.connects(log)), 2, self.connects(log))
        with open(self.path("out.html"), encoding="utf-8") as f:
            self.assertIn(f"Proxy: <code>http://127.0.0.1:{port}</code>: HTTP/1.", f.read())
        # wss:// through the proxy: TLS starts inside the CONNECT tunnel and is verified against
        # the server's name, not the proxy's.
        profile = builtin_profile("ha-clean")
        profile["lab"]["tls"] = True
        r = tunnelscope("run", self.write_profile("tls.json", profile), "--proxy", f"http://127.0.0.1:{port}",
                        "--json", self.path("tls.json.out"))
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        report = self.check_report(self.path("tls.json.out"))
        self.assertNotIn("warnings", report)
        for path in ("direct", "tunnel"):
            handshake = report["runs"][0][path]["handshake"]
            self.assertTrue(report["runs"][0][path]["url"].startswith("wss://"))
            self.assert_through_proxy(handshake, 200)
            self.assertLessEqual(handshake["phases_ms"]["proxy_done"], handshake["phases_ms"]["tls_done"])
        self.assertEqual(len(self.connects(log)), 4)

    def test_connect_proxy_credentials_come_from_secrets_and_never_show(self):
        port, log = self.tinyproxy(f"BasicAuth alice {PROXY_PASSWORD}")
        profile = builtin_profile("ha-clean")
        profile["secrets"] = {"proxy_password": {"env": "TS_PROXY_PASSWORD"}}
        profile["tunnel"] = {"proxy": f"http://alice:{{{{secrets.proxy_password}}}}@127.0.0.1:{port}"}
        r = self.run_all_formats(self.write_profile("p.json", profile), env={"TS_PROXY_PASSWORD": PROXY_PASSWORD})
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        report = self.check_report(self.path("out.json"))
        self.assert_through_proxy(report["runs"][0]["tunnel"]["handshake"], 200)
        self.assertNotIn("proxy", report["runs"][0]["direct"]["handshake"])
        self.assertEqual(len(self.connects(log)), 1)
        self.assert_no_secret(r.stdout, r.stderr, *self.outputs())

    def test_proxy_refusals_are_the_proxys_not_the_tunnels(self):
        auth_port, _ = self.tinyproxy(f"BasicAuth alice {PROXY_PASSWORD}")
        strict_port, _ = self.tinyproxy("ConnectPort 443")
        # A proxy that takes the connection and hangs up without a word.
        mute = socket.socket()
        mute.bind(("127.0.0.1", 0))
        mute.listen(8)
        mute_port = mute.getsockname()[1]

        def hang_up():
            while True:
                try:
                    c, _ = mute.accept()
                except OSError:
                    return
                c.recv(4096)
                c.close()
        threading.Thread(target=hang_up, daemon=True).start()
        self.addCleanup(mute.close)
        cases = [
            (f"http://127.0.0.1:{auth_port}", ["407 Proxy Authentication Required", 'Proxy-Authenticate: Basic realm="Tinyproxy"',
                                               "it wants credentials"]),
            (f"http://alice:wrong-password@127.0.0.1:{auth_port}", ["the username and password given were refused"]),
            (f"http://127.0.0.1:{strict_port}", ["403", "its rules do not allow a tunnel to that host or port"]),
            (f"http://127.0.0.1:{mute_port}", [f"the proxy http://127.0.0.1:{mute_port} closed the connection while waiting "
                                               "for the proxy's answer to CONNECT"]),
            (f"http://127.0.0.1:{free_port()}", ["connection refused by the proxy"]),
        ]
        for proxy, needles in cases:
            with self.subTest(proxy=proxy):
                profile = builtin_profile("ha-clean")
                profile["tunnel"] = {"proxy": proxy}
                r = tunnelscope("run", self.write_profile("p.json", profile), "--json", self.path("r.json"))
                self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
                report = self.check_report(self.path("r.json"))
                handshake = report["runs"][0]["tunnel"]["handshake"]
                self.assertFalse(handshake["ok"])
                self.assertEqual(handshake["cause"], "proxy")
                failed = [f for f in report["runs"][0]["findings"] if f["kind"] == "handshake_failed"]
                self.assertEqual(len(failed), 1, failed)
                # Its own cause and hint, and a warning: the tunnel was never reached.
                self.assertEqual(failed[0]["severity"], "warning")
                self.assertEqual(failed[0]["detail"]["cause"], "proxy")
                self.assertIn("the tunnel itself was not tested", failed[0]["summary"])
                for needle in needles:
                    self.assertIn(needle, failed[0]["summary"])
                self.assertNotIn("wrong-password", r.stdout + json.dumps(report))
        # What the proxy said, read in Chinese to its last clause; the JSON's summary stays English.
        profile = builtin_profile("ha-clean")
        profile["tunnel"] = {"proxy": cases[0][0]}
        r = tunnelscope("--lang", "zh_CN", "run", self.write_profile("p.json", profile), "--json", self.path("zh.json"))
        self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
        failed = [f for f in self.check_report(self.path("zh.json"))["runs"][0]["findings"] if f["kind"] == "handshake_failed"]
        self.assertIn("it wants credentials", failed[0]["summary"])
        self.assertIn(f"代理 http://127.0.0.1:{auth_port} 对 CONNECT", failed[0]["summary_localized"])
        self.assertIn("：它需要凭据；在代理 URL 的主机名前加上 USER:PASSWORD@", failed[0]["summary_localized"])
        self.assertIn("它需要凭据", r.stdout)

    def test_socks5_with_and_without_credentials(self):
        open_port = self.microsocks()
        auth_port = self.microsocks("-u", "bob", "-P", SOCKS_PASSWORD)
        for proxy in (f"socks5://127.0.0.1:{open_port}", f"socks5h://127.0.0.1:{open_port}",
                      f"socks5://bob:{SOCKS_PASSWORD}@127.0.0.1:{auth_port}"):
            with self.subTest(proxy=proxy):
                r = self.run_all_formats("builtin:ha-clean", "--proxy", proxy)
                self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
                report = self.check_report(self.path("out.json"))
                for path in ("direct", "tunnel"):
                    self.assert_through_proxy(report["runs"][0][path]["handshake"], 0)
                    self.assertEqual(report["runs"][0][path]["handshake"]["proxy"]["status_line"], "SOCKS5 reply 0: succeeded")
                self.assert_no_secret(r.stdout, r.stderr, *self.outputs())
        for proxy, needle in ((f"socks5://127.0.0.1:{auth_port}", "wants credentials"),
                              (f"socks5://bob:nope@127.0.0.1:{auth_port}", "refused the username and password given")):
            with self.subTest(proxy=proxy):
                profile = builtin_profile("ha-clean")
                profile["tunnel"] = {"proxy": proxy}
                r = tunnelscope("run", self.write_profile("p.json", profile), "--json", self.path("r.json"))
                self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
                summary = [f["summary"] for f in self.check_report(self.path("r.json"))["runs"][0]["findings"]
                           if f["kind"] == "handshake_failed"]
                self.assertEqual(len(summary), 1)
                self.assertIn(needle, summary[0])

    def test_environment_proxies_are_read_as_curl_reads_them(self):
        port, log = self.tinyproxy()
        # URLs that are not the lab's own: a lab started apart, as a user's server would be.
        lab = subprocess.Popen([harness.BINARY, "lab", "builtin:ha-clean"], stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, text=True)
        self.processes.append(lab)
        lines = [lab.stdout.readline() for _ in range(2)]
        urls = [l.split()[-1] for l in lines]
        profile = builtin_profile("ha-clean")
        del profile["lab"]
        profile["direct"] = {"url": urls[0]}
        profile["tunnel"] = {"url": urls[1]}
        path = self.write_profile("env.json", profile)
        proxy = f"http://127.0.0.1:{port}"
        cases = [
            ({"http_proxy": proxy}, [], 2, "from the environment's http_proxy"),
            ({"all_proxy": proxy}, [], 2, "from the environment's all_proxy"),
            # HTTP_PROXY in upper case is not read (a CGI request header can set it), as with curl.
            ({"HTTP_PROXY": proxy}, [], 0, None),
            # https_proxy is for wss:// only.
            ({"https_proxy": proxy}, [], 0, None),
            ({"http_proxy": proxy, "no_proxy": "localhost,127.0.0.0/8"}, [], 0, None),
            ({"http_proxy": proxy, "NO_PROXY": "*"}, [], 0, None),
            ({"http_proxy": proxy}, ["--no-proxy"], 0, None),
        ]
        clean = {k: v for k, v in os.environ.items() if "proxy" not in k.lower()}
        for env, args, expected, note in cases:
            with self.subTest(env=env, args=args):
                before = len(self.connects(log))
                r = subprocess.run([harness.BINARY, "run", path, *args], capture_output=True, text=True, timeout=120,
                                   env={**clean, **env, "QT_QPA_PLATFORM": "offscreen"})
                self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
                self.assertEqual(len(self.connects(log)) - before, expected, r.stdout)
                if note:
                    self.assertIn(note, r.stdout)
                else:
                    self.assertNotIn("goes through the proxy", r.stdout)

    def test_watch_plays_through_the_proxy_it_is_given(self):
        port, log = self.tinyproxy()
        out = self.path("watch")
        w = tunnelscope("watch", "builtin:lab-echo", "--proxy", f"http://127.0.0.1:{port}", "--out", out,
                        "--for", "1s", "--every", "1h")
        self.assertEqual(w.returncode, 0, w.stdout + w.stderr)
        self.assertEqual(len(self.connects(log)), 2, self.connects(log))
        journals = glob.glob(os.path.join(out, "*", "*.tsjournal"))
        self.assertEqual(len(journals), 1, journals)
        r = tunnelscope("report", journals[0], "--json", self.path("again.json"))
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        again = self.check_report(self.path("again.json"))
        for path in ("direct", "tunnel"):
            self.assert_through_proxy(again["runs"][0][path]["handshake"], 200)

    def test_bad_proxy_options_are_refused_before_connecting(self):
        for command in ("run", "watch"):
            for args, needle in ((["--proxy", "ftp://127.0.0.1:21"], "a ftp:// proxy is not supported"),
                                 (["--proxy", "http://127.0.0.1:1", "--no-proxy"], "give one or the other")):
                r = tunnelscope(command, "builtin:lab-echo", *args)
                self.assertEqual(r.returncode, 2, command + ": " + r.stdout + r.stderr)
                self.assertIn(needle, r.stderr)


if __name__ == "__main__":
    harness.main(sys.modules[__name__])
