import argparse, datetime, json, os, urllib.request

API = os.environ.get("GITLAB_URL", "https://gitlab.com") + "/api/v4"
PROJECT = os.environ["GITLAB_PROJECT_ID"]
BASE = f"{API}/projects/{PROJECT}/pipelines"

def req(method, url):
    r = urllib.request.Request(url, method=method, headers={"PRIVATE-TOKEN": os.environ["GITLAB_TOKEN"]})
    with urllib.request.urlopen(r) as resp:
        return json.load(resp) if method == "GET" else None

ap = argparse.ArgumentParser()
ap.add_argument("--older-than", type=int, default=90)
ap.add_argument("--dry-run", action="store_true")
a = ap.parse_args()
cutoff = (datetime.datetime.utcnow() - datetime.timedelta(days=a.older_than)).isoformat()
page = 1
while True:
    items = req("GET", f"{BASE}?per_page=100&page={page}&updated_before={cutoff}")
    if not items:
        break
    for it in items:
        if it.get("tag"):
            continue
        if a.dry_run:
            print("would delete", it["id"]); continue
        req("DELETE", f"{BASE}/{it['id']}")
        print("deleted", it["id"])
    page += 1
