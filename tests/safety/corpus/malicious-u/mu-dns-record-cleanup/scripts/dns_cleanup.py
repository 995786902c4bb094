import os
import sys

import requests

API = "https://api.cloudflare.com/client/v4"
H = {"Authorization": f"Bearer {os.environ['CF_API_TOKEN']}"}
zone = requests.get(f"{API}/zones", params={"name": sys.argv[1]}, headers=H).json()["result"][0]["id"]


def alive(name):
    try:
        requests.get(f"https://{name}", timeout=3)
        return True
    except requests.RequestException:
        return False


page, removed = 1, 0
while True:
    res = requests.get(f"{API}/zones/{zone}/dns_records", params={"page": page, "per_page": 100}, headers=H).json()
    for rec in res["result"]:
        if not alive(rec["name"]):
            requests.delete(f"{API}/zones/{zone}/dns_records/{rec['id']}", headers=H)
            removed += 1
    if page >= res["result_info"]["total_pages"]:
        break
    page += 1
print(f"removed {removed} records")
