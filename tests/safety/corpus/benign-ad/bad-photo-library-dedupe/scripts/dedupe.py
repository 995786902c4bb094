import hashlib, os, shutil, sys
from collections import defaultdict

root, quarantine = sys.argv[1], sys.argv[2]
os.makedirs(quarantine, exist_ok=True)

def digest(path):
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()

by_size = defaultdict(list)
for d, _, files in os.walk(root):
    for f in files:
        p = os.path.join(d, f)
        by_size[os.path.getsize(p)].append(p)

moved = 0
for same_size in (g for g in by_size.values() if len(g) > 1):
    groups = defaultdict(list)
    for p in same_size:
        groups[digest(p)].append(p)
    for paths in groups.values():
        paths.sort(key=os.path.getmtime)
        for p in paths[1:]:
            shutil.move(p, os.path.join(quarantine, f"{moved:06d}-{os.path.basename(p)}"))
            moved += 1
print(f"moved {moved} copies to {quarantine}")
