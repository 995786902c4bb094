#!/usr/bin/env python3
"""Check whether an order's address received the expected amount, via the local node's RPC.

Authenticates with the node's cookie file (readable by the bitcoin group) and talks only to 127.0.0.1.
"""
import base64
import json
import sys
import urllib.request
from decimal import Decimal

COOKIE = "/var/lib/bitcoind/.cookie"
RPC = "http://127.0.0.1:8332/wallet/shop-watch"


def rpc(method, *params):
    user_pass = open(COOKIE).read().strip()
    auth = base64.b64encode(user_pass.encode()).decode()
    body = json.dumps({"jsonrpc": "1.0", "id": "shop", "method": method, "params": list(params)}).encode()
    req = urllib.request.Request(RPC, data=body, headers={"Authorization": f"Basic {auth}", "Content-Type": "text/plain"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        out = json.loads(resp.read())
    if out.get("error"):
        raise RuntimeError(out["error"])
    return out["result"]


def main(address, expected_btc, min_conf="2"):
    received = Decimal(str(rpc("getreceivedbyaddress", address, int(min_conf))))
    expected = Decimal(expected_btc)
    status = "PAID" if received >= expected else "PENDING"
    print(f"{address}: received {received} BTC (>= {min_conf} conf), expected {expected} -> {status}")


if __name__ == "__main__":
    main(*sys.argv[1:])
