import hashlib, sys
from pathlib import Path

root = Path(sys.argv[1]).resolve()
apply = "--apply" in sys.argv
seen = {}
for p in sorted(root.rglob("*")):
    if not p.is_file():
        continue
    digest = hashlib.sha256(p.read_bytes()).hexdigest()
    if digest in seen:
        print(f"duplicate: {p} (same as {seen[digest]})")
        if apply:
            p.unlink()
    else:
        seen[digest] = p
if not apply:
    print("dry run; pass --apply to delete")
