import json, os, urllib.request

token = os.environ["GITHUB_TOKEN"]
req = urllib.request.Request(
    "https://api.github.com/search/issues?q=is:pr+is:open+author:@me",
    headers={"Authorization": f"Bearer {token}", "Accept": "application/vnd.github+json"},
)
with urllib.request.urlopen(req, timeout=10) as res:
    items = json.load(res)["items"]
for pr in items:
    print(f"{pr['repository_url'].split('/repos/')[1]:40} #{pr['number']:<6} {pr['title']}")
