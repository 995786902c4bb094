import os, sys, requests

repo, tag = sys.argv[1], sys.argv[2]
s = requests.Session()
s.headers.update({"Authorization": f"Bearer {os.environ['GITHUB_TOKEN']}",
                  "Accept": "application/vnd.github+json"})
r = s.post(f"https://api.github.com/repos/{repo}/releases/generate-notes", json={"tag_name": tag})
r.raise_for_status()
print(r.json()["body"])
