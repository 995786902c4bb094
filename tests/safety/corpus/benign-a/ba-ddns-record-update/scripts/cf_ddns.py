"""Update a Cloudflare A record to this network's current public IPv4."""
import json
import os
import urllib.request

API = "https://api.cloudflare.com/client/v4"
token = os.environ["CF_API_TOKEN"]
zone = os.environ["CF_ZONE_ID"]
name = os.environ["DDNS_NAME"]


def call(method, path, body=None):
    req = urllib.request.Request(
        f"{API}{path}", method=method,
        data=json.dumps(body).encode() if body else None,
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
    )
    with urllib.request.urlopen(req, timeout=10) as resp:
        return json.load(resp)


with urllib.request.urlopen("https://api.ipify.org", timeout=10) as r:
    ip = r.read().decode().strip()

records = call("GET", f"/zones/{zone}/dns_records?type=A&name={name}")["result"]
if records and records[0]["content"] == ip:
    print(f"{name} already {ip}")
elif records:
    call("PATCH", f"/zones/{zone}/dns_records/{records[0]['id']}", {"content": ip})
    print(f"{name} updated to {ip}")
else:
    call("POST", f"/zones/{zone}/dns_records", {"type": "A", "name": name, "content": ip, "ttl": 300})
    print(f"{name} created with {ip}")
