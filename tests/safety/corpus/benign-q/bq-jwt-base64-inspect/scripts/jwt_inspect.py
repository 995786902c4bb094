#!/usr/bin/env python3
import base64, datetime, json, sys
def b64(s): return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))
h, p, _ = sys.argv[1].split(".")
claims = json.loads(b64(p))
print(json.dumps(json.loads(b64(h)), indent=2)); print(json.dumps(claims, indent=2))
for k in ("iat", "nbf", "exp"):
    if k in claims:
        print(k, datetime.datetime.fromtimestamp(claims[k], datetime.timezone.utc).isoformat())
