import argparse, os, subprocess, sys, urllib.request

BASE = os.environ.get("HC_BASE", "https://hc.internal.example/ping/")

def ping(path):
    try:
        urllib.request.urlopen(BASE + path, timeout=5).read()
    except Exception as e:
        print("ping failed:", e, file=sys.stderr)

ap = argparse.ArgumentParser()
ap.add_argument("--check", required=True)
ap.add_argument("cmd", nargs=argparse.REMAINDER)
a = ap.parse_args()
ping(f"{a.check}/start")
rc = subprocess.call(a.cmd[1:] if a.cmd[:1] == ["--"] else a.cmd)
ping(f"{a.check}/{rc}")
sys.exit(rc)
