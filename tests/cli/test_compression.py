#!/usr/bin/env python3
"""End-to-end tests of permessage-deflate (RFC 7692): offered by a profile, agreed by the lab's
echo endpoint, stripped or broken by the lab tunnel, and kept through every report, a watch's
journal and `compare`. Real processes, the lab on 127.0.0.1, real headless Chromium for the HTML.
Usage: test_compression.py TUNNELSCOPE_BINARY SCHEMA_DIR [TEST_NAME_PATTERN...]"""
import glob
import html
import os
import re
import sys

import harness
from harness import CliCase, builtin_profile, chromium, tunnelscope

STRIPPED = "tunnel removed permessage-deflate"


def compressed(path):
    return [f for f in path["frames"] if "compressed_size" in f]


class Compression(CliCase):
    def test_a_clean_compressed_session_is_clean_and_says_what_it_saved(self):
        js, page = self.path("r.json"), self.path("r.html")
        r = tunnelscope("run", "builtin:deflate-clean", "--json", js, "--html", page)
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertEqual(len(re.findall(r"24 message\(s\) compressed, \d+ B on the wire for 1752 B", r.stdout)), 2, r.stdout)
        report = self.check_report(js)
        run = report["runs"][0]
        for name in ("direct", "tunnel"):
            path = run[name]
            self.assertEqual(path["handshake"]["extensions"], "permessage-deflate")
            offer = dict(path["handshake"]["request_headers"])["Sec-WebSocket-Extensions"]
            self.assertEqual(offer, "permessage-deflate; client_max_window_bits")
            frames = compressed(path)
            self.assertEqual(len(frames), 24)
            # Repeated messages cost a few bytes once the window holds the first.
            state = [f for f in frames if f["dir"] == "in" and "state_changed" in f.get("data", "")]
            self.assertEqual(len(state), 10)
            self.assertLess(state[-1]["compressed_size"], state[0]["compressed_size"] / 4)
            self.assertTrue(all(f["size"] == 84 for f in state))
        dom = chromium("--dump-dom", "file://" + page)
        if dom.returncode != 0:
            self.skipTest("headless Chromium did not run: " + dom.stderr[-300:])
        text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", dom.stdout)).split())
        self.assertEqual(text.count("Extensions: permessage-deflate"), 2, text[:2000])
        self.assertRegex(text, r"Compressed: 24 message\(s\), \d+ B on the wire for 1752 B")

    def test_a_stripped_offer_is_named_in_every_report_and_after_the_fact(self):
        js, page = self.path("r.json"), self.path("r.html")
        r = tunnelscope("run", "builtin:deflate-stripped", "--json", js, "--html", page, "--junit", self.path("r.xml"))
        self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
        self.assertIn("WARNING protocol_violation: " + STRIPPED, r.stdout)
        self.assertIn("verdict: degraded", r.stdout)
        report = self.check_report(js)
        run = report["runs"][0]
        (finding,) = run["findings"]
        self.assertEqual((finding["kind"], finding["severity"], finding["path"]), ("protocol_violation", "warning", "tunnel"))
        self.assertEqual(finding["detail"]["cause"], "extension_stripped")
        self.assertEqual(finding["detail"]["direct_extensions"], "permessage-deflate")
        self.assertEqual(finding["detail"]["tunnel_extensions"], "")
        self.assertNotIn("extensions", run["tunnel"]["handshake"])
        self.assertEqual(len(compressed(run["direct"])), 24)
        self.assertEqual(compressed(run["tunnel"]), [])

        # The same report compared with itself, and a watch's journal rebuilt: both still have
        # the offers and answers, so the finding stays.
        c = tunnelscope("compare", js, js, "--json", self.path("compared.json"))
        self.assertEqual(c.returncode, 1, c.stdout + c.stderr)
        compared = self.check_report(self.path("compared.json"))
        self.assertEqual([f["detail"].get("cause") for f in compared["runs"][0]["findings"]], ["extension_stripped"])
        self.assertEqual(len(compressed(compared["runs"][0]["direct"])), 24)
        out = self.path("watch")
        w = tunnelscope("watch", "builtin:deflate-stripped", "--out", out, "--for", "1s", "--every", "1h")
        self.assertEqual(w.returncode, 0, w.stdout + w.stderr)
        journals = glob.glob(os.path.join(out, "*", "*.tsjournal"))
        self.assertEqual(len(journals), 1, journals)
        rebuilt = tunnelscope("report", journals[0], "--json", self.path("again.json"))
        self.assertEqual(rebuilt.returncode, 1, rebuilt.stdout + rebuilt.stderr)
        again = self.check_report(self.path("again.json"))
        self.assertEqual([f["detail"].get("cause") for f in again["runs"][0]["findings"]], ["extension_stripped"])
        self.assertEqual([f["compressed_size"] for f in compressed(again["runs"][0]["direct"])],
                         [f["compressed_size"] for f in compressed(run["direct"])])

        dom = chromium("--dump-dom", "file://" + page)
        if dom.returncode != 0:
            self.skipTest("headless Chromium did not run: " + dom.stderr[-300:])
        text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", dom.stdout)).split())
        self.assertRegex(text, r"Extensions: offered permessage-deflate; client_max_window_bits ?, none agreed")
        self.assertIn(STRIPPED, text)

    def test_a_broken_compressed_message_fails_the_tunnel_connection_and_nothing_else(self):
        js = self.path("r.json")
        r = tunnelscope("run", "builtin:deflate-corrupted", "--json", js)
        self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
        report = self.check_report(js)
        run = report["runs"][0]
        critical = [f for f in run["findings"] if f["severity"] == "critical"]
        self.assertEqual(len(critical), 1, critical)
        self.assertIn("could not be inflated: zlib: invalid block type", critical[0]["summary"])
        self.assertEqual(run["tunnel"]["frames"][critical[0]["tunnel_seq"]]["type"], "error")
        # No close finding: the client ended the connection, over the violation.
        self.assertFalse([f for f in run["findings"] if f["kind"].startswith("close_")])
        self.assertEqual(run["tunnel"]["close"]["sent_code"], 1002)
        lost = [f for f in run["findings"] if f["kind"] == "message_missing"]
        self.assertTrue(lost)
        for f in lost:
            self.assertIn("the client failed the tunnel connection at", f["summary"])
            # Never sent on that path once the client had failed it: not "lost" by the tunnel.
            self.assertIn(" never came through the tunnel: ", f["summary"])
            self.assertNotIn("tunnel lost", f["summary"])

    def test_offers_with_parameters_and_bad_ones(self):
        profile = builtin_profile("deflate-clean")
        profile["permessage_deflate"] = {"client_max_window_bits": 10, "server_no_context_takeover": True,
                                         "client_no_context_takeover": True}
        self.write_profile("p.json", profile)
        r = tunnelscope("run", self.path("p.json"), "--json", self.path("r.json"))
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        run = self.check_report(self.path("r.json"))["runs"][0]
        self.assertEqual(run["tunnel"]["handshake"]["extensions"],
                         "permessage-deflate; server_no_context_takeover; client_no_context_takeover; client_max_window_bits=10")
        # No context takeover: every copy of a message costs the same.
        state = [f["compressed_size"] for f in compressed(run["tunnel"])
                 if f["dir"] == "in" and "state_changed" in f.get("data", "")]
        self.assertEqual(len(set(state)), 1, state)

        del profile["extensions"]
        self.write_profile("bad.json", profile)
        v = tunnelscope("validate", self.path("bad.json"))
        self.assertEqual(v.returncode, 2, v.stdout + v.stderr)
        self.assertIn("$.permessage_deflate: parameters for an extension that is not offered", v.stdout + v.stderr)
        profile["extensions"] = ["permessage-deflate"]
        profile["permessage_deflate"] = {"client_max_window_bits": 8}
        self.write_profile("bad.json", profile)
        v = tunnelscope("validate", self.path("bad.json"))
        self.assertEqual(v.returncode, 2, v.stdout + v.stderr)
        self.assertIn("$.permessage_deflate.client_max_window_bits", v.stdout + v.stderr)


if __name__ == "__main__":
    harness.main(sys.modules[__name__])
