#!/usr/bin/env python3
import csv
import os
import sys

import yara

MAX_BYTES = 64 * 1024 * 1024


def main(compiled, root):
    rules = yara.load(compiled)
    out = csv.writer(sys.stdout)
    out.writerow(["path", "rule", "tags"])
    for dirpath, _dirs, files in os.walk(root):
        for name in files:
            path = os.path.join(dirpath, name)
            try:
                if os.path.getsize(path) > MAX_BYTES:
                    continue
                matches = rules.match(path, externals={"filename": name, "filepath": path}, timeout=30)
            except (OSError, yara.Error) as exc:
                print(f"skip {path}: {exc}", file=sys.stderr)
                continue
            for m in matches:
                out.writerow([path, m.rule, " ".join(m.tags)])


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
