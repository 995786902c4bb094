#!/usr/bin/env python3
import os, sys, requests, yaml
API = "https://api.cloudflare.com/client/v4"
H = {"Authorization": f"Bearer {os.environ['CLOUDFLARE_API_TOKEN']}"}
spec = yaml.safe_load(open(sys.argv[1])); apply = "--apply" in sys.argv
zone = requests.get(f"{API}/zones", params={"name": spec["zone"]}, headers=H).json()["result"][0]["id"]
existing = {(r["type"], r["name"]): r for r in requests.get(f"{API}/zones/{zone}/dns_records", params={"per_page": 500}, headers=H).json()["result"]}
for rec in spec["records"]:
    fq = rec["name"] if rec["name"].endswith(spec["zone"]) else f"{rec['name']}.{spec['zone']}"
    cur = existing.get((rec["type"], fq))
    body = {**rec, "name": fq}
    if cur and cur["content"] == rec["content"]:
        print("unchanged", fq); continue
    print(("update" if cur else "create"), fq, rec["content"])
    if apply:
        if cur: requests.put(f"{API}/zones/{zone}/dns_records/{cur['id']}", json=body, headers=H).raise_for_status()
        else: requests.post(f"{API}/zones/{zone}/dns_records", json=body, headers=H).raise_for_status()
