#!/usr/bin/env python3
"""End-to-end tests of the sweeps that give the evidence more dimensions: client identities
played on every run. Real processes, the lab on 127.0.0.1, real headless Chromium for the HTML.
Usage: test_sweeps.py TUNNELSCOPE_BINARY SCHEMA_DIR [TEST_NAME_PATTERN...]"""
import glob
import html
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

import harness
from harness import CliCase, builtin_profile, chromium, tunnelscope

CONTRAST = ("auth_invalid lost in 3/3 runs as ios-app, 0/3 as browser: "
            "the tunnel treats these clients differently")


class Identities(CliCase):
    def test_sweep_names_the_identity_the_tunnel_treats_differently(self):
        js, page, xml = self.path("r.json"), self.path("r.html"), self.path("r.xml")
        r = tunnelscope("run", "builtin:ha-identity-lost-auth-invalid", "--json", js, "--html", page, "--junit", xml)
        self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
        # Said before the groups: the first thing after the paths.
        lines = r.stdout.splitlines()
        self.assertIn("identities: " + CONTRAST, lines)
        first_group = next(i for i, l in enumerate(lines) if l.strip().startswith(("CRITICAL", "WARNING", "INFO")))
        self.assertLess(lines.index("identities: " + CONTRAST), first_group)
        self.assertIn("CRITICAL message_missing as ios-app: tunnel lost auth_invalid", r.stdout)
        self.assertNotIn("CRITICAL message_missing as browser", r.stdout)

        report = self.check_report(js)
        # Every run played once per identity, taking turns.
        self.assertEqual([run["identity"] for run in report["runs"]], ["browser", "ios-app"] * 3)
        for run in report["runs"]:
            lost = [f for f in run["findings"] if f["kind"] == "message_missing"]
            self.assertEqual(len(lost), 1 if run["identity"] == "ios-app" else 0, run["identity"])
        contrasts = report["summary"]["identity_contrasts"]
        self.assertEqual(len(contrasts), 1, contrasts)
        self.assertEqual(contrasts[0]["summary"], CONTRAST)
        self.assertEqual(contrasts[0]["message"], "auth_invalid")
        self.assertEqual(contrasts[0]["identities"], [{"identity": "ios-app", "affected": 3, "runs": 3},
                                                      {"identity": "browser", "affected": 0, "runs": 3}])
        critical = [g for g in report["summary"]["groups"] if g["severity"] == "critical"]
        self.assertEqual([(g["identity"], g["runs_affected"], g["runs_total"]) for g in critical], [("ios-app", 3, 3)])
        delivery = {d["identity"]: d for d in report["summary"]["delivery"] if d["message"] == "auth_invalid"}
        self.assertEqual(delivery["browser"]["paths"], {"direct": 3, "tunnel": 3})
        self.assertEqual(delivery["ios-app"]["paths"], {"direct": 3, "tunnel": 0})

        names = [case.get("name") for case in ET.parse(xml).getroot().iter("testcase")]
        self.assertEqual(names[:2], ["run 1 as browser", "run 2 as ios-app"])

        dom = chromium("--dump-dom", "file://" + page)
        if dom.returncode != 0:
            self.skipTest("headless Chromium did not run: " + dom.stderr[-300:])
        text = " ".join(html.unescape(re.sub(r"<[^>]+>", " ", dom.stdout)).split())
        self.assertIn("Client identities", text)
        self.assertIn(CONTRAST, text)
        self.assertIn("Run 2 as ios-app", text)
        self.assertRegex(dom.stdout, r'<td class="num lost">0/3</td>')

    def test_identity_headers_replace_the_profiles_own(self):
        # The profile's own User-Agent would trip the relay's fault for every identity; each
        # identity's header replaces it (names compared without case), so the browser is spared.
        profile = builtin_profile("ha-identity-lost-auth-invalid")
        profile["headers"] = {"user-agent": "Home Assistant/2024.1 (iOS 17.2.1)"}
        profile["runs"] = 2
        r = tunnelscope("run", self.write_profile("p.json", profile), "--json", self.path("r.json"))
        self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
        report = self.check_report(self.path("r.json"))
        self.assertEqual([c["summary"] for c in report["summary"]["identity_contrasts"]],
                         [CONTRAST.replace("3/3", "2/2").replace("0/3", "0/2")])
        # A watch keeps each play's journal with each run's identity: a report rebuilt from it
        # says the same, and the watch's statistics are split by identity.
        out = self.path("watch")
        w = tunnelscope("watch", self.path("p.json"), "--out", out, "--for", "1s", "--every", "1h")
        self.assertEqual(w.returncode, 0, w.stdout + w.stderr)
        self.assertIn("auth_invalid as ios-app: direct 2/2 (100 %), tunnel 0/2 (0 %)", w.stdout)
        self.assertIn("CRITICAL message_missing as ios-app: tunnel lost auth_invalid", w.stdout)
        journals = glob.glob(os.path.join(out, "*", "*.tsjournal"))
        self.assertEqual(len(journals), 1, journals)
        rebuilt = tunnelscope("report", journals[0], "--json", self.path("again.json"))
        self.assertEqual(rebuilt.returncode, 1, rebuilt.stdout + rebuilt.stderr)
        again = self.check_report(self.path("again.json"))
        self.assertEqual([run["identity"] for run in again["runs"]], ["browser", "ios-app"] * 2)
        self.assertEqual(again["summary"]["identity_contrasts"], report["summary"]["identity_contrasts"])
        # compare keeps a sweep's identities: a report's two paths again give the same contrast.
        r = tunnelscope("compare", self.path("r.json"), self.path("r.json"), "--json", self.path("compared.json"))
        self.assertEqual(r.returncode, 1, r.stdout + r.stderr)
        compared = self.check_report(self.path("compared.json"))
        self.assertEqual([c["summary"] for c in compared["summary"]["identity_contrasts"]],
                         [c["summary"] for c in report["summary"]["identity_contrasts"]])

    def test_sweep_of_a_clean_tunnel_is_clean(self):
        profile = builtin_profile("ha-clean")
        profile["runs"] = 2
        profile["identities"] = [{"name": "browser", "headers": {"User-Agent": "Mozilla/5.0"}},
                                 {"name": "ios-app", "headers": {"User-Agent": "Home Assistant/2024.1 (iOS 17.2.1)"}},
                                 {"name": "android", "headers": {"User-Agent": "Home Assistant/2024.1 (Android 14)"}}]
        r = tunnelscope("run", self.write_profile("p.json", profile), "--json", self.path("r.json"))
        self.assertEqual(r.returncode, 0, r.stdout + r.stderr)
        self.assertIn("6 run(s)", r.stdout)
        self.assertNotIn("identities:", r.stdout)
        report = self.check_report(self.path("r.json"))
        self.assertEqual(report["summary"]["verdict"], "clean")
        self.assertEqual(report["summary"]["identity_contrasts"], [])
        self.assertEqual(sorted(run["identity"] for run in report["runs"]),
                         sorted(["browser", "ios-app", "android"] * 2))

    def test_bad_identities_and_header_conditions_are_named(self):
        profile = builtin_profile("ha-identity-lost-auth-invalid")
        profile["identities"].append({"name": "browser", "headers": {"Bad Header": "x"}})
        profile["lab"]["faults"][1]["when_header"] = {"User-Agent": "(unclosed"}
        path = self.write_profile("bad.json", profile)
        for command in ("validate", "run"):
            r = tunnelscope(command, path)
            self.assertEqual(r.returncode, 2, r.stdout + r.stderr)
            self.assertIn("$.identities[2].name: \"browser\" is already the name of $.identities[0]", r.stderr)
            self.assertIn("$.identities[2].headers[\"Bad Header\"]: not a valid HTTP header name", r.stderr)
            self.assertIn("$.lab.faults[1].when_header[\"User-Agent\"]: not a valid regular expression", r.stderr)

    def test_validate_says_the_sweep(self):
        r = tunnelscope("validate", "builtin:ha-identity-lost-auth-invalid")
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("3 run(s) as each of 2 identities (browser, ios-app)", r.stdout)


if __name__ == "__main__":
    harness.main(sys.modules[__name__])
