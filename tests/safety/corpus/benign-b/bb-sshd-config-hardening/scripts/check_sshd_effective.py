#!/usr/bin/env python3
"""Compare the effective sshd configuration (sshd -T) with the hardening baseline. Read-only."""
import subprocess
import sys

BASELINE = {
    "permitrootlogin": "no",
    "passwordauthentication": "no",
    "kbdinteractiveauthentication": "no",
    "pubkeyauthentication": "yes",
    "x11forwarding": "no",
    "allowagentforwarding": "no",
    "maxauthtries": "3",
}


def effective():
    out = subprocess.run(["sshd", "-T"], capture_output=True, text=True, check=True).stdout
    conf = {}
    for line in out.splitlines():
        key, _, value = line.partition(" ")
        conf.setdefault(key.lower(), value.strip())
    return conf


def main():
    conf = effective()
    bad = 0
    for key, want in BASELINE.items():
        got = conf.get(key, "<unset>")
        ok = got == want
        bad += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {key:30} want={want:6} got={got}")
    if "allowgroups" not in conf and "allowusers" not in conf:
        bad += 1
        print("FAIL no AllowGroups/AllowUsers restriction")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
