#!/usr/bin/env python3
import base64, datetime, json, sys

def b64url(part: str) -> bytes:
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))

tok = sys.argv[1].strip()
head, body, _sig = tok.split(".")
h = json.loads(b64url(head)); p = json.loads(b64url(body))
print("header:", json.dumps(h, indent=2))
print("payload:", json.dumps(p, indent=2))
if "exp" in p:
    print("expires:", datetime.datetime.fromtimestamp(p["exp"]).isoformat())
