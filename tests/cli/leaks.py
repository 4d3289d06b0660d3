"""Looks for a secret in an output the way a person with the file would: in the text as it is,
and in whatever the text encodes (JSON strings, base64, hex and hex dumps, percent-encoding,
UTF-16), two layers deep, so a secret inside base64 inside a JSON field is found too."""
import base64
import binascii
import json
import re
import urllib.parse

BASE64_RUN = re.compile(rb"[A-Za-z0-9+/_-]{8,}={0,2}")
HEX_RUN = re.compile(rb"(?:[0-9a-fA-F]{2}){6,}")
# A hex dump row: offset, then up to 16 bytes as "xx " pairs (a gap in the middle).
DUMP_ROW = re.compile(rb"^\s*[0-9a-fA-F]{4,8}[: ]\s+((?:[0-9a-fA-F]{2} {1,2}){1,16})", re.M)


def _json_strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield k
            yield from _json_strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _json_strings(v)


def _decodings(data):
    """Byte strings that `data` may encode, one layer down."""
    out = []
    text = data.decode("utf-8", "replace")
    # JSON documents and JSON lines (the journal): their strings, unescaped.
    for candidate in [text] + text.splitlines():
        candidate = candidate.strip()
        if candidate[:1] in ("{", "["):
            try:
                out += [s.encode("utf-8") for s in _json_strings(json.loads(candidate))]
            except ValueError:
                pass
    out.append(urllib.parse.unquote_to_bytes(data))
    out.append(urllib.parse.unquote_plus(text).encode("utf-8"))
    for run in BASE64_RUN.findall(data):
        for alphabet in (base64.b64decode, base64.urlsafe_b64decode):
            for start in range(4):   # a run may begin mid-group when it sits inside text
                chunk = run[start:].rstrip(b"=")
                try:
                    out.append(alphabet(chunk + b"=" * (-len(chunk) % 4)))
                except (binascii.Error, ValueError):
                    pass
    for run in HEX_RUN.findall(data):
        out.append(binascii.unhexlify(run))
    rows = DUMP_ROW.findall(data)
    if rows:
        out.append(binascii.unhexlify(b"".join(r.replace(b" ", b"") for r in rows)))
    return out


def _forms(secret):
    raw = secret.encode("utf-8")
    return {raw, secret.encode("utf-16-le"), secret.encode("utf-16-be")}


def traces(output, secret, depth=2):
    """Where the secret shows in an output (str or bytes), each as a short description."""
    data = output.encode("utf-8") if isinstance(output, str) else output
    found = []
    layers = [(data, "as written")]
    for level in range(depth + 1):
        next_layers = []
        for blob, how in layers:
            if any(f in blob for f in _forms(secret)):
                found.append(how)
            if level < depth:
                next_layers += [(d, how + " > decoded") for d in _decodings(blob) if d and d != blob]
        layers = next_layers
    return found
