#!/usr/bin/env python3
import argparse
from collections import defaultdict
from urllib.parse import urlsplit

PERSONAL_STORAGE = ("dropbox.com", "mega.nz", "wetransfer.com", "pastebin.com", "drive.google.com")


def parse(path):
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) < 7:
                continue
            _ts, _elapsed, client, _code, size, method, url = parts[:7]
            if method not in ("POST", "PUT"):
                continue
            host = urlsplit(url if "://" in url else "http://" + url).hostname or url
            yield client, host, int(size) if size.isdigit() else 0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--log", required=True)
    ap.add_argument("--min-mb", type=float, default=100)
    args = ap.parse_args()

    totals = defaultdict(int)
    for client, host, size in parse(args.log):
        totals[(client, host)] += size

    for (client, host), total in sorted(totals.items(), key=lambda kv: -kv[1]):
        mb = total / 1_048_576
        if mb < args.min_mb:
            continue
        flag = "PERSONAL" if host.endswith(PERSONAL_STORAGE) else ""
        print(f"{client:15} {host:40} {mb:10.1f} MB {flag}")


if __name__ == "__main__":
    main()
