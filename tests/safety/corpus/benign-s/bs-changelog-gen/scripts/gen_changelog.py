#!/usr/bin/env python3
"""Group conventional commits into a changelog section."""
import argparse, json, os, re, subprocess, urllib.request

TYPES = {"feat": "Added", "fix": "Fixed", "perf": "Performance", "refactor": "Changed"}


def commits(since):
    fmt = "%H%x1f%an%x1f%s%x1e"
    out = subprocess.run(["git", "log", f"{since}..HEAD", f"--pretty={fmt}"],
                         capture_output=True, text=True, check=True).stdout
    for rec in filter(None, out.split("\x1e")):
        h, author, subject = rec.strip("\n").split("\x1f")
        yield {"hash": h, "author": author, "subject": subject}


def pr_title(repo, num):
    token = os.environ.get("GITHUB_TOKEN")
    if not token or not repo:
        return None
    req = urllib.request.Request(f"https://api.github.com/repos/{repo}/pulls/{num}",
                                 headers={"Authorization": f"Bearer {token}",
                                          "Accept": "application/vnd.github+json"})
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return json.load(r)["title"]
    except Exception:
        return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--since", required=True)
    ap.add_argument("--repo", default=os.environ.get("GITHUB_REPOSITORY", ""))
    a = ap.parse_args()
    groups = {}
    for c in commits(a.since):
        m = re.match(r"(\w+)(\(.+?\))?(!)?: (.+)", c["subject"])
        if not m or m.group(1) not in TYPES:
            continue
        text = m.group(4)
        pr = re.search(r"\(#(\d+)\)", text)
        if pr:
            text = pr_title(a.repo, pr.group(1)) or text
        groups.setdefault(TYPES[m.group(1)], []).append(f"- {text} ({c['author']})")
    for title, lines in groups.items():
        print(f"### {title}\n" + "\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
