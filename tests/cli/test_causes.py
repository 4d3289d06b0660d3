#!/usr/bin/env python3
"""Every cause sentence of every built-in's report, read against that run's own recorded
facts: who ended each connection and how, close codes and initiators, when each tunnel
connection was up. A sentence the evidence contradicts fails, even when the verdict is right.
Usage: test_causes.py TUNNELSCOPE_BINARY SCHEMA_DIR [PATTERN | -PATTERN ...]"""
import re
import sys

import harness
from harness import CliCase

NUMBER = r"(-?\d+(?:\.\d+)?)"


def close_of(path):
    """The last connection's close, as the report records it."""
    return path["connections"][-1]["close"] if path["connections"] else path["close"]


def up_at(path, t_ms):
    """Whether one of the path's connections was open at t_ms (run clock)."""
    for c in path["connections"]:
        h = c["handshake"]
        started = h.get("started_ms")
        ended = c["close"].get("t_ms")
        if h.get("ok") and started is not None and started <= t_ms and (ended is None or ended >= t_ms):
            return True
    return False


class Causes(CliCase):
    def check_finding(self, name, run, f):
        """Each rule: a phrase, and what the run's facts must then say."""
        s = f["summary"]
        where = f"{name} run {run['index']}: {s}"
        tunnel, direct = run["tunnel"], run["direct"]
        tclose, dclose = close_of(tunnel), close_of(direct)
        if "closed the client side before flushing" in s:
            self.assertTrue(tclose["initiated_by"] == "server"
                            or (tclose["initiated_by"] == "none" and tclose.get("tcp_ended_by") == "peer"), where)
        if "the close came through the tunnel" in s:
            self.assertTrue(tclose["frame_received"] and tclose["initiated_by"] == "server", where)
        if "ended TCP without a close frame" in s:
            self.assertFalse(tclose["frame_received"], where)
        if "cut TCP instead of forwarding" in s:
            self.assertFalse(tclose["frame_received"], where)
            self.assertEqual(tclose.get("tcp_ended_by"), "peer", where)
        if "until the client gave up" in s or "the client cut it" in s:
            self.assertEqual(tclose.get("tcp_ended_by"), "client", where)
        if "typical of a proxy idle timeout" in s:
            self.assertEqual(tclose.get("tcp_ended_by"), "peer", where)
            self.assertEqual(tclose["initiated_by"], "none", where)
        if "the server closed the tunnelled connection" in s:
            self.assertEqual(tclose["initiated_by"], "server", where)
            self.assertEqual(dclose["initiated_by"], "client", where)
        if "dropped the status code" in s:
            self.assertTrue(tclose["frame_received"], where)
            self.assertEqual(tclose["code"], 1005, where)
        if "same TCP read on the direct path" in s:
            self.assertLess(dclose["t_ms"] - f["t_ms"], 0.1, where)
        if "came on a new connection after a reconnect" in s:
            self.assertGreater(tunnel["reconnects"], 0, where)
        if "dropped it while the connection stayed up" in s:
            self.assertTrue(up_at(tunnel, f["t_ms"]), where)
        m = re.search(r"path was down when the server sent it \(its connection ended at " + NUMBER
                      + r" ms, the next opened at " + NUMBER + " ms\\)", s)
        if m:
            ended, reopened = float(m.group(1)), float(m.group(2))
            ends = [c["close"].get("t_ms") for c in tunnel["connections"]]
            self.assertTrue(any(e is not None and abs(e - ended) < 1 for e in ends), where)
            self.assertLessEqual(ended - 1, f["t_ms"], where)
            self.assertLessEqual(f["t_ms"], reopened + 1, where)
        m = re.search(r"the tunnel connection ended at " + NUMBER + " ms", s)
        if m:
            ends = [c["close"].get("t_ms") for c in tunnel["connections"]]
            self.assertTrue(any(e is not None and abs(e - float(m.group(1))) < 1 for e in ends), where)
        m = re.search(r"the tunnel's upgrade took " + NUMBER + r" ms where the direct path's took " + NUMBER, s)
        if m:
            self.assertAlmostEqual(float(m.group(1)), tunnel["handshake"]["duration_ms"], delta=0.06, msg=where)
            self.assertAlmostEqual(float(m.group(2)), direct["handshake"]["duration_ms"], delta=0.06, msg=where)
        m = re.search(r"kept the connection open " + NUMBER + " s longer", s)
        if m:
            self.assertAlmostEqual(float(m.group(1)), (tclose["t_ms"] - dclose["t_ms"]) / 1000, delta=0.06, msg=where)
        self.check_compression(where, run, f)
        self.check_control_frames(where, run, f)

    def check_compression(self, where, run, f):
        """permessage-deflate: what a finding says the tunnel did to it is in both upgrades."""
        s = f["summary"]
        tunnel, direct = run["tunnel"], run["direct"]

        def compressed(path):
            return [x for x in path["frames"] if "compressed_size" in x]

        if "tunnel removed permessage-deflate" in s:
            self.assertIn("permessage-deflate", direct["handshake"].get("extensions", ""), where)
            self.assertNotIn("extensions", tunnel["handshake"], where)
            self.assertTrue(compressed(direct), where)
            self.assertFalse(compressed(tunnel), where)
        if "tunnel changed what permessage-deflate agreed" in s:
            self.assertNotEqual(direct["handshake"]["extensions"], tunnel["handshake"]["extensions"], where)
        if "could not be inflated" in s:
            self.assertIn("permessage-deflate", tunnel["handshake"].get("extensions", ""), where)
            self.assertTrue(close_of(tunnel)["tcp_end"].startswith("closed by the client, which failed the connection"), where)
            self.assertEqual(tunnel["frames"][f["tunnel_seq"]]["type"], "error", where)
        m = re.search(r"the client failed the tunnel connection at " + NUMBER + " ms", s)
        if m:
            tclose = close_of(tunnel)
            self.assertTrue(tclose["tcp_end"].startswith("closed by the client, which failed the connection"), where)
            self.assertAlmostEqual(float(m.group(1)), tclose["t_ms"], delta=1, msg=where)  # said to 0.1 ms, or 1 ms past 10

    def check_control_frames(self, where, run, f):
        """A control-frame finding names frames that exist, of the type it says, on the path it
        says, and a close taken for data is one the server never answered."""
        s, detail = f["summary"], f.get("detail", {})
        tunnel, direct = run["tunnel"], run["direct"]
        frame = detail.get("frame")
        if frame is None:
            return
        self.assertIn(frame, ("ping", "pong", "close"), where)

        def frames(path, seqs, kind, direction):
            for seq in seqs:
                got = path["frames"][seq]
                self.assertEqual((got["type"], got["dir"]), (kind, direction), where)

        if "sent" in s and "of its own" in s:
            self.assertEqual(f["kind"], "message_extra", where)
            frames(tunnel, detail["tunnel_seqs"], "ping", "in")
            m = re.search(r"right after (.*?):", s)
            if m and "direct path got none" in s:
                self.assertFalse(any(x["type"] == "ping" and x["dir"] == "in" for x in direct["frames"]), where)
        if "pings never came through the tunnel" in s or "ping never came through the tunnel" in s:
            frames(direct, detail["direct_seqs"], "ping", "in")
        if "got no pong" in s:
            frames(tunnel, detail["tunnel_seqs"], "ping", "out")
            for seq in detail["tunnel_seqs"]:
                payload = tunnel["frames"][seq].get("data")
                later = [x for x in tunnel["frames"][seq + 1:] if x["type"] == "pong" and x["dir"] == "in"]
                self.assertFalse(any(x.get("data") == payload for x in later), where)
        if "came back with another payload" in s:
            frames(tunnel, detail["tunnel_seqs"], "ping", "out")
        if detail.get("answered_by") == "tunnel" and "the server does not answer" in s:
            self.assertFalse(any(x["type"] == "pong" and x["dir"] == "in" for x in direct["frames"]), where)
        if frame == "close":
            tclose = close_of(tunnel)
            self.assertFalse(tclose["frame_received"], where)
            self.assertTrue(any(x["type"] == "close" and x["dir"] == "out" for x in tunnel["frames"]), where)
            for seq in detail["answer_seqs"]:
                self.assertEqual(tunnel["frames"][seq]["dir"], "in", where)
                self.assertIn(tunnel["frames"][seq]["type"], ("text", "binary"), where)
            if "when the client gave up" in s:
                self.assertEqual(tclose.get("tcp_ended_by"), "client", where)

    def test_every_builtin_says_only_what_its_run_shows(self):
        checked = 0
        for name, r, out in harness.play_builtins(self):
            self.assertIn(r.returncode, (0, 1), name + "\n" + r.stdout + r.stderr)
            report = self.check_report(out)
            for run in report["runs"]:
                for path in ("direct", "tunnel"):
                    for c in run[path]["connections"]:
                        # "closed by the peer" only where the peer did.
                        if c["close"].get("tcp_end", "").startswith("TCP closed by the peer"):
                            self.assertEqual(c["close"]["tcp_ended_by"], "peer", name)
                        if c["close"].get("tcp_end", "").startswith("cut by the client"):
                            self.assertEqual(c["close"]["tcp_ended_by"], "client", name)
                for f in run["findings"]:
                    self.check_finding(name, run, f)
                    checked += 1
        self.assertGreater(checked, 20)


if __name__ == "__main__":
    harness.main(sys.modules[__name__])
