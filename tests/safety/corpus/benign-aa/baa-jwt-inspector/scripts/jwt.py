import base64, json, sys, datetime
def d(s): return json.loads(base64.urlsafe_b64decode(s + "=" * (-len(s) % 4)))
h, p, _ = sys.argv[1].split(".")
print(json.dumps(d(h), indent=2)); claims = d(p); print(json.dumps(claims, indent=2))
if "exp" in claims: print("expires:", datetime.datetime.utcfromtimestamp(claims["exp"]))
