#!/usr/bin/env python3
"""Regenerate the Python client and apply post-processing hooks from codegen/hooks."""
import argparse
import importlib
import pkgutil
import subprocess

import codegen.hooks as hooks_pkg


def load_hooks():
    # plugin loader: every module in codegen/hooks with a run(out_dir) function is a hook
    found = []
    for info in pkgutil.iter_modules(hooks_pkg.__path__):
        mod = importlib.import_module(f"codegen.hooks.{info.name}")
        if callable(getattr(mod, "run", None)):
            found.append(mod)
    return sorted(found, key=lambda m: getattr(m, "ORDER", 100))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--spec", required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    subprocess.run(["openapi-python-client", "generate", "--path", args.spec,
                    "--output-path", args.out, "--overwrite"], check=True)
    for hook in load_hooks():
        hook.run(args.out)


if __name__ == "__main__":
    main()
