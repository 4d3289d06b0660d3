"""A WebSocket server written from RFC 6455 by hand, on 127.0.0.1, for what the lab's servers
never do: it answers every text message with frames cut into small fragments, binary frames,
text that is not valid UTF-8, and the message hidden in base64 at every alignment."""
import base64
import hashlib
import json
import socket
import struct
import threading
import time

GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"


def frame(opcode, payload, fin=True):
    head = bytes([(0x80 if fin else 0) | opcode])
    n = len(payload)
    if n < 126:
        head += bytes([n])
    elif n < 65536:
        head += bytes([126]) + struct.pack(">H", n)
    else:
        head += bytes([127]) + struct.pack(">Q", n)
    return head + payload


def fragmented(opcode, payload, size):
    pieces = [payload[i:i + size] for i in range(0, len(payload), size)] or [b""]
    out = b""
    for i, piece in enumerate(pieces):
        out += frame(opcode if i == 0 else 0, piece, fin=i == len(pieces) - 1)
    return out


def answers(message):
    """What the server sends back for one text message from the client, as wire bytes: the
    last of them text that is not UTF-8, which makes a client fail the connection."""
    hidden = {"basic": "Basic " + base64.b64encode(b"user:" + message).decode(),
              "shift1": base64.b64encode(b"x" + message).decode(),
              "shift2": base64.urlsafe_b64encode(b"xy" + message).decode()}
    return [
        fragmented(0x1, message, 3),                           # text in 3-byte fragments
        fragmented(0x2, b"\xff\xfe" + message + b"\x80", 5),    # binary, fragmented
        frame(0x1, json.dumps(hidden).encode()),               # base64 inside JSON text
        frame(0x2, message.decode("utf-8").encode("utf-16-le")),
        frame(0x1, b"\xc3(" + message),                        # text that is not UTF-8: last
    ]


class WirePeer:
    """last_delay: seconds to wait before the last answer (the one that ends the session)."""
    def __init__(self, last_delay=0.0):
        self.last_delay = last_delay
        self.server = socket.socket()
        self.server.bind(("127.0.0.1", 0))
        self.server.listen(8)
        self.port = self.server.getsockname()[1]
        self.url = f"ws://127.0.0.1:{self.port}/"
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def close(self):
        self.server.close()

    def _accept(self):
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    @staticmethod
    def _read(conn, n):
        data = b""
        while len(data) < n:
            chunk = conn.recv(n - len(data))
            if not chunk:
                raise ConnectionError("closed")
            data += chunk
        return data

    def _serve(self, conn):
        conn.settimeout(20)
        try:
            head = b""
            while b"\r\n\r\n" not in head:
                chunk = conn.recv(4096)
                if not chunk:
                    return
                head += chunk
            key = next(l.split(b":", 1)[1].strip() for l in head.split(b"\r\n")
                       if l.lower().startswith(b"sec-websocket-key:"))
            accept = base64.b64encode(hashlib.sha1(key + GUID).digest())
            conn.sendall(b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                         b"Sec-WebSocket-Accept: " + accept + b"\r\n\r\n")
            message = b""
            while True:
                b0, b1 = self._read(conn, 2)
                n = b1 & 0x7F
                if n == 126:
                    n = struct.unpack(">H", self._read(conn, 2))[0]
                elif n == 127:
                    n = struct.unpack(">Q", self._read(conn, 8))[0]
                mask = self._read(conn, 4) if b1 & 0x80 else b"\0\0\0\0"
                payload = bytes(c ^ mask[i % 4] for i, c in enumerate(self._read(conn, n)))
                opcode = b0 & 0x0F
                if opcode == 0x8:
                    conn.sendall(frame(0x8, payload[:2]))
                    return
                if opcode == 0x9:
                    conn.sendall(frame(0xA, payload))
                    continue
                message += payload
                if b0 & 0x80 and opcode in (0x0, 0x1):
                    *first, last = answers(message)
                    conn.sendall(b"".join(first))
                    time.sleep(self.last_delay)
                    conn.sendall(last)
                    message = b""
        except (OSError, ConnectionError, StopIteration):
            pass
        finally:
            conn.close()
