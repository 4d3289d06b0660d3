#!/usr/bin/env python3
"""Tunnelscope in Simplified Chinese beside English: the terminal and the reports follow the
language (LANG, or --lang), what scripts read never changes with it, every built-in's findings
read in Chinese with nothing left in English or unfilled, and the Chinese HTML report has a font
for every glyph in headless Chromium."""
import json
import os
import re
import subprocess
import sys
import unicodedata
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness  # noqa: E402
from harness import CliCase, play_builtins, tunnelscope  # noqa: E402

HAN = re.compile(r"[\u4e00-\u9fff]")
PLACEHOLDER = re.compile(r"%L?[0-9n]")
# What stays as it is in every language: quoted text (a server's words, a header's value),
# names with punctuation in them (auth_invalid, compare.ignore_fields, permessage-deflate,
# JSON.parse(event.data)), URLs, and these words.
QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|«[^»]*»|`[^`]*`|[a-z]+://\S+")
NAMED = re.compile(r"[A-Za-z][\w.-]*[_./(-][\w.()/-]*", re.ASCII)
ENGLISH_WORD = re.compile(r"[A-Za-z]+")
KEPT_WORDS = {
    "ping", "pong", "pings", "tcp", "tls", "http", "json", "rfc", "blob", "home", "assistant", "comfyui", "socket",
    "io", "auth", "prompt", "processing", "ms", "zlib", "har", "origin", "clean", "degraded", "broken", "handshake",
    "not", "finished", "critical", "warning", "info", "message", "event", "id", "png", "sigint", "sigterm", "ha",
    "vendor", "relay", "nginx", "vpn", "ios", "app", "browser", "aiohttp", "ws", "url", "get", "history",
}


def english_left(text):
    """Runs of three or more English words in `text`, once kept names and quotes are taken out."""
    bare = NAMED.sub(" ", QUOTED.sub(" ", text))
    runs, run = [], []
    for word in re.findall(r"[A-Za-z]+|[^\sA-Za-z]+", bare):
        # Bytes in hex (EF BB BF) are not words.
        english = bool(ENGLISH_WORD.fullmatch(word)) and not re.fullmatch(r"[0-9A-F]{2}", word)
        if english and word.lower() not in KEPT_WORDS and len(word) > 1:
            run.append(word)
            continue
        if english:  # a kept word ends nothing and counts for nothing
            continue
        if len(run) >= 3:
            runs.append(" ".join(run))
        run = []
    if len(run) >= 3:
        runs.append(" ".join(run))
    return runs


def without_language(value):
    """A report with what may differ between two plays and two languages taken out: the
    localized fields, the language, wall-clock times, and every number (times, ports, sizes)."""
    if isinstance(value, dict):
        return {k: without_language(v) for k, v in value.items()
                if not k.endswith("_localized") and k not in ("language", "started_at")}
    if isinstance(value, list):
        return [without_language(v) for v in value]
    if isinstance(value, str):
        # Sec-WebSocket-Key and -Accept are new on every connection.
        if re.fullmatch(r"[A-Za-z0-9+/]{20,}={0,2}", value):
            return "BASE64"
        return re.sub(r"\d+(\.\d+)?", "N", value)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return 0
    return value


class Languages(CliCase):
    def test_the_system_language_speaks_and_the_json_stays(self):
        zh_json, en_json = self.path("zh.json"), self.path("en.json")
        zh = tunnelscope("run", "builtin:ha-lost-auth-invalid", "--json", zh_json,
                         env={"LANG": "zh_CN.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""})
        en = tunnelscope("run", "builtin:ha-lost-auth-invalid", "--lang", "en", "--json", en_json,
                         env={"LANG": "zh_CN.UTF-8", "LC_ALL": "", "LC_MESSAGES": "", "LANGUAGE": ""})
        self.assertEqual((zh.returncode, en.returncode), (1, 1), zh.stderr + en.stderr)
        # The verdict, the finding and its cause, in Chinese; in English with --lang en.
        self.assertIn("判定：broken", zh.stdout)
        self.assertIn("严重 message_missing: 隧道丢失了 auth_invalid：服务器把它和关闭帧 1000 一起发出", zh.stdout)
        self.assertIn("隧道在把它冲刷出去之前就关闭了客户端一侧，或者把它丢弃了", zh.stdout)
        self.assertIn("verdict: broken", en.stdout)
        self.assertIn("CRITICAL message_missing: tunnel lost auth_invalid: the server sent it together with its close 1000",
                      en.stdout)
        self.assertFalse(HAN.search(en.stdout), en.stdout)
        zh_report, en_report = self.check_report(zh_json), self.check_report(en_json)
        # Identical apart from times and the localized fields, which only the Chinese one has.
        self.assertEqual(without_language(zh_report), without_language(en_report))
        self.assertEqual(zh_report["language"], "zh_CN")
        self.assertNotIn("language", en_report)
        finding = zh_report["runs"][0]["findings"][0]
        self.assertTrue(finding["summary"].startswith("tunnel lost auth_invalid: "), finding["summary"])
        self.assertTrue(finding["summary_localized"].startswith("隧道丢失了 auth_invalid："), finding["summary_localized"])
        self.assertIn("summary_localized", zh_report["summary"]["groups"][0])
        self.assertNotIn("summary_localized", json.dumps(en_report))

    def test_every_builtin_reads_in_chinese(self):
        checked = 0
        for name, r, out in play_builtins(self, "--lang", "zh_CN", "--verbose", timeout=180):
            self.assertIn(r.returncode, (0, 1), f"{name}: {r.stderr}")
            lines = r.stdout.splitlines()
            self.assertTrue(lines[0].startswith("正在运行 "), f"{name}: {lines[0]}")
            with open(out, encoding="utf-8") as f:
                report = json.load(f)
            said = list(report.get("notes_localized", [])) + list(report.get("warnings_localized", []))
            for run in report["runs"]:
                said += [f["summary_localized"] for f in run["findings"]]
            said += [g["summary_localized"] for g in report["summary"].get("groups", [])]
            for text in lines + said:
                self.assertFalse(PLACEHOLDER.search(text), f"{name}: a placeholder is left: {text}")
                self.assertEqual(english_left(text), [], f"{name}: English left in: {text}")
                checked += 1
            for run in report["runs"]:
                for f in run["findings"]:
                    self.assertTrue(HAN.search(f["summary_localized"]), f"{name}: {f['summary_localized']}")
                    self.assertFalse(HAN.search(f["summary"]), f"{name}: {f['summary']}")
        self.assertGreater(checked, 200)

    def test_the_command_line_speaks_chinese(self):
        def syntax_out(text):
            # A command's syntax stays as typed: tunnelscope run, --json, FILE, [options].
            text = re.sub(r"tunnelscope( [a-z]+)?", " ", text)
            return re.sub(r"--?[\w-]+|\[[^\]]*\]|\b[A-Z][A-Z_.]+\b|\$\w+", " ", text)

        commands = ["run", "lab", "watch", "validate", "compare", "report", "profiles", "show", "init", "help"]
        lines = []
        for topic in [None] + commands:
            r = tunnelscope("--lang", "zh_CN", "help", *([topic] if topic else []))
            self.assertEqual(r.returncode, 0, r.stderr)
            self.assertTrue(HAN.search(r.stdout), r.stdout)
            lines += [line for line in r.stdout.splitlines() if line.strip()]
        existing = self.path("exists.json")
        with open(existing, "w", encoding="utf-8") as f:
            f.write("{}")
        mistakes = [["runn"], ["--hlep"], ["help", "shw"], ["run", "builtin:lab-echo", "--jsn", "r.json"],
                    ["run", "builtin:lab-echo", "--runs", "0"], ["run", "builtin:lab-echo", "--json", self.path("no/r.json")],
                    ["run", "builtin:lab-echo", "--proxy", "x", "--no-proxy"], ["watch", "builtin:lab-echo", "--every", "5x"],
                    ["watch", "builtin:lab-echo", "--keep-size", "lots"], ["profiles", "x"], ["init", existing],
                    ["lab", "builtin:lab-echo", "--port", "80"], ["report", self.path("none.tsjournal"), "--since", "1h"],
                    ["builtin:lab-echo", "builtin:lab-echo"],
                    ["run", "builtin:lab-echo", "--filter", "tpye:close", "--json", self.path("f.json")],
                    ["run", "builtin:lab-echo", "--filter", "type == (", "--json", self.path("f.json")]]
        for args in mistakes:
            r = tunnelscope("--lang", "zh_CN", *args, env={"DISPLAY": "", "WAYLAND_DISPLAY": "", "QT_QPA_PLATFORM": ""})
            self.assertEqual(r.returncode, 2, f"{args}: {r.stdout}{r.stderr}")
            self.assertTrue(HAN.search(r.stderr), f"{args}: {r.stderr}")
            lines += r.stderr.splitlines()
        # Profiles with a mistake of each kind, the schema's and the loader's own: every problem
        # in Chinese, with its JSON path.
        schema_bad, rules_bad = self.path("schema-bad.json"), self.path("rules-bad.json")
        with open(schema_bad, "w", encoding="utf-8") as f:
            json.dump({"name": "x", "direct": {"url": "http://example.test/ws"}, "stpes": [], "runs": "three",
                       "steps": [{"send": "a"}]}, f)
        with open(rules_bad, "w", encoding="utf-8") as f:
            json.dump({"name": "x", "direct": {"url": "ws://a/"}, "tunnel": {"url": "ws://b/"},
                       "steps": [{"send": "a", "ping": "b"}, {"close": 1005}, {"expect": {}}, {"wait_ms": 1, "timeout_ms": 5}],
                       "heartbeat": {"timeout_ms": 5}, "headers": {"Bad Name": "x"}, "permessage_deflate": {}}, f)
        r = tunnelscope("--lang", "zh_CN", "validate", schema_bad)
        self.assertEqual(r.returncode, 2, r.stdout + r.stderr)
        self.assertIn("$.stpes：未知的键（你是想写“steps”吗？）", r.stderr)
        self.assertIn("$.runs：应为 integer（整数），实际是 string（字符串）", r.stderr)
        self.assertIn("不是 WebSocket URL", r.stderr)
        lines += r.stderr.splitlines()
        r = tunnelscope("--lang", "zh_CN", "validate", rules_bad)
        self.assertEqual(r.returncode, 2, r.stdout + r.stderr)
        self.assertIn("$.steps[1].close：1005 是保留的关闭码", r.stderr)
        self.assertEqual(len(r.stderr.splitlines()), 8, r.stderr)
        lines += r.stderr.splitlines()
        for line in lines:
            self.assertFalse(PLACEHOLDER.search(line), f"a placeholder is left: {line}")
            self.assertEqual(english_left(syntax_out(line)), [], f"English left in: {line}")
        # A session's note in Chinese, in the terminal and the JSON; English in "notes".
        report = self.path("note.json")
        r = tunnelscope("--lang", "zh_CN", "run", "builtin:ha-lost-auth-invalid", "--tunnel", "ws://127.0.0.1:9/",
                        "--json", report)
        self.assertIn("说明：隧道路径连到 ws://127.0.0.1:9/（--tunnel），不经过实验室的故障隧道", r.stdout)
        with open(report, encoding="utf-8") as f:
            said = json.load(f)
        self.assertIn("not through the lab's fault tunnel", said["notes"][0])
        self.assertIn("不经过实验室的故障隧道", said["notes_localized"][0])
        # The same mistakes in English name what English users read.
        r = tunnelscope("--lang", "en", "runn")
        self.assertIn('unknown command "runn"; did you mean "run"?', r.stderr)

    def test_every_builtin_describes_itself_in_chinese(self):
        """The built-ins' descriptions come from the translations: every one reads in Chinese,
        and both listings fit an 80-column terminal counted as one (a Chinese character takes
        two columns)."""
        def columns(line):
            return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)

        names = [line.split()[0] for line in tunnelscope("profiles").stdout.splitlines()[1:] if line.strip()]
        self.assertGreater(len(names), 20)
        long = tunnelscope("--lang", "zh_CN", "profiles", "--long")
        self.assertEqual(long.returncode, 0, long.stderr)
        blocks = long.stdout.split("\n\n")[1:]
        self.assertEqual([b.splitlines()[0] for b in blocks], names)
        for block in blocks:
            name, text = block.splitlines()[0], " ".join(line.strip() for line in block.splitlines()[1:])
            self.assertTrue(HAN.search(text), f"{name}: {text}")
            self.assertEqual(english_left(text), [], f"{name}: {text}")
        short = tunnelscope("--lang", "zh_CN", "profiles")
        for listing in (long.stdout, short.stdout):
            wide = [line for line in listing.splitlines() if columns(line) > 80]
            self.assertEqual(wide, [], "lines wider than 80 columns")
        self.assertEqual(len([line for line in short.stdout.splitlines() if HAN.search(line)]), len(names) + 1)

    def test_watch_and_its_statistics_speak_chinese(self):
        out = self.path("watch")
        r = tunnelscope("--lang", "zh_CN", "watch", "builtin:ha-lost-auth-invalid", "--every", "0", "--for", "2s",
                        "--out", out, timeout=60)
        self.assertEqual(r.returncode, 0, r.stderr)
        self.assertIn("正在监视 builtin:ha-lost-auth-invalid", r.stdout)
        # Durations in words of the language: the schedule said back, and a window of the report.
        self.assertIn("，共 2 秒；", r.stdout)
        self.assertIn("关键消息的送达：auth_invalid：直连 ", r.stdout)
        page = self.path("watch.html")
        rep = tunnelscope("--lang", "zh_CN", "report", out, "--since", "1h", "--html", page, "--json", self.path("watch.json"))
        self.assertEqual(rep.returncode, 1, rep.stderr)
        self.assertIn("最近 1 小时", rep.stdout)
        with open(page, encoding="utf-8") as f:
            html = f.read()
        self.assertIn('<html lang="zh-CN">', html)
        self.assertIn("最差的几次运行", html)
        with open(self.path("watch.json"), encoding="utf-8") as f:
            groups = json.load(f)["profiles"][0]["summary"]["groups"]
        self.assertTrue(HAN.search(groups[0]["summary_localized"]), groups[0])
        self.assertFalse(HAN.search(groups[0]["summary"]), groups[0])
        # Every line but the play lines' journal paths and the kept names, in Chinese.
        for line in (r.stdout + rep.stdout).splitlines():
            line = re.sub(r"\S+\.tsjournal|\S*/watch\S*", " ", line)
            self.assertFalse(PLACEHOLDER.search(line), f"a placeholder is left: {line}")
            self.assertEqual(english_left(line), [], f"English left in: {line}")

    def test_the_english_detector_sees_english(self):
        # The check above can fail: a sentence left in English is caught, names and quotes are not.
        self.assertEqual(english_left("隧道丢失了 auth_invalid：the tunnel dropped it"), ["the tunnel dropped it"])
        self.assertEqual(english_left("隧道改动了 executing（bom_prefix）：JSON.parse 会因此失败"), [])
        self.assertEqual(english_left("升级失败：HTTP 403 Forbidden: \"Upgrade rejected by the lab tunnel\""), [])

    def test_the_chinese_html_report_has_a_font_for_every_glyph(self):
        page = self.path("zh.html")
        r = tunnelscope("run", "builtin:ha-lost-auth-invalid", "--lang", "zh_CN", "--html", page)
        self.assertEqual(r.returncode, 1, r.stderr)
        with open(page, encoding="utf-8") as f:
            source = f.read()
        self.assertIn('<html lang="zh-CN">', source)
        self.assertIn("Noto Sans CJK SC", source)
        from devtools import DevTools
        browser = DevTools()
        try:
            session = browser.page()
            browser.call("Page.enable", {}, session)
            browser.call("Page.navigate", {"url": "file://" + page}, session)
            browser.evaluate(session, "new Promise(r => document.readyState === 'complete' ? r() : onload = r)")
            browser.call("DOM.enable", {}, session)
            browser.call("CSS.enable", {}, session)
            root = browser.call("DOM.getDocument", {"depth": -1}, session)["root"]["nodeId"]
            nodes = browser.call("DOM.querySelectorAll", {"nodeId": root, "selector": "h1, h2, h3, th, div.banner, "
                                                          "summary, td, p, div.card div, text"}, session)["nodeIds"]
            used = {}  # per character outside ASCII, the fonts Chromium drew it with
            han_nodes = 0
            for node in nodes:
                text = browser.call("DOM.getOuterHTML", {"nodeId": node}, session)["outerHTML"]
                text = re.sub(r"<[^>]+>", "", text)
                wide = {c for c in text if ord(c) > 0x7f and not c.isspace()}
                if not wide:
                    continue
                han_nodes += bool(HAN.search(text))
                fonts = browser.call("CSS.getPlatformFontsForNode", {"nodeId": node}, session)["fonts"]
                for c in wide:
                    used.setdefault(c, set()).update(f["familyName"] for f in fonts)
        finally:
            browser.close()
        self.assertGreater(han_nodes, 20)
        # A glyph has a font when one of the fonts its node was drawn with covers it
        # (fontconfig's charset); a tofu box is a glyph none of them has.
        covering = {}
        missing = []
        for c, fonts in sorted(used.items()):
            if c not in covering:
                listed = subprocess.run(["fc-list", f":charset={ord(c):x}", "family"], capture_output=True, text=True)
                covering[c] = {name for line in listed.stdout.splitlines() for name in line.split(",")}
            if not fonts & covering[c]:
                missing.append(f"{c} (U+{ord(c):04X}) drawn with {sorted(fonts)}")
        self.assertGreater(len(used), 100)
        self.assertEqual(missing, [], "glyphs with no font (tofu):\n" + "\n".join(missing))


if __name__ == "__main__":
    harness.main(sys.modules[__name__])
