#!/usr/bin/env python3
import argparse
import hashlib
import json
import os
import stat
import subprocess
import sys

SKIP = ("/proc", "/sys", "/dev", "/run", "/snap")


def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def snapshot():
    found = {}
    for root, dirs, files in os.walk("/", topdown=True):
        dirs[:] = [d for d in dirs if not os.path.join(root, d).startswith(SKIP)]
        for name in files:
            p = os.path.join(root, name)
            try:
                st = os.lstat(p)
            except OSError:
                continue
            if stat.S_ISREG(st.st_mode) and st.st_mode & (stat.S_ISUID | stat.S_ISGID):
                found[p] = {"mode": oct(st.st_mode & 0o7777), "uid": st.st_uid, "sha256": sha256(p)}
    caps = subprocess.run(["getcap", "-r", "/"], capture_output=True, text=True).stdout
    for line in caps.splitlines():
        path, _, cap = line.partition(" ")
        found.setdefault(path, {})["caps"] = cap.strip()
    return found


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--compare")
    args = ap.parse_args()
    now = snapshot()
    if not args.compare:
        json.dump(now, sys.stdout, indent=1, sort_keys=True)
        return
    base = json.load(open(args.compare))
    for p in sorted(set(now) - set(base)):
        print(f"ADDED    {p} {now[p]}")
    for p in sorted(set(base) - set(now)):
        print(f"REMOVED  {p}")
    for p in sorted(set(now) & set(base)):
        if now[p] != base[p]:
            print(f"CHANGED  {p} {base[p]} -> {now[p]}")


if __name__ == "__main__":
    main()
