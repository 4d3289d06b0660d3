"""What the command-line tests share: the binary under test, the shipped schemas, headless
Chromium, a TestCase with a scratch directory, and a main() that tells ctest a skip from a pass.

Usage of a test file built on it: test_X.py TUNNELSCOPE_BINARY SCHEMA_DIR [PATTERN | -PATTERN ...]
(only the tests whose names contain a PATTERN, none whose names contain a -PATTERN)
Exit status: 0 passed, 1 failed, 77 something was skipped (ctest's SKIP_RETURN_CODE)."""
import concurrent.futures
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

import jsonschema

BINARY = None
SCHEMAS = None
SKIPPED = 77


def tunnelscope(*args, env=None, timeout=120):
    full_env = dict(os.environ)
    full_env.update(env or {})
    return subprocess.run([BINARY, *args], capture_output=True, text=True, timeout=timeout, env=full_env)


def chromium(*args):
    """Headless Chromium as the checks use it: no network, no profile, no sandbox (root)."""
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if not exe:
        raise unittest.SkipTest("chromium is not installed (./test.sh installs it): the browser checks did not run")
    # A helper process may outlive the browser a moment and still write to its profile.
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as profile:
        return subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                               "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
                               "--user-data-dir=" + profile, *args],
                              capture_output=True, text=True, timeout=120)


def builtin_names():
    """The built-in profiles, by name, as the source tree ships them."""
    profiles = os.path.join(SCHEMAS, os.pardir, "profiles")
    return sorted(os.path.basename(p)[:-5] for p in glob.glob(os.path.join(profiles, "*.json")))


def builtin_profile(name):
    with open(os.path.join(SCHEMAS, os.pardir, "profiles", name + ".json")) as f:
        return json.load(f)


def play_builtins(case, *args, timeout=120):
    """Plays every built-in with `args` and a JSON report, two at a time; yields
    (name, completed process, report path) in name order."""
    names = builtin_names()
    case.assertGreater(len(names), 15)

    def play(name):
        out = case.path(name + ".json")
        return name, tunnelscope("run", "builtin:" + name, *args, "--json", out, timeout=timeout), out

    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        yield from pool.map(play, names)


def load_schema(name):
    with open(os.path.join(SCHEMAS, name)) as f:
        schema = json.load(f)
    # Debian 12's jsonschema (4.10) resolves "#/$defs/..." against the relative "$id" and
    # fails; without the "$id" the references resolve within the document, as they mean to.
    schema.pop("$id", None)
    return schema


class CliCase(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.dir = self.tmp.name

    def tearDown(self):
        self.tmp.cleanup()

    def path(self, name):
        return os.path.join(self.dir, name)

    def write_profile(self, name, profile):
        p = self.path(name)
        with open(p, "w") as f:
            json.dump(profile, f)
        return p

    def check_report(self, report_path):
        with open(report_path) as f:
            report = json.load(f)
        jsonschema.validate(report, load_schema("report.schema.json"))
        for run in report["runs"]:
            for name in ("direct", "tunnel"):
                times = [fr["t_ms"] for fr in run[name]["frames"]]
                self.assertEqual(times, sorted(times), f"{name} timeline runs backwards")
                for fr in run[name]["frames"]:
                    # microsecond resolution: at most 3 decimals
                    self.assertEqual(round(fr["t_ms"], 3), fr["t_ms"])
        return report


def main(module):
    """Runs the module's tests (or those whose names contain one of the patterns given after
    the two paths) and exits 0, 1, or 77 when any test was skipped, so ctest shows a skip."""
    global BINARY, SCHEMAS
    BINARY, SCHEMAS = sys.argv[1], sys.argv[2]
    wanted = [p for p in sys.argv[3:] if not p.startswith("-")]
    unwanted = [p[1:] for p in sys.argv[3:] if p.startswith("-")]

    def tests(suite):
        for item in suite:
            yield from tests(item) if isinstance(item, unittest.TestSuite) else [item]

    chosen = [t for t in tests(unittest.TestLoader().loadTestsFromModule(module))
              if (not wanted or any(p in t.id() for p in wanted)) and not any(p in t.id() for p in unwanted)]
    if not chosen:
        print("no test matched " + " ".join(sys.argv[3:]), file=sys.stderr)
        sys.exit(1)
    suite = unittest.TestSuite(chosen)
    result = unittest.TextTestRunner(verbosity=2, stream=sys.stdout).run(suite)
    if not result.wasSuccessful():
        sys.exit(1)
    if result.skipped:
        for test, reason in result.skipped:
            print(f"SKIPPED {test.id()}: {reason}")
        sys.exit(SKIPPED)
    sys.exit(0)
