"""Decode a SAMLResponse/SAMLRequest value into XML text on stdout."""
import base64
import sys
import urllib.parse
import zlib


def decode(value: str) -> str:
    value = urllib.parse.unquote(value.strip())
    raw = base64.b64decode(value + "=" * (-len(value) % 4))
    if raw.lstrip().startswith(b"<"):
        return raw.decode("utf-8")
    # HTTP-Redirect binding uses raw DEFLATE (no zlib header)
    return zlib.decompress(raw, -15).decode("utf-8")


if __name__ == "__main__":
    src = open(sys.argv[1], encoding="ascii").read() if len(sys.argv) > 1 else sys.stdin.read()
    sys.stdout.write(decode(src))
