"""Headless Chromium driven through the DevTools protocol over --remote-debugging-pipe (no
library, no network port): a page opens a WebSocket, and the browser's own Network events
are written out as DevTools writes a HAR ("Save all as HAR with content"), WebSocket messages in
`_webSocketMessages`."""
import datetime
import fcntl
import json
import os
import select
import shutil
import signal
import subprocess
import tempfile
import time
import unittest


def _high(fd):
    # Out of the way of 3 and 4, which the browser reads and writes.
    moved = fcntl.fcntl(fd, fcntl.F_DUPFD, 100)
    os.close(fd)
    return moved


class DevTools:
    def __init__(self):
        exe = shutil.which("chromium") or shutil.which("chromium-browser")
        if not exe:
            raise unittest.SkipTest("chromium is not installed (./test.sh installs it): the browser capture did not run")
        # Chromium's helper processes may still be writing here as it goes: what they leave
        # is not the test's concern.
        self.profile = tempfile.TemporaryDirectory(ignore_cleanup_errors=True)
        to_browser_r, self.to_browser = map(_high, os.pipe())
        self.from_browser, from_browser_w = map(_high, os.pipe())

        def pipes():
            os.dup2(to_browser_r, 3)
            os.dup2(from_browser_w, 4)

        self.process = subprocess.Popen(
            [exe, "--headless", "--no-sandbox", "--disable-gpu", "--remote-debugging-pipe", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--user-data-dir=" + self.profile.name, "about:blank"],
            preexec_fn=pipes, close_fds=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True)
        os.close(to_browser_r)
        os.close(from_browser_w)
        self.buffer = b""
        self.next_id = 0
        self.events = []

    def close(self):
        # Asked to close, the browser ends its helpers (renderer, GPU, crash handler) too; any
        # left after a few seconds go with its process group, before its profile is removed.
        try:
            self.call("Browser.close", timeout=5)
        except (OSError, RuntimeError, TimeoutError):
            pass
        try:
            self.process.wait(5)
        except subprocess.TimeoutExpired:
            pass
        try:
            os.killpg(self.process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        self.process.wait(10)
        os.close(self.to_browser)
        os.close(self.from_browser)
        self.profile.cleanup()

    def _read(self, deadline):
        while b"\0" not in self.buffer:
            left = deadline - time.time()
            if left <= 0:
                raise TimeoutError("the browser said nothing in time")
            ready, _, _ = select.select([self.from_browser], [], [], left)
            if ready:
                chunk = os.read(self.from_browser, 1 << 16)
                if not chunk:
                    raise RuntimeError("the browser closed its pipe")
                self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method, params=None, session=None, timeout=30):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.time() + timeout
        while True:
            answer = self._read(deadline)
            if answer.get("id") == self.next_id:
                if "error" in answer:
                    raise RuntimeError(f"{method}: {answer['error']}")
                return answer["result"]
            self.events.append(answer)

    def page(self):
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        self.call("Network.enable", {}, session)
        return session

    def evaluate(self, session, expression, timeout=30):
        result = self.call("Runtime.evaluate", {"expression": expression, "awaitPromise": True, "returnByValue": True},
                           session, timeout)
        return result["result"].get("value")

    def har(self):
        """The WebSocket connections seen so far, as DevTools exports them."""
        sockets = {}
        for e in self.events:
            method, p = e.get("method", ""), e.get("params", {})
            if method == "Network.webSocketCreated":
                sockets[p["requestId"]] = {"url": p["url"], "messages": [], "request": {}, "response": {}}
            s = sockets.get(p.get("requestId"))
            if s is None:
                continue
            if method == "Network.webSocketWillSendHandshakeRequest":
                s["wall"], s["started"] = p["wallTime"], p["timestamp"]
                s["request"] = p["request"]
            elif method == "Network.webSocketHandshakeResponseReceived":
                s["response"] = p["response"]
            elif method in ("Network.webSocketFrameSent", "Network.webSocketFrameReceived"):
                frame = p["response"]
                s["messages"].append({"type": "send" if method.endswith("Sent") else "receive",
                                      "time": s["wall"] + (p["timestamp"] - s["started"]),
                                      "opcode": frame["opcode"], "data": frame["payloadData"]})
        entries = []
        for s in sockets.values():
            started = datetime.datetime.fromtimestamp(s["wall"], datetime.timezone.utc)
            response = s["response"]
            entries.append({
                "startedDateTime": started.isoformat(timespec="milliseconds").replace("+00:00", "Z"),
                "time": 0, "_resourceType": "websocket", "cache": {}, "timings": {"blocked": -1, "dns": -1, "ssl": -1,
                                                                                    "connect": -1, "send": 0, "wait": 0,
                                                                                    "receive": 0},
                "request": {"method": "GET", "url": s["url"], "httpVersion": "HTTP/1.1", "cookies": [],
                            "headers": [{"name": k, "value": v} for k, v in s["request"].get("headers", {}).items()],
                            "queryString": [], "headersSize": -1, "bodySize": 0},
                "response": {"status": response.get("status", 0), "statusText": response.get("statusText", ""),
                             "httpVersion": "HTTP/1.1", "cookies": [], "redirectURL": "", "headersSize": -1,
                             "bodySize": -1, "content": {"size": 0, "mimeType": "x-unknown"},
                             "headers": [{"name": k, "value": v} for k, v in response.get("headers", {}).items()]},
                "_webSocketMessages": s["messages"]})
        product = "Chromium"
        return {"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": product}, "pages": [],
                        "entries": entries}}
