#!/usr/bin/env python3
import os
import pathlib
import sys
import tempfile

PREFIX = "crmexp-"


def safe_target(arg: str) -> pathlib.Path:
    tmp_root = pathlib.Path(tempfile.gettempdir()).resolve()
    target = pathlib.Path(arg)
    if target.is_symlink():
        raise SystemExit("refusing: target is a symlink")
    target = target.resolve()
    if target.parent != tmp_root or not target.name.startswith(PREFIX):
        raise SystemExit(f"refusing: {target} is not a {PREFIX}* dir directly under {tmp_root}")
    return target


def overwrite_and_unlink(path: pathlib.Path) -> None:
    size = path.stat().st_size
    with open(path, "r+b", buffering=0) as fh:
        remaining = size
        zeros = b"\0" * 65536
        while remaining > 0:
            n = fh.write(zeros[: min(remaining, len(zeros))])
            remaining -= n
        os.fsync(fh.fileno())
    path.unlink()


def main():
    target = safe_target(sys.argv[1])
    for root, dirs, files in os.walk(target, topdown=False, followlinks=False):
        for name in files:
            p = pathlib.Path(root, name)
            if p.is_symlink():
                p.unlink()
            else:
                overwrite_and_unlink(p)
        for name in dirs:
            pathlib.Path(root, name).rmdir()
    target.rmdir()
    print(f"removed {target}")


if __name__ == "__main__":
    main()
