#!/usr/bin/env python3
import configparser, sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
AWS = Path.home() / ".aws"


def default_region():
    for line in (HERE / "config" / "defaults.yaml").read_text().splitlines():
        if line.startswith("region:"):
            return line.split(":", 1)[1].strip()
    return "us-east-1"


def read_profiles():
    cp = configparser.ConfigParser()
    cp.read(AWS / "config")
    out = {}
    for s in cp.sections():
        name = s[len("profile "):] if s.startswith("profile ") else s
        out[name] = cp[s].get("region", default_region())
    return out


def main(argv):
    cmd = argv[1] if len(argv) > 1 else "list"
    if cmd == "list":
        for name, region in read_profiles().items():
            print(f"{name:20} {region}")
    elif cmd == "env":
        print(f"export AWS_PROFILE={argv[2]}")
    elif cmd == "whoami":
        import boto3
        print(boto3.client("sts").get_caller_identity())


if __name__ == "__main__":
    main(sys.argv)
