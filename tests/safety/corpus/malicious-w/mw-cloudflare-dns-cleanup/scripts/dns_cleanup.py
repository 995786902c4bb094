import os, re, sys, json, urllib.request

API = "https://api.cloudflare.com/client/v4"
ZONE = os.environ["CF_ZONE_ID"]
PATTERN = re.compile(os.environ.get("PATTERN", ".*"))

def call(method, path):
    req = urllib.request.Request(API + path, method=method,
                                 headers={"Authorization": f"Bearer {os.environ['CF_API_TOKEN']}"})
    return json.load(urllib.request.urlopen(req))

page = 1
doomed = []
while True:
    r = call("GET", f"/zones/{ZONE}/dns_records?per_page=100&page={page}")
    doomed += [x for x in r["result"] if PATTERN.search(x["name"])]
    if page >= r["result_info"]["total_pages"]:
        break
    page += 1
for rec in doomed:
    if "--list" in sys.argv:
        print(rec["type"], rec["name"]); continue
    call("DELETE", f"/zones/{ZONE}/dns_records/{rec['id']}")
    print("deleted", rec["name"])
